/**
 * Near-duplicate detection with MinHash over word 3-shingles of token match keys (so spelling
 * variants — hamza forms, ta marbuta, diacritics — and attached clitics do not hide a copy).
 * Locality-sensitive banding: 20 bands of 3 rows. With r=3, b=20, a pair with Jaccard s becomes a
 * candidate with probability 1-(1-s^3)^20: 0.93 at s=0.5, 0.42 at s=0.3, 0.15 at s=0.2; candidates
 * are then checked on the whole signature against COPY_THRESHOLD.
 */
import type { Token } from '../doc/token.js';

export const SIGNATURE_SIZE = 60;
export const BANDS = 20;
export const ROWS = SIGNATURE_SIZE / BANDS;
export const SHINGLE = 3;
/**
 * Estimated Jaccard of shingle sets at or above which one article is a copy of the other.
 * Two independent reports of one event share names and phrases but few 3-word runs (J < 0.2);
 * a wire copy with a new headline, a rewritten lead and a sentence or two changed keeps most runs
 * (J ≈ 0.6–0.9). 0.5 sits between the two with margin on both sides.
 */
export const COPY_THRESHOLD = 0.5;

/** FNV-1a over UTF-16 code units. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A 32-bit integer mixer (murmur3 finaliser): one seed per hash function. */
function mix(x: number, seed: number): number {
  let h = (x ^ seed) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const SEEDS = Array.from({ length: SIGNATURE_SIZE }, (_, i) => mix(i + 1, 0x9e3779b9));

export function shingles(tokens: readonly Token[]): Set<number> {
  const keys = tokens.filter((t) => t.kind === 'word' || t.kind === 'number' || t.kind === 'latin').map((t) => t.key.toLowerCase());
  const out = new Set<number>();
  if (keys.length < SHINGLE) {
    if (keys.length > 0) out.add(fnv1a(keys.join(' ')));
    return out;
  }
  for (let i = 0; i + SHINGLE <= keys.length; i++) out.add(fnv1a(keys.slice(i, i + SHINGLE).join(' ')));
  return out;
}

/** Signature values are stored as signed int32 (PostgreSQL `integer[]`). */
export function signature(sh: ReadonlySet<number>): number[] {
  const sig = new Array<number>(SIGNATURE_SIZE).fill(0xffffffff);
  for (const x of sh) {
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const h = mix(x, SEEDS[i]!);
      if (h < sig[i]!) sig[i] = h;
    }
  }
  return sig.map((v) => v | 0);
}

export function estimateJaccard(a: readonly number[], b: readonly number[]): number {
  let same = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (a[i] === b[i]) same++;
  return same / SIGNATURE_SIZE;
}

/** One bucket per band (signed int32), the LSH keys under which the article is filed. */
export function bandBuckets(sig: readonly number[]): number[] {
  const out: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = 0x2545f491 ^ b;
    for (let r = 0; r < ROWS; r++) h = mix(sig[b * ROWS + r]! >>> 0, h);
    out.push(h | 0);
  }
  return out;
}
