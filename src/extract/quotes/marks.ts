import type { Token } from '../../doc/token.js';
import { quoteMark } from './tokens.js';

/**
 * Pairs quotation marks over the whole article: «…», “…”, "…" (quotes may span several sentences
 * and nest: «قال: «…» …»). A mark left open at a paragraph break is closed there, because news
 * copy often opens a quotation per paragraph without closing it.
 */
export interface QuotePairs {
  /** Token index of an opening mark → token index of its closing mark (or of the paragraph end). */
  readonly closeOf: ReadonlyMap<number, number>;
  /** Token index of a closing mark → its opening mark. */
  readonly openOf: ReadonlyMap<number, number>;
}

const OPEN_FOR: Readonly<Record<string, string>> = { '»': '«', '”': '“', '’': '‘', '›': '‹' };

export function pairQuotes(text: string, tokens: readonly Token[]): QuotePairs {
  const closeOf = new Map<number, number>();
  const openOf = new Map<number, number>();
  const stack: number[] = [];
  const flushAt = (end: number): void => {
    // Unclosed marks at a paragraph break: the quotation runs to the paragraph's last token.
    for (const o of stack) if (end > o) closeOf.set(o, end);
    stack.length = 0;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (i > 0 && text.slice(tokens[i - 1]!.end, t.start).includes('\n')) flushAt(i);
    const kind = quoteMark(t);
    if (kind === null) continue;
    if (kind === 'open') {
      stack.push(i);
    } else if (kind === 'close') {
      const want = OPEN_FOR[t.text];
      // Outlets mix “ with » and the like: close the innermost opening mark of the same family, else the innermost.
      let k = stack.length - 1;
      while (k >= 0 && tokens[stack[k]!]!.text !== want) k--;
      if (k < 0) k = stack.length - 1;
      if (k < 0) continue;
      const o = stack[k]!;
      stack.length = k;
      closeOf.set(o, i);
      openOf.set(i, o);
    } else {
      const top = stack[stack.length - 1];
      if (top !== undefined && tokens[top]!.text === t.text) {
        stack.pop();
        closeOf.set(top, i);
        openOf.set(i, top);
      } else {
        stack.push(i);
      }
    }
  }
  flushAt(tokens.length);
  return { closeOf, openOf };
}
