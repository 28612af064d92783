import type { Token } from '../../doc/token.js';
import type { EventLexicon } from './lexicon.js';
import { isClauseBreak, type MentionAt } from './view.js';

/**
 * A pronoun object right after a masdar and its agent («اتهامات ليبية لها», «هجوم عليه»):
 * a preposition that marks a participant (prepositions.tsv role target) carrying a 3rd-person
 * pronoun. Pronouns are no mentions (README), but the event's target is the actor they stand for:
 * the nearest earlier actor of a fitting kind that is not a source — «ها» a state or body (feminine
 * in Arabic), «ه» a person or a body. Dual and plural pronouns are left alone: they mostly stand for
 * people who are no actors («إصابة مدنيين اثنين إثر انفجار لغم بهما»).
 */

const SUFFIXES: readonly { form: string; fits: readonly string[] }[] = [
  { form: 'ها', fits: ['GPE', 'ORG'] },
  { form: 'ه', fits: ['PER', 'ORG'] },
];

/** How many words (actor mentions aside) after a masdar its pronoun object may stand: it follows it directly. */
const PRONOUN_REACH = 1;

function pronounObject(t: Token, lex: EventLexicon, roles: readonly string[] = ['target']): readonly string[] | null {
  if (t.kind !== 'word') return null;
  for (const s of SUFFIXES) {
    if (!t.norm.endsWith(s.form)) continue;
    const prep = t.norm.slice(0, -s.form.length);
    const prepKey = t.parts.some((p) => p.role === 'enclitic') ? t.key : prep;
    const role = lex.prepositions.get(prepKey) ?? lex.prepositions.get(prep);
    if (role !== undefined && roles.includes(role)) return s.fits;
  }
  return null;
}

/** The actor a pronoun object after the trigger (tokens `(last, end)`) stands for, and the pronoun's token. */
export function pronounTarget(tokens: readonly Token[], last: number, end: number, ms: readonly MentionAt[], first: number,
  sources: readonly string[], typeOf: (id: string) => string | undefined, lex: EventLexicon): { id: string; at: number } | null {
  let words = 0;
  for (let k = last + 1; k < end && words < PRONOUN_REACH; k++) {
    const t = tokens[k]!;
    if (isClauseBreak(t)) return null;
    // An agent written between («اتهامات ليبية لها») does not count towards the reach.
    if (ms.some((m) => m.first <= k && k <= m.last)) continue;
    words++;
    const fits = pronounObject(t, lex);
    if (!fits) continue;
    for (let j = ms.length - 1; j >= 0; j--) {
      const m = ms[j]!;
      if (m.last >= first || m.first < 0) continue;
      const id = m.mention.actorId;
      if (sources.includes(id)) continue;
      if (fits.includes(typeOf(id) ?? '')) return { id, at: k };
    }
    return null;
  }
  return null;
}

/** Words after a call within which a pronoun object of what it asks for stands («داعية إلى قطع جميع المساعدات عنه»). */
const CALL_PRONOUN_REACH = 6;

/**
 * The pronoun object in what a call asks for, resuming the object of the act just reported in the
 * same sentence («هاجمت تركيا الجيش …، داعية إلى قطع جميع المساعدات عنه» → the army): the first
 * recipient of that act when its kind fits the pronoun.
 */
export function callPronounTarget(tokens: readonly Token[], last: number, end: number, previous: readonly string[],
  typeOf: (id: string) => string | undefined, lex: EventLexicon): string | null {
  let words = 0;
  for (let k = last + 1; k < end && words < CALL_PRONOUN_REACH; k++) {
    const t = tokens[k]!;
    if (isClauseBreak(t)) return null;
    words++;
    // In what a call asks for, any preposition's pronoun is a participant («قطع المساعدات عنه»).
    const fits = pronounObject(t, lex, ['target', 'none']);
    if (!fits) continue;
    const id = previous.find((x) => fits.includes(typeOf(x) ?? ''));
    return id ?? null;
  }
  return null;
}

/**
 * The actor a masdar's possessive pronoun stands for («والتستر على مجازره» → Haftar, named earlier in
 * the statement): the nearest actor before the masdar, from `from` on, of a kind fitting the
 * singular pronoun, that is not a source. Dual and plural pronouns are left alone (see SUFFIXES).
 */
export function possessorOf(t: Token, at: number, from: number, ms: readonly MentionAt[], sources: readonly string[],
  typeOf: (id: string) => string | undefined): string | null {
  const enclitic = t.parts.find((p) => p.role === 'enclitic')?.form;
  const s = SUFFIXES.find((x) => x.form === enclitic);
  if (!s) return null;
  for (let j = ms.length - 1; j >= 0; j--) {
    const m = ms[j]!;
    if (m.last >= at || m.first < from) continue;
    const id = m.mention.actorId;
    if (!sources.includes(id) && s.fits.includes(typeOf(id) ?? '')) return id;
  }
  return null;
}
