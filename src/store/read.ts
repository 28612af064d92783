/**
 * Read queries behind the Store interface. Every query casts counts to int and dates to text so
 * that PGlite and node-postgres return the same JS values.
 */
import type { Sql } from './db.js';
import type {
  ArticleDetail, ArticleFilter, ArticleSummary, ClusterDetail, ClusterSummary, CopyLink, Page, Paging, StoredLayers,
  ThreadDetail, ThreadSummary,
} from './store.js';
import { topTerms, type Sparse } from '../stories/terms.js';
import { outletName } from '../doc/article.js';

/**
 * The outlet shown for stored articles: the document model's `outletName` (metadata outlet, else the
 * source file's name without extension), so every list names an outlet the way ingest reports it.
 */
export function displayOutlet(outlet: string | null, source: string | null): string {
  return outletName({ outlet, source });
}

/** SQL grouping key that keeps articles without an outlet apart by source (their display name). */
export const OUTLET_GROUP = (a: string): string => `${a}.outlet, CASE WHEN ${a}.outlet IS NULL THEN ${a}.source END`;

export function limits(p: Paging = {}): { limit: number; offset: number } {
  const limit = Math.max(1, Math.min(1000, Math.floor(p.limit ?? 50)));
  const offset = Math.max(0, Math.floor(p.offset ?? 0));
  return { limit, offset };
}

/** Builds a WHERE clause over `articles a` from the shared filters; params are appended to `params`. */
export function articleWhere(f: ArticleFilter, params: unknown[]): string {
  const parts: string[] = [];
  const p = (v: unknown): string => {
    params.push(v);
    return `$${params.length}`;
  };
  if (f.outlet) parts.push(`a.outlet = ${p(f.outlet)}`);
  if (f.from) parts.push(`a.pub_date >= ${p(f.from)}::date`);
  if (f.to) parts.push(`a.pub_date <= ${p(f.to)}::date`);
  if (f.actor) parts.push(`EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = a.id AND m.actor_id = ${p(f.actor)})`);
  if (f.place) parts.push(`EXISTS (SELECT 1 FROM place_mentions pm WHERE pm.article_id = a.id AND pm.place_id = ${p(f.place)})`);
  if (f.clusterId !== undefined) parts.push(`a.cluster_id = ${p(f.clusterId)}`);
  return parts.length ? parts.join(' AND ') : 'TRUE';
}

export const SUMMARY_COLUMNS = `a.id, a.hash, a.title, a.outlet, a.url, a.published, a.source, a.seq, a.ingested_at::text AS ingested_at,
  length(a.text) AS chars, a.credits, a.cluster_id, c.thread_id`;
export const SUMMARY_FROM = 'articles a LEFT JOIN clusters c ON c.id = a.cluster_id';

export interface SummaryRow {
  id: string; hash: string; title: string | null; outlet: string | null; url: string | null; published: string | null;
  source: string | null; seq: number; ingested_at: string; chars: number; credits: string[]; cluster_id: number | null; thread_id: number | null;
}

export function toSummary(r: SummaryRow): ArticleSummary {
  return {
    id: r.id, hash: r.hash, title: r.title, outlet: r.outlet, url: r.url, published: r.published, source: r.source,
    seq: r.seq, ingestedAt: r.ingested_at, chars: r.chars, credits: r.credits ?? [], clusterId: r.cluster_id, threadId: r.thread_id,
  };
}

