import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_DIR } from './paths.js';
import { readTable } from './table.js';

/** Every TSV under data/ is reviewed language knowledge: these rules keep it clean and traceable. */
function tsvFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return tsvFiles(p);
    return name.endsWith('.tsv') ? [p] : [];
  });
}

const PRESENTATION_FORM = /[\uFB50-\uFDFF\uFE70-\uFEFF]/u;
const TATWEEL = /\u0640/u;
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\u061C]/u;

describe('data files', () => {
  const files = tsvFiles(DATA_DIR);
  it('exist', () => {
    expect(files.length).toBeGreaterThan(0);
  });
  for (const file of files) {
    const name = relative(DATA_DIR, file);
    it(`${name}: provenance header, clean characters, no duplicate rows`, () => {
      const table = readTable(file);
      expect(table.header['source'], 'needs a # source: line').toBeTruthy();
      expect(table.header['licence'], 'needs a # licence: line').toBeTruthy();
      const seen = new Set<string>();
      const problems: string[] = [];
      for (const row of table.rows) {
        const joined = table.columns.map((c) => row.cells[c] ?? '').join('\t');
        if (PRESENTATION_FORM.test(joined)) problems.push(`line ${row.line}: presentation form`);
        if (TATWEEL.test(joined)) problems.push(`line ${row.line}: tatweel`);
        if (INVISIBLE.test(joined)) problems.push(`line ${row.line}: zero-width or bidi control`);
        if (joined !== joined.normalize('NFC')) problems.push(`line ${row.line}: not NFC`);
        if (seen.has(joined)) problems.push(`line ${row.line}: duplicate row`);
        seen.add(joined);
      }
      expect(problems.slice(0, 10)).toEqual([]);
    });
  }
});
