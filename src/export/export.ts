/**
 * Exports from the store: articles, actors (aliases + per-outlet labels), quotes, events, stories
 * and places, as JSON lines, CSV (RFC 4180), GeoJSON, or PLOVER-style event JSON. Each exporter
 * pages through the store, so the output streams and memory stays flat.
 */
import type { Page, Paging, Store, StoredEvent } from '../store/store.js';

export type ExportKind = 'articles' | 'actors' | 'quotes' | 'events' | 'stories' | 'places';
export type ExportFormat = 'jsonl' | 'csv' | 'geojson' | 'plover';

export const ACLED_COLUMNS = ['date', 'type', 'actor1', 'actor2', 'location', 'latitude', 'longitude', 'source', 'notes'] as const;

async function* pages<T>(fetch: (p: Paging) => Promise<Page<T>>): AsyncGenerator<T> {
  for (let offset = 0; ; offset += 500) {
    const page = await fetch({ limit: 500, offset });
    yield* page.items;
    if (page.items.length < 500) return;
  }
}

export function csvField(v: unknown): string {
  const s = v === null || v === undefined ? '' : Array.isArray(v) ? v.join('|') : String(v);
  return /[",\n\r]/u.test(s) ? `"${s.replace(/"/gu, '""')}"` : s;
}

const csvRow = (cells: readonly unknown[]): string => cells.map(csvField).join(',') + '\r\n';

async function* records(store: Store, kind: ExportKind): AsyncGenerator<Record<string, unknown>> {
  switch (kind) {
    case 'articles':
      for await (const a of pages((p) => store.listArticles(p))) {
        const d = await store.getArticle(a.id);
        if (d) yield { ...d };
      }
      return;
    case 'actors':
      for await (const a of pages((p) => store.listActors(p))) {
        const d = await store.getActor(a.id);
        if (d) yield { ...d };
      }
      return;
    case 'quotes':
      for await (const q of pages((p) => store.listQuotes(p))) yield { ...q };
      return;
    case 'events':
      for await (const e of pages((p) => store.listEvents(p))) yield { ...e };
      return;
    case 'places':
      for await (const pl of pages((p) => store.listPlaces(p))) yield { ...pl };
      return;
    case 'stories':
      for await (const c of pages((p) => store.listClusters(p))) {
        const d = await store.getCluster(c.id);
        if (d) yield { ...d };
      }
  }
}

/** One PLOVER-style event record (field names after the PLOVER/POLECAT data format). */
export function ploverRecord(e: StoredEvent): Record<string, unknown> {
  return {
    id: `${e.articleId}-${e.index}`,
    date: e.published ? e.published.slice(0, 10) : null,
    event_type: e.type,
    mode: e.event.mode,
    source_actor: e.sourceNames,
    source_actor_id: e.event.source,
    target_actor: e.targetNames,
    target_actor_id: e.event.target,
    location: e.place ? { id: e.place.id, name: e.place.nameEn, name_ar: e.place.nameAr, lat: e.place.lat, lon: e.place.lon } : null,
    fatalities: e.event.dead,
    injuries: e.event.injured,
    publisher: e.outlet,
    story_id: e.articleId,
    text: e.sentence,
    trigger: e.event.trigger,
  };
}

function csvHeader(kind: ExportKind): readonly string[] {
  switch (kind) {
    case 'articles': return ['id', 'outlet', 'published', 'title', 'url', 'credits', 'cluster_id', 'thread_id', 'chars'];
    case 'actors': return ['id', 'type', 'name_ar', 'name_en', 'parent', 'mentions', 'articles', 'aliases', 'labels_by_outlet'];
    case 'quotes': return ['article_id', 'outlet', 'published', 'speaker', 'speaker_name', 'act', 'direct', 'content'];
    case 'events': return ACLED_COLUMNS;
    case 'places': return ['place_id', 'name_ar', 'name_en', 'feature', 'country', 'latitude', 'longitude', 'mentions', 'articles'];
    case 'stories': return ['cluster_id', 'thread_id', 'title', 'first_date', 'last_date', 'size', 'outlets', 'key_actors', 'articles'];
  }
}

function csvCells(kind: ExportKind, r: Record<string, any>): unknown[] {
  switch (kind) {
    case 'articles': return [r.id, r.outlet, r.published, r.title, r.url, r.credits, r.clusterId, r.threadId, r.chars];
    case 'actors': return [r.id, r.type, r.nameAr, r.nameEn, r.parent, r.mentions, r.articles,
      r.aliases.map((a: { text: string; count: number }) => `${a.text}:${a.count}`),
      r.labelsByOutlet.map((o: { outlet: string; labels: { key: string; count: number }[] }) => `${o.outlet}=${o.labels.map((l) => `${l.key}:${l.count}`).join(';')}`)];
    case 'quotes': return [r.articleId, r.outlet, r.published, r.speaker, r.speakerName, r.quote.act, r.quote.direct, r.content];
    case 'events': {
      const e = r as StoredEvent;
      return [e.published?.slice(0, 10) ?? '', e.type, e.sourceNames, e.targetNames, e.place?.nameEn ?? '', e.place?.lat ?? '', e.place?.lon ?? '', e.outlet ?? '', e.sentence];
    }
    case 'places': return [r.placeId, r.nameAr, r.nameEn, r.feature, r.country, r.lat, r.lon, r.mentions, r.articles];
    case 'stories': return [r.id, r.threadId, r.title, r.firstDate, r.lastDate, r.size, r.outlets,
      r.keyActors.map((a: { name: string }) => a.name), r.members.flatMap((m: { articles: { id: string }[] }) => m.articles.map((a) => a.id))];
  }
}

/** Streams the export as text chunks. GeoJSON covers events and places with coordinates. */
export async function* exportData(store: Store, kind: ExportKind, format: ExportFormat): AsyncGenerator<string> {
  if (format === 'plover' && kind !== 'events') throw new Error('--format plover exports events only');
  if (format === 'geojson' && kind !== 'events' && kind !== 'places') throw new Error('--format geojson exports events or places');
  if (format === 'csv') yield csvRow(csvHeader(kind));
  if (format === 'geojson') yield '{"type":"FeatureCollection","features":[\n';
  let first = true;
  for await (const r of records(store, kind)) {
    if (format === 'jsonl') yield JSON.stringify(r) + '\n';
    else if (format === 'csv') yield csvRow(csvCells(kind, r));
    else if (format === 'plover') yield JSON.stringify(ploverRecord(r as unknown as StoredEvent)) + '\n';
    else {
      const lat = kind === 'events' ? (r as unknown as StoredEvent).place?.lat : (r['lat'] as number | null);
      const lon = kind === 'events' ? (r as unknown as StoredEvent).place?.lon : (r['lon'] as number | null);
      if (lat === null || lat === undefined || lon === null || lon === undefined) continue;
      const properties = kind === 'events' ? ploverRecord(r as unknown as StoredEvent) : r;
      yield (first ? '' : ',\n') + JSON.stringify({ type: 'Feature', geometry: { type: 'Point', coordinates: [lon, lat] }, properties });
      first = false;
    }
  }
  if (format === 'geojson') yield '\n]}\n';
}
