/**
 * The write path of one article: one transaction holding the article, its layers and their
 * projections, its MinHash buckets and copy link, its document frequencies, and its cluster and
 * thread. Writers are serialised by an advisory lock, so two ingesting processes on one server
 * cannot race on the clustering state; a crash leaves nothing of a half-written article.
 */
import type { Article } from '../doc/article.js';
import {
  bestMatch, CLUSTER_THRESHOLD, CLUSTER_WINDOW_DAYS, THREAD_THRESHOLD, THREAD_WINDOW_DAYS, type Candidate,
} from '../stories/assign.js';
import { diffCopy, headlineOf } from '../stories/copy-diff.js';
import { COPY_THRESHOLD, estimateJaccard } from '../stories/minhash.js';
import { addSparse, idf, topTerms, type Sparse } from '../stories/terms.js';
import type { Sql } from './db.js';
import { prepareArticle, quoteLexeme, type PreparedArticle } from './prepare.js';
import { writeProjections } from './projections.js';
import type { IngestExtras, IngestOutcome } from './store.js';

const WRITE_LOCK = 7261002;
/** Candidate articles fetched by their top terms when looking for a cluster. */
const RETRIEVE_TERMS = 12;
const RETRIEVE_ARTICLES = 12;
/** Terms kept in a centroid (the heaviest): bounded storage and comparison cost. */
const CLUSTER_TERMS = 150;
const THREAD_TERMS = 250;

export async function writeArticle(tx: Sql, article: Article, extras: IngestExtras = {}, pre: PreparedArticle = prepareArticle(article)): Promise<IngestOutcome> {
  await tx.query('SELECT pg_advisory_xact_lock($1)', [WRITE_LOCK]);
  const existing = await tx.query<{ id: string }>('SELECT id FROM articles WHERE hash = $1', [pre.hash]);
  if (existing[0]) return { status: 'skipped', id: existing[0].id, hash: pre.hash, reason: 'duplicate-content' };

  const meta = article.meta;
  const title = meta.title?.trim() || null;
  const rows = await tx.query<{ seq: number }>(
    `INSERT INTO articles (id, hash, title, outlet, url, published, pub_date, source, text, sentences, pipeline, credits, keys, minhash)
     VALUES ($1,$2,$3,$4,$5,$6,$7::date,$8,$9,$10::jsonb,$11::jsonb,$12::text[],$13::tsvector,$14::integer[]) RETURNING seq`,
    [pre.id, pre.hash, title, meta.outlet ?? null, meta.url ?? null, meta.published ?? null, pre.pubDate, meta.source ?? null,
      article.text, JSON.stringify(pre.sentences), JSON.stringify(extras.pipeline ?? {}), [...(extras.credits ?? [])], pre.keys, [...pre.minhash]],
  );
  const seq = rows[0]!.seq;
  await writeProjections(tx, pre.id, article);

  // Document frequencies (sorted keys: concurrent writers lock rows in one order).
  await tx.query(`UPDATE counters SET value = value + 1 WHERE name = 'documents'`);
  if (pre.terms.length > 0) {
    await tx.query(
      `INSERT INTO term_df (key, df) SELECT k, 1 FROM unnest($1::text[]) AS k ON CONFLICT (key) DO UPDATE SET df = term_df.df + 1`,
      [[...pre.terms]],
    );
  }

  const copy = await findCopy(tx, pre, seq, article, title);
  await tx.query(
    `INSERT INTO minhash_bands (band, bucket, article_id) SELECT b - 1, x, $2 FROM unnest($1::integer[]) WITH ORDINALITY AS u(x, b) ON CONFLICT DO NOTHING`,
    [[...pre.buckets], pre.id],
  );
  const { clusterId, threadId } = await assignStory(tx, pre, article, title, copy?.otherCluster ?? null);
  await tx.query('UPDATE articles SET cluster_id = $1 WHERE id = $2', [clusterId, pre.id]);
  return { status: 'added', id: pre.id, hash: pre.hash, clusterId, threadId, copyOf: copy && copy.originId !== pre.id ? copy.originId : null };
}

interface CopyFound {
  readonly originId: string;
  readonly otherCluster: number | null;
}

