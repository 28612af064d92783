/**
 * `buildServer`: the Fastify app of `marsad serve` — the JSON API over the store (read-only unless
 * a token is configured), its OpenAPI document at /api/openapi.json, and the built web UI at /.
 * Returns the app without listening, so tests drive it with `app.inject()`.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyInstance } from 'fastify';
import { defaultPipeline } from '../pipeline/default.js';
import type { Pipeline } from '../pipeline/pipeline.js';
import type { Store } from '../store/store.js';
import { makeWriteGuard } from './auth.js';
import { installErrorHandlers } from './http-errors.js';
import { actorRoutes } from './routes/actors.js';
import { articleRoutes } from './routes/articles.js';
import { exportRoutes } from './routes/exports.js';
import { readUnit } from '../ingest/sources.js';
import { ingestRoutes } from './routes/ingest.js';
import { itemRoutes } from './routes/items.js';
import { searchRoutes } from './routes/search.js';
import { storyRoutes } from './routes/stories.js';

export const OPENAPI_PATH = '/api/openapi.json';

export interface ServerOptions {
  readonly store: Store;
  /** Token for write routes; without one, writes are refused (403). */
  readonly token?: string | null;
  /** Folder of the built web UI (web/dist); served at / when it exists. */
  readonly webDir?: string | null;
  /** The analysis pipeline for ingest (default: the default pipeline). */
  readonly pipeline?: () => Promise<Pipeline>;
  /** Ingest by URL (default true): pages and feeds through the ingest module's guarded fetch. */
  readonly fetchUrls?: boolean;
  /** Let URL ingest reach private, loopback and link-local addresses (default false). */
  readonly allowPrivate?: boolean;
  readonly logger?: boolean;
}

export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    // Unknown query parameters are errors (a misspelt filter must not silently return everything).
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', useDefaults: true, allErrors: false } },
  });
  installErrorHandlers(app);
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Marsad API', version: '0.1.0',
        description: 'Arabic news as evidence-backed knowledge: articles, stories, actors and their labels by outlet, quotes, events, places. Every item carries character offsets into the original text.',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      tags: ['meta', 'articles', 'stories', 'actors', 'quotes', 'events', 'places', 'views', 'search', 'exports', 'ingest'].map((name) => ({ name })),
    },
  });
  await app.register(multipart);

  const store = options.store;
  app.get(OPENAPI_PATH, { schema: { hide: true } }, async () => app.swagger());
  app.get('/api/health', {
    schema: { tags: ['meta'], summary: 'Liveness, store kind and whether writes are enabled.' },
  }, async () => ({ ok: true, store: store.kind, writes: Boolean(options.token) }));
  articleRoutes(app, store);
  storyRoutes(app, store);
  actorRoutes(app, store);
  itemRoutes(app, store);
  searchRoutes(app, store);
  exportRoutes(app, store);
  ingestRoutes(app, {
    store, pipeline: options.pipeline ?? (() => defaultPipeline()), guard: makeWriteGuard(options.token),
    readUrl: options.fetchUrls === false ? null : (url) => readUnit({ kind: 'url', location: url }, { allowPrivate: options.allowPrivate ?? false }),
  });

  const webDir = options.webDir ? resolve(options.webDir) : null;
  if (webDir && existsSync(resolve(webDir, 'index.html'))) {
    await app.register(fastifyStatic, { root: webDir, prefix: '/', index: ['index.html'], wildcard: true });
  }
  app.addHook('onSend', async (_req, reply, payload) => {
    // The UI never needs inline scripts or third-party origins: a strict policy is a second wall
    // behind textContent-only rendering of article text.
    reply.header('x-content-type-options', 'nosniff');
    reply.header('content-security-policy', "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'");
    reply.header('referrer-policy', 'no-referrer');
    return payload;
  });
  return app;
}
