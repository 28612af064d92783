/**
 * Offline map: world-atlas country shapes (bundled) drawn with d3-geo, places as dots with their
 * Arabic names. The view fits the extent of the city-level places, so Libya's cities are readable;
 * wheel/drag zoom and pan; buttons to refit or see the world.
 */
import { geoMercator, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countriesIso from 'i18n-iso-countries';
import world from 'world-atlas/countries-50m.json';
import { get, type Page, type Place, type StoredEvent } from '../api.js';
import { h, s } from '../dom.js';
import { t } from '../i18n.js';

const W = 960;
const H = 640;
const POINT_FEATURES = new Set(['city', 'district', 'site', 'region']);

export async function mapView(): Promise<HTMLElement> {
  const [places, events] = await Promise.all([
    get<Page<Place>>('places', { limit: 200 }),
    get<Page<StoredEvent & { place: { id: string; nameAr: string } | null }>>('events', { limit: 200 }),
  ]);
  const located = places.items.filter((p) => p.lat !== null && p.lon !== null);
  const eventsAt = new Map<string, number>();
  for (const e of events.items) if (e.place) eventsAt.set(e.place.id, (eventsAt.get(e.place.id) ?? 0) + 1);
  const topo = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const countries = feature(topo, topo.objects.countries);
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'map', role: 'img', 'aria-label': t('map') });
  const g = s('g', {});
  svg.append(g);

  const focus = focusCountry(located);
  const draw = (fit: 'focus' | 'places' | 'world'): void => {
    while (g.firstChild) g.removeChild(g.firstChild);
    const projection = geoMercator();
    const cities = located.filter((p) => POINT_FEATURES.has(p.feature));
    const inFocus = cities.filter((p) => p.country === focus);
    const pts = fit === 'focus' && inFocus.length ? inFocus : cities.length ? cities : located;
    if (fit === 'world' || pts.length === 0) projection.fitExtent([[10, 10], [W - 10, H - 10]], countries as GeoPermissibleObjects);
    else projection.fitExtent([[40, 40], [W - 40, H - 40]], extent(pts));
    const path = geoPath(projection);
    const countryCodes = new Set(located.map((p) => p.country).filter(Boolean));
    for (const f of countries.features) {
      const code = f.id === undefined ? undefined : countriesIso.numericToAlpha2(String(f.id));
      g.append(s('path', { d: path(f) ?? '', class: `country ${code && countryCodes.has(code) ? 'focus' : ''}`, 'data-iso': code ?? '' }, s('title', {}, f.properties?.name ?? '')));
    }
    const maxM = Math.max(1, ...located.map((p) => p.mentions));
    const taken: [number, number, number, number][] = [];
    for (const p of [...located].sort((a, b) => Number(POINT_FEATURES.has(b.feature)) - Number(POINT_FEATURES.has(a.feature)) || b.mentions - a.mentions)) {
      const xy = projection([p.lon!, p.lat!]);
      if (!xy) continue;
      const isPoint = POINT_FEATURES.has(p.feature);
      const r = (isPoint ? 3 : 2) + 7 * Math.sqrt(p.mentions / maxM);
      const ev = eventsAt.get(p.placeId) ?? 0;
      // Greedy label placement: a label that would overlap one already drawn goes below its dot,
      // else it is left to the tooltip, so crowded city clusters stay readable.
      const w = 8 * p.nameAr.length + 6;
      const spots: [number, string][] = [[-r - 3, 'auto'], [r + 13, 'auto']];
      const spot = spots.find(([dy]) => {
        const box: [number, number, number, number] = [xy[0] - w / 2, xy[1] + dy - 13, xy[0] + w / 2, xy[1] + dy + 2];
        if (box[0] < 0 || box[2] > W || taken.some((b) => box[0] < b[2] && b[0] < box[2] && box[1] < b[3] && b[1] < box[3])) return false;
        taken.push(box);
        return true;
      });
      const mark = s('g', { class: `place ${isPoint ? 'city' : 'area'} ${ev ? 'has-events' : ''}`, transform: `translate(${xy[0].toFixed(1)},${xy[1].toFixed(1)})`, 'data-place': p.placeId },
        s('circle', { r: r.toFixed(1) }),
        spot ? s('text', { x: 0, y: spot[0], 'text-anchor': 'middle', lang: 'ar' }, p.nameAr) : null,
        s('title', {}, `${p.nameAr} · ${p.nameEn} · ${p.mentions} ${t('mentions')}${ev ? ` · ${ev} ${t('events')}` : ''}`));
      g.append(mark);
    }
  };
  draw('focus');
  enableZoom(svg, g);
  const list = h('ul', { class: 'list places' }, located.map((p) => h('li', {}, h('b', {}, p.nameAr), ` · ${p.nameEn} · ${p.feature} · ${p.mentions}`)));
  return h('div', { class: 'map-page' },
    h('h2', {}, t('map'), ` (${located.length} ${t('places')})`),
    h('div', { class: 'toolbar' },
      h('button', { type: 'button', id: 'map-focus', onclick: () => { draw('focus'); resetZoom(g); } }, focus ? `${t('fitPlaces')}: ${located.find((p) => p.country === focus && p.feature === 'country')?.nameAr ?? focus}` : t('fitPlaces')),
      h('button', { type: 'button', id: 'map-all', onclick: () => { draw('places'); resetZoom(g); } }, t('places')),
      h('button', { type: 'button', onclick: () => { draw('world'); resetZoom(g); } }, t('world'))),
    h('div', { class: 'map-wrap', dir: 'ltr' }, svg),
    list);
}

