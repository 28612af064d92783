import type { FastifyInstance } from 'fastify';
import type { Store } from '../../store/store.js';
import { actorProfile } from '../actor-profile.js';
import { notFound } from '../http-errors.js';
import { okResponse, pagingProps, query, stringIdParams } from '../schemas.js';
import { page } from './filters.js';

export function actorRoutes(app: FastifyInstance, store: Store): void {
  app.get<{ Querystring: { limit?: number; offset?: number; q?: string; outlet?: string } }>('/api/actors', {
    schema: {
      tags: ['actors'], summary: 'Actors, most mentioned first; `q` matches names and aliases.',
      querystring: query({
        ...pagingProps,
        q: { type: 'string', minLength: 1, maxLength: 200, description: 'Name or alias (Arabic or English).' },
        outlet: { type: 'string', minLength: 1, maxLength: 200, description: 'Only actors this outlet mentions.' },
      }),
      response: okResponse('A page of actors.'),
    },
  }, async (req) => page(await store.listActors(req.query), req.query));

  app.get<{ Params: { id: string } }>('/api/actors/:id', {
    schema: {
      tags: ['actors'],
      summary: 'One actor: aliases, roles, label × outlet matrix (and per month when dated), quotes by and about it, events as source and target.',
      params: stringIdParams, response: okResponse('The actor profile.'),
    },
  }, async (req) => {
    const p = await actorProfile(store, req.params.id);
    if (!p) throw notFound(`Actor ${req.params.id}`);
    return p;
  });
}
