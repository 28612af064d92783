/**
 * The whole path — read, analyse, store, cluster, search — on embedded PGlite and on a real
 * PostgreSQL server (a throwaway cluster started here; see test/helpers/postgres.ts).
 */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHARED_DIR } from '../eval/load.js';
import { ingestInputs } from '../src/ingest/run.js';
import { defaultPipeline } from '../src/pipeline/default.js';
import { openStore } from '../src/store/open.js';
import type { Store } from '../src/store/store.js';
import { startTestPostgres, type TestPostgres } from './helpers/postgres.js';

const SEEDS = join(SHARED_DIR, 'corpus', 'seeds');
const COPY = fileURLToPath(new URL('./fixtures/stories/003-edited-copy.txt', import.meta.url));
const SEED_003 = join(SEEDS, '003_f090aae47d831c2d.txt');

let server: TestPostgres | null = null;
beforeAll(async () => {
  server = await startTestPostgres();
  if (!server) console.warn('PostgreSQL binaries not found under /usr/lib/postgresql: the postgres back end is skipped');
});
afterAll(async () => {
  await server?.stop();
});

const backends: [string, () => Promise<string | null>][] = [
  ['pglite', async () => 'memory://'],
  ['postgres', async () => (server ? server.newDatabase() : null)],
];

describe.each(backends)('store on %s', (name, makeUrl) => {
  let store: Store | null = null;
  beforeAll(async () => {
    const url = await makeUrl();
    if (url) store = await openStore(url);
  });
  afterAll(async () => {
    await store?.close();
  });

  it('ingests the seeds as five event clusters in one thread; re-ingest is a no-op', async (ctx) => {
    if (!store) return ctx.skip();
    const pipeline = await defaultPipeline();
    const first = await ingestInputs([SEEDS], store, pipeline);
    expect(first.failed).toEqual([]);
    expect(first.added).toHaveLength(5);
    const before = await store.stats();
    const again = await ingestInputs([SEEDS], store, pipeline);
    expect(again.added).toHaveLength(0);
    expect(again.skipped.map((s) => s.id).sort()).toEqual(first.added.map((a) => a.id).sort());
    expect(await store.stats()).toEqual(before);
    expect(before.clusters).toBe(5);
    expect(before.threads).toBe(1);
    const thread = (await store.listThreads()).items[0]!;
    expect(thread.clusters).toBe(5);
    expect(thread.articles).toBe(5);
  });

  it('keeps the text byte-exact and the credits of the closing line', async (ctx) => {
    if (!store) return ctx.skip();
    const raw = readFileSync(SEED_003, 'utf8');
    const page = await store.listArticles({ limit: 10 });
    const summary = page.items.find((a) => a.source === SEED_003)!;
    const detail = (await store.getArticle(summary.id))!;
    expect(detail.text).toBe(raw);
    expect(detail.credits).toEqual(['الجزيرة', 'وكالات']);
  });

  it('puts an edited copy of a seed in the seed\'s cluster with a syndication link and its changes', async (ctx) => {
    if (!store) return ctx.skip();
    const out = await ingestInputs([COPY], store, await defaultPipeline());
    expect(out.failed).toEqual([]);
    expect(out.skipped).toEqual([]);
    expect(out.added).toHaveLength(1);
    const seed = (await store.listArticles({ limit: 10 })).items.find((a) => a.source === SEED_003)!;
    expect(out.added[0]!.clusterId).toBe(seed.clusterId);
    expect(out.added[0]!.copyOf).toBe(seed.id);
    const stats = await store.stats();
    expect(stats.clusters).toBe(5);
    expect(stats.copies).toBe(1);
    const cluster = (await store.getCluster(seed.clusterId!))!;
    expect(cluster.size).toBe(2);
    const link = cluster.copies[0]!;
    expect(link.originId).toBe(seed.id);
    expect(link.changes.headlineChanged).toBe(true);
    expect(link.changes.copyHeadline).toBe('أكار يهدد حفتر من طرابلس بالتزامن مع وصول أول وفد مصري رسمي إلى العاصمة الليبية');
    expect(link.changes.inserted).toContain('ولم يصدر أي تعليق فوري من القيادة العامة في بنغازي على تصريحات الوزير التركي حتى مساء الأحد.');
    expect(link.changes.removed).toContain('وأضافت المصادر أن الوفد سيناقش العلاقات الثنائية والملاحة الجوية والشؤون القنصلية بين البلدين.');
  });

  it('finds «للانتخابات» and «انتخابات» when asked for «الانتخابات», with highlighted snippets', async (ctx) => {
    if (!store) return ctx.skip();
    const res = await store.search({ q: 'الانتخابات' });
    expect(res.total).toBeGreaterThan(0);
    const words = res.items.flatMap((h) => h.snippets.flatMap((s) => s.highlights.map((x) => s.text.slice(x.start, x.end))));
    expect(words).toContain('للانتخابات');
    expect(words).toContain('انتخابات');
    for (const h of res.items) for (const s of h.snippets) {
      const full = (await store.getArticle(h.article.id))!.text;
      expect(full.slice(s.start, s.start + s.text.length)).toBe(s.text);
    }
    const none = await store.search({ q: 'الانتخابات', outlet: 'no-such-outlet' });
    expect(none.total).toBe(0);
  });
});

