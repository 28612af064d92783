/**
 * Arabic-aware search queries: the query text goes through the same text core as articles, and
 * each word becomes its light-stem match key, so «الانتخابات», «للانتخابات» and «انتخابات» all
 * look for the key «انتخابات». Function words are dropped unless the query has nothing else.
 */
import { quoteLexeme, searchKey } from './prepare.js';
import { isContentToken, loadStopwords } from '../stories/terms.js';
import { analyzeText } from '../text/index.js';

export interface ParsedQuery {
  /** Distinct keys, every one of which must occur. */
  readonly keys: readonly string[];
  /** The tsquery text (`'k1' & 'k2'`), or null when the query has no searchable word. */
  readonly tsquery: string | null;
}

export function parseQuery(q: string): ParsedQuery {
  const tokens = analyzeText(q).tokens;
  const stop = loadStopwords();
  const all = tokens.map((t) => searchKey(t)).filter((k): k is string => k !== null);
  const content = tokens.filter((t) => t.kind === 'number' || isContentToken(t, stop)).map((t) => searchKey(t)).filter((k): k is string => k !== null);
  const keys = [...new Set(content.length > 0 ? content : all)];
  return { keys, tsquery: keys.length > 0 ? keys.map(quoteLexeme).join(' & ') : null };
}
