import type { Span } from '../../doc/span.js';
import type { Marker } from './clause.js';
import type { CueHit } from './cues.js';
import type { QuoteDoc } from './doc.js';
import { isComplementizer } from './clause.js';
import type { BoundRole } from './lexicon.js';
import { contentStart, hasConjunction, isColon, isComma, isFinalPunct, isWord, mayStart, phraseAt, quoteMark } from './tokens.js';

export interface Body {
  readonly span: Span;
  /** The whole content sat between one pair of quotation marks. */
  readonly quoted: boolean;
}

/**
 * The content's character span. Direct speech: inside its quotation marks (which may run over
 * several sentences). Reported speech: from the marker to the end of the clause — the sentence end,
 * or the next cue that opens its own statement; a quotation opened inside the clause runs to its
 * closing mark when the clause ends with the sentence.
 */
export function contentSpan(
  doc: QuoteDoc, marker: Marker | null, from: number, limit: number, atSentenceEnd: boolean, cues: readonly CueHit[],
): Body | null {
  const { tokens, pairs } = doc;
  if (marker?.kind === 'quote') {
    const inner = trimmed(doc, tokens[marker.at + 1]!.start, tokens[Math.max(marker.close - 1, marker.at + 1)]!.end, false);
    return inner ? { span: inner, quoted: true } : null;
  }
  // «قال: "…"», «إن "…"»: a quotation opening the clause and closing at its end is direct speech.
  const open = tokens[from];
  if (open && quoteMark(open) !== null && pairs.closeOf.has(from)) {
    const close = pairs.closeOf.get(from)!;
    let rest = close + 1;
    while (rest < limit && !isWord(tokens[rest]!)) rest++;
    if (rest >= limit) {
      const inner = trimmed(doc, tokens[from + 1]?.start ?? open.end, tokens[Math.max(close - 1, from)]!.end, false);
      if (inner) return { span: inner, quoted: true };
    }
  }
  const start = marker?.kind === 'prep' ? marker.start : contentStart(tokens[from]!);
  let end = limit;
  if (atSentenceEnd) {
    for (let i = from; i < end; i++) {
      const c = pairs.closeOf.get(i);
      if (c !== undefined && c >= end) {
        end = Math.min(c + 1, tokens.length);
        break;
      }
    }
  }
  // A noun phrase (a preposition's or the cue's object) cannot go on with a clause of its own.
  end = cutBeforeNextStatement(doc, from, end, cues, marker === null || marker.kind === 'prep');
  let last = end - 1;
  while (last >= from && (isFinalPunct(tokens[last]!) || isComma(tokens[last]!) || isColon(tokens[last]!))) last--;
  if (last < from) return null;
  const span = trimmed(doc, start, tokens[last]!.end, false);
  return span ? { span, quoted: false } : null;
}

/**
 * Where the narrator takes the word back inside a reported clause (outside quotation marks):
 * - «…، وأبلغ المسؤولين …»: a comma followed by «و» when another cue follows in what remains — the
 *   rest is a new statement; «…، وأن …» is not: a second complementizer coordinates a second clause
 *   under the same cue («يرى مراقبون أن …، وأن الهدف …»);
 * - «…، في إشارة إلى …», «…، رداً على …»: a narrator's gloss after a comma (quote-bounds.tsv);
 * - «… فيما أعلن حفتر …»: a contrast conjunction with a reporting cue right after it; after a nominal
 *   content (`nominal`: «أبلغ المسؤولين بتدخل الجيش التركي …، فيما تتفق مصر …»), any contrast
 *   conjunction — a clause after it is the narrator's, while after a reported clause («أفاد بأن …
 *   في حين تفقد الوزير …») it may still be the speaker's.
 */
function cutBeforeNextStatement(doc: QuoteDoc, from: number, end: number, cues: readonly CueHit[], nominal: boolean): number {
  const { tokens, pairs, lex } = doc;
  let depthEnd = -1;
  for (let i = from; i < end - 1; i++) {
    const c = pairs.closeOf.get(i);
    if (c !== undefined) depthEnd = Math.max(depthEnd, c);
    if (i <= depthEnd) continue;
    const next = tokens[i + 1]!;
    if (isComma(tokens[i]!) && isWord(next)) {
      if (boundAt(doc, i + 1, end, 'gloss') > 0) return i;
      if (hasConjunction(next) && !isComplementizer(next, lex, doc.enclitics) && cues.some((q) => q.first > i && q.first < end)) return i;
    }
    if (i > from && isWord(tokens[i]!)) {
      const after = boundAt(doc, i, end, 'contrast');
      if (after > 0 && (nominal || cues.some((q) => q.first === after && q.entry.kind === 'verb'))) return i;
    }
  }
  return end;
}

/** The end of a quote-bounds.tsv phrase of `role` starting at token `i` (before `limit`), or -1. */
function boundAt(doc: QuoteDoc, i: number, limit: number, role: BoundRole): number {
  const t = doc.tokens[i]!;
  if (!mayStart(t, doc.lex.boundHeads)) return -1;
  for (const b of doc.lex.bounds) {
    if (b.role !== role) continue;
    const e = phraseAt(doc.tokens, i, b.words, limit);
    if (e > 0) return e;
  }
  return -1;
}

/**
 * Drops surrounding spaces, punctuation and outer quotation marks: gold contents never begin or end
 * with a quotation mark, even when the mark pairs with one inside («بلاده «ستظل منخرطة …» → … منخرطة).
 */
export function trimmed(doc: QuoteDoc, start: number, end: number, _inside: boolean): Span | null {
  const text = doc.text;
  const edge = /[\s.،,؛;:!؟?…"«»“”‘’„‹›]/u;
  let s = start;
  let e = end;
  while (e > s && edge.test(text[e - 1]!)) e--;
  while (s < e && edge.test(text[s]!)) s++;
  return e > s ? { start: s, end: e } : null;
}
