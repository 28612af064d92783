/**
 * Highlighted snippets: the sentences of an article that contain query keys, with the offsets of
 * each matching word. Offsets are relative to the snippet and `start` says where the snippet sits
 * in the article text, so a UI can also link back to the original.
 */
import { searchKey } from './prepare.js';
import { analyzeText } from '../text/index.js';

export interface Snippet {
  readonly text: string;
  readonly start: number;
  readonly highlights: readonly { readonly start: number; readonly end: number }[];
}

/** Longest snippet (characters); longer sentences are cut around the first match. */
const MAX_SNIPPET = 280;

export function makeSnippets(text: string, keys: readonly string[], max = 3): Snippet[] {
  const want = new Set(keys);
  const { sentences, tokens } = analyzeText(text);
  const out: Snippet[] = [];
  for (const s of sentences) {
    const hits = tokens.slice(s.tokens.first, s.tokens.end).filter((t) => {
      const k = searchKey(t);
      return k !== null && want.has(k);
    });
    if (hits.length === 0) continue;
    let from = s.start;
    let to = s.end;
    if (to - from > MAX_SNIPPET) {
      from = Math.max(s.start, hits[0]!.start - MAX_SNIPPET / 3);
      // Do not cut a word in half: move to the next space.
      const space = text.indexOf(' ', from);
      if (from > s.start && space >= 0 && space < hits[0]!.start) from = space + 1;
      to = Math.min(s.end, from + MAX_SNIPPET);
      const back = text.lastIndexOf(' ', to);
      if (to < s.end && back > hits[0]!.end) to = back;
    }
    const highlights = hits
      .filter((t) => t.start >= from && t.end <= to)
      // The whole written word is highlighted, clitics included: that is what a reader looks for.
      .map((t) => ({ start: t.start - from, end: t.end - from }));
    out.push({ text: text.slice(from, to), start: from, highlights });
    if (out.length >= max) break;
  }
  return out;
}
