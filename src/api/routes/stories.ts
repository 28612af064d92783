import type { FastifyInstance } from 'fastify';
import type { ArticleDetail, Store } from '../../store/store.js';
import { compareMembers } from '../compare.js';
import { badRequest, notFound } from '../http-errors.js';
import { intIdParams, okResponse, pagingProps, query } from '../schemas.js';
import { page } from './filters.js';

/** Members compared side by side at most (a story with more shows the first per outlet). */
const MAX_COLUMNS = 12;

export function storyRoutes(app: FastifyInstance, store: Store): void {
  app.get<{ Querystring: { limit?: number; offset?: number; thread?: number } }>('/api/stories', {
    schema: {
      tags: ['stories'], summary: 'Stories (event clusters), with outlets and key actors.',
      querystring: query({ ...pagingProps, thread: { type: 'integer', minimum: 1, description: 'Only clusters of this thread.' } }),
      response: okResponse('A page of stories.'),
    },
  }, async (req) => page(await store.listClusters({ limit: req.query.limit, offset: req.query.offset, threadId: req.query.thread }), req.query));

  app.get<{ Params: { id: number } }>('/api/stories/:id', {
    schema: {
      tags: ['stories'], summary: 'One story: members per outlet, and the side-by-side comparison (labels, quotes carried and omitted, events).',
      params: intIdParams, response: okResponse('The story and its comparison.'),
    },
  }, async (req) => {
    const story = await store.getCluster(req.params.id);
    if (!story) throw notFound(`Story ${req.params.id}`);
    const ids = story.members.flatMap((m) => m.articles.map((a) => a.id)).slice(0, MAX_COLUMNS);
    const members = (await Promise.all(ids.map((id) => store.getArticle(id)))).filter((a): a is ArticleDetail => a !== null);
    return { story, columns: compareMembers(members), articles: members.map((m) => ({ id: m.id, text: m.text, sentences: m.sentences })) };
  });

  app.get<{ Querystring: { ids: string } }>('/api/compare', {
    schema: {
      tags: ['stories'], summary: `Compare any articles side by side (comma-separated ids, 1–${MAX_COLUMNS}): e.g. every member of a thread.`,
      querystring: query({ ids: { type: 'string', minLength: 1, maxLength: 4000, pattern: '^[^,]+(,[^,]+)*$', description: 'Article ids, comma-separated.' } }, ['ids']),
      response: okResponse('One column per article.'),
    },
  }, async (req) => {
    const ids = [...new Set(req.query.ids.split(','))];
    if (ids.length > MAX_COLUMNS) throw badRequest(`querystring.ids: at most ${MAX_COLUMNS} articles`);
    const members: ArticleDetail[] = [];
    for (const id of ids) {
      const a = await store.getArticle(id);
      if (!a) throw notFound(`Article ${id}`);
      members.push(a);
    }
    return { columns: compareMembers(members), articles: members.map((m) => ({ id: m.id, text: m.text, sentences: m.sentences })) };
  });

  app.get<{ Querystring: { limit?: number; offset?: number } }>('/api/threads', {
    schema: {
      tags: ['stories'], summary: 'Threads: longer-running subjects linking several stories.',
      querystring: query({ ...pagingProps }), response: okResponse('A page of threads.'),
    },
  }, async (req) => page(await store.listThreads(req.query), req.query));

  app.get<{ Params: { id: number } }>('/api/threads/:id', {
    schema: { tags: ['stories'], summary: 'One thread with its stories.', params: intIdParams, response: okResponse('The thread.') },
  }, async (req) => {
    const t = await store.getThread(req.params.id);
    if (!t) throw notFound(`Thread ${req.params.id}`);
    return t;
  });
}
