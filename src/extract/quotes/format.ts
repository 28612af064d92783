import type { Quote } from '../../doc/annotations.js';
import type { Article } from '../../doc/article.js';

/**
 * One line for `marsad analyze`: «speaker — cue — content». The speaker is the mention as written,
 * else the actor's Arabic name (a speaker carried from an earlier sentence), else «مصادر غير مسماة»
 * for unnamed sources or «؟» when the text gives none. Direct quotes keep their quotation marks.
 */
export function formatQuote(article: Pick<Article, 'text' | 'layers'>, quote: Quote): string {
  const slice = (s: { start: number; end: number }): string => article.text.slice(s.start, s.end).replace(/\s+/gu, ' ');
  let speaker: string;
  if (quote.speakerSpan) speaker = slice(quote.speakerSpan);
  else if (quote.speaker === 'unnamed_sources') speaker = 'مصادر غير مسماة';
  else if (quote.speaker) speaker = article.layers.actors?.find((a) => a.id === quote.speaker)?.nameAr ?? quote.speaker;
  else speaker = '؟';
  const cue = quote.cue ? slice(quote.cue) : '—';
  const content = slice(quote.content);
  const shown = quote.direct === true ? `«${content}»` : content;
  return `${speaker} — ${cue} — ${shown}`;
}
