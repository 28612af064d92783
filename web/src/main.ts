/** Hash router and page frame. Each view is an async function returning one element. */
import './style.css';
import { clear, h } from './dom.js';
import { currentLang, setLang, t } from './i18n.js';
import { actorsView, actorView } from './views/actors.js';
import { ingestView } from './views/ingest.js';
import { networkView } from './views/network.js';
import { searchView } from './views/search.js';
import { articleView, homeView, storyView, threadView } from './views/stories.js';
import { timelineView } from './views/timeline.js';

const app = document.getElementById('app')!;
const top = document.getElementById('top')!;

function nav(): void {
  clear(top);
  const links: [string, Parameters<typeof t>[0]][] = [
    ['#/', 'stories'], ['#/actors', 'actors'], ['#/timeline', 'timeline'], ['#/map', 'map'],
    ['#/network', 'network'], ['#/search', 'search'], ['#/ingest', 'ingest'],
  ];
  top.append(h('nav', { class: 'topnav' },
    h('a', { href: '#/', class: 'brand' }, 'مرصد', h('small', {}, ' Marsad')),
    links.map(([href, key]) => h('a', { href, class: location.hash.split('?')[0] === href || (href === '#/' && !location.hash) ? 'active' : '' }, t(key))),
    h('button', { type: 'button', class: 'lang', id: 'lang-toggle', onclick: () => { setLang(currentLang() === 'ar' ? 'en' : 'ar'); void route(); } }, t('language'))));
}

async function route(): Promise<void> {
  nav();
  const [path = '', qs = ''] = location.hash.replace(/^#/, '').split('?');
  const params = new URLSearchParams(qs);
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  clear(app);
  app.append(h('p', { class: 'muted' }, t('loading')));
  try {
    const el = await view(parts, params);
    clear(app);
    app.append(el);
    app.dataset['view'] = parts[0] ?? 'home';
  } catch (e) {
    clear(app);
    app.append(h('p', { class: 'error' }, `${t('error')}: ${e instanceof Error ? e.message : String(e)}`));
  }
}

async function view(parts: string[], params: URLSearchParams): Promise<HTMLElement> {
  const [kind, id] = parts;
  switch (kind) {
    case undefined: return homeView();
    case 'story': return storyView(id!);
    case 'thread': return threadView(id!);
    case 'article': {
      const s = Number(params.get('s'));
      const e = Number(params.get('e'));
      return articleView(id!, params.has('s') && Number.isInteger(s) && Number.isInteger(e) ? { start: s, end: e } : null);
    }
    case 'actors': return actorsView(params.get('q'));
    case 'actor': return actorView(id!);
    case 'timeline': return timelineView();
    case 'map': return (await import('./views/map.js')).mapView();
    case 'network': return networkView();
    case 'search': return searchView(params);
    case 'ingest': return ingestView();
    default: return h('p', { class: 'error' }, '404');
  }
}

setLang(currentLang());
window.addEventListener('hashchange', () => void route());
void route();
