import { outletOf } from '../ingest/read-input.js';

/** The outlet shown for an article: its metadata, else its file's base name (seeds have no outlet). */
export function outletName(a: { readonly outlet: string | null; readonly source: string | null }): string {
  return outletOf({ outlet: a.outlet, source: a.source });
}
