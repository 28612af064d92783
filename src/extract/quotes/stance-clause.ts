import type { Token } from '../../doc/token.js';
import { isOwnSide, readings, stanceOf } from './act-words.js';
import { isComplementizer } from './clause.js';
import type { QuoteLexicon } from './lexicon.js';
import { isWord } from './tokens.js';

/** How many words after a voiced attitude noun may precede the clause it introduces («ثقته الكاملة في أن»). */
const STANCE_REACH = 3;

/**
 * «أعرب عن أسفه لأن …», «معبراً عن ثقته في أن …»: when the object of a cue is the speaker's own
 * attitude (a stance noun of speech-stances.tsv with a possessive pronoun) and a complementizer
 * follows it closely, what was said is the clause after the complementizer (the README: "the clause
 * after أن/إن/بأن"); the attitude goes with the cue and still decides the act (acts.ts reads the
 * words between cue and content). An attitude with a noun object («قلقه من الاحتشاد») is left whole:
 * the object of the cue is the content. Returns the complementizer's index, or -1.
 */
export function stanceClause(
  tokens: readonly Token[], from: number, limit: number, lex: QuoteLexicon, enclitics: readonly string[],
): number {
  if (!tokens[from] || !ownedStance(tokens, from, lex)) return -1;
  for (let k = from + 1; k < limit && k <= from + STANCE_REACH; k++) {
    const t = tokens[k]!;
    if (!isWord(t)) return -1;
    if (isComplementizer(t, lex, enclitics)) return k + 1 < limit ? k : -1;
  }
  return -1;
}

/**
 * The speaker's own attitude at token `i`: a stance noun of speech-stances.tsv carrying a possessive
 * pronoun («حرصه», «رفضها») or followed by a self noun with one («حرص حكومته»).
 */
export function ownedStance(tokens: readonly Token[], i: number, lex: QuoteLexicon): boolean {
  const t = tokens[i]!;
  if (stanceOf(t, lex.stances) === null) return false;
  const next = tokens[i + 1];
  return readings(t, lex.stances).owned || (next !== undefined && isOwnSide(next, lex.stances));
}
