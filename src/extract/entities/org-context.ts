import type { Token } from '../../doc/token.js';
import { dataPath } from '../../lexicons/paths.js';
import { readTable } from '../../lexicons/table.js';
import { MarsadError } from '../../errors.js';
import { hasArticle, wordKey } from './gazetteer.js';

/**
 * Nouns that announce an organisation's name after them in a construct (data/ar/ner-org-context.tsv):
 * `org_noun` («فريق», «شركة», «صحيفة») or `member` («سائق», «مهاجم», «مراسل»). Without the article
 * the noun is the first term of an iḍāfa and the name after it is the organisation («سائق فيراري»);
 * with the article it is in apposition to a person's name («المدرب فان خال»). The tagger reads the
 * kind and the article as features of the next words; the decision stays the model's.
 */
export type OrgContextKind = 'org_noun' | 'member';

const KINDS: readonly OrgContextKind[] = ['org_noun', 'member'];

/** Stem key → kind. */
export type OrgContext = ReadonlyMap<string, OrgContextKind>;

let cached: OrgContext | undefined;

export function loadOrgContext(): OrgContext {
  if (cached) return cached;
  const file = dataPath('ar', 'ner-org-context.tsv');
  const out = new Map<string, OrgContextKind>();
  for (const row of readTable(file).rows) {
    const kind = row.cells['kind'] as OrgContextKind;
    if (!KINDS.includes(kind)) throw new MarsadError('MARSAD_DATA_INVALID', { file, line: row.line, detail: `unknown kind "${kind}" (expected ${KINDS.join(' | ')})` });
    const { key } = wordKey(row.cells['word'] ?? '');
    if (!key) throw new MarsadError('MARSAD_DATA_INVALID', { file, line: row.line, detail: 'empty word' });
    out.set(key, kind);
  }
  cached = out;
  return cached;
}

/** The token's org-context kind with 'D' (definite: the article is on it) or 'N', or '-' for none. */
export function orgContextOf(ctx: OrgContext, t: Token): string {
  if (t.kind !== 'word') return '-';
  const kind = ctx.get(t.key);
  return kind ? kind + (hasArticle(t) ? 'D' : 'N') : '-';
}
