import { outletName as outletOfMeta } from '../doc/article.js';

/** The outlet shown for an article: its metadata, else its file's base name (the document model's one rule). */
export function outletName(a: { readonly outlet: string | null; readonly source: string | null }): string {
  return outletOfMeta({ outlet: a.outlet, source: a.source });
}
