/**
 * Everything the store derives from an analysed article before writing, computed outside the
 * transaction (pure, no I/O): content hash and id, the search-key tsvector, the MinHash signature
 * and buckets, the story term vector and the entity ids.
 */
import { createHash } from 'node:crypto';
import type { Article } from '../doc/article.js';
import type { Token } from '../doc/token.js';
import { bandBuckets, shingles, signature } from '../stories/minhash.js';
import { normalisedTf, termFrequencies, type Sparse } from '../stories/terms.js';

export interface PreparedArticle {
  readonly id: string;
  readonly hash: string;
  readonly pubDate: string | null;
  /** tsvector literal of token keys with positions. */
  readonly keys: string;
  readonly minhash: readonly number[];
  readonly buckets: readonly number[];
  readonly vector: Sparse;
  /** Sorted distinct content terms (for document frequencies). */
  readonly terms: readonly string[];
  readonly entities: readonly string[];
  readonly sentences: readonly [number, number][];
}

export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function articleIdFor(hash: string): string {
  return 'a' + hash.slice(0, 16);
}

/** `YYYY-MM-DD` from an ISO date or timestamp, or null. */
export function isoDay(published: string | null | undefined): string | null {
  if (!published) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/u.exec(published.trim());
  if (!m) return null;
  const d = new Date(`${m[1]}-${m[2]}-${m[3]}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? null : `${m[1]}-${m[2]}-${m[3]}`;
}

/** The token's search key: the light-stem match key (clitics removed), Latin lower-cased. */
export function searchKey(t: Token): string | null {
  if (t.kind !== 'word' && t.kind !== 'latin' && t.kind !== 'number') return null;
  const k = t.key.toLowerCase();
  return k.length > 0 && k.length <= 200 ? k : null;
}

/** A tsvector literal: `'key':1,7 'other':2`, positions = token index + 1 (PostgreSQL caps at 16383). */
export function tsvectorLiteral(tokens: readonly Token[]): string {
  const positions = new Map<string, number[]>();
  for (const t of tokens) {
    const k = searchKey(t);
    if (!k) continue;
    const list = positions.get(k) ?? [];
    if (list.length < 256) list.push(Math.min(t.index + 1, 16383));
    positions.set(k, list);
  }
  return [...positions].map(([k, ps]) => `${quoteLexeme(k)}:${[...new Set(ps)].join(',')}`).join(' ');
}

export function quoteLexeme(k: string): string {
  return `'${k.replace(/\\/gu, '\\\\').replace(/'/gu, "''")}'`;
}

export function prepareArticle(article: Article): PreparedArticle {
  const hash = contentHash(article.text);
  const tf = termFrequencies(article.tokens);
  const sig = signature(shingles(article.tokens));
  const entities = new Set<string>();
  for (const m of article.layers.mentions ?? []) entities.add(`actor:${m.actorId}`);
  for (const p of article.layers.places ?? []) entities.add(`place:${p.placeId}`);
  return {
    id: articleIdFor(hash),
    hash,
    pubDate: isoDay(article.meta.published),
    keys: tsvectorLiteral(article.tokens),
    minhash: sig,
    buckets: bandBuckets(sig),
    vector: normalisedTf(tf),
    terms: [...tf.keys()].sort(),
    entities: [...entities].sort(),
    sentences: article.sentences.map((s) => [s.start, s.end] as [number, number]),
  };
}
