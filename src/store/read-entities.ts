/** Read queries for actors, quotes, events, places, outlets, statistics and search. */
import type { Event, Quote } from '../doc/annotations.js';
import { parseQuery } from './search-query.js';
import { makeSnippets } from './snippets.js';
import type { Sql } from './db.js';
import { articleWhere, displayOutlet, limits, OUTLET_GROUP, SUMMARY_COLUMNS, SUMMARY_FROM, toSummary, type SummaryRow } from './read.js';
import type {
  ActorDetail, ActorSummary, EventFilter, Page, Paging, QuoteFilter, SearchHit, SearchQuery, StoredEvent, StoredPlace,
  StoredQuote, StoreStats,
} from './store.js';

interface ActorRow { id: string; type: string; name_ar: string; name_en: string | null; parent: string | null; known: boolean; mentions: number; articles: number }
const toActor = (r: ActorRow): ActorSummary => ({
  id: r.id, type: r.type, nameAr: r.name_ar, nameEn: r.name_en, parent: r.parent, known: r.known, mentions: r.mentions, articles: r.articles,
});

export async function listActors(db: Sql, f: Paging & { q?: string; outlet?: string } = {}): Promise<Page<ActorSummary>> {
  const { limit, offset } = limits(f);
  const params: unknown[] = [];
  const conds: string[] = [];
  if (f.q) {
    params.push(`%${f.q}%`);
    conds.push(`(ac.name_ar ILIKE $${params.length} OR ac.name_en ILIKE $${params.length} OR ac.id ILIKE $${params.length})`);
  }
  if (f.outlet) {
    params.push(f.outlet);
    conds.push(`EXISTS (SELECT 1 FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.actor_id = ac.id AND a.outlet = $${params.length})`);
  }
  const where = conds.length ? `WHERE ${conds.join(' AND ')}` : '';
  const total = (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM actors ac ${where}`, params))[0]!.n;
  const rows = await db.query<ActorRow>(
    `SELECT ac.*, COALESCE(s.mentions, 0) AS mentions, COALESCE(s.articles, 0) AS articles FROM actors ac
       LEFT JOIN (SELECT actor_id, count(*)::int AS mentions, count(DISTINCT article_id)::int AS articles FROM mentions GROUP BY actor_id) s
         ON s.actor_id = ac.id
     ${where} ORDER BY mentions DESC, ac.id LIMIT ${limit} OFFSET ${offset}`, params);
  return { items: rows.map(toActor), total };
}

export async function getActor(db: Sql, id: string): Promise<ActorDetail | null> {
  const rows = await db.query<ActorRow>(
    `SELECT ac.*, (SELECT count(*)::int FROM mentions WHERE actor_id = ac.id) AS mentions,
            (SELECT count(DISTINCT article_id)::int FROM mentions WHERE actor_id = ac.id) AS articles
       FROM actors ac WHERE ac.id = $1`, [id]);
  if (!rows[0]) return null;
  const aliases = await db.query<{ text: string; count: number }>(
    'SELECT surface AS text, count(*)::int AS count FROM mentions WHERE actor_id = $1 GROUP BY surface ORDER BY 2 DESC, 1', [id]);
  const labelRows = await db.query<{ outlet: string | null; source: string | null; key: string; label_kind: string; gloss: string | null; count: number }>(
    `SELECT l.outlet, CASE WHEN l.outlet IS NULL THEN a.source END AS source, l.key, l.label_kind, max(l.gloss) AS gloss, count(*)::int AS count
       FROM labels l JOIN articles a ON a.id = l.article_id WHERE l.actor_id = $1 GROUP BY 1, 2, 3, 4`, [id]);
  // Outlets as displayed (articles without an outlet go by their file name): merge, then order.
  const merged = new Map<string, { outlet: string; key: string; labelKind: string; gloss: string | null; count: number }>();
  for (const l of labelRows) {
    const outlet = displayOutlet(l.outlet, l.source);
    const k = `${outlet}\u0000${l.key}\u0000${l.label_kind}`;
    const seen = merged.get(k);
    if (seen) merged.set(k, { ...seen, gloss: seen.gloss ?? l.gloss, count: seen.count + l.count });
    else merged.set(k, { outlet, key: l.key, labelKind: l.label_kind, gloss: l.gloss, count: l.count });
  }
  const labels = [...merged.values()].sort((a, b) => cmp(a.outlet, b.outlet) || b.count - a.count || cmp(a.key, b.key));
  const byOutlet = new Map<string, { key: string; labelKind: string; gloss: string | null; count: number }[]>();
  for (const l of labels) byOutlet.set(l.outlet, [...(byOutlet.get(l.outlet) ?? []), { key: l.key, labelKind: l.labelKind, gloss: l.gloss, count: l.count }]);
  return { ...toActor(rows[0]), aliases, labelsByOutlet: [...byOutlet].map(([outlet, l]) => ({ outlet, labels: l })) };
}

export async function listQuotes(db: Sql, f: QuoteFilter = {}): Promise<Page<StoredQuote>> {
  const params: unknown[] = [];
  let where = articleWhere(f, params);
  if (f.speaker) {
    params.push(f.speaker);
    where += ` AND q.speaker = $${params.length}`;
  }
  const { limit, offset } = limits(f);
  const total = (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM quotes q JOIN articles a ON a.id = q.article_id WHERE ${where}`, params))[0]!.n;
  const rows = await db.query<{ article_id: string; idx: number; outlet: string | null; published: string | null; speaker: string | null; name: string | null; content: string; data: Quote[] }>(
    `SELECT q.article_id, q.idx, a.outlet, a.published, q.speaker, ac.name_ar AS name, q.content, l.data
       FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN actors ac ON ac.id = q.speaker
       JOIN article_layers l ON l.article_id = q.article_id AND l.layer = 'quotes'
      WHERE ${where} ORDER BY a.pub_date DESC NULLS LAST, a.seq, q.idx LIMIT ${limit} OFFSET ${offset}`, params);
  return {
    total,
    items: rows.map((r) => ({
      articleId: r.article_id, index: r.idx, outlet: r.outlet, published: r.published, speaker: r.speaker, speakerName: r.name,
      content: r.content, quote: r.data[r.idx]!,
    })),
  };
}

