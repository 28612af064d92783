/**
 * Everything the actor page shows, from the store's public reads: aliases and the label × outlet
 * matrix (the store's), roles, the same matrix per month when publication dates are known,
 * quotes by and about the actor, and events where it is source or target.
 */
import type { ActorDetail, StoredEvent, StoredQuote, Store } from '../store/store.js';
import { collect } from './article-cache.js';
import { outletName } from './outlet.js';

/** Articles read to build the per-month matrix; beyond this the page says the series is partial. */
const MAX_ARTICLES = 400;
const MAX_ITEMS = 1000;

export interface ActorProfile {
  readonly actor: ActorDetail;
  /** Label × outlet matrix computed from the articles (outlet = file name when unknown). */
  readonly matrix: readonly { readonly outlet: string; readonly labels: readonly { readonly key: string; readonly text: string; readonly labelKind: string; readonly gloss: string | null; readonly count: number }[] }[];
  readonly roles: readonly string[];
  /** Per month (YYYY-MM) and outlet, label counts; empty when no article of the actor is dated. */
  readonly overTime: readonly { readonly month: string; readonly outlet: string; readonly key: string; readonly count: number }[];
  readonly quotesBy: readonly StoredQuote[];
  readonly quotesAbout: readonly StoredQuote[];
  readonly eventsAsSource: readonly StoredEvent[];
  readonly eventsAsTarget: readonly StoredEvent[];
  readonly partial: boolean;
}

export async function actorProfile(store: Store, id: string): Promise<ActorProfile | null> {
  const actor = await store.getActor(id);
  if (!actor) return null;
  const articles = await collect((limit, offset) => store.listArticles({ actor: id, limit, offset }), MAX_ARTICLES);
  const matrix = new Map<string, Map<string, { key: string; text: string; labelKind: string; gloss: string | null; count: number }>>();
  const overTime = new Map<string, { month: string; outlet: string; key: string; count: number }>();
  for (const summary of articles.items) {
    const art = await store.getArticle(summary.id);
    if (!art) continue;
    const outlet = outletName(art);
    const month = art.published && /^\d{4}-\d{2}/.test(art.published) ? art.published.slice(0, 7) : null;
    for (const m of art.layers.mentions ?? []) {
      if (m.actorId !== id) continue;
      for (const l of m.labels) {
        let row = matrix.get(outlet);
        if (!row) matrix.set(outlet, (row = new Map()));
        const cell = row.get(l.key);
        if (cell) cell.count++;
        else row.set(l.key, { key: l.key, text: art.text.slice(l.span.start, l.span.end), labelKind: l.labelKind, gloss: l.gloss, count: 1 });
        if (month) {
          const k = `${month}\u0000${outlet}\u0000${l.key}`;
          const t = overTime.get(k);
          if (t) t.count++;
          else overTime.set(k, { month, outlet, key: l.key, count: 1 });
        }
      }
    }
  }
  const byQuotes = await collect((limit, offset) => store.listQuotes({ speaker: id, limit, offset }), MAX_ITEMS);
  const mentioningQuotes = await collect((limit, offset) => store.listQuotes({ actor: id, limit, offset }), MAX_ITEMS);
  const events = await collect((limit, offset) => store.listEvents({ actor: id, limit, offset }), MAX_ITEMS);
  const roles = new Set<string>();
  for (const row of matrix.values()) for (const c of row.values()) if (c.labelKind === 'role') roles.add(c.text);
  return {
    actor,
    matrix: [...matrix.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([outlet, row]) => ({
      outlet, labels: [...row.values()].sort((x, y) => y.count - x.count || x.key.localeCompare(y.key)),
    })),
    roles: [...roles],
    overTime: [...overTime.values()].sort((a, b) => a.month.localeCompare(b.month) || a.outlet.localeCompare(b.outlet)),
    quotesBy: byQuotes.items,
    quotesAbout: mentioningQuotes.items.filter((q) => q.quote.target === id && q.speaker !== id),
    eventsAsSource: events.items.filter((e) => e.event.source.includes(id)),
    eventsAsTarget: events.items.filter((e) => e.event.target.includes(id)),
    partial: articles.truncated || byQuotes.truncated || mentioningQuotes.truncated || events.truncated,
  };
}
