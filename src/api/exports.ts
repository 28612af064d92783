/**
 * The API side of exports: checks the kind/format pair, then streams the shared exporter
 * (`src/export/export.ts`, the same one `marsad export` uses).
 */
import { Readable } from 'node:stream';
import { exportData as exportStream, type ExportFormat, type ExportKind } from '../export/export.js';
import type { Store } from '../store/store.js';
import { badRequest } from './http-errors.js';

export const EXPORT_KINDS: readonly ExportKind[] = ['articles', 'actors', 'quotes', 'events', 'places', 'stories'];
export const EXPORT_FORMATS: readonly ExportFormat[] = ['jsonl', 'csv', 'geojson', 'plover'];
export type { ExportFormat, ExportKind };

const CONTENT_TYPES: Record<ExportFormat, string> = {
  jsonl: 'application/x-ndjson; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  geojson: 'application/geo+json; charset=utf-8',
  plover: 'application/x-ndjson; charset=utf-8',
};

export function exportBody(store: Store, kind: ExportKind, format: ExportFormat): { contentType: string; filename: string; stream: Readable } {
  if (format === 'plover' && kind !== 'events') throw badRequest('format "plover" is for events only');
  if (format === 'geojson' && kind !== 'events' && kind !== 'places') throw badRequest('format "geojson" is for events and places only');
  const ext = format === 'plover' ? 'plover.jsonl' : format;
  return { contentType: CONTENT_TYPES[format], filename: `marsad-${kind}.${ext}`, stream: Readable.from(exportStream(store, kind, format)) };
}
