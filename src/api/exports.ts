/**
 * Downloads of what the store holds, bounded: JSON lines for everything, CSV (ACLED-like columns
 * for events), GeoJSON for events and places with coordinates, PLOVER-style JSON for events.
 * Built from the store's public list reads only.
 */
import type { Store, StoredEvent } from '../store/store.js';
import { collect } from './article-cache.js';
import { badRequest } from './http-errors.js';

export const EXPORT_KINDS = ['articles', 'actors', 'quotes', 'events', 'places', 'stories'] as const;
export const EXPORT_FORMATS = ['jsonl', 'csv', 'geojson', 'plover'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const MAX_EXPORT = 10_000;

export interface ExportBody {
  readonly contentType: string;
  readonly filename: string;
  readonly body: string;
}

export async function exportData(store: Store, kind: ExportKind, format: ExportFormat, cap = MAX_EXPORT): Promise<ExportBody> {
  if (format === 'plover' && kind !== 'events') throw badRequest('format "plover" is for events only');
  if (format === 'geojson' && kind !== 'events' && kind !== 'places') throw badRequest('format "geojson" is for events and places only');
  const rows = await fetchRows(store, kind, cap);
  const filename = `marsad-${kind}.${format === 'plover' ? 'json' : format}`;
  if (format === 'jsonl') return { contentType: 'application/x-ndjson; charset=utf-8', filename, body: rows.map((r) => JSON.stringify(r)).join('\n') + (rows.length ? '\n' : '') };
  if (format === 'csv') {
    const table = kind === 'events' ? (rows as StoredEvent[]).map(acledRow) : rows.map(flatRow);
    return { contentType: 'text/csv; charset=utf-8', filename, body: toCsv(table) };
  }
  if (format === 'plover') return { contentType: 'application/json; charset=utf-8', filename, body: JSON.stringify((rows as StoredEvent[]).map(ploverRecord), null, 1) };
  return { contentType: 'application/geo+json; charset=utf-8', filename, body: JSON.stringify(geojson(kind, rows)) };
}

async function fetchRows(store: Store, kind: ExportKind, cap: number): Promise<unknown[]> {
  const list = {
    articles: (limit: number, offset: number) => store.listArticles({ limit, offset }),
    actors: (limit: number, offset: number) => store.listActors({ limit, offset }),
    quotes: (limit: number, offset: number) => store.listQuotes({ limit, offset }),
    events: (limit: number, offset: number) => store.listEvents({ limit, offset }),
    places: (limit: number, offset: number) => store.listPlaces({ limit, offset }),
    stories: (limit: number, offset: number) => store.listClusters({ limit, offset }),
  }[kind] as (limit: number, offset: number) => Promise<{ items: readonly unknown[]; total: number }>;
  return (await collect(list, cap)).items;
}

function acledRow(e: StoredEvent): Record<string, unknown> {
  return {
    date: e.published ?? '', type: e.type, actor1: e.sourceNames.join('; '), actor2: e.targetNames.join('; '),
    location: e.place?.nameEn ?? '', latitude: e.place?.lat ?? '', longitude: e.place?.lon ?? '',
    source: e.outlet ?? '', notes: e.sentence, article: e.articleId,
  };
}

function ploverRecord(e: StoredEvent): Record<string, unknown> {
  return {
    id: `${e.articleId}:${e.index}`, event_date: e.published, event_type: e.type, mode: e.event.mode,
    actor: e.event.source, recipient: e.event.target, actor_names: e.sourceNames, recipient_names: e.targetNames,
    location: e.place ? { name: e.place.nameEn, name_ar: e.place.nameAr, lat: e.place.lat, lon: e.place.lon } : null,
    dead: e.event.dead, injured: e.event.injured, text: e.sentence, source: e.outlet, article: e.articleId,
    trigger: e.event.trigger,
  };
}

function geojson(kind: ExportKind, rows: readonly unknown[]): unknown {
  const features = kind === 'events'
    ? (rows as StoredEvent[]).filter((e) => e.place?.lat != null && e.place.lon != null).map((e) => ({
        type: 'Feature', geometry: { type: 'Point', coordinates: [e.place!.lon, e.place!.lat] },
        properties: { type: e.type, actor1: e.sourceNames.join('; '), actor2: e.targetNames.join('; '), place: e.place!.nameAr, article: e.articleId, sentence: e.sentence },
      }))
    : (rows as { lat: number | null; lon: number | null; [k: string]: unknown }[]).filter((p) => p.lat != null && p.lon != null).map((p) => ({
        type: 'Feature', geometry: { type: 'Point', coordinates: [p.lon, p.lat] }, properties: { ...p },
      }));
  return { type: 'FeatureCollection', features };
}

/** One CSV line per row; nested values as JSON, so nothing is lost. */
function flatRow(r: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(r as Record<string, unknown>)) out[k] = v !== null && typeof v === 'object' ? JSON.stringify(v) : v;
  return out;
}

export function toCsv(rows: readonly Record<string, unknown>[]): string {
  const cols = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const cell = (v: unknown): string => {
    const s = v === null || v === undefined ? '' : String(v);
    // A leading = + - @ would run as a formula in spreadsheets: prefix with a quote.
    const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
    return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  return [cols.join(','), ...rows.map((r) => cols.map((c) => cell(r[c])).join(','))].join('\r\n') + '\r\n';
}
