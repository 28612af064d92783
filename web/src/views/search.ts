import { get, type Page, type SearchHit } from '../api.js';
import { h, marked } from '../dom.js';
import { t } from '../i18n.js';

export async function searchView(params: URLSearchParams): Promise<HTMLElement> {
  const outlets = await get<{ items: { outlet: string; articles: number }[] }>('outlets');
  const q = params.get('q') ?? '';
  const input = h('input', { type: 'search', name: 'q', value: q, placeholder: t('query'), dir: 'rtl', required: true, id: 'search-q' });
  const outlet = h('select', { name: 'outlet' }, h('option', { value: '' }, t('any')),
    outlets.items.map((o) => h('option', { value: o.outlet, selected: params.get('outlet') === o.outlet }, o.outlet)));
  const from = h('input', { type: 'date', name: 'from', value: params.get('from') ?? '' });
  const to = h('input', { type: 'date', name: 'to', value: params.get('to') ?? '' });
  const actor = h('input', { type: 'text', name: 'actor', value: params.get('actor') ?? '', placeholder: 'actor id' });
  const form = h('form', { class: 'search-form', onsubmit: (e: Event) => {
    e.preventDefault();
    const p = new URLSearchParams();
    for (const el of [input, outlet, from, to, actor]) if (el.value) p.set(el.name, el.value);
    location.hash = `#/search?${p}`;
  } }, input, h('label', {}, t('outlet'), outlet), h('label', {}, t('from'), from), h('label', {}, t('to'), to), h('label', {}, t('actors'), actor),
    h('button', { type: 'submit' }, t('go')));
  const out = h('div', { class: 'results' });
  if (q.trim()) {
    const r = await get<Page<SearchHit>>('search', { q, outlet: params.get('outlet'), from: params.get('from'), to: params.get('to'), actor: params.get('actor'), limit: 50 });
    out.append(h('h3', {}, t('results'), ` (${r.total})`),
      r.items.length === 0 ? h('p', { class: 'muted' }, t('nothingFound')) : h('ul', { class: 'items hits' }, r.items.map((hit) => h('li', { class: 'item hit' },
        h('a', { dir: 'auto', href: `#/article/${encodeURIComponent(hit.article.id)}${hit.snippets[0] ? `?s=${hit.snippets[0].start + (hit.snippets[0].highlights[0]?.start ?? 0)}&e=${hit.snippets[0].start + (hit.snippets[0].highlights[0]?.end ?? 0)}` : ''}` },
          hit.article.title ?? hit.article.outletName),
        hit.snippets.map((sn) => h('div', { class: 'snippet', dir: 'rtl', lang: 'ar' }, marked(sn.text, sn.highlights)))))));
  }
  return h('div', {}, h('h2', {}, t('search')), form, out);
}
