import type { FastifyInstance } from 'fastify';
import type { Store } from '../../store/store.js';
import { badRequest } from '../http-errors.js';
import { outletName } from '../outlet.js';
import { filterProps, okResponse, pagingProps, query } from '../schemas.js';
import { page, toFilter, type FilterQuery } from './filters.js';

export function searchRoutes(app: FastifyInstance, store: Store): void {
  app.get<{ Querystring: FilterQuery & { q: string } }>('/api/search', {
    schema: {
      tags: ['search'],
      summary: 'Arabic-aware full-text search (every word must match by its match key; «الانتخابات» finds «للانتخابات»), with filters and highlighted snippets.',
      querystring: query({ ...pagingProps, ...filterProps, q: { type: 'string', minLength: 1, maxLength: 500, description: 'Words to find.' } }, ['q']),
      response: okResponse('A page of hits with snippets.'),
    },
  }, async (req) => {
    if (req.query.q.trim() === '') throw badRequest('querystring.q is blank: give at least one word');
    const hits = await store.search({ ...toFilter(req.query), q: req.query.q });
    return page({ items: hits.items.map((x) => ({ ...x, article: { ...x.article, outletName: outletName(x.article) } })), total: hits.total }, req.query);
  });
}
