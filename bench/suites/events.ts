import { makeArticle, withLayers } from '../../src/doc/article.js';
import { extractEvents } from '../../src/extract/events/stage.js';
import { loadEventLexicon } from '../../src/extract/events/lexicon.js';
import { analyzeText } from '../../src/text/index.js';
import type { BenchSuite } from '../types.js';

/**
 * Throughput of the events stage alone: the text core runs outside the timed region, and the input
 * layers are empty (the stage still scans every token for triggers and cues), so the figure is the
 * stage's own cost, not its inputs'. With no actor mentions an event has no participants and none is
 * coded (`events.per_article` 0): the pipeline suite times the stage on real inputs
 * (`pipeline.events_articles_per_s`, `pipeline.events_per_article`).
 */
export const eventsSuite: BenchSuite = {
  name: 'events',
  description: 'events stage: trigger lexicon, polarity and role rules per article',
  async run(ctx) {
    const lex = loadEventLexicon();
    const articles = ctx.articles.map((text, i) => {
      const { sentences, tokens } = analyzeText(text);
      return withLayers(makeArticle(`b${i}`, text, {}, sentences, tokens), { mentions: [], actors: [], quotes: [], places: [], times: [] });
    });
    let events = 0;
    const t0 = performance.now();
    for (const a of articles) events += extractEvents(a as never, lex).length;
    const seconds = (performance.now() - t0) / 1000;
    return { 'events.articles_per_s': articles.length / seconds, 'events.per_article': events / articles.length };
  },
};
