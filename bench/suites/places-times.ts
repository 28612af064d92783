import { makeArticle, withLayers } from '../../src/doc/article.js';
import { loadGazetteer } from '../../src/extract/places/gazetteer.js';
import { createPlacesStage } from '../../src/extract/places/index.js';
import { createTimesStage } from '../../src/extract/times/index.js';
import { analyzeText } from '../../src/text/index.js';
import type { BenchSuite } from '../types.js';

/** Articles timed (a prefix of the corpus): a stable rate without hogging the shared machine. */
const SAMPLE_ARTICLES = 1500;

/**
 * The places and times stages alone (the text core runs outside the timed region; places gets an
 * empty entities layer), and the cold load of the gazetteer files.
 */
export const placesTimesSuite: BenchSuite = {
  name: 'places-times',
  description: 'places stage (gazetteer match, use, resolution), times stage, gazetteer load time',
  async run(ctx) {
    const t0 = performance.now();
    const gazetteer = loadGazetteer();
    const loadMs = performance.now() - t0;
    const places = createPlacesStage({ gazetteer });
    const times = createTimesStage();
    const articles = ctx.articles.slice(0, SAMPLE_ARTICLES).map((text, i) => {
      const { sentences, tokens } = analyzeText(text);
      return withLayers(makeArticle(`b${i}`, text, { published: '2020-11-05' }, sentences, tokens), { entities: [] });
    });
    const log = { log: () => {} };
    let found = 0;
    const p0 = performance.now();
    for (const a of articles) found += places.run(a as never, log).places.length;
    const placesS = (performance.now() - p0) / 1000;
    const q0 = performance.now();
    for (const a of articles) found += times.run(a as never, log).times.length;
    const timesS = (performance.now() - q0) / 1000;
    ctx.log(`places-times: ${articles.length} articles, ${found} places+times`);
    return {
      'places.articles_per_s': articles.length / placesS,
      'times.articles_per_s': articles.length / timesS,
      'gazetteer.load_ms': loadMs,
    };
  },
};
