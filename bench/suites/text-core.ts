import { PGlite } from '@electric-sql/pglite';
import { analyzeText, loadTextTables } from '../../src/text/index.js';
import type { BenchSuite } from '../types.js';

/** Keeps the PostgreSQL peer under ~a minute: it is timed on a prefix of the corpus of at least this size. */
const PG_SAMPLE_BYTES = 2 * 1024 * 1024;

function bytesOf(articles: readonly string[]): number {
  return articles.reduce((n, a) => n + Buffer.byteLength(a, 'utf8'), 0);
}

/**
 * The text core (`analyzeText`: tokens, clitic segmentation, match keys, sentences) against
 * PostgreSQL's Arabic Snowball analyzer (`to_tsvector('arabic', …)` in PGlite, in memory), both
 * on one core, on the same articles.
 */
export const textCoreSuite: BenchSuite = {
  name: 'text-core',
  description: 'analyzeText throughput vs PostgreSQL to_tsvector(arabic) via PGlite',
  async run({ articles, totalBytes, log }) {
    loadTextTables(); // data loading is a one-off per process, not throughput
    const warm = articles.slice(0, 50);
    for (const a of warm) analyzeText(a);
    let peakRss = process.memoryUsage().rss;
    let peakHeap = process.memoryUsage().heapUsed;
    let words = 0;
    const t0 = performance.now();
    for (let i = 0; i < articles.length; i++) {
      const { tokens } = analyzeText(articles[i]!);
      for (const t of tokens) if (t.kind === 'word') words++;
      if ((i & 63) === 0) {
        const m = process.memoryUsage();
        if (m.rss > peakRss) peakRss = m.rss;
        if (m.heapUsed > peakHeap) peakHeap = m.heapUsed;
      }
    }
    const seconds = (performance.now() - t0) / 1000;
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
    const textMbPerS = totalBytes / 1048576 / seconds;
    log(`  text core: ${articles.length} articles in ${seconds.toFixed(2)} s`);

    const figures: Record<string, number> = {
      'text.mb_per_s': textMbPerS,
      'text.articles_per_s': articles.length / seconds,
      'text.words_per_s': words / seconds,
      'text.peak_rss_mb': peakRss / 1048576,
      'text.peak_heap_mb': peakHeap / 1048576,
    };

    const db = new PGlite();
    try {
      const config = await db.query<{ cfgname: string }>(`SELECT cfgname FROM pg_ts_config WHERE cfgname = 'arabic'`);
      if (config.rows.length === 0) {
        log("  PGlite has no 'arabic' text search configuration: the peer cannot be measured");
        return figures;
      }
      // PGlite runs PostgreSQL single-threaded in WebAssembly; it is timed on a prefix of the corpus
      // (PG_SAMPLE_BYTES) to keep the suite short, and its rate is compared as MB/s.
      const sample: string[] = [];
      for (const a of articles) {
        sample.push(a);
        if (bytesOf(sample) >= PG_SAMPLE_BYTES) break;
      }
      for (const a of sample.slice(0, 20)) await db.query(`SELECT to_tsvector('arabic', $1)`, [a]);
      const p0 = performance.now();
      for (const a of sample) await db.query(`SELECT length(to_tsvector('arabic', $1))`, [a]);
      const pgSeconds = (performance.now() - p0) / 1000;
      const pgMbPerS = bytesOf(sample) / 1048576 / pgSeconds;
      log(`  pg arabic: ${sample.length} articles (${(bytesOf(sample) / 1048576).toFixed(1)} MB) in ${pgSeconds.toFixed(2)} s`);
      figures['pg_arabic.mb_per_s'] = pgMbPerS;
      figures['pg_arabic.articles_per_s'] = sample.length / pgSeconds;
      figures['text.speedup_vs_pg_arabic'] = textMbPerS / pgMbPerS;
    } finally {
      await db.close();
    }
    return figures;
  },
};
