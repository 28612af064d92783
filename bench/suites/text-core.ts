import { PGlite } from '@electric-sql/pglite';
import { analyzeText, loadTextTables } from '../../src/text/index.js';
import type { BenchSuite } from '../types.js';

/** The corpus is run in this many slices, each by the text core then by PostgreSQL (see below). */
const SLICES = 16;

/**
 * The text core (`analyzeText`: tokens, clitic segmentation, match keys, sentences) against
 * PostgreSQL's Arabic Snowball analyzer (`to_tsvector('arabic', …)` in PGlite, in memory), both on
 * one core, on the same articles. The two alternate slice by slice, so that load from other
 * processes on a shared machine weighs on both alike and the ratio stays meaningful.
 */
export const textCoreSuite: BenchSuite = {
  name: 'text-core',
  description: 'analyzeText throughput vs PostgreSQL to_tsvector(arabic) via PGlite',
  async run({ articles, totalBytes, log }) {
    loadTextTables(); // data loading is a one-off per process, not throughput
    // Memory first, in a pass of the text core alone: once PGlite is loaded its WebAssembly heap
    // would dominate the process's RSS.
    // This pass also fills the per-form segmentation cache, so the timed passes below measure the
    // steady state of a long run (every form of the corpus seen once before).
    let peakRss = 0;
    let peakHeap = 0;
    articles.forEach((a, i) => {
      analyzeText(a);
      if ((i & 31) === 0) {
        const m = process.memoryUsage();
        peakRss = Math.max(peakRss, m.rss);
        peakHeap = Math.max(peakHeap, m.heapUsed);
      }
    });
    const db = new PGlite();
    try {
      const config = await db.query<{ cfgname: string }>(`SELECT cfgname FROM pg_ts_config WHERE cfgname = 'arabic'`);
      const withPeer = config.rows.length > 0;
      if (!withPeer) log("  PGlite has no 'arabic' text search configuration: the peer cannot be measured");
      for (const a of articles.slice(0, 20)) {
        analyzeText(a);
        if (withPeer) await db.query(`SELECT length(to_tsvector('arabic', $1))`, [a]);
      }
      let words = 0;
      let textMs = 0;
      let pgMs = 0;
      const per = Math.ceil(articles.length / SLICES);
      for (let from = 0; from < articles.length; from += per) {
        const slice = articles.slice(from, from + per);
        const t0 = performance.now();
        for (const a of slice) {
          const { tokens } = analyzeText(a);
          for (const t of tokens) if (t.kind === 'word') words++;
        }
        textMs += performance.now() - t0;
        if (!withPeer) continue;
        const p0 = performance.now();
        // The vector's length is returned so that no large result is copied back into JavaScript.
        for (const a of slice) await db.query(`SELECT length(to_tsvector('arabic', $1))`, [a]);
        pgMs += performance.now() - p0;
      }
      const mb = totalBytes / 1048576;
      const textMbPerS = mb / (textMs / 1000);
      log(`  text core: ${articles.length} articles in ${(textMs / 1000).toFixed(2)} s; pg arabic: ${(pgMs / 1000).toFixed(2)} s`);
      const figures: Record<string, number> = {
        'text.mb_per_s': textMbPerS,
        'text.articles_per_s': articles.length / (textMs / 1000),
        'text.words_per_s': words / (textMs / 1000),
        'text.peak_rss_mb': peakRss / 1048576,
        'text.peak_heap_mb': peakHeap / 1048576,
      };
      if (withPeer) {
        const pgMbPerS = mb / (pgMs / 1000);
        figures['pg_arabic.mb_per_s'] = pgMbPerS;
        figures['pg_arabic.articles_per_s'] = articles.length / (pgMs / 1000);
        figures['text.speedup_vs_pg_arabic'] = textMbPerS / pgMbPerS;
      }
      return figures;
    } finally {
      await db.close();
    }
  },
};
