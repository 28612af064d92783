import type { FastifyInstance } from 'fastify';
import type { Store } from '../../store/store.js';
import { EXPORT_FORMATS, EXPORT_KINDS, exportData, MAX_EXPORT, type ExportFormat, type ExportKind } from '../exports.js';

export function exportRoutes(app: FastifyInstance, store: Store): void {
  app.get<{ Params: { kind: ExportKind }; Querystring: { format?: ExportFormat; limit?: number } }>('/api/export/:kind', {
    schema: {
      tags: ['exports'],
      summary: 'Download articles, actors, quotes, events, places or stories as JSON lines or CSV; events also as GeoJSON and PLOVER JSON, places as GeoJSON.',
      params: { type: 'object', properties: { kind: { type: 'string', enum: [...EXPORT_KINDS] } }, required: ['kind'], additionalProperties: false },
      querystring: {
        type: 'object', additionalProperties: false,
        properties: {
          format: { type: 'string', enum: [...EXPORT_FORMATS], default: 'jsonl' },
          limit: { type: 'integer', minimum: 1, maximum: MAX_EXPORT, default: MAX_EXPORT, description: 'Most rows to export.' },
        },
      },
      response: { 200: { description: 'The file (JSON lines, CSV, GeoJSON or PLOVER JSON).', type: 'string' } },
    },
  }, async (req, reply) => {
    const out = await exportData(store, req.params.kind, req.query.format ?? 'jsonl', req.query.limit ?? MAX_EXPORT);
    return reply.header('content-type', out.contentType).header('content-disposition', `attachment; filename="${out.filename}"`).send(out.body);
  });
}
