import { get, type ActorProfile, type ActorSummary, type Page, type StoredEvent, type StoredQuote } from '../api.js';
import { h } from '../dom.js';
import { t } from '../i18n.js';

const articleLink = (articleId: string, span: { start: number; end: number }): string =>
  `#/article/${encodeURIComponent(articleId)}?s=${span.start}&e=${span.end}`;

export async function actorsView(q: string | null): Promise<HTMLElement> {
  const page = await get<Page<ActorSummary>>('actors', { limit: 200, q: q ?? undefined });
  return h('div', {},
    h('h2', {}, t('actors'), ` (${page.total})`),
    page.items.length === 0 ? h('p', { class: 'muted' }, t('noData')) : h('table', { class: 'grid' },
      h('thead', {}, h('tr', {}, h('th', {}, t('actors')), h('th', {}, t('type')), h('th', {}, t('mentions')), h('th', {}, t('articles')))),
      h('tbody', {}, page.items.map((a) => h('tr', {},
        h('td', {}, h('a', { href: `#/actor/${encodeURIComponent(a.id)}` }, a.nameAr), a.nameEn ? h('small', { dir: 'ltr' }, ` ${a.nameEn}`) : null),
        h('td', {}, a.type), h('td', {}, String(a.mentions)), h('td', {}, String(a.articles)))))));
}

export async function actorView(id: string): Promise<HTMLElement> {
  const p = await get<ActorProfile>(`actors/${encodeURIComponent(id)}`);
  const keys = [...new Map(p.matrix.flatMap((r) => r.labels.map((l) => [l.key, l] as const))).values()];
  const max = Math.max(1, ...p.matrix.flatMap((r) => r.labels.map((l) => l.count)));
  return h('div', { class: 'actor-page' },
    h('h2', {}, p.actor.nameAr, p.actor.nameEn ? h('small', { dir: 'ltr' }, ` · ${p.actor.nameEn}`) : null),
    h('p', { class: 'meta' }, `${p.actor.type} · ${p.actor.mentions} ${t('mentions')} · ${p.actor.articles} ${t('articles')}`),
    h('h3', {}, t('aliases')),
    h('div', { class: 'chips aliases' }, p.actor.aliases.map((a) => h('span', { class: 'chip' }, a.text, h('b', {}, ` ×${a.count}`)))),
    h('h3', {}, t('roles')),
    p.roles.length ? h('div', { class: 'chips' }, p.roles.map((r) => h('span', { class: 'chip kind-role' }, r))) : h('p', { class: 'muted' }, t('none')),
    h('h3', {}, t('labelMatrix')),
    keys.length === 0 ? h('p', { class: 'muted' }, t('none')) : h('div', { class: 'scroll' }, h('table', { class: 'grid matrix' },
      h('thead', {}, h('tr', {}, h('th', {}, `${t('outlet')} \\ ${t('label')}`), keys.map((k) => h('th', { title: `${k.labelKind}${k.gloss ? ` · ${k.gloss}` : ''}` }, k.text)))),
      h('tbody', {}, p.matrix.map((row) => h('tr', { 'data-outlet': row.outlet },
        h('th', { dir: 'auto' }, row.outlet),
        keys.map((k) => {
          const n = row.labels.find((l) => l.key === k.key)?.count ?? 0;
          return h('td', { class: n ? 'hit' : 'zero', style: n ? `--heat:${(0.15 + 0.85 * n / max).toFixed(2)}` : null }, n ? String(n) : '·');
        })))))),
    h('ul', { class: 'list outlet-labels' }, p.matrix.map((row) => h('li', { 'data-outlet': row.outlet },
      h('b', { dir: 'auto' }, row.outlet), ': ', row.labels.map((l) => l.text).join('، ')))),
    p.overTime.length ? [h('h3', {}, t('overTime')), h('table', { class: 'grid' },
      h('tbody', {}, p.overTime.map((r) => h('tr', {}, h('td', {}, r.month), h('td', {}, r.outlet), h('td', {}, r.key), h('td', {}, String(r.count))))))] : null,
    h('div', { class: 'split' },
      h('div', {}, h('h3', {}, t('quotesBy'), ` (${p.quotesBy.length})`), quoteList(p.quotesBy)),
      h('div', {}, h('h3', {}, t('quotesAbout'), ` (${p.quotesAbout.length})`), quoteList(p.quotesAbout))),
    h('div', { class: 'split' },
      h('div', {}, h('h3', {}, t('eventsAsSource'), ` (${p.eventsAsSource.length})`), eventList(p.eventsAsSource)),
      h('div', {}, h('h3', {}, t('eventsAsTarget'), ` (${p.eventsAsTarget.length})`), eventList(p.eventsAsTarget))));
}

export function quoteList(qs: readonly StoredQuote[]): HTMLElement {
  if (qs.length === 0) return h('p', { class: 'muted' }, t('none'));
  return h('ul', { class: 'items' }, qs.map((q) => h('li', { class: 'item quote' },
    h('a', { href: articleLink(q.articleId, q.quote.span) }, h('b', {}, q.speakerName ?? t('unnamed')), ` [${q.quote.act}] `, h('span', { dir: 'rtl', lang: 'ar' }, `«${q.content}»`)))));
}

export function eventList(es: readonly StoredEvent[]): HTMLElement {
  if (es.length === 0) return h('p', { class: 'muted' }, t('none'));
  return h('ul', { class: 'items' }, es.map((e) => h('li', { class: 'item event' },
    h('a', { href: articleLink(e.articleId, e.event.span) }, h('span', { class: 'tag' }, e.type), ' ', e.sourceNames.join('، ') || '—', ' → ', e.targetNames.join('، ') || '—'),
    h('div', { class: 'sentence', dir: 'rtl', lang: 'ar' }, e.sentence))));
}
