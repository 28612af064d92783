/**
 * Store ingest throughput over a generated corpus (scripts/generate-corpus.ts: real Arabic
 * sentences from bench/corpus.ts arranged into subjects, events and outlet reports, dates over
 * about 15 months, wire copies). Only the text core runs on each article (outside the timed part):
 * the NLP stages are skipped, so the figures are the store's own throughput — article row and
 * search keys, document frequencies, MinHash copy check, story assignment.
 *
 * PGlite (the store the search suite then queries):
 * - `ingest.pglite_articles_per_s` is measured on the **normal path**, `Store.ingestArticle` (one
 *   transaction per article), over the first `ingest.pglite_articles` articles
 *   (MARSAD_BENCH_TIMED_ARTICLES, default 20,000): at ≈ 70 articles/s on a loaded 2-core machine,
 *   all 100,000 on that path would take over 20 minutes.
 * - The rest, up to MARSAD_BENCH_ARTICLES (default 100,000) stored articles, is loaded through
 *   the **bulk path**, `Store.ingestBatch`: the same per-article write code (same tables, same
 *   copy detection and clustering, article after article) with one transaction per 250 articles.
 *   Its rate is reported as `ingest.pglite_bulk_articles_per_s` over `ingest.pglite_bulk_articles`.
 *
 * PostgreSQL: MARSAD_BENCH_PG_ARTICLES (default 10,000) articles on the normal path into a fresh
 * database on MARSAD_BENCH_PG (a server URL; a database is created on it), else MARSAD_TEST_PG, else
 * a throwaway server started like the integration tests' (test/helpers/postgres.ts). Without
 * PostgreSQL binaries the PostgreSQL figures are omitted with a note.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { makeArticle, type Article } from '../../src/doc/article.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/store.js';
import { analyzeText } from '../../src/text/index.js';
import { generateArticles } from '../../scripts/generate-corpus.js';
import { startTestPostgres, type TestPostgres } from '../../test/helpers/postgres.js';
import type { BenchSuite } from '../types.js';

const num = (name: string, fallback: number): number => Number(process.env[name] ?? fallback);
export const BENCH_ARTICLES = num('MARSAD_BENCH_ARTICLES', 100_000);
const TIMED_ARTICLES = Math.min(BENCH_ARTICLES, num('MARSAD_BENCH_TIMED_ARTICLES', 20_000));
const PG_ARTICLES = num('MARSAD_BENCH_PG_ARTICLES', 10_000);
const BATCH = 250;

/** Generated articles with their text core, numbered from 0, endlessly (duplicates are skipped by the store). */
function* articles(): Generator<Article> {
  let i = 0;
  for (const g of generateArticles(Number.POSITIVE_INFINITY)) {
    const { sentences, tokens } = analyzeText(g.text);
    yield makeArticle(`g${i}`, g.text, { title: g.title, outlet: g.outlet, published: g.published, source: `generated#${i}` }, sentences, tokens);
    i++;
  }
}

interface Fill {
  /** Articles stored (duplicates skipped are not counted). */
  added: number;
  /** Articles offered to the store (the rate's numerator). */
  offered: number;
  seconds: number;
}

/** Writes articles until `target` more are stored; `batch` 1 = the normal path, else the bulk path. */
async function fill(store: Store, source: Iterator<Article>, target: number, batch: number, log: (m: string) => void): Promise<Fill> {
  const f: Fill = { added: 0, offered: 0, seconds: 0 };
  let nextLog = 5000;
  while (f.added < target) {
    const items: { article: Article }[] = [];
    while (items.length < Math.min(batch, target - f.added)) items.push({ article: source.next().value as Article });
    const t0 = performance.now();
    const outcomes = batch === 1 ? [await store.ingestArticle(items[0]!.article)] : await store.ingestBatch(items);
    f.seconds += (performance.now() - t0) / 1000;
    f.offered += items.length;
    f.added += outcomes.filter((o) => o.status === 'added').length;
    if (f.added >= nextLog) {
      log(`  ${store.kind} ${batch === 1 ? 'normal' : 'bulk'} path: ${f.added}/${target} articles, ${(f.offered / f.seconds).toFixed(1)} articles/s`);
      nextLog += 5000;
    }
  }
  return f;
}

let shared: Promise<{ store: Store; normal: Fill; bulk: Fill }> | undefined;

/** The PGlite store holding the benchmark corpus, built once per run (ingest and search share it). */
export function benchStore(log: (m: string) => void): Promise<{ store: Store; normal: Fill; bulk: Fill }> {
  shared ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), 'marsad-bench-'));
    process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
    const store = await openStore(join(dir, 'db'));
    log(`  building a ${BENCH_ARTICLES}-article PGlite store in ${dir}: ${TIMED_ARTICLES} on the normal path, the rest in batches of ${BATCH}`);
    const source = articles();
    const normal = await fill(store, source, TIMED_ARTICLES, 1, log);
    const bulk = await fill(store, source, BENCH_ARTICLES - normal.added, BATCH, log);
    return { store, normal, bulk };
  })();
  return shared;
}

/** A server to write into: MARSAD_BENCH_PG (a server URL), else the integration tests' helper. */
async function benchPostgres(): Promise<TestPostgres | null> {
  const url = process.env['MARSAD_BENCH_PG'];
  if (!url) return startTestPostgres();
  return {
    newDatabase: async () => {
      const name = `marsad_bench_${process.pid}_${Date.now()}`;
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`CREATE DATABASE ${name}`);
      await c.end();
      return url.replace(/\/[^/]*$/u, `/${name}`);
    },
    stop: async () => {},
  };
}

export const ingestSuite: BenchSuite = {
  name: 'ingest',
  description: 'store write throughput (generated corpus, text core only) into PGlite and PostgreSQL',
  async run({ log }) {
    const figures: Record<string, number> = {};
    const { normal, bulk } = await benchStore(log);
    figures['ingest.pglite_articles_per_s'] = normal.offered / normal.seconds;
    figures['ingest.pglite_articles'] = normal.added;
    if (bulk.added > 0) {
      figures['ingest.pglite_bulk_articles_per_s'] = bulk.offered / bulk.seconds;
      figures['ingest.pglite_bulk_articles'] = bulk.added;
    }
    const server = await benchPostgres();
    if (!server) log('  PostgreSQL binaries not found (and no MARSAD_BENCH_PG): the PostgreSQL figures are not measured');
    else {
      try {
        const store = await openStore(await server.newDatabase());
        const f = await fill(store, articles(), PG_ARTICLES, 1, log);
        figures['ingest.postgres_articles_per_s'] = f.offered / f.seconds;
        figures['ingest.postgres_articles'] = f.added;
        await store.close();
      } finally {
        await server.stop();
      }
    }
    return figures;
  },
};
