/**
 * Story assignment inside an article's write transaction: retrieve candidate clusters through the
 * `story_terms` inverted table (indexed, bounded per term, restricted to the time window), decide
 * with src/stories/assign.ts, then write the cluster, the thread, the article's cluster, its MinHash
 * buckets and its own postings in one statement.
 *
 * Why postings instead of the article full-text index: ranking every article that shares one of
 * the query terms grew with the corpus (tens of ms per write at 100,000 articles). Each article now
 * files its POSTING_TERMS heaviest TF-IDF terms with its date and cluster; a new article looks up
 * its RETRIEVE_TERMS heaviest terms, takes at most PER_TERM postings per term on each side of its
 * date (nearest days first) within THREAD_WINDOW_DAYS, and keeps the RETRIEVE_CLUSTERS clusters
 * sharing the most distinct terms. Every read is an index range scan with a LIMIT: the cost no
 * longer depends on how many articles are stored.
 */
import type { Article } from '../doc/article.js';
import {
  bestMatch, CLUSTER_THRESHOLD, CLUSTER_WINDOW_DAYS, THREAD_THRESHOLD, THREAD_WINDOW_DAYS, type Candidate,
} from '../stories/assign.js';
import { headlineOf } from '../stories/copy-diff.js';
import { addSparse, topTerms, type Sparse } from '../stories/terms.js';
import type { Sql } from './db.js';
import type { PreparedArticle } from './prepare.js';

/** Query terms: the article's heaviest TF-IDF terms. */
export const RETRIEVE_TERMS = 12;
/** Terms each article files in story_terms. */
export const POSTING_TERMS = 32;
/** Postings read per query term and per side of the article's date. */
export const PER_TERM = 40;
/** Candidate clusters compared in full (cosine + entities). */
export const RETRIEVE_CLUSTERS = 12;
/** Terms kept in a centroid (the heaviest): bounded storage and comparison cost. */
const CLUSTER_TERMS = 150;
const THREAD_TERMS = 250;

interface Row {
  id: number;
  thread_id: number;
  centroid: string;
  entities: Record<string, number>;
  first_date: string | null;
  last_date: string | null;
  t_centroid: string;
  t_entities: Record<string, number>;
  t_first: string | null;
  t_last: string | null;
}

interface Group {
  readonly id: number;
  readonly centroid: Sparse;
  readonly entities: Record<string, number>;
  readonly firstDate: string | null;
  readonly lastDate: string | null;
}

const COLUMNS = `c.id, c.thread_id, c.centroid, c.entities, c.first_date::text AS first_date, c.last_date::text AS last_date,
  t.centroid AS t_centroid, t.entities AS t_entities, t.first_date::text AS t_first, t.last_date::text AS t_last`;

/** Candidate clusters (with their threads) for an article, by shared heaviest terms. */
async function retrieve(tx: Sql, terms: readonly string[], date: string | null): Promise<Row[]> {
  if (terms.length === 0) return [];
  const posting = 'SELECT s.cluster_id, s.seq FROM story_terms s WHERE s.term = q.term';
  // Undated postings count as "any time", as unknown dates did before: the most recent ones.
  const sides = date === null
    ? [`(${posting} ORDER BY s.day DESC, s.seq DESC LIMIT ${PER_TERM * 2})`]
    : [
      `(${posting} AND s.day >= $2::date AND s.day <= $2::date + ${THREAD_WINDOW_DAYS} ORDER BY s.day, s.seq DESC LIMIT ${PER_TERM})`,
      `(${posting} AND s.day < $2::date AND s.day >= $2::date - ${THREAD_WINDOW_DAYS} ORDER BY s.day DESC, s.seq DESC LIMIT ${PER_TERM})`,
      `(${posting} AND s.day = '-infinity'::date ORDER BY s.seq DESC LIMIT ${PER_TERM})`,
    ];
  return tx.query<Row>(
    `WITH q AS (SELECT DISTINCT unnest($1::text[]) AS term),
          hits AS (SELECT p.cluster_id, count(DISTINCT q.term) AS shared, max(p.seq) AS recent
                     FROM q CROSS JOIN LATERAL (${sides.join(' UNION ALL ')}) p
                    GROUP BY p.cluster_id ORDER BY shared DESC, recent DESC LIMIT ${RETRIEVE_CLUSTERS})
     SELECT ${COLUMNS} FROM hits h JOIN clusters c ON c.id = h.cluster_id JOIN threads t ON t.id = c.thread_id`,
    date === null ? [[...terms]] : [[...terms], date],
  );
}

function entityCounts(into: Record<string, number>, ids: readonly string[]): Record<string, number> {
  for (const id of ids) into[id] = (into[id] ?? 0) + 1;
  return into;
}

/** Centroids are stored as JSON text (migration 002). */
function parseCentroid(v: Sparse | string): Sparse {
  return typeof v === 'string' ? (JSON.parse(v) as Sparse) : v;
}

/**
 * Assigns the article (already inserted, with its TF-IDF unit vector `vector`) to a cluster and a
 * thread and writes everything story-related in one statement. `forcedCluster`: the cluster of the
 * article it copies (a wire copy reports the same happening).
 */
