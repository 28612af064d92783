/**
 * Synthetic multi-outlet corpus for benchmarks: articles assembled from real Arabic sentences
 * (bench/corpus.ts: the seeds' lines and ANERcorp sentences) with deterministic outlets, dates and
 * headlines. Used by bench/suites/{ingest,search}.ts; `npx tsx scripts/generate-corpus.ts N out.jsonl`
 * writes it as JSON lines for `marsad ingest`.
 */
import { createWriteStream } from 'node:fs';
import { loadSentenceMaterial, prng } from '../bench/corpus.js';

export interface GeneratedArticle {
  readonly text: string;
  readonly title: string;
  readonly outlet: string;
  readonly published: string;
}

/** Fictional outlet names (no real outlet's output is imitated). */
export const OUTLETS = ['مرصد المغرب', 'صحيفة النهار الجديد', 'وكالة الأفق', 'موقع الخبر اليوم', 'قناة الساحل', 'جريدة المستقبل', 'شبكة الرصد', 'بوابة الوطن'] as const;

export function* generateArticles(count: number, seed = 2026, material: readonly string[] = loadSentenceMaterial()): Generator<GeneratedArticle> {
  const rand = prng(seed);
  const pick = (): string => material[Math.floor(rand() * material.length)]!;
  const start = Date.UTC(2023, 0, 1);
  for (let i = 0; i < count; i++) {
    const n = 4 + Math.floor(rand() * 9);
    const paragraphs: string[] = [];
    for (let k = 0; k < n; k += 2) paragraphs.push(k + 1 < n ? `${pick()} ${pick()}` : pick());
    const title = pick().split(/\s+/u).slice(0, 9).join(' ');
    yield {
      text: paragraphs.join('\n'),
      title,
      outlet: OUTLETS[Math.floor(rand() * OUTLETS.length)]!,
      published: new Date(start + Math.floor(rand() * 730) * 86_400_000).toISOString().slice(0, 10),
    };
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\//u, ''))) {
  const [count = '1000', out = 'corpus.jsonl'] = process.argv.slice(2);
  const w = createWriteStream(out);
  for (const a of generateArticles(Number(count))) w.write(JSON.stringify(a) + '\n');
  w.end();
}
