/** Outlets side by side: headline, labels per actor, quotes carried and omitted, events, original text. */
import type { Column, Comparison, SpanT } from '../api.js';
import { h, type Child } from '../dom.js';
import { t } from '../i18n.js';
import { textView, type TextView } from '../text-view.js';

export function comparisonView(cmp: Comparison): HTMLElement {
  const views = new Map<string, TextView>(cmp.articles.map((a) => [a.id, textView(a)]));
  const show = (articleId: string, span: SpanT | null) => () => {
    if (span) views.get(articleId)?.highlight(span);
  };
  // With one column there is nothing to differ from: highlight differences only across outlets.
  const several = cmp.columns.length > 1;
  const cols = cmp.columns.map((c) => column(c, views.get(c.articleId)!, show, several));
  return h('div', {},
    h('p', { class: 'hint' }, t('clickHint')),
    h('div', { class: 'columns', style: `--cols:${Math.min(cmp.columns.length, 5)}` }, cols));
}

function column(c: Column, view: TextView, show: (id: string, s: SpanT | null) => () => void, several: boolean): HTMLElement {
  const item = (cls: string, span: SpanT | null, articleId: string, ...kids: Child[]): HTMLElement =>
    h('li', { class: `item ${cls}`, tabindex: 0, role: 'button', onclick: show(articleId, span), onkeydown: (e: Event) => { if ((e as KeyboardEvent).key === 'Enter') show(articleId, span)(); } }, kids);
  return h('section', { class: 'column card', 'data-outlet': c.outlet },
    h('h3', { class: 'outlet', dir: 'auto' }, c.outlet, c.published ? h('small', {}, ` · ${c.published}`) : null),
    h('div', { class: 'headline item', dir: 'rtl', lang: 'ar', onclick: show(c.articleId, c.headline.span), role: 'button', tabindex: 0 }, c.headline.text),
    h('h4', {}, t('labelsUsed')),
    c.actors.length === 0 ? h('p', { class: 'muted' }, t('none')) : h('ul', { class: 'actor-labels' }, c.actors.filter((a) => a.labels.length).map((a) =>
      h('li', {},
        h('a', { href: `#/actor/${encodeURIComponent(a.actorId)}`, class: 'actor-link' }, a.name), ': ',
        a.labels.map((l) => h('span', { class: `chip ${l.unique ? 'diff' : ''} kind-${l.labelKind}`, title: `${l.labelKind}${l.gloss ? ` · ${l.gloss}` : ''}${l.unique ? ` · ${t('onlyHere')}` : ''}`, role: 'button', tabindex: 0, onclick: show(c.articleId, l.spans[0] ?? null) },
          l.text, l.count > 1 ? h('b', {}, ` ×${l.count}`) : null))))),
    h('h4', {}, t('quotesCarried'), ` (${c.quotes.length})`),
    c.quotes.length === 0 ? h('p', { class: 'muted' }, t('none')) : h('ul', { class: 'items quotes' }, c.quotes.map((q) =>
      item(`quote ${several && q.alsoIn.length === 0 ? 'diff' : ''}`, q.span, c.articleId,
        h('b', {}, q.speakerName ?? t('unnamed')), ` [${q.act}] `, h('span', { dir: 'rtl', lang: 'ar' }, `«${q.content}»`),
        q.alsoIn.length ? h('small', { class: 'also' }, ` ${t('alsoIn')}: ${q.alsoIn.join('، ')}`) : null))),
    c.omitted.length ? [h('h4', {}, t('quotesOmitted'), ` (${c.omitted.length})`),
      h('ul', { class: 'items omitted' }, c.omitted.map((q) => item('omitted', q.span, q.articleId,
        h('small', {}, q.outlet), ' ', h('b', {}, q.speakerName ?? t('unnamed')), ': ', h('span', { dir: 'rtl', lang: 'ar' }, `«${q.content}»`))))] : null,
    h('h4', {}, t('events'), ` (${c.events.length})`),
    c.events.length === 0 ? h('p', { class: 'muted' }, t('none')) : h('ul', { class: 'items events' }, c.events.map((e) =>
      item(`event ${several && e.alsoIn.length === 0 ? 'diff' : ''}`, e.span, c.articleId,
        h('span', { class: 'tag' }, e.type), ' ', e.sources.join('، ') || '—', ' → ', e.targets.join('، ') || '—', ' ', h('small', {}, `(${e.trigger})`)))),
    h('details', { class: 'original', open: true }, h('summary', {}, t('originalText')), view.el));
}
