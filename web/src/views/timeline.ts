import { get, type TimelineItem } from '../api.js';
import { h } from '../dom.js';
import { t } from '../i18n.js';

export async function timelineView(): Promise<HTMLElement> {
  const r = await get<{ items: TimelineItem[]; truncated: boolean }>('timeline');
  const groups = new Map<string, TimelineItem[]>();
  for (const it of r.items) {
    const key = it.date ?? `#${it.seq} · ${it.outlet}`;
    const g = groups.get(key);
    if (g) g.push(it);
    else groups.set(key, [it]);
  }
  return h('div', { class: 'timeline-page' },
    h('h2', {}, t('timeline'), ` (${r.items.length})`),
    r.items.length === 0 ? h('p', { class: 'muted' }, t('noData')) : h('ol', { class: 'timeline' }, [...groups.entries()].map(([key, items]) =>
      h('li', { class: 'tl-group' },
        h('div', { class: 'tl-date' }, items[0]!.date ? key : [h('small', {}, t('dateUnknown')), h('br', {}), key]),
        h('ul', { class: 'items' }, items.map((it) => h('li', { class: `item tl-${it.kind}` },
          h('a', { href: `#/article/${encodeURIComponent(it.articleId)}?s=${it.span.start}&e=${it.span.end}` },
            h('span', { class: `tag ${it.kind}` }, it.kind === 'event' ? it.type : `${t('quote')} · ${it.type}`), ' ',
            h('b', {}, it.who.join('، ') || '—'), it.whom.length ? ` → ${it.whom.join('، ')}` : '', ' ',
            h('span', { class: 'sentence', dir: 'rtl', lang: 'ar' }, it.text)))))))));
}
