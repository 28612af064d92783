import type { Token } from '../../doc/token.js';
import { dataPath } from '../../lexicons/paths.js';
import { readTable } from '../../lexicons/table.js';
import { MarsadError } from '../../errors.js';
import { matchKey } from '../../text/index.js';

/**
 * Latin letter names in Arabic spelling (data/ar/ner-letter-names.tsv): acronyms written letter by
 * letter («إف بي آي», «سي إن إن», «إف ـ 16») name organisations, channels and products. The
 * tagger reads, per token, whether it is a letter name and whether its neighbours are; a spelling
 * that is also a common word («إن», «أو», «في») counts only next to an unambiguous letter name.
 */
export type LetterNames = ReadonlyMap<string, boolean>;

let cached: LetterNames | undefined;

export function loadLetterNames(): LetterNames {
  if (cached) return cached;
  const file = dataPath('ar', 'ner-letter-names.tsv');
  const out = new Map<string, boolean>();
  for (const row of readTable(file).rows) {
    const key = matchKey(row.cells['spelling'] ?? '');
    const amb = row.cells['ambiguous'];
    if (!key || (amb !== '0' && amb !== '1')) throw new MarsadError('MARSAD_DATA_INVALID', { file, line: row.line, detail: 'spelling and ambiguous (0 | 1) expected' });
    out.set(key, amb === '1');
  }
  cached = out;
  return cached;
}

/**
 * Per token: '-' for none; otherwise 'L' for a letter name in a run of letter names (or one with a
 * number after it, «إف ـ 16», the tatweel or dash between them aside), 'l' for an unambiguous
 * letter name standing alone. A run needs one unambiguous member, so «أو في» stays '-'.
 */
export function letterMarks(names: LetterNames, tokens: readonly Token[]): string[] {
  const kind = tokens.map((t) => (t.kind === 'word' ? names.get(t.norm) : undefined));
  const out = tokens.map(() => '-');
  const dash = (t: Token | undefined): boolean => t !== undefined && /^[-ـ–]$/u.test(t.text);
  const numberAfter = (i: number): boolean => tokens[i + 1]?.kind === 'number' || (dash(tokens[i + 1]) && tokens[i + 2]?.kind === 'number');
  for (let i = 0; i < tokens.length;) {
    if (kind[i] === undefined) { i++; continue; }
    let j = i;
    while (j < tokens.length && kind[j] !== undefined) j++;
    const sure = kind.slice(i, j).some((amb) => amb === false);
    if (sure && (j - i > 1 || numberAfter(j - 1))) for (let k = i; k < j; k++) out[k] = 'L';
    else if (sure) out[i] = 'l';
    i = j;
  }
  return out;
}
