/**
 * Timeline of events and statements. An item's date is the time expression the event is anchored
 * to when the text (or the publication date) fixes it, else the article's publication date, else
 * unknown; undated items keep ingestion order so a corpus without dates still reads in sequence.
 */
import type { Span } from '../doc/span.js';
import type { ArticleDetail, ArticleFilter, Store } from '../store/store.js';
import { articleCache, collect } from './article-cache.js';
import { outletName } from './outlet.js';

const MAX_ITEMS = 1000;

export interface TimelineItem {
  readonly kind: 'event' | 'quote';
  readonly articleId: string;
  readonly index: number;
  readonly outlet: string;
  readonly seq: number;
  /** ISO date (or month/year) of the item, or null when unknown. */
  readonly date: string | null;
  readonly dateFrom: 'text' | 'published' | null;
  /** Event type or speech act. */
  readonly type: string;
  readonly who: readonly string[];
  readonly whom: readonly string[];
  readonly text: string;
  readonly span: Span;
}

export async function timeline(store: Store, filter: ArticleFilter): Promise<{ items: TimelineItem[]; truncated: boolean }> {
  const get = articleCache(store);
  const events = await collect((limit, offset) => store.listEvents({ ...filter, limit, offset }), MAX_ITEMS);
  const quotes = await collect((limit, offset) => store.listQuotes({ ...filter, limit, offset }), MAX_ITEMS);
  const items: TimelineItem[] = [];
  for (const e of events.items) {
    const art = await get(e.articleId);
    if (!art) continue;
    const fromText = dateOfSpan(art, e.event.when);
    items.push({
      kind: 'event', articleId: e.articleId, index: e.index, outlet: outletName(art), seq: art.seq,
      date: fromText ?? art.published, dateFrom: fromText ? 'text' : art.published ? 'published' : null,
      type: e.type, who: e.sourceNames, whom: e.targetNames, text: e.sentence, span: e.event.span,
    });
  }
  for (const q of quotes.items) {
    const art = await get(q.articleId);
    if (!art) continue;
    items.push({
      kind: 'quote', articleId: q.articleId, index: q.index, outlet: outletName(art), seq: art.seq,
      date: art.published, dateFrom: art.published ? 'published' : null,
      type: q.quote.act, who: q.speakerName ? [q.speakerName] : [], whom: [], text: q.content, span: q.quote.span,
    });
  }
  items.sort((a, b) => (a.date && b.date ? a.date.localeCompare(b.date) : a.date ? -1 : b.date ? 1 : 0)
    || a.seq - b.seq || a.span.start - b.span.start);
  return { items, truncated: events.truncated || quotes.truncated };
}

/** The time expression at exactly this span, when it has an absolute value. */
function dateOfSpan(art: ArticleDetail, when: Span | null): string | null {
  if (!when) return null;
  const t = (art.layers.times ?? []).find((x) => x.span.start === when.start && x.span.end === when.end);
  const v = t?.resolved ?? t?.value ?? null;
  return v && /^\d{4}(-\d{2}){0,2}/.test(v) && !v.startsWith('P') ? v.split('/')[0]! : null;
}
