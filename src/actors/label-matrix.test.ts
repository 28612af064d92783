import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultPipeline } from '../pipeline/default.js';
import { buildLabelMatrix, formatLabelMatrix } from './label-matrix.js';

const SEEDS = new URL('../../../shared/corpus/seeds/', import.meta.url).pathname;

describe('label matrix on the five seed articles (outlets = file names)', async () => {
  const pipeline = await defaultPipeline();
  const files = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
  const outlets = files.map((f) => f.replace(/\.txt$/u, ''));
  const articles = files.map((f) => pipeline.run(readFileSync(join(SEEDS, f), 'utf8'), { source: join(SEEDS, f) }, f));
  const rows = buildLabelMatrix(articles);
  const cell = (actor: string, file: string): Record<string, number> =>
    Object.fromEntries((rows.find((r) => r.actorId === actor && r.outlet === file)?.labels ?? []).map((l) => [l.key, l.count]));

  it('has one row per actor and outlet, outlets taken from the file names', () => {
    expect(files).toHaveLength(5);
    for (const r of rows) expect(outlets).toContain(r.outlet);
    expect(new Set(rows.map((r) => r.outlet)).size).toBe(5);
    const keys = rows.map((r) => `${r.actorId}|${r.outlet}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('shows how each outlet labels Haftar and his forces', () => {
    // 000: «بقيادة المشير خليفة حفتر»; 003: «للواء المتقاعد خليفة حفتر», «المجرم حفتر», «الانقلابي حفتر»;
    // 002: «مليشيا الجنرال الانقلابي خليفة حفتر», «مليشيات حفتر الإرهابية».
    expect(cell('khalifa_haftar', '000_f880a26f30149189')).toMatchObject({ مشير: 1 });
    expect(cell('khalifa_haftar', '003_f090aae47d831c2d')).toMatchObject({ لواء: 1, متقاعد: 1, مجرم: 1, انقلابي: 1 });
    expect(cell('lna', '002_2652ce4f1c7f173e')).toMatchObject({ مليشيا: 1, جنرال: 1, انقلابي: 1, ارهابيه: 1 });
    expect(cell('lna', '002_2652ce4f1c7f173e')['مليشيات']).toBeGreaterThanOrEqual(4);
    expect(cell('lna', '004_767b5ac88f515d43')).toMatchObject({ مليشيا: 2, قوات: 1, مليشيات: 1 });
  });

  it('contrasts the labels of the GNA side (legitimacy) across outlets', () => {
    expect(cell('gna_forces', '002_2652ce4f1c7f173e')['معترف بها دوليا']).toBe(1);
    expect(cell('gna', '004_767b5ac88f515d43')['شرعيه']).toBeGreaterThanOrEqual(1);
  });

  it('formats one block per actor with glosses from the loaded-terms lexicon', () => {
    const text = formatLabelMatrix(rows);
    expect(text.split('\n')[0]).toBe('Label matrix (actor × outlet → label: count)');
    expect(text).toContain('[khalifa_haftar]');
    expect(text).toMatch(/ {2}003_f090aae47d831c2d: .*مجرم \(criminal\) ×1/u);
    expect(formatLabelMatrix([])).toBe('Label matrix: no labels found.\n');
  });
});
