/**
 * Offsets everywhere in Marsad are UTF-16 code-unit indices into `article.text`,
 * half-open `[start, end)`, exactly as JavaScript's `String.prototype.slice` reads them.
 */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A half-open range of token indices `[first, end)` into `article.tokens`. */
export interface TokenRange {
  readonly first: number;
  readonly end: number;
}

export function span(start: number, end: number): Span {
  return { start, end };
}

export function sliceSpan(text: string, s: Span): string {
  return text.slice(s.start, s.end);
}

export function spanLength(s: Span): number {
  return s.end - s.start;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** Number of characters two spans share (0 when disjoint). */
export function overlapLength(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

export function compareSpans(a: Span, b: Span): number {
  return a.start - b.start || a.end - b.end;
}
