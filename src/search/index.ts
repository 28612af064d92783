/**
 * The search library call: Arabic-aware full-text search over a Store (match keys with clitics
 * removed, so «الانتخابات» finds «للانتخابات» and «انتخابات»), with filters and highlighted
 * snippets. The query keys and snippets are built in the store layer (src/store/search-query.ts,
 * src/store/snippets.ts) because the SQL needs them; this is the public entry point.
 */
import type { Page, SearchHit, SearchQuery, Store } from '../store/store.js';

export { parseQuery, type ParsedQuery } from '../store/search-query.js';
export { makeSnippets, type Snippet } from '../store/snippets.js';

export function searchArticles(store: Store, query: SearchQuery): Promise<Page<SearchHit>> {
  return store.search(query);
}
