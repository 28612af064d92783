/**
 * The write path of one article: one transaction holding the article, its layers and their
 * projections, its MinHash buckets and copy link, its document frequencies, and its cluster and
 * thread. Writers are serialised by an advisory lock, so two ingesting processes on one server
 * cannot race on the clustering state; a crash leaves nothing of a half-written article.
 */
import type { Article } from '../doc/article.js';
import { diffCopy } from '../stories/copy-diff.js';
import { COPY_THRESHOLD, estimateJaccard } from '../stories/minhash.js';
import { idf, type Sparse } from '../stories/terms.js';
import type { Sql } from './db.js';
import { prepareArticle, type PreparedArticle } from './prepare.js';
import { writeProjections } from './projections.js';
import type { IngestExtras, IngestOutcome } from './store.js';
import { assignStory } from './write-story.js';

const WRITE_LOCK = 7261002;

/**
 * Statements per article (each a round trip, which dominates on PGlite): the lock; one statement
 * inserting the article, counting the document and its terms and returning the document
 * frequencies; the layer projections (only for layers present); the MinHash candidates; the story
 * candidates; one statement writing cluster, thread, buckets and postings.
 */
export async function writeArticle(
  tx: Sql, article: Article, extras: IngestExtras = {}, pre: PreparedArticle = prepareArticle(article), counts?: BatchCounts,
): Promise<IngestOutcome> {
  await tx.query('SELECT pg_advisory_xact_lock($1)', [WRITE_LOCK]);
  const meta = article.meta;
  const title = meta.title?.trim() || null;
  // ON CONFLICT (after the lock) instead of a prior lookup: one round trip less, and the conflict
  // check sees committed rows even when this statement's snapshot predates them. The counter and
  // term_df upserts run only when the article row was inserted; their RETURNING gives the
  // document count and frequencies including this article (as reading them afterwards did).
  const values = [pre.id, pre.hash, title, meta.outlet ?? null, meta.url ?? null, meta.published ?? null, pre.pubDate, meta.source ?? null,
    article.text, JSON.stringify(pre.sentences), JSON.stringify(extras.pipeline ?? {}), [...(extras.credits ?? [])], pre.keys, [...pre.minhash]];
  const insert = `INSERT INTO articles (id, hash, title, outlet, url, published, pub_date, source, text, sentences, pipeline, credits, keys, minhash)
       VALUES ($1,$2,$3,$4,$5,$6,$7::date,$8,$9,$10::jsonb,$11::jsonb,$12::text[],$13::tsvector,$14::integer[])
       ON CONFLICT DO NOTHING RETURNING seq`;
  const rows = counts
    ? await tx.query<{ seq: number; docs: string | number; key: string | null; df: number | null }>(insert, values)
    : await tx.query<{ seq: number; docs: string | number; key: string | null; df: number | null }>(
      `WITH ins AS (${insert}),
     cnt AS (UPDATE counters SET value = value + 1 WHERE name = 'documents' AND EXISTS (SELECT 1 FROM ins) RETURNING value),
     df AS (INSERT INTO term_df (key, df) SELECT k, 1 FROM unnest($15::text[]) AS k WHERE EXISTS (SELECT 1 FROM ins)
            ON CONFLICT (key) DO UPDATE SET df = term_df.df + 1 RETURNING key, df)
     SELECT ins.seq, cnt.value AS docs, df.key, df.df FROM ins CROSS JOIN cnt LEFT JOIN df ON TRUE`,
      [...values, [...pre.terms]],
    );
  if (!rows[0]) {
    const existing = await tx.query<{ id: string }>('SELECT id FROM articles WHERE hash = $1', [pre.hash]);
    return { status: 'skipped', id: existing[0]?.id ?? pre.id, hash: pre.hash, reason: 'duplicate-content' };
  }
  const seq = rows[0].seq;
  let docs: number;
  let df: ReadonlyMap<string, number>;
  if (counts) ({ docs, df } = counts.count(pre.terms));
  else {
    docs = Number(rows[0].docs);
    const m = new Map<string, number>();
    for (const r of rows) if (r.key !== null) m.set(r.key, r.df!);
    df = m;
  }
  await writeProjections(tx, pre.id, article);

  const copy = await findCopy(tx, pre, article, title);
  // The article's TF-IDF unit vector with today's IDF. Centroids are sums of such vectors (IDF frozen
  // at insertion, as in single-pass clustering), so comparing needs no IDF of the centroid's terms.
  const vector = unitWeighted(pre.vector, (k) => idf(df.get(k) ?? 0, docs));
  const { clusterId, threadId } = await assignStory(tx, pre, seq, article, title, vector, copy?.otherCluster ?? null);
  return { status: 'added', id: pre.id, hash: pre.hash, clusterId, threadId, copyOf: copy && copy.originId !== pre.id ? copy.originId : null };
}

