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
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'network', role: 'img', 'aria-label': t('network') },
    s('defs', {}, s('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 18, refY: 5, markerWidth: 6, markerHeight: 6, orient: 'auto-start-reverse' }, s('path', { d: 'M0,0 L10,5 L0,10 z', class: 'arrow' }))),
    g.edges.map((e) => {
      const a = pos.get(e.source)!;
      const b = pos.get(e.target)!;
      return s('line', { x1: a[0], y1: a[1], x2: b[0], y2: b[1], class: 'edge', 'stroke-width': Math.min(6, 0.8 + e.weight), 'marker-end': 'url(#arrow)' }, s('title', {}, `${e.kinds.join(', ')} ×${e.weight}`));
    }),
    g.nodes.map((n) => {
      const [x, y] = pos.get(n.id)!;
      return s('a', { href: `#/actor/${encodeURIComponent(n.id)}` },
        s('g', { class: `node type-${n.type}`, transform: `translate(${x.toFixed(1)},${y.toFixed(1)})` },
          s('circle', { r: (5 + 3 * Math.sqrt(n.weight)).toFixed(1) }),
          s('text', { y: -(8 + 3 * Math.sqrt(n.weight)), 'text-anchor': 'middle', lang: 'ar' }, n.name)));
    }));
  return h('div', {}, h('h2', {}, t('network'), ` (${g.nodes.length} · ${g.edges.length})`),
    g.nodes.length === 0 ? h('p', { class: 'muted' }, t('noData')) : h('div', { class: 'map-wrap', dir: 'ltr' }, svg));
}

/** Deterministic spring layout: repulsion between all nodes, springs along edges, a pull to the centre. */
function layout(g: Graph): Map<string, [number, number]> {
  const n = g.nodes.length;
  const p = g.nodes.map((_, i) => [W / 2 + 250 * Math.cos((2 * Math.PI * i) / Math.max(1, n)), H / 2 + 230 * Math.sin((2 * Math.PI * i) / Math.max(1, n))] as [number, number]);
  const index = new Map(g.nodes.map((x, i) => [x.id, i]));
  for (let iter = 0; iter < 300; iter++) {
    const f = p.map(() => [0, 0] as [number, number]);
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) {
      const dx = p[i]![0] - p[j]![0];
      const dy = p[i]![1] - p[j]![1];
      const d2 = Math.max(100, dx * dx + dy * dy);
      const k = 4000 / d2;
      f[i]![0] += k * dx; f[i]![1] += k * dy; f[j]![0] -= k * dx; f[j]![1] -= k * dy;
    }
    for (const e of g.edges) {
      const a = index.get(e.source)!;
      const b = index.get(e.target)!;
      const dx = p[b]![0] - p[a]![0];
      const dy = p[b]![1] - p[a]![1];
      const k = 0.01;
      f[a]![0] += k * dx; f[a]![1] += k * dy; f[b]![0] -= k * dx; f[b]![1] -= k * dy;
    }
    const step = 1 - iter / 300;
    for (let i = 0; i < n; i++) {
      f[i]![0] += 0.005 * (W / 2 - p[i]![0]);
      f[i]![1] += 0.005 * (H / 2 - p[i]![1]);
      p[i]![0] = Math.min(W - 40, Math.max(40, p[i]![0] + step * Math.max(-20, Math.min(20, f[i]![0]))));
      p[i]![1] = Math.min(H - 30, Math.max(30, p[i]![1] + step * Math.max(-20, Math.min(20, f[i]![1]))));
    }
  }
  return new Map(g.nodes.map((x, i) => [x.id, p[i]!]));
}
