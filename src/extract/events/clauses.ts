import type { Token } from '../../doc/token.js';
import type { EventLexicon } from './lexicon.js';
import { cueAt, type TriggerHit } from './triggers.js';
import { isClauseBreak } from './view.js';

/**
 * Clause-level relations between triggers: coordinated masdars of one act, a verb in a relative
 * clause, a masdar that is the object of the act before it.
 */

/** The nominal trigger right before this one, joined to it by «و», of the same category. */
export function coordinatedWith(tokens: readonly Token[], hits: readonly TriggerHit[], hit: TriggerHit): boolean {
  if (tokens[hit.first]!.parts[0]?.form !== 'و') return false;
  return hits.some((h) => h.last === hit.first - 1 && h.form.form === 'noun' && h.form.entry.type === hit.form.entry.type);
}

/** Words between a relative pronoun and its verb (a form of «كان»: «الذين كانوا يتوعدون»). */
const RELATIVE_GAP = 1;

/** The relative pronoun right before a verb trigger (cues.tsv relative), or null. */
export function relativeBefore(tokens: readonly Token[], first: number, hit: TriggerHit, lex: EventLexicon): number | null {
  for (let k = hit.first - 1; k >= Math.max(first, hit.first - 1 - RELATIVE_GAP); k--) {
    if (tokens[k]!.kind !== 'word') return null;
    if (cueAt(tokens, k, tokens.length, lex)?.kind === 'relative') return k;
  }
  return null;
}

/** The masdar carries the object «لـ» and follows another trigger directly. */
export function objectOfAct(tokens: readonly Token[], hits: readonly TriggerHit[], hit: TriggerHit): boolean {
  const t = tokens[hit.first]!;
  if (!t.parts.some((p) => p.role === 'proclitic' && p.form === 'ل')) return false;
  return hits.some((h) => h !== hit && h.last === hit.first - 1 && h.form.form === 'noun');
}


/**
 * Whether a comma between a governing call or promise (ending at `from`) and token `at` opens a new
 * clause that is not one more demand joined by «و» («…، وسحب القوات» continues; «…، في ظل …» does not).
 */
export function leavesGovernedClause(tokens: readonly Token[], from: { end: number }, at: number,
  inMention: (k: number) => boolean): boolean {
  for (let k = at - 1; k >= 0 && tokens[k]!.start >= from.end; k--) {
    const t = tokens[k]!;
    if (t.text !== '،' && t.text !== ',') continue;
    // Commas setting off a name in apposition («وتعهد السفير، ريتشارد نورلاند، بمواصلة …») stay inside.
    if (inMention(k - 1) || inMention(k + 1)) continue;
    const next = tokens[k + 1];
    if (!next || next.kind !== 'word') return true;
    const conj = next.parts[0]?.role === 'proclitic' && next.parts[0].form === 'و';
    if (!conj) return true;
  }
  return false;
}

/** Words a verb's subject may take between it and its object («أبرم الطرفان اتفاقا»). */
const OBJECT_REACH = 3;

/**
 * A masdar of the same category as the verb just before it is that verb's object («وأبرم اتفاق بين
 * …», «وقعا اتفاقية»): one act, coded on the verb.
 */
export function objectOfSameAct(tokens: readonly Token[], hits: readonly TriggerHit[], hit: TriggerHit,
  isPreposition: (t: Token) => boolean = () => false): boolean {
  if (hit.form.form !== 'noun') return false;
  // «شارك وزير الخارجية المصري سامح شكري، الخميس، في الاجتماع الوزاري»: the verb's prepositional
  // object may follow its subject and a parenthetical.
  const viaPreposition = hit.first > 0 && isPreposition(tokens[hit.first - 1]!);
  return hits.some((h) => h !== hit && h.form.form !== 'noun' && h.form.entry.type === hit.form.entry.type
    && h.last < hit.first && hit.first - h.last <= (viaPreposition ? PREPOSITIONAL_OBJECT_REACH : OBJECT_REACH)
    && !hits.some((o) => o !== h && o !== hit && o.first > h.last && o.first < hit.first)
    && tokens.slice(h.last + 1, hit.first).every((t) => t.kind === 'word' || (viaPreposition && (t.text === '،' || t.text === ','))));
}

/** Words a verb's subject and a parenthetical may take before its prepositional object. */
const PREPOSITIONAL_OBJECT_REACH = 10;

/**
 * The party a concession or threat is aimed at, named in the condition written after it («… مع شرط
 * التزام الطرف الآخر بوقف إطلاق النار», «… حال عدم التزام الطرف الآخر»): the first actor within the
 * condition cue's reach, in the same sentence.
 */
export function conditionTarget(tokens: readonly Token[], hit: TriggerHit, end: number, lex: EventLexicon,
  groups: readonly { readonly ids: readonly string[]; readonly first: number }[]): readonly string[] {
  for (let k = hit.last + 1; k < end; k++) {
    const cue = cueAt(tokens, k, end, lex);
    if (cue?.kind !== 'condition') continue;
    const from = k + cue.keys.length;
    const g = groups.find((x) => x.first >= from && x.first - from < cue.reach);
    return g ? g.ids : [];
  }
  return [];
}

/** The person prefix of an imperfect verb's stem («يتوعد» → «ي»), or null when the word has no such shape. */
function imperfectPrefix(t: Token): string | null {
  const stem = t.parts.find((p) => p.role === 'stem')?.form ?? t.text;
  if (t.parts.some((p) => p.role === 'proclitic' && p.form !== 'و' && p.form !== 'ف')) return null;
  const c = stem[0];
  return stem.length >= 4 && (c === 'ي' || c === 'ت') ? c : null;
}

/**
 * «ووزير دفاع تركيا يتفقد قواته في ليبيا ويتوعد حفتر»: an imperfect verb joined by «و» to an earlier
 * imperfect of the same person in its clause, whose subject stands right before it (subject–verb
 * order), shares that subject; a name after the second verb is its object. Returns the subject's
 * ids, or null. A clause break between the two verbs ends the sharing.
 */
export function sharedSvoSubject(tokens: readonly Token[], first: number, hit: TriggerHit,
  groups: readonly { readonly ids: readonly string[]; readonly first: number; readonly last: number }[]): readonly string[] | null {
  const t = tokens[hit.first]!;
  if (hit.form.form !== 'imperfect' || (t.parts[0]?.form !== 'و' && !hit.conjunction)) return null;
  const person = imperfectPrefix(t);
  if (person === null) return null;
  for (let k = hit.first - 1; k > first; k--) {
    const x = tokens[k]!;
    if (isClauseBreak(x)) return null;
    if (x.kind !== 'word' || imperfectPrefix(x) !== person || x.parts[0]?.form === 'و') continue;
    const subject = groups.find((g) => g.last === k - 1);
    if (subject) return subject.ids;
  }
  return null;
}
