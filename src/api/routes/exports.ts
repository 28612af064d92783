import type { FastifyInstance } from 'fastify';
import type { Store } from '../../store/store.js';
import { EXPORT_FORMATS, EXPORT_KINDS, exportBody, type ExportFormat, type ExportKind } from '../exports.js';

export function exportRoutes(app: FastifyInstance, store: Store): void {
  app.get<{ Params: { kind: ExportKind }; Querystring: { format?: ExportFormat } }>('/api/export/:kind', {
    schema: {
      tags: ['exports'],
      summary: 'Download articles, actors, quotes, events, places or stories as JSON lines or CSV (events: ACLED-like columns); events also as GeoJSON and PLOVER JSON lines, places as GeoJSON.',
      params: { type: 'object', properties: { kind: { type: 'string', enum: [...EXPORT_KINDS] } }, required: ['kind'], additionalProperties: false },
      querystring: {
        type: 'object', additionalProperties: false,
        properties: { format: { type: 'string', enum: [...EXPORT_FORMATS], default: 'jsonl' } },
      },
      response: { 200: { description: 'The file, streamed (JSON lines, CSV, GeoJSON or PLOVER JSON lines).', type: 'string' } },
    },
  }, async (req, reply) => {
    const out = exportBody(store, req.params.kind, req.query.format ?? 'jsonl');
    return reply.header('content-type', out.contentType).header('content-disposition', `attachment; filename="${out.filename}"`).send(out.stream);
  });
}
