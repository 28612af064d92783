/**
 * HTML pages → plain article text and metadata. The page is parsed by linkedom (a DOM without a
 * script engine: nothing in the page ever runs), scripts, styles and frames are removed, and
 * Readability picks the main text. Title, outlet and date come from the page's metadata.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ArticleMeta } from '../doc/article.js';

export interface HtmlArticle {
  readonly text: string;
  readonly meta: ArticleMeta;
}

const BLOCKS = 'h1,h2,h3,h4,h5,h6,p,li,blockquote,pre,td';

function metaContent(doc: Document, selectors: readonly string[]): string | null {
  for (const sel of selectors) {
    const el = doc.querySelector(sel);
    const v = el?.getAttribute('content') ?? el?.getAttribute('datetime') ?? null;
    if (v && v.trim()) return v.trim();
  }
  return null;
}

/** `datePublished` from JSON-LD blocks (read as data, never executed). */
function jsonLdDate(doc: Document): string | null {
  for (const s of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const data: unknown = JSON.parse(s.textContent ?? '');
      for (const item of Array.isArray(data) ? data : [data]) {
        const d = (item as { datePublished?: unknown })?.datePublished;
        if (typeof d === 'string') return d;
      }
    } catch {
      /* malformed JSON-LD is common: ignore it */
    }
  }
  return null;
}

/** Normalises a date string to ISO (`YYYY-MM-DD` or a full timestamp), or null. */
export function toIsoDate(v: string | null | undefined): string | null {
  if (!v) return null;
  if (/^\d{4}-\d{2}-\d{2}$/u.test(v.trim())) return v.trim();
  const t = Date.parse(v);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

/** Block texts of an HTML fragment, one per line (paragraph breaks kept). */
export function blockText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const lines: string[] = [];
  for (const el of document.querySelectorAll(BLOCKS)) {
    if (el.querySelector(BLOCKS)) continue; // only innermost blocks, so text is not repeated
    const t = (el.textContent ?? '').replace(/\s+/gu, ' ').trim();
    if (t) lines.push(t);
  }
  if (lines.length > 0) return lines.join('\n');
  return (document.body?.textContent ?? '').replace(/[ \t]+/gu, ' ').replace(/\n\s*\n+/gu, '\n').trim();
}

export function htmlToArticle(html: string, url: string | null = null): HtmlArticle {
  const { document } = parseHTML(html);
  const doc = document as unknown as Document;
  const title = metaContent(doc, ['meta[property="og:title"]', 'meta[name="twitter:title"]']) ?? (doc.querySelector('title')?.textContent?.trim() || null);
  const outlet = metaContent(doc, ['meta[property="og:site_name"]', 'meta[name="application-name"]', 'meta[name="publisher"]', 'meta[property="article:publisher"]']);
  const published = toIsoDate(
    metaContent(doc, ['meta[property="article:published_time"]', 'meta[name="pubdate"]', 'meta[name="publishdate"]', 'meta[name="date"]',
      'meta[itemprop="datePublished"]', 'meta[name="dc.date"]', 'meta[name="DC.date.issued"]', 'time[datetime]']) ?? jsonLdDate(doc));
  for (const el of doc.querySelectorAll('script,style,noscript,iframe,object,embed,template,svg,form')) el.remove();
  let text = '';
  try {
    const parsed = new Readability(doc, { charThreshold: 200 }).parse();
    if (parsed?.content) text = blockText(parsed.content);
  } catch {
    /* Readability gives up on odd pages: fall back to the body text below */
  }
  if (!text) text = blockText(doc.body?.innerHTML ?? '');
  let host: string | null = null;
  try {
    host = url ? new URL(url).hostname.replace(/^www\./u, '') : null;
  } catch {
    host = null;
  }
  return { text, meta: { title, outlet: outlet ?? host, url, published, source: url } };
}
