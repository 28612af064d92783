import { isComplementizer } from './clause.js';
import type { QuoteDoc } from './doc.js';
import { contentStart, isColon, isComma, isFinalPunct, mayStart, proclitics, phraseAt, quoteMark } from './tokens.js';

/** A channel phrase: token range and character span. */
export interface ChannelHit {
  readonly first: number;
  readonly end: number;
  readonly start: number;
  readonly endOffset: number;
}

/** A quoted name inside a channel («عبر «تويتر»») is at most this many tokens long. */
const MAX_QUOTED_NAME = 4;

/**
 * «في بيان مقتضب عبر «تويتر»», «خلال مؤتمر صحافي»: the first channel phrase in [from, limit), running
 * to the next comma, colon, complementizer, the cue's own preposition (`preps`) or a word with «بـ»
 * (the cue's object: «طالب في تصريحات … بقطع»).
 */
export function findChannel(doc: QuoteDoc, from: number, limit: number, preps: readonly string[] = []): ChannelHit | null {
  const { tokens, lex } = doc;
  for (let i = from; i < limit; i++) {
    if (!mayStart(tokens[i]!, lex.channelHeads)) continue;
    for (const words of lex.channels) {
      const e = phraseAt(tokens, i, words, limit);
      if (e < 0) continue;
      let k = e;
      while (k < limit) {
        const t = tokens[k]!;
        if (isComma(t) || isColon(t) || isFinalPunct(t) || isComplementizer(t, lex, doc.enclitics)) break;
        // «وأشار البيان إلى أن …»: the cue's own preposition (`preps`) opens its content, not the channel's.
        if (preps.includes(t.norm)) break;
        if (quoteMark(t) !== null) {
          const c = doc.pairs.closeOf.get(k);
          if (c === undefined || c - k > MAX_QUOTED_NAME) break;
          k = c + 1;
          continue;
        }
        // «طالب في تصريحات … بقطع»: a word with «بـ» is the cue's object; «بيان لرئاسة الأركان»: «لـ» names the author.
        if (proclitics(t).includes('ب') || (k === e && proclitics(t).includes('ل'))) break;
        k++;
      }
      return { first: i, end: k, start: contentStart(tokens[i]!), endOffset: tokens[k - 1]!.end };
    }
  }
  return null;
}
