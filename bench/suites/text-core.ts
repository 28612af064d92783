import { PGlite } from '@electric-sql/pglite';
import { analyzeText, loadTextTables, type TextTables } from '../../src/text/index.js';
import type { BenchSuite } from '../types.js';

/** The corpus is run in this many slices, each by the text core then by PostgreSQL (see below). */
const SLICES = 16;

/**
 * The text core (`analyzeText`: tokens, clitic segmentation, match keys, sentences) against
 * PostgreSQL's Arabic Snowball analyzer (`to_tsvector('arabic', …)` in PGlite, in memory), both on
 * one core, on the same articles. The two alternate slice by slice, so that load from other
 * processes on a shared machine weighs on both alike and the ratio stays meaningful.
 *
 * The text core analyses each distinct word form once per process and caches it (a real feature:
 * news repeats forms heavily). The first pass over the corpus starts from an empty cache and is
 * reported on its own as `text.cold_mb_per_s`; it also warms the cache, so the interleaved passes
 * (`text.mb_per_s`, the ratio) measure the steady state of a long run, every form seen once before.
 * Tokens build their morphemes (`parts`) when first read; the timed loop reads `kind` only (like
 * the peer's vector, tokens carry keys and offsets), and `text.with_parts_mb_per_s` times a warm
 * pass that reads every token's `parts` as well.
 */
export const textCoreSuite: BenchSuite = {
  name: 'text-core',
  description: 'analyzeText throughput vs PostgreSQL to_tsvector(arabic) via PGlite',
  async run({ articles, totalBytes, log }) {
    // Data loading is a one-off per process, not throughput. A copy of the tables has a form cache
    // of its own, empty whatever ran before in this process: the first pass below is truly cold.
    const tables: TextTables = { ...loadTextTables() };
    // The code-unit tables of the tokenizer and of matchKey are built on first use, once per
    // process: built here, on the default tables, so that they do not count as cold-cache work.
    analyzeText(articles[0] ?? '');
    // Cold pass, text core alone; memory is sampled here too: once PGlite is loaded its
    // WebAssembly heap would dominate the process's RSS.
    let peakRss = 0;
    let peakHeap = 0;
    const c0 = performance.now();
    for (let i = 0; i < articles.length; i++) {
      analyzeText(articles[i]!, tables);
      if ((i & 31) === 0) {
        const m = process.memoryUsage();
        peakRss = Math.max(peakRss, m.rss);
        peakHeap = Math.max(peakHeap, m.heapUsed);
      }
    }
    const coldMs = performance.now() - c0;
    const db = new PGlite();
    try {
      const config = await db.query<{ cfgname: string }>(`SELECT cfgname FROM pg_ts_config WHERE cfgname = 'arabic'`);
      const withPeer = config.rows.length > 0;
      if (!withPeer) log("  PGlite has no 'arabic' text search configuration: the peer cannot be measured");
      for (const a of articles.slice(0, 20)) {
        analyzeText(a, tables);
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
          const { tokens } = analyzeText(a, tables);
          for (const t of tokens) if (t.kind === 'word') words++;
        }
        textMs += performance.now() - t0;
        if (!withPeer) continue;
        const p0 = performance.now();
        // The vector's length is returned so that no large result is copied back into JavaScript.
        for (const a of slice) await db.query(`SELECT length(to_tsvector('arabic', $1))`, [a]);
        pgMs += performance.now() - p0;
      }
      // One more warm pass reading every token's morphemes: what a reader of `parts` pays in all
      // (not interleaved with the peer, so not part of the ratio).
      let morphemes = 0;
      const q0 = performance.now();
      for (const a of articles) for (const t of analyzeText(a, tables).tokens) morphemes += t.parts.length;
      const partsMs = performance.now() - q0;
      const mb = totalBytes / 1048576;
      log(`  ${morphemes} morphemes read`);
      const textMbPerS = mb / (textMs / 1000);
      log(`  text core: ${articles.length} articles in ${(textMs / 1000).toFixed(2)} s (cold cache: ${(coldMs / 1000).toFixed(2)} s); pg arabic: ${(pgMs / 1000).toFixed(2)} s`);
      const figures: Record<string, number> = {
        'text.mb_per_s': textMbPerS,
        'text.cold_mb_per_s': mb / (coldMs / 1000),
        'text.with_parts_mb_per_s': mb / (partsMs / 1000),
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
