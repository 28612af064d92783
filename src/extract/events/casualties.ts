import type { Token } from '../../doc/token.js';
import type { EventLexicon } from './lexicon.js';
import { readNumber } from './numbers.js';

export interface Casualties {
  readonly dead: number | null;
  readonly injured: number | null;
}

/**
 * Counts of the killed and the wounded a sentence reports, from a casualty noun and a number beside it:
 * «مقتل 7 مدنيين» (noun, number), «7 قتلى» (number, noun), «إصابة مدنيين اثنين» (noun, counted noun,
 * number word). Only `[first, end)` (one sentence) is read.
 */
export function findCasualties(tokens: readonly Token[], first: number, end: number, lex: EventLexicon): Casualties {
  let dead: number | null = null;
  let injured: number | null = null;
  const record = (kind: 'dead' | 'injured', n: number): void => {
    if (kind === 'dead') dead = (dead ?? 0) + n;
    else injured = (injured ?? 0) + n;
  };
  for (let i = first; i < end; i++) {
    const kind = lex.casualties.get(tokens[i]!.key);
    if (!kind) continue;
    // number right after the noun, or after one counted noun («مدنيين اثنين», «7 مدنيين»)
    const after = readNumber(tokens, i + 1, end, lex) ?? (i + 2 < end ? readNumber(tokens, i + 2, end, lex) : null);
    if (after) {
      record(kind, after.value);
      i = after.end - 1;
      continue;
    }
    // number before the noun: «7 قتلى», «ثلاثة جرحى»
    for (let k = Math.max(first, i - 3); k < i; k++) {
      const before = readNumber(tokens, k, i, lex);
      if (before && before.end === i) {
        record(kind, before.value);
        break;
      }
    }
  }
  return { dead, injured };
}
