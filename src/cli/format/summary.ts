import type { Article } from '../../doc/article.js';
import type { Span } from '../../doc/span.js';
import { LAYER_NAMES } from '../../doc/layers.js';
import { formatQuote } from '../../extract/quotes/format.js';

/** Human summary of one analysed article: counts per layer, then the extracted items with their evidence. */
export function formatArticleSummary(article: Article, outlet: string, limit = 12): string {
  const t = article.text;
  const show = (s: Span | null | undefined): string => (s ? t.slice(s.start, s.end).replace(/\s+/gu, ' ') : '—');
  const clip = (s: string, n = 90): string => (s.length > n ? s.slice(0, n - 1) + '…' : s);
  const actorName = new Map((article.layers.actors ?? []).map((a) => [a.id, a.nameAr]));
  const name = (id: string | null): string => (id === null ? '—' : id === 'unnamed_sources' ? 'مصادر غير مسماة' : actorName.get(id) ?? id);
  const words = article.tokens.filter((x) => x.kind === 'word').length;
  const lines: string[] = [];
  lines.push(`■ ${article.meta.source ?? article.id}  [${outlet}${article.meta.published ? ', ' + article.meta.published : ''}]`);
  if (article.meta.title) lines.push(`  ${article.meta.title}`);
  const counts = LAYER_NAMES.filter((l) => article.layers[l] !== undefined).map((l) => `${l} ${article.layers[l]!.length}`);
  lines.push(`  ${article.sentences.length} sentences, ${article.tokens.length} tokens (${words} words)${counts.length ? ' · ' + counts.join(' · ') : ''}`);
  const section = <T>(title: string, items: readonly T[] | undefined, fmt: (x: T) => string): void => {
    if (!items || items.length === 0) return;
    lines.push(`  ${title}:`);
    for (const x of items.slice(0, limit)) lines.push(`    - ${fmt(x)}`);
    if (items.length > limit) lines.push(`    … ${items.length - limit} more (use --format json for all)`);
  };
  const mentionCounts = new Map<string, number>();
  for (const m of article.layers.mentions ?? []) mentionCounts.set(m.actorId, (mentionCounts.get(m.actorId) ?? 0) + 1);
  section('actors', [...mentionCounts].sort((a, b) => b[1] - a[1]), ([id, n]) => `${name(id)} (${id}) ×${n}`);
  section('quotes', article.layers.quotes, (q) =>
    `${clip(formatQuote(article, q), 140)} [${q.direct === true ? 'direct' : q.direct === 'mixed' ? 'mixed' : 'reported'}, ${q.act}]`);
  section('events', article.layers.events, (e) =>
    `${e.type}${e.mode ? '/' + e.mode : ''} «${show(e.trigger)}»: ${e.source.map(name).join(' + ') || '—'} → ${e.target.map(name).join(' + ') || '—'}` +
    `${e.dead !== null ? `, dead ${e.dead}` : ''}${e.injured !== null ? `, injured ${e.injured}` : ''}`);
  section('places', dedupe(article.layers.places ?? [], (p) => p.placeId), (p) =>
    `${p.nameAr} (${p.nameEn}, ${p.feature}${p.country ? ', ' + p.country : ''}${p.lat !== null ? `, ${p.lat.toFixed(2)},${p.lon!.toFixed(2)}` : ''})`);
  section('times', article.layers.times, (x) =>
    `«${show(x.span)}» ${x.timeKind}: ${x.value ?? x.relative ?? '?'}${x.resolved ? ' = ' + x.resolved : ''}`);
  if (!article.layers.mentions && !article.layers.entities) {
    section('sentences', article.sentences, (s) => clip(show(s)));
  }
  return lines.join('\n');
}

function dedupe<T>(items: readonly T[], key: (x: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((x) => (seen.has(key(x)) ? false : (seen.add(key(x)), true)));
}