async function findCopy(tx: Sql, pre: PreparedArticle, seq: number, article: Article, title: string | null): Promise<CopyFound | null> {
  const cands = await tx.query<{ id: string; minhash: number[]; seq: number; pub_date: string | null; text: string; title: string | null; sentences: [number, number][]; cluster_id: number | null }>(
    `SELECT a.id, a.minhash, a.seq, a.pub_date::text AS pub_date, a.text, a.title, a.sentences, a.cluster_id
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
  const me = { text: article.text, title, sentences: pre.sentences.map(([start, end]) => ({ start, end })) };
  const other = { text: best.text, title: best.title, sentences: best.sentences.map(([start, end]) => ({ start, end })) };
  const [originId, copyId, changes] = newIsOrigin
    ? [pre.id, best.id, diffCopy(me, other)]
    : [best.id, pre.id, diffCopy(other, me)];
  await tx.query('INSERT INTO copies (copy_id, origin_id, similarity, changes) VALUES ($1,$2,$3,$4::jsonb) ON CONFLICT DO NOTHING',
    [copyId, originId, bestJ, JSON.stringify(changes)]);
  void seq;
  return { originId, otherCluster: best.cluster_id };
}

interface StoryRow {
  id: number;
  thread_id: number;
  centroid: Sparse;
  entities: Record<string, number>;
  first_date: string | null;
  last_date: string | null;
}

async function assignStory(tx: Sql, pre: PreparedArticle, article: Article, title: string | null, forcedCluster: number | null): Promise<{ clusterId: number; threadId: number }> {
  const docs = Number((await tx.query<{ value: string | number }>(`SELECT value FROM counters WHERE name = 'documents'`))[0]!.value);
  const dfCache = new Map<string, number>();
  const loadDf = async (keys: Iterable<string>): Promise<void> => {
    const need = [...new Set(keys)].filter((k) => !dfCache.has(k));
    if (need.length === 0) return;
    for (const k of need) dfCache.set(k, 0);
    // A join on unnest uses the primary key; `key = ANY(array)` made PGlite scan the table.
    for (const r of await tx.query<{ key: string; df: number }>('SELECT t.key, t.df FROM unnest($1::text[]) AS u(k) JOIN term_df t ON t.key = u.k', [need])) dfCache.set(r.key, r.df);
  };
  const weight = (k: string): number => idf(dfCache.get(k) ?? 0, docs);
  await loadDf(Object.keys(pre.vector));
  // The article's TF-IDF unit vector with today's IDF. Centroids are sums of such vectors (IDF frozen
  // at insertion, as in single-pass clustering), so comparing needs no IDF of the centroid's terms.
  const vector = unitWeighted(pre.vector, weight);
  const plain = (): number => 1;
  const profile = { vector, entities: pre.entities, date: pre.pubDate };

  let clusters: StoryRow[] = [];
  if (forcedCluster !== null) {
    clusters = await tx.query<StoryRow>(
      'SELECT id, thread_id, centroid, entities, first_date::text AS first_date, last_date::text AS last_date FROM clusters WHERE id = $1', [forcedCluster]);
  } else {
    const terms = topTerms(vector, plain, RETRIEVE_TERMS);
    if (terms.length > 0) {
      const q = terms.map(quoteLexeme).join(' | ');
      clusters = await tx.query<StoryRow>(
        `SELECT c.id, c.thread_id, c.centroid, c.entities, c.first_date::text AS first_date, c.last_date::text AS last_date
           FROM clusters c WHERE c.id IN (
             SELECT cluster_id FROM (
               SELECT cluster_id FROM articles WHERE keys @@ $1::tsquery AND cluster_id IS NOT NULL AND id <> $2
                 AND ($3::date IS NULL OR pub_date IS NULL OR pub_date BETWEEN $3::date - ${THREAD_WINDOW_DAYS} AND $3::date + ${THREAD_WINDOW_DAYS})
               ORDER BY ts_rank(keys, $1::tsquery) DESC, seq LIMIT ${RETRIEVE_ARTICLES}) r)`,
        [q, pre.id, pre.pubDate],
      );
    }
  }
  for (const c of clusters) c.centroid = parseCentroid(c.centroid);
  const asCandidate = (r: StoryRow): Candidate => ({ id: r.id, centroid: r.centroid, entities: r.entities, firstDate: r.first_date, lastDate: r.last_date });
  const joined = forcedCluster !== null && clusters[0]
    ? { id: clusters[0].id, score: 1 }
    : bestMatch(profile, clusters.map(asCandidate), plain, CLUSTER_THRESHOLD, CLUSTER_WINDOW_DAYS);

  if (joined) {
    const c = clusters.find((x) => x.id === joined.id)!;
    await updateGroup(tx, 'clusters', c, pre, vector, CLUSTER_TERMS);
    const t = (await tx.query<StoryRow>('SELECT id, 0 AS thread_id, centroid, entities, first_date::text AS first_date, last_date::text AS last_date FROM threads WHERE id = $1', [c.thread_id]))[0]!;
    t.centroid = parseCentroid(t.centroid);
    await updateGroup(tx, 'threads', t, pre, vector, THREAD_TERMS);
    return { clusterId: c.id, threadId: c.thread_id };
  }

  // A new event cluster: find its thread among the threads of the retrieved clusters.
  const threadIds = [...new Set(clusters.map((c) => c.thread_id))];
  const threads = threadIds.length === 0 ? [] : await tx.query<StoryRow>(
    'SELECT id, 0 AS thread_id, centroid, entities, first_date::text AS first_date, last_date::text AS last_date FROM threads WHERE id = ANY($1::integer[])', [threadIds]);
  for (const t of threads) t.centroid = parseCentroid(t.centroid);
  const thread = bestMatch(profile, threads.map(asCandidate), plain, THREAD_THRESHOLD, THREAD_WINDOW_DAYS);
  const label = (headlineOf({ text: article.text, title, sentences: [] }) ?? firstSentence(article)).slice(0, 200);
  let threadId: number;
  if (thread) {
    threadId = thread.id;
    await updateGroup(tx, 'threads', threads.find((t) => t.id === thread.id)!, pre, vector, THREAD_TERMS);
  } else {
    threadId = (await tx.query<{ id: number }>(
      `INSERT INTO threads (title, centroid, entities, first_date, last_date, size) VALUES ($1,$2,$3::jsonb,$4::date,$4::date,1) RETURNING id`,
      [label, JSON.stringify(vector), JSON.stringify(entityCounts({}, pre.entities)), pre.pubDate]))[0]!.id;
  }
  const clusterId = (await tx.query<{ id: number }>(
    `INSERT INTO clusters (thread_id, title, centroid, entities, first_date, last_date, size) VALUES ($1,$2,$3,$4::jsonb,$5::date,$5::date,1) RETURNING id`,
    [threadId, label, JSON.stringify(vector), JSON.stringify(entityCounts({}, pre.entities)), pre.pubDate]))[0]!.id;
  return { clusterId, threadId };
}

function entityCounts(into: Record<string, number>, ids: readonly string[]): Record<string, number> {
  for (const id of ids) into[id] = (into[id] ?? 0) + 1;
  return into;
}

async function updateGroup(tx: Sql, table: 'clusters' | 'threads', row: StoryRow, pre: PreparedArticle, vector: Sparse, cap: number): Promise<void> {
  const centroid = addSparse({ ...row.centroid }, vector, cap);
  const entities = entityCounts({ ...row.entities }, pre.entities);
  await tx.query(
    `UPDATE ${table} SET centroid = $2, entities = $3::jsonb, size = size + 1,
        first_date = CASE WHEN $4::date IS NULL THEN first_date ELSE LEAST(first_date, $4::date) END,
        last_date = CASE WHEN $4::date IS NULL THEN last_date ELSE GREATEST(last_date, $4::date) END
      WHERE id = $1`,
    [row.id, JSON.stringify(centroid), JSON.stringify(entities), pre.pubDate]);
}

/** Centroids are stored as JSON text (migration 002). */
function parseCentroid(v: Sparse | string): Sparse {
  return typeof v === 'string' ? (JSON.parse(v) as Sparse) : v;
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

function firstSentence(article: Article): string {
  const s = article.sentences[0];
  return s ? article.text.slice(s.start, s.end).trim() : article.text.slice(0, 120).trim();
}
