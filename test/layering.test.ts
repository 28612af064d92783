import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The dependency rule (docs/DESIGN.md): a folder of src/ imports only from folders listed before it.
 * Lower layers never reach up (the text core knows nothing of stages, stages nothing of the store).
 */
const ORDER = ['errors.ts', 'util', 'doc', 'text', 'lexicons', 'pipeline', 'extract', 'actors', 'stories', 'store', 'search', 'export', 'ingest', 'api', 'cli'];
// The text core reads its tables through lexicons (paths + TSV reader), which import nothing above doc.
const ALLOWED_UP: Record<string, string[]> = { text: ['lexicons'] };
// Composition roots: the one file that assembles the default pipeline from src/extract.
const COMPOSITION_ROOTS = new Set(['pipeline/default.ts']);

const SRC = resolve(dirname(new URL(import.meta.url).pathname), '..', 'src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) return files(p);
    return /\.ts$/u.test(n) && !/\.test\.ts$/u.test(n) ? [p] : [];
  });
}

function layerOf(path: string): string {
  const rel = relative(SRC, path);
  return rel.includes('/') ? rel.split('/')[0]! : rel;
}

describe('import layering', () => {
  it('no module imports from a layer above its own', () => {
    const violations: string[] = [];
    for (const file of files(SRC)) {
      const from = layerOf(file);
      const rank = ORDER.indexOf(from);
      if (rank < 0 || COMPOSITION_ROOTS.has(relative(SRC, file))) continue;
      const source = readFileSync(file, 'utf8');
      for (const m of source.matchAll(/from\s+'(\.[^']+)'/gu)) {
        const target = resolve(dirname(file), m[1]!);
        if (!target.startsWith(SRC)) continue;
        const to = layerOf(target.replace(/\.js$/u, '.ts'));
        const toRank = ORDER.indexOf(to);
        if (toRank > rank && !(ALLOWED_UP[from] ?? []).includes(to)) {
          violations.push(`${relative(SRC, file)} imports ${to} (${m[1]})`);
        }
      }
    }
    expect(violations).toEqual([]);
  });
});