export async function listArticles(db: Sql, f: ArticleFilter = {}): Promise<Page<ArticleSummary>> {
  const params: unknown[] = [];
  const where = articleWhere(f, params);
  const { limit, offset } = limits(f);
  const total = (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM articles a WHERE ${where}`, params))[0]!.n;
  const rows = await db.query<SummaryRow>(
    `SELECT ${SUMMARY_COLUMNS} FROM ${SUMMARY_FROM} WHERE ${where} ORDER BY a.pub_date DESC NULLS LAST, a.seq LIMIT ${limit} OFFSET ${offset}`, params);
  return { items: rows.map(toSummary), total };
}

interface CopyRow { copy_id: string; origin_id: string; similarity: number; changes: CopyLink['changes'] }
const toCopy = (r: CopyRow): CopyLink => ({ copyId: r.copy_id, originId: r.origin_id, similarity: r.similarity, changes: r.changes });

export async function getArticle(db: Sql, id: string): Promise<ArticleDetail | null> {
  const rows = await db.query<SummaryRow & { text: string; sentences: [number, number][]; pipeline: Record<string, number> }>(
    `SELECT ${SUMMARY_COLUMNS}, a.text, a.sentences, a.pipeline FROM ${SUMMARY_FROM} WHERE a.id = $1`, [id]);
  const r = rows[0];
  if (!r) return null;
  const layers: Record<string, unknown> = {};
  for (const l of await db.query<{ layer: string; data: unknown }>('SELECT layer, data FROM article_layers WHERE article_id = $1', [id])) layers[l.layer] = l.data;
  const copies = await db.query<CopyRow>('SELECT copy_id, origin_id, similarity, changes FROM copies WHERE copy_id = $1 OR origin_id = $1', [id]);
  return {
    ...toSummary(r), text: r.text, sentences: r.sentences.map(([start, end]) => ({ start, end })),
    layers: layers as StoredLayers, pipeline: r.pipeline, copies: copies.map(toCopy),
  };
}

export async function listCopies(db: Sql, p: Paging = {}): Promise<Page<CopyLink>> {
  const { limit, offset } = limits(p);
  const total = (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM copies'))[0]!.n;
  const rows = await db.query<CopyRow>(`SELECT copy_id, origin_id, similarity, changes FROM copies ORDER BY origin_id, copy_id LIMIT ${limit} OFFSET ${offset}`);
  return { items: rows.map(toCopy), total };
}

interface ClusterRow { id: number; thread_id: number; title: string; first_date: string | null; last_date: string | null; size: number; centroid: Sparse }

async function clusterSummaries(db: Sql, rows: ClusterRow[]): Promise<ClusterSummary[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const outletRows = await db.query<{ cluster_id: number; outlet: string | null; source: string | null }>(
    `SELECT DISTINCT cluster_id, ${OUTLET_GROUP('a')} AS source FROM articles a WHERE cluster_id = ANY($1::integer[])`, [ids]);
  const outlets = [...new Set(outletRows.map((o) => `${o.cluster_id}\u0000${displayOutlet(o.outlet, o.source)}`))].sort()
    .map((k) => ({ cluster_id: Number(k.split('\u0000')[0]), outlet: k.split('\u0000')[1]! }));
  const actors = await db.query<{ cluster_id: number; id: string; name: string; articles: number }>(
    `SELECT a.cluster_id, m.actor_id AS id, COALESCE(ac.name_ar, m.actor_id) AS name, count(DISTINCT a.id)::int AS articles
       FROM articles a JOIN mentions m ON m.article_id = a.id LEFT JOIN actors ac ON ac.id = m.actor_id
      WHERE a.cluster_id = ANY($1::integer[]) GROUP BY 1, 2, 3 ORDER BY 1, 4 DESC, 2`, [ids]);
  return rows.map((r) => ({
    id: r.id, threadId: r.thread_id, title: r.title, firstDate: r.first_date, lastDate: r.last_date, size: r.size,
    outlets: outlets.filter((o) => o.cluster_id === r.id).map((o) => o.outlet),
    keyActors: actors.filter((a) => a.cluster_id === r.id).slice(0, 5).map(({ id, name, articles }) => ({ id, name, articles })),
  }));
}

const CLUSTER_COLUMNS = 'id, thread_id, title, first_date::text AS first_date, last_date::text AS last_date, size, centroid';

export async function listClusters(db: Sql, f: Paging & { threadId?: number } = {}): Promise<Page<ClusterSummary>> {
  const { limit, offset } = limits(f);
  const where = f.threadId !== undefined ? 'WHERE thread_id = $1' : '';
  const params = f.threadId !== undefined ? [f.threadId] : [];
  const total = (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM clusters ${where}`, params))[0]!.n;
  const rows = await db.query<ClusterRow>(
    `SELECT ${CLUSTER_COLUMNS} FROM clusters ${where} ORDER BY size DESC, first_date NULLS LAST, id LIMIT ${limit} OFFSET ${offset}`, params);
  return { items: await clusterSummaries(db, rows), total };
}

export async function getCluster(db: Sql, id: number): Promise<ClusterDetail | null> {
  const rows = await db.query<ClusterRow>(`SELECT ${CLUSTER_COLUMNS} FROM clusters WHERE id = $1`, [id]);
  if (!rows[0]) return null;
  const [summary] = await clusterSummaries(db, rows);
  const members = await db.query<{ outlet: string | null; source: string | null; id: string; title: string | null; published: string | null }>(
    'SELECT outlet, source, id, title, published FROM articles WHERE cluster_id = $1 ORDER BY pub_date NULLS LAST, seq', [id]);
  const byOutlet = new Map<string, { id: string; title: string | null; published: string | null }[]>();
  for (const m of members) {
    const name = displayOutlet(m.outlet, m.source);
    byOutlet.set(name, [...(byOutlet.get(name) ?? []), { id: m.id, title: m.title, published: m.published }]);
  }
  const copies = await db.query<CopyRow>(
    'SELECT k.copy_id, k.origin_id, k.similarity, k.changes FROM copies k JOIN articles a ON a.id = k.copy_id WHERE a.cluster_id = $1', [id]);
  return {
    ...summary!, members: [...byOutlet].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([outlet, articles]) => ({ outlet, articles })), copies: copies.map(toCopy),
    terms: topTerms(typeof rows[0].centroid === 'string' ? JSON.parse(rows[0].centroid) as Sparse : rows[0].centroid, () => 1, 12),
  };
}

interface ThreadRow { id: number; title: string; first_date: string | null; last_date: string | null; clusters: number; articles: number }
const toThread = (r: ThreadRow): ThreadSummary => ({
  id: r.id, title: r.title, firstDate: r.first_date, lastDate: r.last_date, clusters: r.clusters, articles: r.articles,
});
const THREAD_SELECT = `SELECT t.id, t.title, t.first_date::text AS first_date, t.last_date::text AS last_date,
  (SELECT count(*)::int FROM clusters c WHERE c.thread_id = t.id) AS clusters, t.size AS articles FROM threads t`;

export async function listThreads(db: Sql, p: Paging = {}): Promise<Page<ThreadSummary>> {
  const { limit, offset } = limits(p);
  const total = (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM threads'))[0]!.n;
  const rows = await db.query<ThreadRow>(`${THREAD_SELECT} ORDER BY t.size DESC, t.id LIMIT ${limit} OFFSET ${offset}`);
  return { items: rows.map(toThread), total };
}

export async function getThread(db: Sql, id: number): Promise<ThreadDetail | null> {
  const rows = await db.query<ThreadRow>(`${THREAD_SELECT} WHERE t.id = $1`, [id]);
  if (!rows[0]) return null;
  const clusters = await db.query<ClusterRow>(`SELECT ${CLUSTER_COLUMNS} FROM clusters WHERE thread_id = $1 ORDER BY first_date NULLS LAST, id`, [id]);
  return { ...toThread(rows[0]), clusterList: await clusterSummaries(db, clusters) };
}
