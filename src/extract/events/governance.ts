import { readWordKinds } from '../../lexicons/word-kinds.js';
import type { Span } from '../../doc/span.js';
import type { Token } from '../../doc/token.js';
import { dataPath } from '../../lexicons/paths.js';
import { matchKey } from '../../text/normalize.js';
import { leavesGovernedClause } from './clauses.js';
import type { EventLexicon } from './lexicon.js';
import { alsoNoun, type TriggerHit } from './triggers.js';

/**
 * What a promise or threat governs is no event (README), whether or not the governing act is
 * itself coded: «فإنها مستعدة للنظر في إمكانية فرض عقوبات» promises sanctions even when the speaker
 * behind «فإنها» cannot be named, and the sanctions are still not imposed. The stage tracks the last
 * governing trigger of a sentence here, with the same reach as a coded call (stage.ts).
 */
export interface Governor {
  readonly trigger: Span;
}

/**
 * Whether the trigger governs though it is no event: a lemma of governors.tsv (promises, threats,
 * readiness). A call that is no event of ours governs nothing here: a masdar of calls named as a
 * reason («استجابة لدعوات بعض الدول، وكذلك في ضوء قبول القيادة …») says nothing of what follows.
 */
export function governs(hit: TriggerHit, lex: EventLexicon): boolean {
  return lex.governors.has(hit.form.entry.lemma);
}

/**
 * Whether `g` still governs the trigger `hit`: not past a perfect verb (a word spelt as a masdar too
 * is read as the masdar) or a comma opening another circumstance.
 */
export function stillGoverns(g: Governor, hit: TriggerHit, tokens: readonly Token[], lex: EventLexicon,
  inMention: (k: number) => boolean): boolean {
  if (hit.form.form === 'perfect' && !alsoNoun(tokens, hit, lex)) return false;
  return !leavesGovernedClause(tokens, g.trigger, hit.first, inMention);
}

/** Complement markers of governors (data/events/governed-complements.tsv), as match keys. */
export interface GovernedComplements {
  readonly words: ReadonlySet<string>;
  readonly proclitics: ReadonlySet<string>;
}

export function loadGovernedComplements(file = dataPath('events', 'governed-complements.tsv')): GovernedComplements {
  const { word, proclitic } = readWordKinds(file, ['word', 'proclitic']);
  return { words: word, proclitics: proclitic };
}

/** Words after a governor within which its complement marker is looked for (its agent may stand between). */
const COMPLEMENT_REACH = 4;

/**
 * Whether the governor `hit` takes a complement, so that what follows it is what it promises or threatens:
 * a marker of governed-complements.tsv within a few words before any other trigger («مستعدة للنظر في …»,
 * «تعهد الرئيس بمواصلة …»), or a trigger right after it, not joined by «و» (its direct object: «ستعلق
 * مشاركتها»). A plural noun standing as a subject or coordinated with acts («التهديدات ستثار أمام …»,
 * «استمرار التهديدات والاعتداءات الإسرائيلية») governs nothing: the acts beside it happened.
 */
export function takesComplement(tokens: readonly Token[], hit: TriggerHit, hits: readonly TriggerHit[], end: number,
  c: GovernedComplements): boolean {
  for (let k = hit.last + 1; k < Math.min(end, hit.last + 1 + COMPLEMENT_REACH); k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') return false;
    if (c.words.has(t.norm) && t.parts.length === 1) return true;
    if (t.parts.some((p) => p.role === 'proclitic' && c.proclitics.has(matchKey(p.form)))) return true;
    const other = hits.find((h) => h.first === k);
    if (other) return k === hit.last + 1 && !other.conjunction && !t.parts.some((p) => p.role === 'proclitic' && p.form === 'و');
  }
  return false;
}
