import type { Token } from '../../doc/token.js';
import { dataPath } from '../../lexicons/paths.js';
import { readWordSet } from '../../lexicons/word-kinds.js';

/**
 * Titles of works and products in quotation marks after the noun of their kind: «فيلم « حلم »»,
 * «كتاب " دفاتر شامية عتيقة "», «طراز " سوخوي "» (MISC, as ANERcorp tags them: 15 of 23 quoted
 * stretches after such a noun in train; data/ner/stage-work-heads.tsv). A list of titles goes on
 * after «و» («الأعمال » الثلاثية « و » السمان والخريف «»). Only a stretch of one to four words
 * the tagger left untagged is read so; quotation marks after other words are mostly quoted speech.
 */

const MAX_TITLE = 4;
/** Opening mark → closing mark; the press also writes the guillemets the other way round. */
const QUOTES: ReadonlyMap<string, string> = new Map([['«', '»'], ['»', '«'], ['"', '"'], ['“', '”']]);

/** data/ner/stage-work-heads.tsv as matchKeys (ta marbuta folded, as Token.key has it). */
export function loadWorkHeads(): ReadonlySet<string> {
  return readWordSet(dataPath('ner', 'stage-work-heads.tsv'), 'form');
}

/** Where the quoted stretch opened at `i` closes, or -1: one to four words and numbers, nothing else. */
function closing(tokens: readonly Token[], i: number): number {
  const close = QUOTES.get(tokens[i]!.text);
  if (close === undefined) return -1;
  for (let j = i + 1; j < tokens.length && j <= i + 1 + MAX_TITLE; j++) {
    const t = tokens[j]!;
    if (t.text === close) return j > i + 1 ? j : -1;
    if (t.kind !== 'word' && t.kind !== 'number' && t.kind !== 'latin') return -1;
  }
  return -1;
}

/** Tags with untagged quoted titles after a work noun (or after «و» and a title) made MISC. */
export function quotedTitles(tokens: readonly Token[], tags: readonly string[], heads: ReadonlySet<string> = loadWorkHeads()): string[] {
  const out = tags.slice();
  let lastTitleEnd = -10;
  for (let i = 1; i < tokens.length; i++) {
    const end = closing(tokens, i);
    if (end < 0) continue;
    const prev = tokens[i - 1]!;
    const afterHead = prev.kind === 'word' && heads.has(prev.key);
    const chained = prev.kind === 'word' && prev.norm === 'و' && lastTitleEnd === i - 2;
    if (afterHead || chained) {
      // A title the tagger read as something else («القاهرة 30» as the city) keeps its reading but
      // does not break the list.
      if (out.slice(i + 1, end).every((t) => t === 'O')) for (let j = i + 1; j < end; j++) out[j] = (j === i + 1 ? 'B-' : 'I-') + 'MISC';
      lastTitleEnd = end;
    }
    i = end;
  }
  return out;
}