export async function assignStory(
  tx: Sql, pre: PreparedArticle, seq: number, article: Article, title: string | null, vector: Sparse, forcedCluster: number | null,
): Promise<{ clusterId: number; threadId: number }> {
  const plain = (): number => 1;
  const profile = { vector, entities: pre.entities, date: pre.pubDate };
  const rows = forcedCluster !== null
    ? await tx.query<Row>(`SELECT ${COLUMNS} FROM clusters c JOIN threads t ON t.id = c.thread_id WHERE c.id = $1`, [forcedCluster])
    : await retrieve(tx, topTerms(vector, plain, RETRIEVE_TERMS), pre.pubDate);
  const clusters: Group[] = rows.map((r) => ({ id: r.id, centroid: parseCentroid(r.centroid), entities: r.entities, firstDate: r.first_date, lastDate: r.last_date }));
  const threads = new Map<number, Group>();
  for (const r of rows) {
    if (!threads.has(r.thread_id)) {
      threads.set(r.thread_id, { id: r.thread_id, centroid: parseCentroid(r.t_centroid), entities: r.t_entities, firstDate: r.t_first, lastDate: r.t_last });
    }
  }
  const threadOf = new Map(rows.map((r) => [r.id, r.thread_id]));
  const asCandidate = (g: Group): Candidate => g;
  const joined = forcedCluster !== null && clusters[0]
    ? { id: clusters[0].id, score: 1 }
    : bestMatch(profile, clusters.map(asCandidate), plain, CLUSTER_THRESHOLD, CLUSTER_WINDOW_DAYS);

  const w = new StatementBuilder();
  const date = w.p(pre.pubDate);
  const ctes: string[] = [];
  const update = (table: 'clusters' | 'threads', g: Group, cap: number): string => {
    const centroid = addSparse({ ...g.centroid }, vector, cap);
    const entities = entityCounts({ ...g.entities }, pre.entities);
    return `UPDATE ${table} SET centroid = ${w.p(JSON.stringify(centroid))}, entities = ${w.p(JSON.stringify(entities))}::jsonb, size = size + 1,
        first_date = CASE WHEN ${date}::date IS NULL THEN first_date ELSE LEAST(first_date, ${date}::date) END,
        last_date = CASE WHEN ${date}::date IS NULL THEN last_date ELSE GREATEST(last_date, ${date}::date) END
      WHERE id = ${w.p(g.id)} RETURNING id`;
  };
  const fresh = (): { centroid: string; entities: string } => ({
    centroid: w.p(JSON.stringify(vector)), entities: w.p(JSON.stringify(entityCounts({}, pre.entities))),
  });
  const label = (): string => w.p((headlineOf({ text: article.text, title, sentences: [] }) ?? firstSentence(article)).slice(0, 200));

  let clusterExpr: string;
  let threadExpr: string;
  if (joined) {
    const threadId = threadOf.get(joined.id)!;
    ctes.push(`c AS (${update('clusters', clusters.find((c) => c.id === joined.id)!, CLUSTER_TERMS)})`);
    ctes.push(`t AS (${update('threads', threads.get(threadId)!, THREAD_TERMS)})`);
    clusterExpr = `${w.p(joined.id)}::integer`;
    threadExpr = `${w.p(threadId)}::integer`;
  } else {
    // A new event cluster: its thread is the best among the threads of the retrieved clusters.
    const thread = bestMatch(profile, [...threads.values()].map(asCandidate), plain, THREAD_THRESHOLD, THREAD_WINDOW_DAYS);
    const name = label();
    if (thread) {
      ctes.push(`t AS (${update('threads', threads.get(thread.id)!, THREAD_TERMS)})`);
      threadExpr = `${w.p(thread.id)}::integer`;
    } else {
      const f = fresh();
      ctes.push(`t AS (INSERT INTO threads (title, centroid, entities, first_date, last_date, size)
        VALUES (${name}, ${f.centroid}, ${f.entities}::jsonb, ${date}::date, ${date}::date, 1) RETURNING id)`);
      threadExpr = '(SELECT id FROM t)';
    }
    const f = fresh();
    ctes.push(`c AS (INSERT INTO clusters (thread_id, title, centroid, entities, first_date, last_date, size)
      SELECT ${threadExpr}, ${name}, ${f.centroid}, ${f.entities}::jsonb, ${date}::date, ${date}::date, 1 RETURNING id)`);
    clusterExpr = '(SELECT id FROM c)';
  }
  const id = w.p(pre.id);
  ctes.push(`a AS (UPDATE articles SET cluster_id = ${clusterExpr} WHERE id = ${id} RETURNING 1)`);
  ctes.push(`b AS (INSERT INTO minhash_bands (band, bucket, article_id)
    SELECT u.b - 1, u.x, ${id} FROM unnest(${w.p([...pre.buckets])}::integer[]) WITH ORDINALITY AS u(x, b) ON CONFLICT DO NOTHING RETURNING 1)`);
  ctes.push(`s AS (INSERT INTO story_terms (term, day, seq, cluster_id)
    SELECT k, COALESCE(${date}::date, '-infinity'::date), ${w.p(seq)}::integer, ${clusterExpr}
      FROM unnest(${w.p(topTerms(vector, plain, POSTING_TERMS))}::text[]) AS k RETURNING 1)`);
  const out = await tx.query<{ cluster_id: number; thread_id: number }>(
    `WITH ${ctes.join(',\n')} SELECT ${clusterExpr} AS cluster_id, ${threadExpr} AS thread_id`, w.params);
  return { clusterId: out[0]!.cluster_id, threadId: out[0]!.thread_id };
}

/** Numbered parameters for one statement assembled from parts. */
class StatementBuilder {
  readonly params: unknown[] = [];
  p(v: unknown): string {
    this.params.push(v);
    return `$${this.params.length}`;
  }
}

function firstSentence(article: Article): string {
  const s = article.sentences[0];
  return s ? article.text.slice(s.start, s.end).trim() : article.text.slice(0, 120).trim();
}
