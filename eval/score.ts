import { overlapLength, type Span } from '../src/doc/span.js';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export function prf(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Flat figures for one measure: `name.precision`, `name.recall`, `name.f1`. */
export function prfFigures(name: string, c: Counts): Record<string, number> {
  const r = prf(c);
  return { [`${name}.precision`]: r.precision, [`${name}.recall`]: r.recall, [`${name}.f1`]: r.f1 };
}

/** The README's rule: spans match when they share at least one character. */
export function spansMatch(a: Span, b: Span): boolean {
  return overlapLength(a, b) > 0;
}

/**
 * One-to-one matching of system items to gold items, the largest overlap first.
 * Returns pairs of indices [gold, system].
 */
export function matchByOverlap<G, S>(gold: readonly G[], system: readonly S[], g: (x: G) => Span, s: (x: S) => Span,
  compatible: (x: G, y: S) => boolean = () => true): [number, number][] {
  const candidates: [number, number, number][] = [];
  gold.forEach((x, i) => system.forEach((y, j) => {
    const o = overlapLength(g(x), s(y));
    if (o > 0 && compatible(x, y)) candidates.push([o, i, j]);
  }));
  candidates.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const usedG = new Set<number>();
  const usedS = new Set<number>();
  const out: [number, number][] = [];
  for (const [, i, j] of candidates) {
    if (usedG.has(i) || usedS.has(j)) continue;
    usedG.add(i);
    usedS.add(j);
    out.push([i, j]);
  }
  return out;
}