/**
 * The bulk path's document frequencies: loaded once for the batch's terms (under the write lock),
 * counted in memory article after article — the very values the per-article upserts would have
 * returned — and written once at the end. Updating the same term_df rows hundreds of times in one
 * transaction made each update walk an ever longer chain of row versions.
 */
export class BatchCounts {
  private readonly df = new Map<string, number>();
  private readonly delta = new Map<string, number>();
  private docs = 0;
  private added = 0;

  static async load(tx: Sql, terms: Iterable<string>): Promise<BatchCounts> {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [WRITE_LOCK]);
    const c = new BatchCounts();
    c.docs = Number((await tx.query<{ value: string | number }>(`SELECT value FROM counters WHERE name = 'documents'`))[0]!.value);
    const keys = [...new Set(terms)];
    for (const k of keys) c.df.set(k, 0);
    for (const r of await tx.query<{ key: string; df: number }>('SELECT t.key, t.df FROM unnest($1::text[]) AS u(k) JOIN term_df t ON t.key = u.k', [keys])) c.df.set(r.key, r.df);
    return c;
  }

  /** Counts one stored article; returns the document count and frequencies including it. */
  count(terms: readonly string[]): { docs: number; df: ReadonlyMap<string, number> } {
    this.docs++;
    this.added++;
    for (const k of terms) {
      this.df.set(k, (this.df.get(k) ?? 0) + 1);
      this.delta.set(k, (this.delta.get(k) ?? 0) + 1);
    }
    return { docs: this.docs, df: this.df };
  }

  async flush(tx: Sql): Promise<void> {
    if (this.added === 0) return;
    const keys = [...this.delta.keys()].sort();
    await tx.query(`UPDATE counters SET value = value + $1 WHERE name = 'documents'`, [this.added]);
    await tx.query(
      `INSERT INTO term_df (key, df) SELECT k, n FROM unnest($1::text[], $2::integer[]) AS u(k, n) ON CONFLICT (key) DO UPDATE SET df = term_df.df + EXCLUDED.df`,
      [keys, keys.map((k) => this.delta.get(k)!)]);
    this.delta.clear();
    this.added = 0;
  }
}

interface CopyFound {
  readonly originId: string;
  readonly otherCluster: number | null;
}

async function findCopy(tx: Sql, pre: PreparedArticle, article: Article, title: string | null): Promise<CopyFound | null> {
  // Signatures first; the text of the one best candidate only (shared sentences make many buckets collide).
  const cands = await tx.query<{ id: string; minhash: number[]; seq: number; pub_date: string | null; cluster_id: number | null }>(
    `SELECT a.id, a.minhash, a.seq, a.pub_date::text AS pub_date, a.cluster_id
       FROM articles a WHERE a.id IN (
         SELECT DISTINCT article_id FROM minhash_bands m
           JOIN unnest($1::integer[]) WITH ORDINALITY AS u(x, b) ON m.band = u.b - 1 AND m.bucket = u.x
          WHERE article_id <> $2)`,
    [[...pre.buckets], pre.id],
  );
  let best: (typeof cands)[number] | null = null;
  let bestJ = 0;
  for (const c of cands) {
    const j = estimateJaccard(pre.minhash, c.minhash);
    if (j >= COPY_THRESHOLD && (j > bestJ || (j === bestJ && best && c.seq < best.seq))) {
      best = c;
      bestJ = j;
    }
  }
  if (!best) return null;
  // Earliest published is the origin; when either date is unknown, ingestion order decides.
  const newIsOrigin = pre.pubDate !== null && best.pub_date !== null && pre.pubDate < best.pub_date;
  const full = (await tx.query<{ text: string; title: string | null; sentences: [number, number][] }>(
    'SELECT text, title, sentences FROM articles WHERE id = $1', [best.id]))[0]!;
  const me = { text: article.text, title, sentences: pre.sentences.map(([start, end]) => ({ start, end })) };
  const other = { text: full.text, title: full.title, sentences: full.sentences.map(([start, end]) => ({ start, end })) };
  const [originId, copyId, changes] = newIsOrigin
    ? [pre.id, best.id, diffCopy(me, other)]
    : [best.id, pre.id, diffCopy(other, me)];
  await tx.query('INSERT INTO copies (copy_id, origin_id, similarity, changes) VALUES ($1,$2,$3,$4::jsonb) ON CONFLICT DO NOTHING',
    [copyId, originId, bestJ, JSON.stringify(changes)]);
  return { originId, otherCluster: best.cluster_id };
}

function unitWeighted(tf: Sparse, weight: (k: string) => number): Sparse {
  const out: Sparse = {};
  let norm = 0;
  for (const [k, w] of Object.entries(tf)) {
    const x = w * weight(k);
    out[k] = x;
    norm += x * x;
  }
  norm = Math.sqrt(norm) || 1;
  for (const k of Object.keys(out)) out[k] = out[k]! / norm;
  return out;
}
