/**
 * The only way the UI builds DOM: elements with attributes and children, where every string
 * child becomes a text node. No innerHTML anywhere, so article text (which may contain
 * `<script>` or `<img onerror>`) is always shown as text and never parsed as HTML.
 */
export type Child = Node | string | number | null | undefined | false | readonly Child[];
type Handler = (ev: Event) => void;
export type Attrs = Record<string, string | number | boolean | null | undefined | Handler>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

export function s(tag: string, attrs: Attrs = {}, ...children: Child[]): SVGElement {
  const el = document.createElementNS(SVG_NS, tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

function setAttrs(el: Element, attrs: Attrs): void {
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (typeof v === 'function') {
      el.addEventListener(k.replace(/^on/, '').toLowerCase(), v);
    } else {
      // Event-handler attributes never come from data: refuse them outright.
      if (/^on/i.test(k)) throw new Error(`refusing attribute ${k}`);
      el.setAttribute(k, v === true ? '' : String(v));
    }
  }
}

export function append(el: Node, children: readonly Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else if (c instanceof Node) el.appendChild(c);
    else el.appendChild(document.createTextNode(String(c)));
  }
}

export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}

/** Text with some ranges wrapped in <mark>, built from text nodes only. */
export function marked(text: string, ranges: readonly { start: number; end: number }[]): Child[] {
  const out: Child[] = [];
  let at = 0;
  for (const r of [...ranges].sort((a, b) => a.start - b.start)) {
    if (r.start < at) continue;
    if (r.start > at) out.push(text.slice(at, r.start));
    out.push(h('mark', {}, text.slice(r.start, r.end)));
    at = r.end;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}
