/**
 * Synthetic multi-outlet news corpus for benchmarks, assembled from real Arabic sentences
 * (bench/corpus.ts: the seeds' lines and ANERcorp sentences) with a topic structure, so that the
 * story clustering meets the kind of load a news monitor sees:
 *
 * - **Subjects** (threads): a pool of 10 sentences each; 40 are active at a time, a new event
 *   starts a new subject one time in four.
 * - **Events** (clusters): a pool of 8 sentences each, dated on a clock that advances by
 *   1/EVENTS_PER_DAY day per event (≈ 27 events and ≈ 200 articles a day: 100,000 articles span
 *   about 15 months); 24 events are open at once and each gets 2–16 reports.
 * - **Articles**: 3–6 sentences of their event (lead first, pool order), 1–3 of the subject,
 *   0–2 unrelated; dated 0–2 days after the event; one of 8 fictional outlets; headline from the
 *   first words of one of the event's sentences. One article in 20 is a wire copy of an earlier
 *   report of the same event by another outlet: new headline, one sentence replaced.
 *
 * Articles come out roughly in date order, as a feed would deliver them. Deterministic for a seed.
 * Used by bench/suites/{ingest,search}.ts; `npx tsx scripts/generate-corpus.ts N out.jsonl` writes
 * the corpus as JSON lines for `marsad ingest`.
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

const EVENTS_PER_DAY = 27;
const OPEN_EVENTS = 24;
const ACTIVE_SUBJECTS = 40;
const COPY_RATE = 0.05;

interface Open {
  readonly pool: readonly string[];
  readonly subject: readonly string[];
  readonly day: number;
  left: number;
  last: { readonly paragraphs: string[]; readonly outlet: number } | null;
}

export function* generateArticles(count: number, seed = 2026, material: readonly string[] = loadSentenceMaterial()): Generator<GeneratedArticle> {
  const rand = prng(seed);
  const int = (n: number): number => Math.floor(rand() * n);
  const pick = (): string => material[int(material.length)]!;
  const pool = (n: number): string[] => Array.from({ length: n }, pick);
  const start = Date.UTC(2023, 0, 1);
  const subjects: string[][] = Array.from({ length: ACTIVE_SUBJECTS }, () => pool(10));
  let events = 0;
  const open = (): Open => {
    if (rand() < 0.25) subjects[int(ACTIVE_SUBJECTS)] = pool(10);
    return { pool: pool(8), subject: subjects[int(ACTIVE_SUBJECTS)]!, day: Math.floor(events++ / EVENTS_PER_DAY), left: 2 + Math.floor(rand() ** 2 * 15), last: null };
  };
  const live: Open[] = Array.from({ length: OPEN_EVENTS }, open);
  for (let i = 0; i < count; i++) {
    const slot = int(OPEN_EVENTS);
    const e = live[slot]!;
    let outlet = int(OUTLETS.length);
    let sentences: string[];
    if (e.last && rand() < COPY_RATE) {
      // A wire copy: another outlet, one sentence swapped for an unrelated one.
      if (outlet === e.last.outlet) outlet = (outlet + 1) % OUTLETS.length;
      sentences = e.last.paragraphs.slice();
      sentences[int(sentences.length)] = pick();
    } else {
      const own = e.pool.filter(() => rand() < 0.55).slice(0, 6);
      while (own.length < 3) own.push(e.pool[int(e.pool.length)]!);
      const related = Array.from({ length: 1 + int(3) }, () => e.subject[int(e.subject.length)]!);
      const other = Array.from({ length: int(3) }, pick);
      sentences = [...own, ...related, ...other];
    }
    e.last = { paragraphs: sentences, outlet };
    const paragraphs: string[] = [];
    for (let k = 0; k < sentences.length; k += 2) paragraphs.push(sentences.slice(k, k + 2).join(' '));
    const from = int(3);
    const title = e.pool[int(e.pool.length)]!.split(/\s+/u).slice(from, from + 9).join(' ');
    yield {
      text: paragraphs.join('\n'),
      title,
      outlet: OUTLETS[outlet]!,
      published: new Date(start + (e.day + int(3)) * 86_400_000).toISOString().slice(0, 10),
    };
    if (--e.left <= 0) live[slot] = open();
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\//u, ''))) {
  const [count = '1000', out = 'corpus.jsonl'] = process.argv.slice(2);
  const w = createWriteStream(out);
  for (const a of generateArticles(Number(count))) w.write(JSON.stringify(a) + '\n');
  w.end();
}
