/**
 * The actor network: actors linked by events (source → target) and statements (speaker → the
 * actor the statement is about). Edge weight counts the items; each edge keeps the types seen.
 */
import type { ArticleFilter, Store } from '../store/store.js';
import { collect } from './article-cache.js';

const MAX_ITEMS = 2000;

export interface NetworkGraph {
  readonly nodes: readonly { readonly id: string; readonly name: string; readonly type: string; readonly weight: number }[];
  readonly edges: readonly { readonly source: string; readonly target: string; readonly weight: number; readonly kinds: readonly string[] }[];
  readonly truncated: boolean;
}

export async function network(store: Store, filter: ArticleFilter): Promise<NetworkGraph> {
  const actors = await collect((limit, offset) => store.listActors({ limit, offset }), 5000);
  const info = new Map(actors.items.map((a) => [a.id, a]));
  const events = await collect((limit, offset) => store.listEvents({ ...filter, limit, offset }), MAX_ITEMS);
  const quotes = await collect((limit, offset) => store.listQuotes({ ...filter, limit, offset }), MAX_ITEMS);
  const edges = new Map<string, { source: string; target: string; weight: number; kinds: Set<string> }>();
  const weight = new Map<string, number>();
  const link = (s: string, t: string, kind: string): void => {
    if (s === t) return;
    const k = `${s}\u0000${t}`;
    const e = edges.get(k);
    if (e) {
      e.weight++;
      e.kinds.add(kind);
    } else edges.set(k, { source: s, target: t, weight: 1, kinds: new Set([kind]) });
    weight.set(s, (weight.get(s) ?? 0) + 1);
    weight.set(t, (weight.get(t) ?? 0) + 1);
  };
  for (const e of events.items) for (const s of e.event.source) for (const t of e.event.target) link(s, t, e.type);
  for (const q of quotes.items) {
    const s = q.quote.speaker;
    if (s && s !== 'unnamed_sources' && q.quote.target) link(s, q.quote.target, `quote:${q.quote.act}`);
  }
  return {
    nodes: [...weight.entries()].map(([id, w]) => ({ id, name: info.get(id)?.nameAr ?? id, type: info.get(id)?.type ?? 'PER', weight: w })),
    edges: [...edges.values()].map((e) => ({ ...e, kinds: [...e.kinds] })),
    truncated: events.truncated || quotes.truncated || actors.truncated,
  };
}
