/**
 * The story view's comparison: for each member article (one column per outlet), the headline,
 * the labels it used for each actor, the quotes it carried and those other members carried that
 * it omitted, and the events it reported — each item with its span so the UI can show the sentence.
 * Pure function of the member articles; the route fetches them from the store.
 */
import type { Span } from '../doc/span.js';
import type { ArticleDetail } from '../store/store.js';
import { analyzeText } from '../text/index.js';
import { outletName } from './outlet.js';

export interface LabelUse {
  readonly key: string;
  readonly text: string;
  readonly labelKind: string;
  readonly gloss: string | null;
  readonly count: number;
  readonly spans: readonly Span[];
  /** No other outlet of the story used this label for this actor. */
  readonly unique: boolean;
}

export interface ActorLabels {
  readonly actorId: string;
  readonly name: string;
  readonly labels: readonly LabelUse[];
}

export interface QuoteItem {
  readonly index: number;
  readonly speaker: string | null;
  readonly speakerName: string | null;
  readonly content: string;
  readonly span: Span;
  readonly act: string;
  readonly direct: boolean | 'mixed';
  /** Other outlets that carried the same statement. */
  readonly alsoIn: readonly string[];
}

export interface OmittedQuote {
  readonly articleId: string;
  readonly outlet: string;
  readonly index: number;
  readonly speakerName: string | null;
  readonly content: string;
  readonly span: Span;
}

export interface EventItem {
  readonly index: number;
  readonly type: string;
  readonly trigger: string;
  readonly span: Span;
  readonly sources: readonly string[];
  readonly targets: readonly string[];
  readonly alsoIn: readonly string[];
}

export interface OutletColumn {
  readonly articleId: string;
  readonly outlet: string;
  readonly published: string | null;
  readonly headline: { readonly text: string; readonly span: Span | null };
  readonly actors: readonly ActorLabels[];
  readonly quotes: readonly QuoteItem[];
  readonly omitted: readonly OmittedQuote[];
  readonly events: readonly EventItem[];
}

/** Share of light-stem keys two statements must have in common to count as the same statement. */
const SAME_STATEMENT = 0.35;

export function compareMembers(members: readonly ArticleDetail[]): OutletColumn[] {
  const names = actorNames(members);
  const quoteKeys = members.map((m) => (m.layers.quotes ?? []).map((q) => wordKeys(m.text.slice(q.content.start, q.content.end))));
  const outlets = members.map((m) => outletName(m));

  const sameQuote = (a: number, i: number, b: number, j: number): boolean => {
    const qa = members[a]!.layers.quotes![i]!;
    const qb = members[b]!.layers.quotes![j]!;
    if (qa.speaker !== qb.speaker) return false;
    return jaccard(quoteKeys[a]![i]!, quoteKeys[b]![j]!) >= (qa.speaker ? SAME_STATEMENT : 2 * SAME_STATEMENT);
  };

  const labelSets = members.map((m) => labelKeysByActor(m));

  return members.map((m, a) => {
    const quotes = (m.layers.quotes ?? []).map((q, i): QuoteItem => ({
      index: i,
      speaker: q.speaker,
      speakerName: q.speaker ? names.get(q.speaker) ?? q.speaker : null,
      content: m.text.slice(q.content.start, q.content.end),
      span: q.span,
      act: q.act,
      direct: q.direct,
      alsoIn: members.flatMap((_, b) => (b !== a && (members[b]!.layers.quotes ?? []).some((__, j) => sameQuote(a, i, b, j)) ? [outlets[b]!] : [])),
    }));
    const omitted: OmittedQuote[] = [];
    members.forEach((other, b) => {
      if (b === a) return;
      (other.layers.quotes ?? []).forEach((q, j) => {
        if ((m.layers.quotes ?? []).some((_, i) => sameQuote(a, i, b, j))) return;
        if (omitted.some((o) => o.articleId !== other.id && sameOmitted(o, q.speaker, quoteKeys[b]![j]!, members, quoteKeys))) return;
        omitted.push({
          articleId: other.id, outlet: outlets[b]!, index: j,
          speakerName: q.speaker ? names.get(q.speaker) ?? q.speaker : null,
          content: other.text.slice(q.content.start, q.content.end), span: q.span,
        });
      });
    });
    const events = (m.layers.events ?? []).map((e, i): EventItem => ({
      index: i, type: e.type, trigger: m.text.slice(e.trigger.start, e.trigger.end), span: e.span,
      sources: e.source.map((id) => names.get(id) ?? id), targets: e.target.map((id) => names.get(id) ?? id),
      alsoIn: members.flatMap((o, b) => (b !== a && (o.layers.events ?? []).some((f) => f.type === e.type && sharesActor(e.source.concat(e.target), f.source.concat(f.target))) ? [outlets[b]!] : [])),
    }));
    const actors = [...labelSets[a]!.entries()].map(([actorId, uses]): ActorLabels => ({
      actorId,
      name: names.get(actorId) ?? actorId,
      labels: [...uses.values()].map((u) => ({
        ...u,
        unique: members.length > 1 && !labelSets.some((s, b) => b !== a && s.get(actorId)?.has(u.key)),
      })),
    }));
    return {
      articleId: m.id, outlet: outlets[a]!, published: m.published,
      headline: headlineOf(m), actors, quotes, omitted, events,
    };
  });
}

function sameOmitted(o: OmittedQuote, speaker: string | null, keys: ReadonlySet<string>, members: readonly ArticleDetail[], quoteKeys: readonly (readonly ReadonlySet<string>[])[]): boolean {
  const b = members.findIndex((m) => m.id === o.articleId);
  const q = members[b]?.layers.quotes?.[o.index];
  if (!q || q.speaker !== speaker) return false;
  return jaccard(quoteKeys[b]![o.index]!, keys) >= SAME_STATEMENT;
}

function headlineOf(m: ArticleDetail): { text: string; span: Span | null } {
  if (m.title) return { text: m.title, span: null };
  const s = m.sentences[0];
  return s ? { text: m.text.slice(s.start, s.end), span: { start: s.start, end: s.end } } : { text: '', span: null };
}

type MutableUse = { key: string; text: string; labelKind: string; gloss: string | null; count: number; spans: Span[] };

function labelKeysByActor(m: ArticleDetail): Map<string, Map<string, MutableUse>> {
  const out = new Map<string, Map<string, MutableUse>>();
  for (const mention of m.layers.mentions ?? []) {
    let byKey = out.get(mention.actorId);
    if (!byKey) out.set(mention.actorId, (byKey = new Map()));
    for (const l of mention.labels) {
      const u = byKey.get(l.key);
      if (u) {
        u.count++;
        u.spans.push(l.span);
      } else {
        byKey.set(l.key, { key: l.key, text: m.text.slice(l.span.start, l.span.end), labelKind: l.labelKind, gloss: l.gloss, count: 1, spans: [l.span] });
      }
    }
  }
  return out;
}

export function actorNames(members: readonly ArticleDetail[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const m of members) for (const a of m.layers.actors ?? []) if (!names.has(a.id)) names.set(a.id, a.nameAr);
  return names;
}

function wordKeys(s: string): Set<string> {
  return new Set(analyzeText(s).tokens.filter((t) => t.kind === 'word' && t.key.length > 1).map((t) => t.key));
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

function sharesActor(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 && b.length === 0) return true;
  return a.some((x) => b.includes(x));
}
