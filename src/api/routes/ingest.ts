import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ArticleMeta } from '../../doc/article.js';
import { DEFAULT_MAX_BYTES } from '../../ingest/read-input.js';
import { badRequest } from '../http-errors.js';
import type { SourceItem } from '../../ingest/sources.js';
import { failed, ingestBytes, ingestText, type IngestDeps, type IngestResult } from '../ingest-text.js';
import { errorSchema, ISO_DATE } from '../schemas.js';

/** Reads one URL (page or feed) into article texts: the ingest module's reader, with its fetch safety rules. */
export type UrlReader = (url: string) => AsyncIterable<SourceItem>;

const MAX_FILES = 50;

const resultSchema = {
  type: 'object',
  properties: {
    results: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          source: { type: 'string' }, status: { type: 'string', enum: ['added', 'skipped', 'failed'] },
          id: { type: ['string', 'null'] }, storyId: { type: ['integer', 'null'] }, copyOf: { type: ['string', 'null'] },
          error: { anyOf: [{ type: 'null' }, { type: 'object', properties: { code: { type: 'string' }, message: { type: 'string' } } }] },
        },
      },
    },
  },
} as const;

const writeErrors = {
  400: { description: 'Invalid input', ...errorSchema },
  401: { description: 'Missing or wrong token', ...errorSchema },
  403: { description: 'Writes disabled (server started without a token)', ...errorSchema },
} as const;

export function ingestRoutes(app: FastifyInstance, deps: IngestDeps & { guard: (req: FastifyRequest) => Promise<void>; readUrl: UrlReader | null }): void {
  app.post<{ Body: { text?: string; url?: string; title?: string; outlet?: string; published?: string } }>('/api/ingest', {
    onRequest: deps.guard,
    bodyLimit: DEFAULT_MAX_BYTES * 2,
    schema: {
      tags: ['ingest'], summary: 'Analyse and store an article given as text (with optional metadata), or fetch a URL (a page: one article; a feed: one per item; private addresses refused unless the server allows them). Needs the server token.',
      security: [{ bearer: [] }],
      body: {
        type: 'object', additionalProperties: false,
        properties: {
          text: { type: 'string', minLength: 1, maxLength: DEFAULT_MAX_BYTES },
          url: { type: 'string', minLength: 8, maxLength: 2048, pattern: '^https?://' },
          title: { type: 'string', maxLength: 1000 },
          outlet: { type: 'string', maxLength: 200 },
          published: { type: 'string', pattern: ISO_DATE },
        },
      },
      response: { 200: { description: 'What happened to the article.', ...resultSchema }, ...writeErrors },
    },
  }, async (req) => {
    const b = req.body ?? {};
    if ((b.text === undefined) === (b.url === undefined)) throw badRequest('body: give exactly one of "text" or "url"');
    const meta: ArticleMeta = { title: b.title ?? null, outlet: b.outlet ?? null, published: b.published ?? null };
    if (b.text !== undefined) return { results: [await ingestText(deps, b.text, { ...meta, source: 'paste' }, 'paste')] };
    if (!deps.readUrl) throw badRequest('ingest by URL is disabled on this server');
    // A page gives one article, a feed one per item; a refused or failed fetch is a failed result.
    const results: IngestResult[] = [];
    for await (const item of deps.readUrl(b.url!)) {
      if (!item.ok) {
        results.push(failed(item.source, null, { code: item.code, message: item.reason }));
        continue;
      }
      const merged: ArticleMeta = { ...item.meta, ...(b.title ? { title: b.title } : {}), ...(b.outlet ? { outlet: b.outlet } : {}), ...(b.published ? { published: b.published } : {}) };
      results.push(await ingestText(deps, item.text, merged, item.source));
    }
    return { results };
  });

  app.post('/api/ingest/upload', {
    onRequest: deps.guard,
    schema: {
      tags: ['ingest'], summary: `Analyse and store uploaded text files (multipart/form-data, field "files", up to ${MAX_FILES}). Needs the server token.`,
      security: [{ bearer: [] }],
      consumes: ['multipart/form-data'],
      response: { 200: { description: 'One result per file.', ...resultSchema }, ...writeErrors },
    },
  }, async (req) => {
    if (!req.isMultipart()) throw badRequest('send the files as multipart/form-data (field "files")');
    const results: IngestResult[] = [];
    let outlet: string | null = null;
    for await (const part of req.parts({ limits: { fileSize: DEFAULT_MAX_BYTES, files: MAX_FILES } })) {
      if (part.type === 'field') {
        if (part.fieldname === 'outlet' && typeof part.value === 'string' && part.value.trim()) outlet = part.value.trim().slice(0, 200);
        continue;
      }
      const bytes = await part.toBuffer();
      const name = safeName(part.filename);
      results.push(await ingestBytes(deps, bytes, { outlet, source: name, title: null }, name));
    }
    if (results.length === 0) throw badRequest('no file in the upload (field "files")');
    return { results };
  });
}

/** A file name as given by the browser, reduced to its base name (never a path). */
function safeName(name: string | undefined): string {
  const base = (name ?? 'upload.txt').split(/[\\/]/).pop() ?? 'upload.txt';
  return base.slice(0, 200) || 'upload.txt';
}
