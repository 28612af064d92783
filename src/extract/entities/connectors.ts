import type { Token } from '../../doc/token.js';
import { dataPath } from '../../lexicons/paths.js';
import { readTable } from '../../lexicons/table.js';
import { MarsadError } from '../../errors.js';
import { wordKey } from './gazetteer.js';

/**
 * Name particles (data/ar/ner-name-connectors.tsv): «بن», «أبو», «عبد», «فان», «دي». Between two
 * words they usually continue one person's name; the tagger reads them as features, never answers.
 */
export type Connectors = ReadonlySet<string>;

let cached: Connectors | undefined;

export function loadConnectors(): Connectors {
  if (cached) return cached;
  const file = dataPath('ar', 'ner-name-connectors.tsv');
  const out = new Set<string>();
  for (const row of readTable(file).rows) {
    const { key } = wordKey(row.cells['word'] ?? '');
    if (!key) throw new MarsadError('MARSAD_DATA_INVALID', { file, line: row.line, detail: 'empty word' });
    out.add(key);
  }
  cached = out;
  return cached;
}

/** The token is a name particle (its stem key, or its surface when the text core split nothing). */
export function isConnector(set: Connectors, t: Token): boolean {
  return t.kind === 'word' && set.has(t.key);
}

/**
 * Whether the token carries the conjunction «و»: 'w' when the text core split it off, 'w?' when
 * the token is an unsplit word whose first letter is «و» and whose rest was guessed as a stem
 * (alt-key.ts), '-' otherwise. After a name, «و» + name usually starts a new name.
 */
export function conjunctionOf(t: Token, alt: string | null): string {
  if (t.kind !== 'word') return '-';
  if (t.parts.some((p) => p.role === 'proclitic' && p.form === 'و')) return 'w';
  return alt && t.key.startsWith('و') ? 'w?' : '-';
}
