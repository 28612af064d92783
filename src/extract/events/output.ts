import type { Event, PlaceMention, PloverType, TimeExpression } from '../../doc/annotations.js';
import { contains, type Span } from '../../doc/span.js';
import type { Token } from '../../doc/token.js';
import { findCasualties } from './casualties.js';
import type { EventLexicon } from './lexicon.js';
import type { Draft } from './statement-events.js';

/** Types whose sentences' casualty counts belong to the event. */
export const VIOLENT: ReadonlySet<PloverType> = new Set(['ASSAULT', 'COERCE']);

/** The place or time expression of the sentence nearest the trigger. */
function nearest<T extends { span: Span }>(items: readonly T[], within: Span, at: Span): T | null {
  let best: T | null = null;
  let bestD = Infinity;
  for (const it of items) {
    if (!contains(within, it.span)) continue;
    const d = Math.abs(it.span.start - at.start);
    if (d < bestD) {
      best = it;
      bestD = d;
    }
  }
  return best;
}

/** The stage's drafts as frozen event annotations in text order, with their place, time and casualties. */
export function toEvents(drafts: readonly Draft[], tokens: readonly Token[], places: readonly PlaceMention[],
  times: readonly TimeExpression[], lex: EventLexicon, stage: string): Event[] {
  return [...drafts]
    .sort((a, b) => a.trigger.start - b.trigger.start)
    .map((d) => {
      const place = nearest(places, d.sentence, d.trigger);
      const when = nearest(times, d.sentence, d.trigger);
      const c = VIOLENT.has(d.type)
        ? findCasualties(tokens, d.sentence.tokens.first, d.sentence.tokens.end, lex)
        : { dead: null, injured: null };
      return Object.freeze({
        kind: 'event' as const,
        stage,
        span: d.trigger,
        type: d.type,
        mode: d.mode,
        trigger: d.trigger,
        source: Object.freeze(d.source),
        target: Object.freeze(d.target),
        place: place?.placeId ?? null,
        when: when?.span ?? null,
        dead: c.dead,
        injured: c.injured,
        quote: d.quote,
      });
    });
}
