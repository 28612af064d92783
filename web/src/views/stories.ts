import { get, type ArticleDetail, type ClusterSummary, type Comparison, type Page, type StoryResponse, type ThreadDetail } from '../api.js';
import { h } from '../dom.js';
import { t } from '../i18n.js';
import { textView } from '../text-view.js';
import { comparisonView } from './compare.js';

export async function homeView(): Promise<HTMLElement> {
  const [stories, threads] = await Promise.all([
    get<Page<ClusterSummary>>('stories', { limit: 200 }),
    get<Page<{ id: number; title: string; clusters: number; articles: number }>>('threads', { limit: 50 }),
  ]);
  return h('div', {},
    h('h2', {}, t('threads')),
    threads.items.length === 0 ? h('p', { class: 'muted' }, t('noData')) : h('ul', { class: 'list' }, threads.items.map((th) =>
      h('li', {}, h('a', { href: `#/thread/${th.id}` }, th.title), h('small', {}, ` · ${th.clusters} ${t('stories')} · ${th.articles} ${t('articles')}`)))),
    h('h2', {}, t('stories'), ` (${stories.total})`),
    h('ul', { class: 'list stories' }, stories.items.map((s) =>
      h('li', {},
        h('a', { href: `#/story/${s.id}`, class: 'story-link', dir: 'rtl', lang: 'ar' }, s.title),
        h('small', {}, ` · ${s.size} ${t('articles')}${s.firstDate ? ` · ${s.firstDate}` : ''}`),
        s.keyActors.length ? h('div', { class: 'chips' }, s.keyActors.slice(0, 6).map((a) => h('a', { class: 'chip', href: `#/actor/${encodeURIComponent(a.id)}` }, a.name))) : null))));
}

export async function storyView(id: string): Promise<HTMLElement> {
  const r = await get<StoryResponse>(`stories/${encodeURIComponent(id)}`);
  return h('div', { class: 'story' },
    h('h2', { dir: 'rtl', lang: 'ar' }, r.story.title),
    h('p', { class: 'meta' }, `${t('story')} ${r.story.id} · ${t('thread')} `, h('a', { href: `#/thread/${r.story.threadId}` }, String(r.story.threadId)),
      ` · ${r.columns.length} ${t('outlets')}`, r.story.firstDate ? ` · ${r.story.firstDate}` : ''),
    comparisonView(r));
}

export async function threadView(id: string): Promise<HTMLElement> {
  const th = await get<ThreadDetail>(`threads/${encodeURIComponent(id)}`);
  const ids: string[] = [];
  for (const c of th.clusterList) {
    const page = await get<Page<{ id: string }>>('articles', { story: c.id, limit: 12 });
    for (const a of page.items) if (ids.length < 12) ids.push(a.id);
  }
  const cmp = ids.length ? await get<Comparison>('compare', { ids: ids.join(',') }) : { columns: [], articles: [] };
  return h('div', { class: 'thread' },
    h('h2', { dir: 'rtl', lang: 'ar' }, th.title),
    h('ul', { class: 'list' }, th.clusterList.map((c) => h('li', {}, h('a', { href: `#/story/${c.id}` }, c.title), h('small', {}, ` · ${c.size}`)))),
    h('h3', {}, t('compareThread')),
    comparisonView(cmp));
}

export async function articleView(id: string, hl: { start: number; end: number } | null): Promise<HTMLElement> {
  const a = await get<ArticleDetail>(`articles/${encodeURIComponent(id)}`);
  const view = textView(a);
  const names = new Map((a.layers.actors ?? []).map((x) => [x.id, x.nameAr]));
  const pick = (span: { start: number; end: number }) => () => view.highlight(span);
  const el = h('div', { class: 'article-page' },
    h('h2', {}, a.title ?? a.outletName),
    h('p', { class: 'meta' }, `${t('outlet')}: ${a.outletName}`, a.published ? ` · ${a.published}` : '',
      a.clusterId ? [' · ', h('a', { href: `#/story/${a.clusterId}` }, `${t('story')} ${a.clusterId}`)] : null),
    h('div', { class: 'split' },
      h('div', { class: 'card' }, view.el),
      h('div', { class: 'card side' },
        h('h4', {}, t('quotesCarried')),
        h('ul', { class: 'items' }, (a.layers.quotes ?? []).map((q) => h('li', { class: 'item quote', onclick: pick(q.span) },
          h('b', {}, q.speaker ? names.get(q.speaker) ?? q.speaker : t('unnamed')), ': ', a.text.slice(q.content.start, q.content.end)))),
        h('h4', {}, t('events')),
        h('ul', { class: 'items' }, (a.layers.events ?? []).map((e) => h('li', { class: 'item event', onclick: pick(e.span) },
          h('span', { class: 'tag' }, e.type), ' ', a.text.slice(e.trigger.start, e.trigger.end)))),
        h('h4', {}, t('mentions')),
        h('div', { class: 'chips' }, (a.layers.mentions ?? []).map((m) => h('span', { class: 'chip', onclick: pick(m.span) }, a.text.slice(m.span.start, m.span.end)))),
        h('h4', {}, t('places')),
        h('div', { class: 'chips' }, (a.layers.places ?? []).map((p) => h('span', { class: 'chip', onclick: pick(p.span) }, a.text.slice(p.span.start, p.span.end)))))));
  if (hl) queueMicrotask(() => setTimeout(() => view.highlight(hl), 0));
  return el;
}
