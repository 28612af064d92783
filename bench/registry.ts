import type { BenchSuite } from './types.js';

/** Every benchmark `npm run bench` runs, in order. Add one line per file in bench/suites/. */
export const SUITES: readonly BenchSuite[] = [
  (await import('./suites/ner.js')).nerSuite,
];
