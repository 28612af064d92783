import { MarsadError } from '../errors.js';
import { matchKey } from '../text/normalize.js';
import { readTable } from './table.js';

/**
 * A word table whose rows each give a word and its kind (`word<TAB>kind<TAB>gloss`, as
 * data/events/seizures.tsv, invitations.tsv, governed-complements.tsv): the match keys of each kind's
 * words. A kind the caller does not expect is an error naming its line, so a typo in a data file
 * cannot silently drop a word. Read once per file and kept.
 */
export type WordKinds<K extends string> = Readonly<Record<K, ReadonlySet<string>>>;

const cache = new Map<string, WordKinds<string>>();

export function readWordKinds<K extends string>(file: string, kinds: readonly K[]): WordKinds<K> {
  const key = `${file}\u0000${kinds.join(',')}`;
  const hit = cache.get(key);
  if (hit) return hit as WordKinds<K>;
  const sets = Object.fromEntries(kinds.map((k) => [k, new Set<string>()])) as Record<K, Set<string>>;
  const table = readTable(file);
  for (const row of table.rows) {
    const kind = row.cells['kind'] ?? '';
    if (!(kinds as readonly string[]).includes(kind)) {
      throw new MarsadError('MARSAD_DATA_INVALID', { file: table.file, line: row.line, detail: `unknown kind "${kind}" (expected ${kinds.join(', ')})` });
    }
    const word = matchKey(row.cells['word'] ?? '');
    if (word) sets[kind as K].add(word);
  }
  cache.set(key, sets);
  return sets;
}

const setCache = new Map<string, ReadonlySet<string>>();

/**
 * One column of a word list as a set, each word read through `key` (matchKey by default; a caller
 * that must keep alef maqsura apart passes stripMarks). Empty cells are skipped. Read once per file,
 * column and key function.
 */
export function readWordSet(file: string, column: string, key: (word: string) => string = matchKey): ReadonlySet<string> {
  const id = `${file}\u0000${column}\u0000${key.name}`;
  const hit = setCache.get(id);
  if (hit) return hit;
  const out = new Set<string>();
  for (const row of readTable(file).rows) {
    const k = key(row.cells[column] ?? '');
    if (k) out.add(k);
  }
  setCache.set(id, out);
  return out;
}
