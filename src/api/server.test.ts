/**
 * The HTTP API on an in-memory PGlite store, driven with `app.inject()`: every route with good and
 * bad input (4xx with a clear message, never a 500), token-protected writes, and a structural
 * check of the OpenAPI document.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../store/open.js';
import type { Store } from '../store/store.js';
import { buildServer, OPENAPI_PATH } from './server.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const EXAMPLES = readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.txt')).sort().map((f) => join(ROOT, 'examples', f));
const TOKEN = 'test-token-123';
const auth = { authorization: `Bearer ${TOKEN}` };

/** A multipart/form-data body with the given files (what a browser sends). */
function multipart(files: readonly { name: string; content: Buffer | string }[], fields: Record<string, string> = {}): { payload: Buffer; headers: Record<string, string> } {
  const boundary = '----marsadTestBoundary7MA4YWxkTrZu0gW';
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  for (const f of files) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${f.name}"\r\nContent-Type: text/plain\r\n\r\n`));
    parts.push(Buffer.isBuffer(f.content) ? f.content : Buffer.from(f.content));
    parts.push(Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

describe('HTTP API', () => {
  let store: Store;
  let app: FastifyInstance;
  let readOnly: FastifyInstance;
  let firstId = '';
  let firstStory = 0;

  beforeAll(async () => {
    store = await openStore('memory://');
    app = await buildServer({ store, token: TOKEN });
    readOnly = await buildServer({ store });
    const body = multipart(EXAMPLES.map((f) => ({ name: basename(f), content: readFileSync(f) })));
    const r = await app.inject({ method: 'POST', url: '/api/ingest/upload', headers: { ...auth, ...body.headers }, payload: body.payload });
    expect(r.statusCode, r.body).toBe(200);
    const results = r.json().results as { status: string; id: string; storyId: number }[];
    expect(results.map((x) => x.status)).toEqual(['added', 'added', 'added', 'added', 'added']);
    firstId = results[0]!.id;
    firstStory = results[0]!.storyId;
  }, 240_000);

  afterAll(async () => {
    await app?.close();
    await readOnly?.close();
    await store?.close();
  });

  const get = (url: string) => app.inject({ method: 'GET', url });

  it('lists and reads articles; outlet falls back to the file name', async () => {
    const list = (await get('/api/articles?limit=2&offset=1')).json();
    expect(list.total).toBe(5);
    expect(list.items).toHaveLength(2);
    expect(list.limit).toBe(2);
    const one = await get(`/api/articles/${firstId}`);
    expect(one.statusCode).toBe(200);
    const a = one.json();
    expect(a.text).toBe(readFileSync(EXAMPLES[0]!, 'utf8'));
    expect(a.outletName).toBe(basename(EXAMPLES[0]!, '.txt'));
    expect(Array.isArray(a.sentences)).toBe(true);
  });

  it('serves stories with a side-by-side comparison whose spans point into the text', async () => {
    const stories = (await get('/api/stories')).json();
    expect(stories.total).toBeGreaterThan(0);
    const r = (await get(`/api/stories/${firstStory}`)).json();
    expect(r.columns.length).toBeGreaterThan(0);
    const col = r.columns[0];
    const text = r.articles.find((x: { id: string }) => x.id === col.articleId).text as string;
    for (const q of col.quotes) expect(text.slice(q.span.start, q.span.end)).toContain(q.content);
    for (const a of col.actors) for (const l of a.labels) for (const s of l.spans) expect(text.slice(s.start, s.end)).toBe(l.text);
    expect((await get('/api/threads')).json().total).toBeGreaterThan(0);
    const thread = stories.items[0].threadId;
    expect((await get(`/api/threads/${thread}`)).json().clusterList.length).toBeGreaterThan(0);
    const ids = (await get('/api/articles?limit=3')).json().items.map((x: { id: string }) => x.id);
    const cmp = (await get(`/api/compare?ids=${ids.join(',')}`)).json();
    expect(cmp.columns.map((c: { articleId: string }) => c.articleId)).toEqual(ids);
  });

  it('serves actors with aliases, label × outlet matrix, quotes and events', async () => {
    const list = (await get(`/api/actors?q=${encodeURIComponent('حفتر')}`)).json();
    const haftar = list.items.find((a: { nameAr: string }) => a.nameAr.includes('حفتر'));
    expect(haftar).toBeDefined();
    const p = (await get(`/api/actors/${encodeURIComponent(haftar.id)}`)).json();
    expect(p.actor.aliases.length).toBeGreaterThan(0);
    const outlets = EXAMPLES.map((f) => basename(f, '.txt'));
    for (const row of p.matrix) expect(outlets).toContain(row.outlet);
    for (const q of p.quotesBy) expect(q.speaker).toBe(haftar.id);
    for (const e of p.eventsAsSource) expect(e.event.source).toContain(haftar.id);
  });

  it('serves quotes, events, places, outlets, stats, copies, timeline, network', async () => {
    for (const url of ['/api/quotes', '/api/events', '/api/places', '/api/outlets', '/api/stats', '/api/copies', '/api/timeline', '/api/network', '/api/health']) {
      const r = await get(url);
      expect(r.statusCode, url).toBe(200);
    }
    const places = (await get('/api/places?limit=200')).json().items as { nameAr: string; lat: number | null }[];
    expect(places.some((p) => p.nameAr === 'طرابلس' && p.lat !== null)).toBe(true);
    const events = (await get('/api/events?type=ASSAULT')).json().items as { type: string }[];
    for (const e of events) expect(e.type).toBe('ASSAULT');
    const tl = (await get('/api/timeline')).json().items as { kind: string }[];
    const counts = (await get('/api/stats')).json();
    expect(tl.length).toBe(Math.min(counts.events, 1000) + Math.min(counts.quotes, 1000));
  });

  it('searches with Arabic-aware matching («الانتخابات» finds «للانتخابات»)', async () => {
    const r = (await get(`/api/search?q=${encodeURIComponent('الانتخابات')}`)).json();
    expect(r.total).toBeGreaterThan(0);
    const sn = r.items[0].snippets[0];
    const word = sn.text.slice(sn.highlights[0].start, sn.highlights[0].end);
    expect(word).toMatch(/انتخابات/);
  });

  it('exports JSON lines, CSV, GeoJSON and PLOVER', async () => {
    const jl = await get('/api/export/articles?format=jsonl');
    expect(jl.headers['content-type']).toMatch(/ndjson/);
    expect(jl.body.trim().split('\n')).toHaveLength(5);
    const csv = await get('/api/export/events?format=csv');
    expect(csv.statusCode).toBe(200);
    const geo = (await get('/api/export/places?format=geojson')).json();
    expect(geo.type).toBe('FeatureCollection');
    expect(geo.features.length).toBeGreaterThan(0);
    expect((await get('/api/export/events?format=plover')).statusCode).toBe(200);
    expect((await get('/api/export/actors?format=plover')).statusCode).toBe(400);
  });

  it('refuses bad input with 4xx and a clear message', async () => {
    const cases: [string, number, RegExp][] = [
      ['/api/articles?limit=0', 400, /limit must be >= 1/],
      ['/api/articles?limit=100000', 400, /limit must be <= 200/],
      ['/api/articles?limit=abc', 400, /limit must be integer/],
      ['/api/articles?offset=-1', 400, /offset/],
      ['/api/articles?from=2024-13-01', 400, /from/],
      ['/api/articles?from=2024-02-30', 400, /not a calendar date/],
      ['/api/articles?from=2024-05-01&to=2024-01-01', 400, /after/],
      ['/api/articles?colour=red', 400, /unknown parameter "colour"/],
      ['/api/articles/nope', 404, /Article nope not found/],
      ['/api/stories/abc', 400, /id must be integer/],
      ['/api/stories/0', 400, /id must be >= 1/],
      ['/api/stories/999999', 404, /Story 999999 not found/],
      ['/api/threads/999999', 404, /Thread/],
      ['/api/actors/nobody', 404, /Actor nobody not found/],
      ['/api/events?type=PARTY', 400, /type must be equal to one of the allowed values/],
      ['/api/search', 400, /"q" is required/],
      ['/api/search?q=%20%20', 400, /blank/],
      ['/api/compare?ids=', 400, /ids/],
      ['/api/compare?ids=a,,b', 400, /ids/],
      ['/api/compare?ids=nope', 404, /Article nope not found/],
      ['/api/export/secrets', 400, /kind/],
      ['/api/export/articles?format=xml', 400, /format/],
      ['/api/nothing-here', 404, /No route GET \/api\/nothing-here/],
    ];
    for (const [url, status, message] of cases) {
      const r = await get(url);
      expect(r.statusCode, url).toBe(status);
      expect(r.json().error.message, url).toMatch(message);
    }
  });

  it('never answers 500 to arbitrary query strings', async () => {
    const routes = ['/api/articles', '/api/stories', '/api/actors', '/api/quotes', '/api/events', '/api/places', '/api/search', '/api/timeline', '/api/network', '/api/export/quotes', `/api/articles/${firstId}`];
    const key = fc.constantFrom('limit', 'offset', 'from', 'to', 'outlet', 'actor', 'place', 'story', 'q', 'type', 'format', 'speaker', 'x');
    const value = fc.oneof(fc.string({ maxLength: 12 }), fc.integer().map(String), fc.constantFrom('2021-12-24', '-1', '1e9', '٣', '%', 'حفتر'));
    await fc.assert(fc.asyncProperty(fc.constantFrom(...routes), fc.array(fc.tuple(key, value), { maxLength: 4 }), async (route, params) => {
      const qs = new URLSearchParams(params).toString();
      const r = await get(`${route}?${qs}`);
      expect(r.statusCode, `${route}?${qs}: ${r.body.slice(0, 200)}`).toBeLessThan(500);
    }), { numRuns: 80 });
  }, 120_000);

  it('refuses writes without a configured token (403) and with a wrong or missing token (401)', async () => {
    const payload = { text: 'قال الناطق باسم الحكومة إن المفاوضات مستمرة في جنيف بين الأطراف الليبية.' };
    const off = await readOnly.inject({ method: 'POST', url: '/api/ingest', payload, headers: auth });
    expect(off.statusCode).toBe(403);
    expect(off.json().error.code).toBe('MARSAD_WRITES_DISABLED');
    const none = await app.inject({ method: 'POST', url: '/api/ingest', payload });
    expect(none.statusCode).toBe(401);
    const wrong = await app.inject({ method: 'POST', url: '/api/ingest', payload, headers: { authorization: 'Bearer nope' } });
    expect(wrong.statusCode).toBe(401);
    const up = multipart([{ name: 'x.txt', content: payload.text }]);
    expect((await readOnly.inject({ method: 'POST', url: '/api/ingest/upload', payload: up.payload, headers: { ...up.headers, ...auth } })).statusCode).toBe(403);
    expect((await app.inject({ method: 'POST', url: '/api/ingest/upload', payload: up.payload, headers: up.headers })).statusCode).toBe(401);
  });

  it('ingests pasted text with a token; the same text again is skipped', async () => {
    const text = 'أعلن وزير الخارجية في حكومة الوفاق محمد سيالة، اليوم الأحد، أن المحادثات مع الجانب التركي تناولت التعاون الأمني.';
    const first = await app.inject({ method: 'POST', url: '/api/ingest', headers: auth, payload: { text, outlet: 'منبر تجريبي', published: '2020-06-07' } });
    expect(first.statusCode, first.body).toBe(200);
    const r1 = first.json().results[0];
    expect(r1.status).toBe('added');
    const again = (await app.inject({ method: 'POST', url: '/api/ingest', headers: { 'x-marsad-token': TOKEN }, payload: { text } })).json().results[0];
    expect(again).toMatchObject({ status: 'skipped', id: r1.id });
    const stored = (await get(`/api/articles/${r1.id}`)).json();
    expect(stored.outlet).toBe('منبر تجريبي');
    expect(stored.published).toMatch(/^2020-06-07/);
  });

  it('reports bad ingest input per item or as 400, never 500', async () => {
    const bad: [unknown, number, RegExp][] = [
      [{}, 400, /exactly one of "text" or "url"/],
      [{ text: 'x', url: 'https://example.org/' }, 400, /exactly one/],
      [{ text: 'hello', extra: 1 }, 400, /unknown parameter "extra"/],
      [{ url: 'ftp://example.org/a' }, 400, /url must match pattern/],
      [{ text: 'x', published: 'yesterday' }, 400, /published/],
    ];
    for (const [payload, status, message] of bad) {
      const r = await app.inject({ method: 'POST', url: '/api/ingest', headers: auth, payload: payload as object });
      expect(r.statusCode, JSON.stringify(payload)).toBe(status);
      expect(r.json().error.message).toMatch(message);
    }
    const english = (await app.inject({ method: 'POST', url: '/api/ingest', headers: auth, payload: { text: 'This is plainly an English sentence, not Arabic.' } })).json().results[0];
    expect(english).toMatchObject({ status: 'failed', error: { code: 'MARSAD_INPUT_NOT_ARABIC' } });
    const notJson = await app.inject({ method: 'POST', url: '/api/ingest', headers: { ...auth, 'content-type': 'application/json' }, payload: '{"text": ' });
    expect(notJson.statusCode).toBe(400);
    const up = multipart([{ name: '../../etc/bin.txt', content: Buffer.from([0xd8, 0x00, 0xff]) }, { name: 'latin1.txt', content: Buffer.from([0xe9, 0x74, 0xe9]) }]);
    const results = (await app.inject({ method: 'POST', url: '/api/ingest/upload', headers: { ...auth, ...up.headers }, payload: up.payload })).json().results;
    expect(results.map((x: { source: string; error: { code: string } }) => [x.source, x.error.code])).toEqual([['bin.txt', 'MARSAD_INPUT_BINARY'], ['latin1.txt', 'MARSAD_INPUT_NOT_UTF8']]);
    const empty = multipart([]);
    expect((await app.inject({ method: 'POST', url: '/api/ingest/upload', headers: { ...auth, ...empty.headers }, payload: empty.payload })).statusCode).toBe(400);
    expect((await app.inject({ method: 'POST', url: '/api/ingest/upload', headers: auth, payload: { text: 'x' } })).statusCode).toBe(400);
  });

  it('ingests by URL only where allowed: loopback refused by default, fetched with allowPrivate', async () => {
    const page = '<!doctype html><html lang="ar"><head><meta charset="utf-8"><title>محادثات جنيف</title>'
      + '<meta property="og:site_name" content="موقع محلي"><meta property="article:published_time" content="2020-10-23T10:00:00Z"></head>'
      + '<body><article><h1>محادثات جنيف</h1><p>وقعت اللجنة العسكرية الليبية المشتركة في جنيف اتفاقا دائما لوقف إطلاق النار في جميع أنحاء ليبيا.</p>'
      + '<p>وقالت المبعوثة الأممية بالإنابة ستيفاني وليامز إن الاتفاق يمثل نقطة تحول مهمة نحو السلام والاستقرار في البلاد.</p></article></body></html>';
    const http: Server = createServer((_req, res) => { res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }); res.end(page); });
    await new Promise<void>((ok) => http.listen(0, '127.0.0.1', ok));
    const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}/news/1`;
    const open = await buildServer({ store, token: TOKEN, allowPrivate: true });
    try {
      const refused = (await app.inject({ method: 'POST', url: '/api/ingest', headers: auth, payload: { url } })).json().results;
      expect(refused).toMatchObject([{ status: 'failed', error: { code: 'MARSAD_FETCH_REFUSED' } }]);
      const r = await open.inject({ method: 'POST', url: '/api/ingest', headers: auth, payload: { url } });
      expect(r.statusCode, r.body).toBe(200);
      const [res] = r.json().results;
      expect(res.status).toBe('added');
      const stored = (await get(`/api/articles/${res.id}`)).json();
      expect(stored.text).toContain('وقعت اللجنة العسكرية الليبية المشتركة في جنيف');
      expect(stored.url).toBe(url);
    } finally {
      await open.close();
      await new Promise((ok) => http.close(ok));
    }
  });

  it('publishes a valid OpenAPI 3 document listing every route', async () => {
    const r = await get(OPENAPI_PATH);
    expect(r.statusCode).toBe(200);
    const doc = r.json();
    expect(checkOpenApi(doc)).toEqual([]);
    const expected = ['/api/health', '/api/articles', '/api/articles/{id}', '/api/outlets', '/api/stats', '/api/copies', '/api/stories', '/api/stories/{id}',
      '/api/compare', '/api/threads', '/api/threads/{id}', '/api/actors', '/api/actors/{id}', '/api/quotes', '/api/events', '/api/places', '/api/timeline',
      '/api/network', '/api/search', '/api/export/{kind}', '/api/ingest', '/api/ingest/upload'];
    expect(Object.keys(doc.paths).sort()).toEqual(expected.sort());
    expect(doc.paths['/api/ingest'].post.security).toEqual([{ bearer: [] }]);
  });
});

/** A structural OpenAPI 3.0 check: the fields the spec requires, parameters well formed, refs resolvable. */
function checkOpenApi(doc: Record<string, any>): string[] {
  const errors: string[] = [];
  if (!/^3\.\d+\.\d+$/.test(String(doc['openapi']))) errors.push('openapi: not a 3.x.y version');
  if (typeof doc['info']?.title !== 'string' || typeof doc['info']?.version !== 'string') errors.push('info.title/version missing');
  const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);
  for (const [path, item] of Object.entries<Record<string, any>>(doc['paths'] ?? {})) {
    if (!path.startsWith('/')) errors.push(`${path}: does not start with /`);
    const templated = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
    for (const [method, op] of Object.entries<Record<string, any>>(item)) {
      if (!METHODS.has(method)) { errors.push(`${path}: unknown method ${method}`); continue; }
      if (!op['responses'] || Object.keys(op['responses']).length === 0) errors.push(`${method} ${path}: no responses`);
      for (const [code, resp] of Object.entries<Record<string, any>>(op['responses'] ?? {})) {
        if (!/^([1-5]\d\d|[1-5]XX|default)$/.test(code)) errors.push(`${method} ${path}: bad status ${code}`);
        if (typeof resp['description'] !== 'string') errors.push(`${method} ${path} ${code}: no description`);
      }
      const params = (op['parameters'] ?? []) as Record<string, any>[];
      for (const p of params) {
        if (typeof p['name'] !== 'string' || !['query', 'path', 'header', 'cookie'].includes(p['in'])) errors.push(`${method} ${path}: bad parameter ${JSON.stringify(p)}`);
        if (!p['schema'] && !p['content']) errors.push(`${method} ${path}: parameter ${p['name']} has no schema`);
        if (p['in'] === 'path' && (p['required'] !== true || !templated.includes(p['name']))) errors.push(`${method} ${path}: path parameter ${p['name']} not required or not in the path`);
      }
      for (const name of templated) if (!params.some((p) => p['in'] === 'path' && p['name'] === name)) errors.push(`${method} ${path}: {${name}} not declared`);
    }
  }
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (k === '$ref') {
          const target = String(x).replace(/^#\//, '').split('/').reduce<any>((o, seg) => o?.[seg], doc);
          if (target === undefined) errors.push(`unresolved $ref ${String(x)}`);
        } else walk(x);
      }
    }
  };
  walk(doc);
  return errors;
}
