import type { Measure } from './types.js';

/** Every measure `npm run eval` prints, in order. Add one line per measure file in eval/measures/. */
export const MEASURES: readonly Measure[] = [
  (await import('./measures/text.js')).textMeasure,
  (await import('./measures/ner.js')).nerMeasure,
  (await import('./measures/places.js')).placesMeasure,
  (await import('./measures/times.js')).timesMeasure,
  (await import('./measures/actors.js')).actorsMeasure,
  (await import('./measures/labels.js')).labelsMeasure,
  (await import('./measures/quotes.js')).quotesMeasure,
  (await import('./measures/events.js')).eventsMeasure,
];
