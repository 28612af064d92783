/** Actors linked by events and statements: a small force layout (our own), started on a circle. */
import { get } from '../api.js';
import { h, s } from '../dom.js';
import { t } from '../i18n.js';

interface Graph {
  nodes: { id: string; name: string; type: string; weight: number }[];
  edges: { source: string; target: string; weight: number; kinds: string[] }[];
}

const W = 900;
const H = 640;

export async function networkView(): Promise<HTMLElement> {
  const g = await get<Graph>('network');
  const pos = layout(g);
  const labelled = new Set([...g.nodes].sort((a, b) => b.weight - a.weight).slice(0, 25).map((x) => x.id));
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'network', role: 'img', 'aria-label': t('network') },
    s('defs', {}, s('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 22, refY: 5, markerWidth: 9, markerHeight: 9, markerUnits: 'userSpaceOnUse', orient: 'auto-start-reverse' }, s('path', { d: 'M0,0 L10,5 L0,10 z', class: 'arrow' }))),
    g.edges.map((e) => {
      const a = pos.get(e.source)!;
      const b = pos.get(e.target)!;
      return s('line', { x1: a[0], y1: a[1], x2: b[0], y2: b[1], class: 'edge', 'stroke-width': Math.min(6, 0.8 + e.weight), 'marker-end': 'url(#arrow)' }, s('title', {}, `${e.kinds.join(', ')} ×${e.weight}`));
    }),
    g.nodes.map((n) => {
      const [x, y] = pos.get(n.id)!;
      return s('a', { href: `#/actor/${encodeURIComponent(n.id)}` },
        s('g', { class: `node type-${n.type}`, transform: `translate(${x.toFixed(1)},${y.toFixed(1)})` },
          s('circle', { r: (4 + 2 * Math.sqrt(n.weight)).toFixed(1) }, s('title', {}, `${n.name} · ${n.weight}`)),
          labelled.has(n.id) ? s('text', { y: -(7 + 2 * Math.sqrt(n.weight)), 'text-anchor': 'middle', lang: 'ar' }, n.name) : null));
    }));
  return h('div', {}, h('h2', {}, t('network'), ` (${g.nodes.length} · ${g.edges.length})`),
    g.nodes.length === 0 ? h('p', { class: 'muted' }, t('noData')) : h('div', { class: 'map-wrap', dir: 'ltr' }, svg));
}

/**
 * Fruchterman–Reingold layout (deterministic: starts on a circle): repulsion k²/d between all
 * nodes, attraction d²/k along edges, a weak pull to the centre so components stay on screen,
 * and a cooling step size.
 */
function layout(g: Graph): Map<string, [number, number]> {
  const n = g.nodes.length;
  const area = (W - 80) * (H - 60);
  const k = 0.9 * Math.sqrt(area / Math.max(1, n));
  const p = g.nodes.map((_, i) => [W / 2 + 200 * Math.cos((2 * Math.PI * i) / Math.max(1, n)), H / 2 + 200 * Math.sin((2 * Math.PI * i) / Math.max(1, n))] as [number, number]);
  const index = new Map(g.nodes.map((x, i) => [x.id, i]));
  const ITER = 400;
  for (let iter = 0; iter < ITER; iter++) {
    const f = p.map(() => [0, 0] as [number, number]);
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) {
      const dx = p[i]![0] - p[j]![0];
      const dy = p[i]![1] - p[j]![1];
      const d = Math.max(1, Math.hypot(dx, dy));
      const r = (k * k) / d / d;
      f[i]![0] += r * dx; f[i]![1] += r * dy; f[j]![0] -= r * dx; f[j]![1] -= r * dy;
    }
    for (const e of g.edges) {
      const a = index.get(e.source)!;
      const b = index.get(e.target)!;
      const dx = p[b]![0] - p[a]![0];
      const dy = p[b]![1] - p[a]![1];
      const d = Math.max(1, Math.hypot(dx, dy));
      const at = d / k;
      f[a]![0] += at * dx; f[a]![1] += at * dy; f[b]![0] -= at * dx; f[b]![1] -= at * dy;
    }
    const temp = 40 * (1 - iter / ITER) + 1;
    for (let i = 0; i < n; i++) {
      f[i]![0] += 0.03 * (W / 2 - p[i]![0]);
      f[i]![1] += 0.03 * (H / 2 - p[i]![1]);
      const len = Math.max(1e-9, Math.hypot(f[i]![0], f[i]![1]));
      const step = Math.min(len, temp);
      p[i]![0] = Math.min(W - 40, Math.max(40, p[i]![0] + (f[i]![0] / len) * step));
      p[i]![1] = Math.min(H - 30, Math.max(30, p[i]![1] + (f[i]![1] / len) * step));
    }
  }
  return new Map(g.nodes.map((x, i) => [x.id, p[i]!]));
}