describe('fetching feeds over HTTP', () => {
  let http: Server;
  let base = '';
  const page = (title: string, body: string): string =>
    `<!doctype html><html><head><title>${title}</title><meta property="og:site_name" content="وكالة الاختبار">
     <meta property="article:published_time" content="2024-03-02T10:00:00Z"><script>globalThis.pwned = true</script></head>
     <body><nav>الرئيسية | أخبار</nav><article><h1>${title}</h1>${body.split('\n').map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
  beforeAll(async () => {
    const seed = readFileSync(join(SEEDS, '001_62c3d79b17eddb03.txt'), 'utf8');
    http = createServer((req, res) => {
      if (req.url === '/feed.xml') {
        res.setHeader('content-type', 'application/rss+xml; charset=utf-8');
        res.end(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>وكالة الاختبار</title>
          <item><title>المسماري يعلن إعادة التمركز</title><link>${base}/a1.html</link><pubDate>Sat, 02 Mar 2024 10:00:00 GMT</pubDate><description>موجز قصير</description></item>
          <item><title>خبر بلا رابط</title><description>${'أعلنت الحكومة الليبية اليوم عن خطة جديدة لإعادة إعمار المدن المتضررة من الحرب في الجنوب. '.repeat(6)}</description></item>
          </channel></rss>`);
      } else if (req.url === '/a1.html') {
        res.setHeader('content-type', 'text/html; charset=utf-8');
        res.end(page('المسماري يعلن إعادة التمركز', seed));
      } else {
        res.statusCode = 404;
        res.end();
      }
    });
    await new Promise<void>((r) => http.listen(0, '127.0.0.1', () => r()));
    base = `http://127.0.0.1:${(http.address() as { port: number }).port}`;
  });
  afterAll(() => new Promise<void>((r) => http.close(() => r())));

  it('refuses 127.0.0.1 without --allow-private, and writes nothing', async () => {
    const store = await openStore('memory://');
    const out = await ingestInputs([`${base}/feed.xml`], store, await defaultPipeline());
    expect(out.added).toHaveLength(0);
    expect(out.failed).toHaveLength(1);
    expect(out.failed[0]!.code).toBe('MARSAD_FETCH_REFUSED');
    expect((await store.stats()).articles).toBe(0);
    await store.close();
  });

  it('ingests a local feed with --allow-private: linked pages fetched, inline content used', async () => {
    const store = await openStore('memory://');
    const out = await ingestInputs([`${base}/feed.xml`], store, await defaultPipeline(), { allowPrivate: true });
    expect(out.failed).toEqual([]);
    expect(out.added).toHaveLength(2);
    const fetched = (await store.getArticle(out.added.find((a) => a.source.endsWith('/a1.html'))!.id))!;
    expect(fetched.title).toBe('المسماري يعلن إعادة التمركز');
    expect(fetched.outlet).toBe('وكالة الاختبار');
    expect(fetched.published).toBe('2024-03-02T10:00:00.000Z');
    expect(fetched.text).toContain('أعلن الناطق باسم قوات القيادة العامة، اللواء أحمد المسماري');
    expect(fetched.text).not.toContain('pwned');
    expect(fetched.text).not.toContain('الرئيسية | أخبار');
    expect((globalThis as { pwned?: boolean }).pwned).toBeUndefined();
    await store.close();
  });
});
