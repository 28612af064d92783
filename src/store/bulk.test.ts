/**
 * The bulk path (`Store.ingestBatch`) runs the same write code as `ingestArticle` with document
 * frequencies counted in memory for the batch: it must store the same clusters, threads and copy
 * links, and the same term_df and document count, as one transaction per article.
 */
import { describe, expect, it } from 'vitest';
import { makeArticle, type Article } from '../doc/article.js';
import { analyzeText } from '../text/index.js';
import { generateArticles } from '../../scripts/generate-corpus.js';
import { openStore } from './open.js';
import type { IngestOutcome, Store } from './store.js';

function corpus(n: number): Article[] {
  return [...generateArticles(n, 7)].map((g, i) => {
    const { sentences, tokens } = analyzeText(g.text);
    return makeArticle(`g${i}`, g.text, { title: g.title, outlet: g.outlet, published: g.published }, sentences, tokens);
  });
}

async function snapshot(store: Store): Promise<unknown> {
  const threads = await store.listThreads({ limit: 1000 });
  const clusters = await store.listClusters({ limit: 1000 });
  return {
    stats: await store.stats(),
    threads: threads.items.map((t) => [t.id, t.clusters, t.articles]),
    clusters: clusters.items.map((c) => [c.id, c.threadId, c.size, c.firstDate, c.lastDate]),
    copies: (await store.listCopies({ limit: 1000 })).items.map((k) => [k.copyId, k.originId, k.similarity]),
  };
}

describe('bulk ingest', () => {
  it('stores the same stories, copies and counts as article-by-article ingest', async () => {
    const articles = corpus(240);
    const one = await openStore('memory://');
    const bulk = await openStore('memory://');
    try {
      const a: IngestOutcome[] = [];
      for (const x of articles) a.push(await one.ingestArticle(x));
      const b: IngestOutcome[] = [];
      for (let i = 0; i < articles.length; i += 50) b.push(...await bulk.ingestBatch(articles.slice(i, i + 50).map((article) => ({ article }))));
      // Also a content duplicate inside one batch: skipped, as on the normal path.
      const again = await bulk.ingestBatch([{ article: articles[3]! }, { article: articles[3]! }]);
      expect(again.map((o) => o.status)).toEqual(['skipped', 'skipped']);
      expect(b).toEqual(a);
      expect(new Set(a.map((o) => o.status === 'added' && o.clusterId)).size).toBeLessThan(articles.length * 0.8);
      expect(a.some((o) => o.status === 'added' && o.copyOf !== null)).toBe(true);
      expect(await snapshot(bulk)).toEqual(await snapshot(one));
    } finally {
      await one.close();
      await bulk.close();
    }
  }, 120_000);
});
