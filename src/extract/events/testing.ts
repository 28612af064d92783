/**
 * Test fixture for the events stage: builds an article from Arabic text with hand-written input
 * layers (actors, mentions, quotes, places, times) and runs the stage on it. Imported by tests only.
 */
import { makeArticle, withLayers, type Article } from '../../doc/article.js';
import type { ActorMention, ArticleActor, Event, PlaceMention, Quote, TimeExpression } from '../../doc/annotations.js';
import type { Span } from '../../doc/span.js';
import { analyzeText } from '../../text/index.js';
import { loadEventLexicon } from './lexicon.js';
import { extractEvents } from './stage.js';

const lex = loadEventLexicon();

/** The span of the n-th occurrence of `needle` in `text`. */
export function at(text: string, needle: string, n = 0): Span {
  let i = -1;
  for (let k = 0; k <= n; k++) i = text.indexOf(needle, i + 1);
  if (i < 0) throw new Error(`"${needle}" not in text`);
  return { start: i, end: i + needle.length };
}

export interface Spec {
  readonly actors: readonly [id: string, type: 'PER' | 'ORG' | 'GPE', parent: string | null][];
  /** `role`: the role label the actors stage attaches to the mention («وزير الخارجية الروسي»). */
  readonly mentions: readonly [id: string, surface: string, n?: number, role?: string][];
  readonly quotes?: readonly { speaker: string; cue: string; content: string; act: Quote['act'] }[];
  readonly places?: readonly [id: string, surface: string, country?: string][];
  readonly times?: readonly string[];
}

export function run(text: string, spec: Spec): { events: readonly Event[]; text: string } {
  const { sentences, tokens } = analyzeText(text);
  const article: Article = makeArticle('t', text, {}, sentences, tokens);
  const actors: ArticleActor[] = spec.actors.map(([id, type, parent]) => ({
    kind: 'actor', id, type, parent, nameAr: id, nameEn: id, known: true, descriptors: [],
  }));
  const mentions: ActorMention[] = spec.mentions.map(([id, surface, n, role]) => ({
    kind: 'mention', stage: 'test', span: at(text, surface, n ?? 0), actorId: id, mentionKind: 'name',
    labels: role ? [{ kind: 'label', stage: 'test', span: at(text, role), labelKind: 'role', key: role, gloss: null }] : [],
  }));
  const quotes: Quote[] = (spec.quotes ?? []).map((q) => ({
    kind: 'quote', stage: 'test', span: at(text, q.content), cue: at(text, q.cue), content: at(text, q.content),
    speaker: q.speaker, speakerSpan: null, direct: false, act: q.act, target: null, channel: null,
  }));
  const places: PlaceMention[] = (spec.places ?? []).map(([id, surface, country]) => ({
    kind: 'place', stage: 'test', span: at(text, surface), placeId: id, nameAr: surface, nameEn: id, feature: 'city',
    country: country ?? null, geonamesId: null, lat: null, lon: null,
  }));
  const times: TimeExpression[] = (spec.times ?? []).map((surface) => ({
    kind: 'time', stage: 'test', span: at(text, surface), timeKind: 'weekday', value: null, relative: null, resolved: null,
  }));
  const withInputs = withLayers(article, { actors, mentions, quotes, places, times });
  return { events: extractEvents(withInputs as never, lex), text };
}

export const slice = (text: string, s: Span | null): string | null => (s ? text.slice(s.start, s.end) : null);

