import type { ArticleDetail, Store } from '../store/store.js';

/** Per-request memo of `store.getArticle`, for views that look at several items of one article. */
export function articleCache(store: Store): (id: string) => Promise<ArticleDetail | null> {
  const seen = new Map<string, Promise<ArticleDetail | null>>();
  return (id) => {
    let p = seen.get(id);
    if (!p) seen.set(id, (p = store.getArticle(id)));
    return p;
  };
}

/** Fetches every item of a paged list up to `cap` items (the views need whole sets, bounded). */
export async function collect<T>(fetch: (limit: number, offset: number) => Promise<{ items: readonly T[]; total: number }>, cap: number): Promise<{ items: T[]; truncated: boolean }> {
  const items: T[] = [];
  let total = Infinity;
  while (items.length < Math.min(total, cap)) {
    const page = await fetch(Math.min(500, cap - items.length), items.length);
    total = page.total;
    if (page.items.length === 0) break;
    items.push(...page.items);
  }
  return { items, truncated: total > items.length };
}
