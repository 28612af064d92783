import type { BenchSuite } from './types.js';
import { textCoreSuite } from './suites/text-core.js';

/** Every benchmark `npm run bench` runs, in order. Add one line per file in bench/suites/. */
export const SUITES: readonly BenchSuite[] = [
  textCoreSuite,
  (await import('./suites/ner.js')).nerSuite,
  (await import('./suites/quotes.js')).quotesSuite,
  (await import('./suites/events.js')).eventsSuite,
  (await import('./suites/places-times.js')).placesTimesSuite,
  (await import('./suites/actors.js')).actorsSuite,
  (await import('./suites/pipeline.js')).pipelineSuite,
  (await import('./suites/ingest.js')).ingestSuite,
  (await import('./suites/search.js')).searchSuite,
];
