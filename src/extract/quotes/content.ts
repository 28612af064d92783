import type { Span } from '../../doc/span.js';
import type { Marker } from './clause.js';
import type { CueHit } from './cues.js';
import type { QuoteDoc } from './doc.js';
import { contentStart, isColon, isComma, isFinalPunct, isWord, quoteMark, hasConjunction } from './tokens.js';

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
  end = cutBeforeNextStatement(doc, from, end, cues);
  let last = end - 1;
  while (last >= from && (isFinalPunct(tokens[last]!) || isComma(tokens[last]!) || isColon(tokens[last]!))) last--;
  if (last < from) return null;
  const span = trimmed(doc, start, tokens[last]!.end, false);
  return span ? { span, quoted: false } : null;
}

/**
 * «…، وذلك فيما كانت الأخيرة تؤكد …», «…، وأبلغ المسؤولين …»: a comma followed by «و» ends the
 * reported clause when another cue follows in what remains (outside quotation marks) — the rest is
 * a new statement, not part of this one.
 */
function cutBeforeNextStatement(doc: QuoteDoc, from: number, end: number, cues: readonly CueHit[]): number {
  const { tokens, pairs } = doc;
  let depthEnd = -1;
  for (let i = from; i < end - 1; i++) {
    const c = pairs.closeOf.get(i);
    if (c !== undefined) depthEnd = Math.max(depthEnd, c);
    if (i <= depthEnd) continue;
    if (isComma(tokens[i]!) && isWord(tokens[i + 1]!) && hasConjunction(tokens[i + 1]!)) {
      if (cues.some((q) => q.first > i && q.first < end)) return i;
    }
  }
  return end;
}

/** Drops surrounding spaces, punctuation and unbalanced outer quotation marks (gold spans never include them). */
export function trimmed(doc: QuoteDoc, start: number, end: number, _inside: boolean): Span | null {
  const text = doc.text;
  const strip = /[\s.،,؛;:!؟?…]/u;
  const marks = /["«»“”‘’„‹›]/u;
  let s = start;
  let e = end;
  for (let changed = true; changed && e > s;) {
    changed = false;
    while (e > s && strip.test(text[e - 1]!)) { e--; changed = true; }
    while (s < e && strip.test(text[s]!)) { s++; changed = true; }
    if (e > s && marks.test(text[e - 1]!) && !balancedClose(text, s, e - 1)) { e--; changed = true; }
    if (e > s && marks.test(text[s]!) && !balancedOpen(text, s, e)) { s++; changed = true; }
  }
  return e > s ? { start: s, end: e } : null;
}

const PAIR: Readonly<Record<string, string>> = { '«': '»', '“': '”', '‘': '’', '„': '“', '‹': '›' };

/** Is the mark at `at` a closing mark whose opening mark lies in [s, at)? */
function balancedClose(text: string, s: number, at: number): boolean {
  const close = text[at]!;
  const open = Object.keys(PAIR).find((k) => PAIR[k] === close) ?? close;
  const seg = text.slice(s, at);
  if (open === close) return (seg.split(close).length - 1) % 2 === 1;
  return seg.lastIndexOf(open) > seg.lastIndexOf(close);
}

/** Is the mark at `s` an opening mark whose closing mark lies in (s, e)? */
function balancedOpen(text: string, s: number, e: number): boolean {
  const open = text[s]!;
  const close = PAIR[open] ?? open;
  if (!(open in PAIR) && open !== '"') return false;
  return text.slice(s + 1, e).includes(close);
}
