/**
 * What a copy changed relative to its origin: the headline, and the sentences inserted or
 * removed. Sentences are compared by a key that ignores punctuation, diacritics and letter-form
 * variants, so a re-typed comma or hamza does not count as an edit.
 */
import { phraseKey } from '../text/index.js';

/** What the copy changed relative to the origin (sentences compared by their match keys). */
export interface CopyChanges {
  readonly headlineChanged: boolean;
  readonly originHeadline: string | null;
  readonly copyHeadline: string | null;
  /** Sentences of the copy that the origin does not have (text as in the copy). */
  readonly inserted: readonly string[];
  /** Sentences of the origin that the copy does not have (text as in the origin). */
  readonly removed: readonly string[];
}

export interface DiffSide {
  readonly text: string;
  readonly title: string | null;
  readonly sentences: readonly { readonly start: number; readonly end: number }[];
}

export function sentenceKey(s: string): string {
  return phraseKey(s.replace(/[^\p{L}\p{N}\s]/gu, ' '));
}

/** The headline: the title from metadata, else the first line when it is short and apart from the body. */
export function headlineOf(side: DiffSide): string | null {
  if (side.title && side.title.trim()) return side.title.trim();
  const nl = side.text.indexOf('\n');
  const first = (nl < 0 ? side.text : side.text.slice(0, nl)).trim();
  return nl > 0 && first.length > 0 && first.length <= 200 ? first : null;
}

export function diffCopy(origin: DiffSide, copy: DiffSide): CopyChanges {
  const sents = (side: DiffSide): { text: string; key: string }[] =>
    side.sentences
      .map((s) => side.text.slice(s.start, s.end).trim())
      .map((text) => ({ text, key: sentenceKey(text) }))
      .filter((s) => s.key.length > 0);
  const o = sents(origin);
  const c = sents(copy);
  const oKeys = new Set(o.map((s) => s.key));
  const cKeys = new Set(c.map((s) => s.key));
  const originHeadline = headlineOf(origin);
  const copyHeadline = headlineOf(copy);
  return {
    headlineChanged: (originHeadline ? sentenceKey(originHeadline) : '') !== (copyHeadline ? sentenceKey(copyHeadline) : ''),
    originHeadline,
    copyHeadline,
    inserted: c.filter((s) => !oKeys.has(s.key)).map((s) => s.text),
    removed: o.filter((s) => !cKeys.has(s.key)).map((s) => s.text),
  };
}