/** The country whose places are named most often: the map opens on its cities. */
function focusCountry(ps: readonly Place[]): string | null {
  const n = new Map<string, number>();
  for (const p of ps) if (p.country) n.set(p.country, (n.get(p.country) ?? 0) + p.mentions);
  return [...n.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/** Bounding box of the places with a margin, so a single city is not zoomed to a street. */
function extent(ps: readonly Place[]): GeoPermissibleObjects {
  const lons = ps.map((p) => p.lon!);
  const lats = ps.map((p) => p.lat!);
  let [x0, x1, y0, y1] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const pad = Math.max(1.5, 0.12 * Math.max(x1 - x0, y1 - y0));
  [x0, x1, y0, y1] = [x0 - pad, x1 + pad, y0 - pad, y1 + pad];
  return { type: 'MultiPoint', coordinates: [[x0, y0], [x1, y1], [x0, y1], [x1, y0]] };
}

function resetZoom(g: SVGElement): void {
  g.setAttribute('transform', '');
  (g as unknown as { _z?: { k: number; x: number; y: number } })._z = { k: 1, x: 0, y: 0 };
}

function enableZoom(svg: SVGElement, g: SVGElement): void {
  const state = { k: 1, x: 0, y: 0 };
  (g as unknown as { _z: typeof state })._z = state;
  const apply = (): void => {
    const z = (g as unknown as { _z: typeof state })._z;
    g.setAttribute('transform', `translate(${z.x},${z.y}) scale(${z.k})`);
    g.style.setProperty('--k', String(z.k));
  };
  const toSvg = (ev: MouseEvent): [number, number] => {
    const r = svg.getBoundingClientRect();
    return [((ev.clientX - r.left) / r.width) * W, ((ev.clientY - r.top) / r.height) * H];
  };
  svg.addEventListener('wheel', (ev) => {
    ev.preventDefault();
    const z = (g as unknown as { _z: typeof state })._z;
    const [px, py] = toSvg(ev as WheelEvent);
    const f = (ev as WheelEvent).deltaY < 0 ? 1.25 : 0.8;
    const k = Math.min(40, Math.max(0.5, z.k * f));
    z.x = px - ((px - z.x) * k) / z.k;
    z.y = py - ((py - z.y) * k) / z.k;
    z.k = k;
    apply();
  }, { passive: false });
  let drag: [number, number] | null = null;
  svg.addEventListener('pointerdown', (ev) => { drag = toSvg(ev as PointerEvent); });
  svg.addEventListener('pointermove', (ev) => {
    if (!drag) return;
    const z = (g as unknown as { _z: typeof state })._z;
    const p = toSvg(ev as PointerEvent);
    z.x += p[0] - drag[0];
    z.y += p[1] - drag[1];
    drag = p;
    apply();
  });
  window.addEventListener('pointerup', () => { drag = null; });
}