export async function listEvents(db: Sql, f: EventFilter = {}): Promise<Page<StoredEvent>> {
  const params: unknown[] = [];
  let where = articleWhere(f, params);
  if (f.type) {
    params.push(f.type);
    where += ` AND e.type = $${params.length}`;
  }
  const { limit, offset } = limits(f);
  const total = (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM events e JOIN articles a ON a.id = e.article_id WHERE ${where}`, params))[0]!.n;
  const rows = await db.query<{ article_id: string; idx: number; outlet: string | null; published: string | null; type: string; text: string; sentences: [number, number][]; data: Event[] }>(
    `SELECT e.article_id, e.idx, a.outlet, a.published, e.type, a.text, a.sentences, l.data
       FROM events e JOIN articles a ON a.id = e.article_id JOIN article_layers l ON l.article_id = e.article_id AND l.layer = 'events'
      WHERE ${where} ORDER BY a.pub_date DESC NULLS LAST, a.seq, e.idx LIMIT ${limit} OFFSET ${offset}`, params);
  const actorIds = [...new Set(rows.flatMap((r) => { const e = r.data[r.idx]!; return [...e.source, ...e.target]; }))];
  const names = new Map((await db.query<{ id: string; name_ar: string }>('SELECT id, name_ar FROM actors WHERE id = ANY($1::text[])', [actorIds])).map((x) => [x.id, x.name_ar]));
  const placeIds = [...new Set(rows.map((r) => r.data[r.idx]!.place).filter((p): p is string => !!p))];
  const places = new Map((await db.query<{ place_id: string; name_ar: string; name_en: string; lat: number | null; lon: number | null }>(
    'SELECT DISTINCT ON (place_id) place_id, name_ar, name_en, lat, lon FROM place_mentions WHERE place_id = ANY($1::text[]) ORDER BY place_id', [placeIds]))
    .map((p) => [p.place_id, { id: p.place_id, nameAr: p.name_ar, nameEn: p.name_en, lat: p.lat, lon: p.lon }]));
  return {
    total,
    items: rows.map((r) => {
      const e = r.data[r.idx]!;
      const s = r.sentences.find(([a, b]) => a <= e.trigger.start && e.trigger.start < b);
      return {
        articleId: r.article_id, index: r.idx, outlet: r.outlet, published: r.published, type: r.type,
        sourceNames: e.source.map((id) => names.get(id) ?? id), targetNames: e.target.map((id) => names.get(id) ?? id),
        sentence: s ? r.text.slice(s[0], s[1]).trim() : r.text.slice(e.trigger.start, e.trigger.end),
        place: e.place ? places.get(e.place) ?? null : null, event: e,
      };
    }),
  };
}

export async function listPlaces(db: Sql, p: Paging = {}): Promise<Page<StoredPlace>> {
  const { limit, offset } = limits(p);
  const total = (await db.query<{ n: number }>('SELECT count(DISTINCT place_id)::int AS n FROM place_mentions'))[0]!.n;
  const rows = await db.query<{ place_id: string; name_ar: string; name_en: string; feature: string; country: string | null; lat: number | null; lon: number | null; mentions: number; articles: number }>(
    `SELECT place_id, max(name_ar) AS name_ar, max(name_en) AS name_en, max(feature) AS feature, max(country) AS country,
            max(lat) AS lat, max(lon) AS lon, count(*)::int AS mentions, count(DISTINCT article_id)::int AS articles
       FROM place_mentions GROUP BY place_id ORDER BY mentions DESC, place_id LIMIT ${limit} OFFSET ${offset}`);
  return {
    total,
    items: rows.map((r) => ({ placeId: r.place_id, nameAr: r.name_ar, nameEn: r.name_en, feature: r.feature, country: r.country, lat: r.lat, lon: r.lon, mentions: r.mentions, articles: r.articles })),
  };
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Outlets as displayed (`outletName`: articles without an outlet go by their file name). */
export async function listOutlets(db: Sql): Promise<{ outlet: string; articles: number }[]> {
  const rows = await db.query<{ outlet: string | null; source: string | null; articles: number }>(
    `SELECT ${OUTLET_GROUP('a')} AS source, count(*)::int AS articles FROM articles a GROUP BY 1, 2`);
  const counts = new Map<string, number>();
  for (const r of rows) {
    const name = displayOutlet(r.outlet, r.source);
    counts.set(name, (counts.get(name) ?? 0) + r.articles);
  }
  return [...counts].map(([outlet, articles]) => ({ outlet, articles })).sort((a, b) => b.articles - a.articles || cmp(a.outlet, b.outlet));
}

export async function stats(db: Sql): Promise<StoreStats> {
  const r = (await db.query<StoreStats>(`SELECT
    (SELECT count(*)::int FROM articles) AS articles, 0 AS outlets,
    (SELECT count(*)::int FROM clusters) AS clusters, (SELECT count(*)::int FROM threads) AS threads,
    (SELECT count(*)::int FROM actors) AS actors, (SELECT count(*)::int FROM quotes) AS quotes,
    (SELECT count(*)::int FROM events) AS events, (SELECT count(*)::int FROM copies) AS copies`))[0]!;
  // Outlets are counted as displayed (articles without an outlet go by their file), as listOutlets shows them.
  return { ...r, outlets: (await listOutlets(db)).length };
}

/** How many matches a search ranks at most (see `search`). */
export const RANK_POOL = 2000;

export async function search(db: Sql, query: SearchQuery, rankPool = RANK_POOL): Promise<Page<SearchHit>> {
  const parsed = parseQuery(query.q);
  if (!parsed.tsquery) return { items: [], total: 0 };
  const params: unknown[] = [parsed.tsquery];
  const where = `a.keys @@ $1::tsquery AND ${articleWhere(query, params)}`;
  const { limit, offset } = limits(query);
  const total = (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM articles a WHERE ${where}`, params))[0]!.n;
  // Ranking reads every candidate's tsvector, which is what made frequent words slow on large
  // stores; beyond RANK_POOL matches only the most recently ingested ones are ranked (news search
  // favours recent coverage). `total` stays exact, and every hit still contains every query key.
  const pool = total > rankPool ? `AND a.seq IN (SELECT a.seq FROM articles a WHERE ${where} ORDER BY a.seq DESC LIMIT ${rankPool})` : '';
  const rows = await db.query<SummaryRow & { text: string; score: number }>(
    `SELECT ${SUMMARY_COLUMNS}, a.text, ts_rank_cd(a.keys, $1::tsquery, 1)::float8 AS score FROM ${SUMMARY_FROM}
      WHERE ${where} ${pool} ORDER BY score DESC, a.seq LIMIT ${limit} OFFSET ${offset}`, params);
  return { total, items: rows.map((r) => ({ article: toSummary(r), score: r.score, snippets: makeSnippets(r.text, parsed.keys) })) };
}
