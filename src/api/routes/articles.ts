import type { FastifyInstance } from 'fastify';
import type { Store } from '../../store/store.js';
import { notFound } from '../http-errors.js';
import { outletName } from '../outlet.js';
import { filterProps, okResponse, pagingProps, query, stringIdParams } from '../schemas.js';
import { page, toFilter, type FilterQuery } from './filters.js';

export function articleRoutes(app: FastifyInstance, store: Store): void {
  app.get<{ Querystring: FilterQuery }>('/api/articles', {
    schema: {
      tags: ['articles'], summary: 'List articles (newest ingested last), with filters and paging.',
      querystring: query({ ...pagingProps, ...filterProps }), response: okResponse('A page of article summaries.'),
    },
  }, async (req) => {
    const p = await store.listArticles(toFilter(req.query));
    return page({ items: p.items.map((a) => ({ ...a, outletName: outletName(a) })), total: p.total }, req.query);
  });

  app.get<{ Params: { id: string } }>('/api/articles/:id', {
    schema: {
      tags: ['articles'], summary: 'One article: original text, sentences, every annotation layer, copy links.',
      params: stringIdParams, response: okResponse('The article with its layers.'),
    },
  }, async (req) => {
    const a = await store.getArticle(req.params.id);
    if (!a) throw notFound(`Article ${req.params.id}`);
    return { ...a, outletName: outletName(a) };
  });

  app.get('/api/outlets', {
    schema: { tags: ['articles'], summary: 'Outlets with their article counts.', response: okResponse('Outlets.') },
  }, async () => ({ items: await store.listOutlets() }));

  app.get('/api/stats', {
    schema: { tags: ['meta'], summary: 'Counts of what the store holds.', response: okResponse('Counts.') },
  }, async () => ({ store: { kind: store.kind }, ...(await store.stats()) }));

  app.get('/api/copies', {
    schema: {
      tags: ['stories'], summary: 'Syndication links: which article copies which, and what the copy changed.',
      querystring: query({ ...pagingProps }), response: okResponse('A page of copy links.'),
    },
  }, async (req) => {
    const q = req.query as { limit?: number; offset?: number };
    return page(await store.listCopies(q), q);
  });
}
