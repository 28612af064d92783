/**
 * Store ingest throughput: a generated corpus (scripts/generate-corpus.ts: real Arabic sentences,
 * fictional outlets, dates over two years) written article by article through the store's normal
 * write path (`Store.ingestArticle`: one transaction, keys, MinHash, copy check, story assignment).
 * The NLP stages are bypassed for speed (only the text core runs, outside the timed part): the
 * figure is the store's own throughput. Sizes: MARSAD_BENCH_ARTICLES (default 100,000) into
 * PGlite — that store is reused by the search suite — and MARSAD_BENCH_PG_ARTICLES (default
 * 10,000) into a throwaway PostgreSQL server when its binaries are present.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeArticle } from '../../src/doc/article.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/store.js';
import { analyzeText } from '../../src/text/index.js';
import { generateArticles } from '../../scripts/generate-corpus.js';
import { startTestPostgres } from '../../test/helpers/postgres.js';
import type { BenchSuite } from '../types.js';

export const BENCH_ARTICLES = Number(process.env['MARSAD_BENCH_ARTICLES'] ?? 100_000);
const PG_ARTICLES = Number(process.env['MARSAD_BENCH_PG_ARTICLES'] ?? 10_000);

/** Writes `count` generated articles; returns articles per second of store time. */
export async function fillStore(store: Store, count: number, log: (m: string) => void): Promise<number> {
  let writeMs = 0;
  let i = 0;
  for (const g of generateArticles(count)) {
    const { sentences, tokens } = analyzeText(g.text);
    const article = makeArticle(`g${i}`, g.text, { title: g.title, outlet: g.outlet, published: g.published, source: `generated#${i}` }, sentences, tokens);
    const t0 = performance.now();
    await store.ingestArticle(article);
    writeMs += performance.now() - t0;
    if (++i % 5000 === 0) log(`  ${store.kind}: ${i}/${count} articles, ${(i / (writeMs / 1000)).toFixed(1)} articles/s so far`);
  }
  return count / (writeMs / 1000);
}

let shared: Promise<{ store: Store; perSecond: number }> | undefined;

/** The PGlite store holding the benchmark corpus, built once per run (ingest and search share it). */
export function benchStore(log: (m: string) => void): Promise<{ store: Store; perSecond: number }> {
  shared ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), 'marsad-bench-'));
    const store = await openStore(join(dir, 'db'));
    log(`  building a ${BENCH_ARTICLES}-article PGlite store in ${dir}`);
    const perSecond = await fillStore(store, BENCH_ARTICLES, log);
    return { store, perSecond };
  })();
  return shared;
}

export const ingestSuite: BenchSuite = {
  name: 'ingest',
  description: 'store write throughput (generated corpus, text core only) into PGlite and PostgreSQL',
  async run({ log }) {
    const figures: Record<string, number> = {};
    figures['ingest.pglite_articles_per_s'] = (await benchStore(log)).perSecond;
    const pg = await startTestPostgres();
    if (!pg) log('  PostgreSQL binaries not found: ingest.postgres_articles_per_s not measured');
    else {
      try {
        const store = await openStore(await pg.newDatabase());
        figures['ingest.postgres_articles_per_s'] = await fillStore(store, PG_ARTICLES, log);
        figures['ingest.postgres_articles'] = PG_ARTICLES;
        await store.close();
      } finally {
        await pg.stop();
      }
    }
    return figures;
  },
};
