/**
 * The web UI in Debian's Chromium: ingest the five bundled examples through the ingest page, open
 * a story, Haftar's actor page, the map and the timeline, click a quote and see its sentence
 * highlighted, search, and check that an article carrying `<script>` and `<img onerror>` is shown
 * as text. Screenshots go to screenshots/ (named by the README).
 */
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAVE_CHROMIUM, ROOT, SCREENSHOTS, startHarness, TOKEN, type Harness } from './harness.js';

if (!HAVE_CHROMIUM) {
  console.warn('browser tests skipped: /usr/bin/chromium is not installed (Debian: apt-get install chromium fonts-dejavu-core)');
}

const EXAMPLES = readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.txt')).sort().map((f) => join(ROOT, 'examples', f));

describe.skipIf(!HAVE_CHROMIUM)('web UI in Chromium', () => {
  let hx: Harness;
  let page: Page;
  const shot = (name: string) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: false });
  const api = async <T>(path: string): Promise<T> => (await hx.app.inject(`/api/${path}`)).json() as T;

  beforeAll(async () => {
    hx = await startHarness();
    page = await hx.context.newPage();
    page.on('dialog', (d) => void d.dismiss());
  }, 180_000);
  afterAll(async () => {
    await hx?.close();
  });

  it('ingests the five examples through the ingest page, with progress', async () => {
    await page.goto(`${hx.base}/#/ingest`);
    await page.fill('#ingest-token', TOKEN);
    await page.setInputFiles('#ingest-files', EXAMPLES);
    await page.click('#upload-submit');
    await page.waitForFunction(() => document.querySelectorAll('#ingest-log li').length === 5, undefined, { timeout: 120_000 });
    const statuses = await page.$$eval('#ingest-log li', (lis) => lis.map((li) => li.className));
    expect(statuses.every((c) => c.includes('status-added'))).toBe(true);
    expect(await page.$eval('#ingest-progress', (p) => (p as HTMLProgressElement).value)).toBe(5);
    await shot('ingest');
  }, 180_000);

  it('lists the stories and opens one: outlet columns, labels, quotes, events, original text', async () => {
    await page.goto(`${hx.base}/#/`);
    await page.waitForSelector('a.story-link');
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    await shot('stories');
    await page.click('a.story-link');
    await page.waitForSelector('.column .article-text');
    const outlet = await page.textContent('.column h3.outlet');
    expect(EXAMPLES.map((f) => basename(f, '.txt'))).toContain(outlet?.trim().split(' ')[0]);
    await shot('story');
  }, 60_000);

  it('compares every article of a thread side by side, one column per seed outlet', async () => {
    const threads = await api<{ items: { id: number; articles: number }[] }>('threads');
    const thread = threads.items.sort((a, b) => b.articles - a.articles)[0]!;
    await page.goto(`${hx.base}/#/thread/${thread.id}`);
    await page.waitForSelector('.thread .column');
    const outlets = await page.$$eval('.thread .column h3.outlet', (hs) => hs.map((x) => x.textContent?.trim().split(' ')[0]));
    expect(outlets.length).toBe(Math.min(thread.articles, 12));
    for (const o of outlets) expect(EXAMPLES.map((f) => basename(f, '.txt'))).toContain(o);
    await shot('thread-compare');
  }, 60_000);

  it('clicking a quote highlights its sentence in the original text', async () => {
    const quotes = await api<{ items: { articleId: string; content: string; quote: { span: { start: number; end: number } } }[] }>('quotes?limit=1');
    expect(quotes.items.length, 'the quotes stage produced no quote for the seeds').toBeGreaterThan(0);
    const q = quotes.items[0]!;
    const art = await api<{ text: string; clusterId: number }>(`articles/${q.articleId}`);
    await page.goto(`${hx.base}/#/story/${art.clusterId}`);
    await page.waitForSelector('.column .quotes .item');
    await page.click(`.column .quotes .item >> nth=0`);
    const marked = await page.textContent('.sent.hl mark');
    expect(marked).toBe(art.text.slice(q.quote.span.start, q.quote.span.end));
    await page.$eval('.sent.hl', (el) => el.scrollIntoView({ block: 'center' }));
    await shot('story-quote-highlight');
  }, 60_000);

  it("Haftar's actor page lists the labels each seed outlet used", async () => {
    const actors = await api<{ items: { id: string; nameAr: string }[] }>(`actors?q=${encodeURIComponent('حفتر')}`);
    const haftar = actors.items.find((a) => a.nameAr.includes('حفتر'));
    expect(haftar, 'no actor named حفتر').toBeDefined();
    // What each seed article says about him, read from the API (outlet = file name: the seeds have none).
    const expected = new Map<string, Set<string>>();
    const arts = await api<{ items: { id: string }[] }>(`articles?actor=${encodeURIComponent(haftar!.id)}&limit=50`);
    for (const { id } of arts.items) {
      const a = await api<{ outletName: string; text: string; layers: { mentions?: { actorId: string; labels: { span: { start: number; end: number } }[] }[] } }>(`articles/${id}`);
      for (const m of a.layers.mentions ?? []) {
        if (m.actorId !== haftar!.id) continue;
        for (const l of m.labels) {
          if (!expected.has(a.outletName)) expected.set(a.outletName, new Set());
          expected.get(a.outletName)!.add(a.text.slice(l.span.start, l.span.end));
        }
      }
    }
    expect(expected.size).toBeGreaterThan(0);
    await page.goto(`${hx.base}/#/actor/${encodeURIComponent(haftar!.id)}`);
    await page.waitForSelector('.matrix');
    for (const [outlet, labels] of expected) {
      const row = await page.textContent(`.outlet-labels li[data-outlet="${outlet}"]`);
      expect(row, `row for ${outlet}`).not.toBeNull();
      for (const l of labels) expect(row).toContain(l);
      expect(EXAMPLES.map((f) => basename(f, '.txt'))).toContain(outlet);
    }
    await shot('actor-haftar');
  }, 60_000);

  it('draws the offline map with Arabic city names, fitted to the places', async () => {
    await page.goto(`${hx.base}/#/map`);
    await page.waitForSelector('svg.map .place.city text');
    expect(await page.locator('svg.map path.country').count()).toBeGreaterThan(100);
    const names = await page.$$eval('svg.map .place.city text', (ts) => ts.map((t) => t.textContent));
    expect(names).toContain('طرابلس');
    await shot('map');
  }, 60_000);

  it('shows the timeline of events and statements', async () => {
    await page.goto(`${hx.base}/#/timeline`);
    await page.waitForSelector('.timeline-page h2');
    const timeline = await api<{ items: unknown[] }>('timeline');
    expect(await page.locator('.timeline .item').count()).toBe(timeline.items.length);
    await shot('timeline');
  }, 60_000);

  it('searches with Arabic-aware matching and highlights the words', async () => {
    await page.goto(`${hx.base}/#/search`);
    await page.fill('#search-q', 'الانتخابات');
    await page.press('#search-q', 'Enter');
    await page.waitForSelector('.hit .snippet mark');
    const marks = await page.$$eval('.hit .snippet mark', (ms) => ms.map((m) => m.textContent ?? ''));
    expect(marks.some((m) => m.includes('انتخابات'))).toBe(true);
    await shot('search');
  }, 60_000);

  it('shows the network and the English interface', async () => {
    await page.goto(`${hx.base}/#/network`);
    await page.waitForSelector('#app h2');
    await shot('network');
    await page.click('#lang-toggle');
    await page.waitForFunction(() => document.documentElement.dir === 'ltr');
    await page.goto(`${hx.base}/#/`);
    await page.waitForSelector('a.story-link');
    expect(await page.textContent('.topnav')).toContain('Timeline');
    await shot('stories-english');
    await page.click('#lang-toggle');
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
  }, 60_000);

  it('an article with <script> and <img onerror> is shown as text and nothing runs', async () => {
    const hostile = 'قال المتحدث باسم الحكومة إن <script>window.__pwned = 1</script> الوضع في طرابلس هادئ. '
      + 'وأضاف أن <img src=x onerror="window.__pwned = 2"> المفاوضات مستمرة بين الأطراف الليبية في جنيف.';
    await page.goto(`${hx.base}/#/ingest`);
    await page.fill('#ingest-token', TOKEN);
    await page.fill('#ingest-title', '<b>عنوان</b> <img src=x onerror="window.__pwned=3">');
    await page.fill('#ingest-text', hostile);
    await page.click('#paste-submit');
    await page.waitForSelector('#ingest-log li.status-added a');
    await page.click('#ingest-log li.status-added a');
    await page.waitForSelector('.article-page .article-text');
    const text = await page.textContent('.article-page .article-text');
    expect(text).toContain('<script>window.__pwned = 1</script>');
    expect(text).toContain('<img src=x onerror="window.__pwned = 2">');
    expect(await page.locator('.article-page img, #app script').count()).toBe(0);
    expect(await page.textContent('.article-page h2')).toContain('<img src=x');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await shot('hostile-article');
  }, 60_000);
});
