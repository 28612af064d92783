import type { FastifyInstance } from 'fastify';
import type { Store } from '../../store/store.js';
import { network } from '../network.js';
import { filterProps, okResponse, pagingProps, query } from '../schemas.js';
import { timeline } from '../timeline.js';
import { page, toFilter, type FilterQuery } from './filters.js';

const PLOVER = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'];

/** Quotes, events, places and the two cross-article views built from them (timeline, network). */
export function itemRoutes(app: FastifyInstance, store: Store): void {
  app.get<{ Querystring: FilterQuery & { speaker?: string } }>('/api/quotes', {
    schema: {
      tags: ['quotes'], summary: 'Quotes (who said what), with their spans.',
      querystring: query({ ...pagingProps, ...filterProps, speaker: { type: 'string', minLength: 1, maxLength: 200, description: 'Speaker actor id (or unnamed_sources).' } }),
      response: okResponse('A page of quotes.'),
    },
  }, async (req) => page(await store.listQuotes({ ...toFilter(req.query), speaker: req.query.speaker }), req.query));

  app.get<{ Querystring: FilterQuery & { type?: string } }>('/api/events', {
    schema: {
      tags: ['events'], summary: 'PLOVER events with actors, place and sentence.',
      querystring: query({ ...pagingProps, ...filterProps, type: { type: 'string', enum: PLOVER, description: 'PLOVER category.' } }),
      response: okResponse('A page of events.'),
    },
  }, async (req) => page(await store.listEvents({ ...toFilter(req.query), type: req.query.type }), req.query));

  app.get<{ Querystring: { limit?: number; offset?: number } }>('/api/places', {
    schema: {
      tags: ['places'], summary: 'Places named in the articles, with coordinates and counts.',
      querystring: query({ ...pagingProps }), response: okResponse('A page of places.'),
    },
  }, async (req) => page(await store.listPlaces(req.query), req.query));

  const viewQuery = query({ ...filterProps });
  app.get<{ Querystring: FilterQuery }>('/api/timeline', {
    schema: { tags: ['views'], summary: 'Events and statements in time order (undated items in ingestion order).', querystring: viewQuery, response: okResponse('Timeline items.') },
  }, async (req) => timeline(store, toFilter(req.query)));

  app.get<{ Querystring: FilterQuery }>('/api/network', {
    schema: { tags: ['views'], summary: 'Actors linked by events (source → target) and statements (speaker → target).', querystring: viewQuery, response: okResponse('Nodes and edges.') },
  }, async (req) => network(store, toFilter(req.query)));
}
