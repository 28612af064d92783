/**
 * Term vectors for story clustering: content-word match keys (light stems, clitics removed, so
 * «للانتخابات» and «الانتخابات» count as one term), function words left out through the reviewed
 * stop list in data/ar/stopwords.tsv.
 */
import type { Token } from '../doc/token.js';
import { dataPath } from '../lexicons/paths.js';
import { readTable } from '../lexicons/table.js';
import { analyzeText, matchKey } from '../text/index.js';

/** A sparse vector: term key → weight. Plain object so it can be stored as JSON. */
export type Sparse = Record<string, number>;

let stopwords: ReadonlySet<string> | undefined;

export function loadStopwords(): ReadonlySet<string> {
  if (stopwords) return stopwords;
  const set = new Set<string>();
  for (const row of readTable(dataPath('ar', 'stopwords.tsv')).rows) {
    const word = row.cells['word']!;
    set.add(matchKey(word));
    for (const t of analyzeText(word).tokens) if (t.kind === 'word') set.add(t.key);
  }
  stopwords = set;
  return set;
}

export function isContentToken(t: Token, stop: ReadonlySet<string> = loadStopwords()): boolean {
  if (t.kind !== 'word' && t.kind !== 'latin') return false;
  const key = t.key.toLowerCase();
  return key.length >= 2 && !stop.has(key) && !stop.has(t.norm);
}

/** Raw term frequencies of the content words of a token list. */
export function termFrequencies(tokens: readonly Token[]): Map<string, number> {
  const stop = loadStopwords();
  const tf = new Map<string, number>();
  for (const t of tokens) {
    if (!isContentToken(t, stop)) continue;
    const k = t.key.toLowerCase();
    tf.set(k, (tf.get(k) ?? 0) + 1);
  }
  return tf;
}

/**
 * Sub-linear, length-normalised TF (1 + ln tf, then unit L2 norm) so that a long article does
 * not outweigh short ones when vectors are summed into a centroid.
 */
export function normalisedTf(tf: ReadonlyMap<string, number>): Sparse {
  const out: Sparse = {};
  let norm = 0;
  for (const [k, n] of tf) {
    const w = 1 + Math.log(n);
    out[k] = w;
    norm += w * w;
  }
  norm = Math.sqrt(norm) || 1;
  for (const k of Object.keys(out)) out[k] = out[k]! / norm;
  return out;
}

/** Adds `v` into `into` (in place) and keeps only the `cap` heaviest terms (bounded storage). */
export function addSparse(into: Sparse, v: Sparse, cap = 400): Sparse {
  for (const [k, w] of Object.entries(v)) into[k] = (into[k] ?? 0) + w;
  const keys = Object.keys(into);
  if (keys.length <= cap) return into;
  const kept = keys.sort((a, b) => into[b]! - into[a]! || (a < b ? -1 : 1)).slice(0, cap);
  const out: Sparse = {};
  for (const k of kept) out[k] = into[k]!;
  return out;
}

/** Smoothed inverse document frequency (as scikit-learn's): ln((N+1)/(df+1)) + 1, never 0. */
export function idf(df: number, documents: number): number {
  return Math.log((documents + 1) / (df + 1)) + 1;
}

/** Cosine of two TF vectors after weighting both by the same IDF. */
export function cosineIdf(a: Sparse, b: Sparse, weight: (key: string) => number): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [k, w] of Object.entries(a)) {
    const x = w * weight(k);
    na += x * x;
    const o = b[k];
    if (o !== undefined) dot += x * o * weight(k);
  }
  for (const [k, w] of Object.entries(b)) {
    const y = w * weight(k);
    nb += y * y;
  }
  return na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0;
}

/** The `n` terms with the largest TF-IDF weight (for candidate retrieval and display). */
export function topTerms(v: Sparse, weight: (key: string) => number, n: number): string[] {
  return Object.entries(v)
    .map(([k, w]) => [k, w * weight(k)] as const)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, n)
    .map(([k]) => k);
}
