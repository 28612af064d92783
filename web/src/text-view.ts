/**
 * The original text of an article, sentence by sentence, as text nodes. `highlight(span)` marks
 * the sentence containing the span and the span itself, and scrolls it into view.
 */
import type { ArticleText, SpanT } from './api.js';
import { clear, h, marked } from './dom.js';

export interface TextView {
  readonly el: HTMLElement;
  highlight(span: SpanT): void;
}

export function textView(article: ArticleText): TextView {
  const body = h('div', { class: 'article-text', dir: 'rtl', lang: 'ar', 'data-article': article.id });
  const sentences = article.sentences.length ? article.sentences : [{ start: 0, end: article.text.length }];
  const nodes: HTMLElement[] = [];
  let at = 0;
  for (const s of sentences) {
    if (s.start > at) body.append(document.createTextNode(article.text.slice(at, s.start)));
    const el = h('span', { class: 'sent', 'data-start': s.start, 'data-end': s.end }, article.text.slice(s.start, s.end));
    nodes.push(el);
    body.append(el);
    at = s.end;
  }
  if (at < article.text.length) body.append(document.createTextNode(article.text.slice(at)));
  let lit: HTMLElement | null = null;
  return {
    el: body,
    highlight(span) {
      if (lit) {
        const s = sentences[nodes.indexOf(lit)]!;
        clear(lit);
        lit.append(article.text.slice(s.start, s.end));
        lit.classList.remove('hl');
      }
      const i = sentences.findIndex((s) => s.start <= span.start && span.start < s.end);
      if (i < 0) return;
      const s = sentences[i]!;
      lit = nodes[i]!;
      clear(lit);
      const end = Math.min(span.end, s.end);
      lit.append(...(marked(article.text.slice(s.start, s.end), [{ start: span.start - s.start, end: end - s.start }]) as Node[]).map((c) => (typeof c === 'string' ? document.createTextNode(c) : c)));
      lit.classList.add('hl');
      lit.scrollIntoView({ block: 'center', behavior: 'auto' });
    },
  };
}
