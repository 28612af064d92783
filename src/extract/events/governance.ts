import type { Span } from '../../doc/span.js';
import type { Token } from '../../doc/token.js';
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
