/**
 * Search latency over the benchmark store (bench/suites/ingest.ts: 100,000 generated articles
 * stored in PGlite by default; `search.corpus_articles` is the count read back from the store): 300 queries of one or two content words drawn from the same sentence material, each a
 * full `Store.search` call (match-key query, ranking, 10 hits with highlighted snippets).
 */
import { loadSentenceMaterial, prng } from '../corpus.js';
import { isContentToken } from '../../src/stories/terms.js';
import { analyzeText } from '../../src/text/index.js';
import type { BenchSuite } from '../types.js';
import { benchStore } from './ingest.js';

const QUERIES = 300;

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export const searchSuite: BenchSuite = {
  name: 'search',
  description: 'Arabic-aware search latency p50/p95 over the generated corpus in PGlite',
  async run({ log }) {
    const { store } = await benchStore(log);
    const rand = prng(99);
    const material = loadSentenceMaterial();
    const words: string[] = [];
    while (words.length < 2000) {
      const tokens = analyzeText(material[Math.floor(rand() * material.length)]!).tokens.filter((t) => isContentToken(t));
      for (const t of tokens) if (t.text.length >= 4) words.push(t.text);
    }
    const queries = Array.from({ length: QUERIES }, (_, i) => {
      const w = words[Math.floor(rand() * words.length)]!;
      return i % 3 === 2 ? `${w} ${words[Math.floor(rand() * words.length)]!}` : w;
    });
    for (const q of queries.slice(0, 10)) await store.search({ q, limit: 10 }); // warm-up
    const times: number[] = [];
    let hits = 0;
    for (const q of queries) {
      const t0 = performance.now();
      const r = await store.search({ q, limit: 10 });
      times.push(performance.now() - t0);
      hits += r.total;
    }
    times.sort((a, b) => a - b);
    log(`  ${QUERIES} queries, mean ${(hits / QUERIES).toFixed(0)} matching articles per query`);
    const stored = (await store.stats()).articles;
    return { 'search.p50_ms': percentile(times, 50), 'search.p95_ms': percentile(times, 95), 'search.corpus_articles': stored };
  },
};
