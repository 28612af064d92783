import type { ArticleFilter } from '../../store/store.js';
import { badRequest } from '../http-errors.js';
import { isRealDate } from '../schemas.js';

export interface FilterQuery {
  readonly limit?: number;
  readonly offset?: number;
  readonly outlet?: string;
  readonly from?: string;
  readonly to?: string;
  readonly actor?: string;
  readonly place?: string;
  readonly story?: number;
}

/** Query (already schema-checked) → the store's filter; checks what a schema cannot (real dates, order). */
export function toFilter(q: FilterQuery): ArticleFilter {
  for (const k of ['from', 'to'] as const) {
    const v = q[k];
    if (v !== undefined && !isRealDate(v)) throw badRequest(`querystring.${k}: ${v} is not a calendar date`);
  }
  if (q.from && q.to && q.from > q.to) throw badRequest(`querystring: from (${q.from}) is after to (${q.to})`);
  return {
    limit: q.limit, offset: q.offset, outlet: q.outlet, from: q.from, to: q.to,
    actor: q.actor, place: q.place, clusterId: q.story,
  };
}

export function page<T>(p: { items: readonly T[]; total: number }, q: { limit?: number; offset?: number }): { items: readonly T[]; total: number; limit: number; offset: number } {
  return { items: p.items, total: p.total, limit: q.limit ?? 50, offset: q.offset ?? 0 };
}
