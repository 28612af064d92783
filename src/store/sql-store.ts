/** The Store over a Db connection (PGlite or PostgreSQL): same SQL, same results. */
import type { Article } from '../doc/article.js';
import type { Db } from './db.js';
import * as R from './read.js';
import * as E from './read-entities.js';
import type { IngestExtras, IngestOutcome, Store } from './store.js';
import { prepareArticle } from './prepare.js';
import { BatchCounts, writeArticle } from './write.js';

export function sqlStore(db: Db): Store {
  return {
    kind: db.kind,
    location: db.location,
    async ingestArticle(article: Article, extras?: IngestExtras): Promise<IngestOutcome> {
      const pre = prepareArticle(article);
      return db.transaction((tx) => writeArticle(tx, article, extras, pre));
    },
    async ingestBatch(items) {
      const prepared = items.map((x) => ({ ...x, pre: prepareArticle(x.article) }));
      return db.transaction(async (tx) => {
        const counts = await BatchCounts.load(tx, prepared.flatMap((x) => x.pre.terms));
        const out: IngestOutcome[] = [];
        for (const x of prepared) out.push(await writeArticle(tx, x.article, x.extras, x.pre, counts));
        await counts.flush(tx);
        return out;
      });
    },
    async findByHash(hash) {
      return (await db.query<{ id: string }>('SELECT id FROM articles WHERE hash = $1', [hash]))[0]?.id ?? null;
    },
    listArticles: (f) => R.listArticles(db, f),
    getArticle: (id) => R.getArticle(db, id),
    listOutlets: () => E.listOutlets(db),
    listClusters: (f) => R.listClusters(db, f),
    getCluster: (id) => R.getCluster(db, id),
    listThreads: (f) => R.listThreads(db, f),
    getThread: (id) => R.getThread(db, id),
    listCopies: (f) => R.listCopies(db, f),
    listActors: (f) => E.listActors(db, f),
    getActor: (id) => E.getActor(db, id),
    listQuotes: (f) => E.listQuotes(db, f),
    listEvents: (f) => E.listEvents(db, f),
    listPlaces: (f) => E.listPlaces(db, f),
    search: (q) => E.search(db, q),
    stats: () => E.stats(db),
    close: () => db.close(),
  };
}
