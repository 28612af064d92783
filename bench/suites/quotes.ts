import { makeArticle, withLayers } from '../../src/doc/article.js';
import { createQuotesStage } from '../../src/extract/quotes/index.js';
import { analyzeText } from '../../src/text/index.js';
import type { BenchSuite } from '../types.js';

/**
 * Throughput of the quotes stage alone: the text core runs outside the timed region and the input
 * layers (mentions, actors) are empty, so the figure is the stage's own cost — cue lexicon, quotation
 * pairing, markers, content spans — on every article of the corpus.
 */
export const quotesSuite: BenchSuite = {
  name: 'quotes',
  description: 'quotes stage: cues, quotation marks, content spans per article (empty mention layers)',
  async run(ctx) {
    const stage = createQuotesStage();
    const articles = ctx.articles.map((text, i) => {
      const { sentences, tokens } = analyzeText(text);
      return withLayers(makeArticle(`q${i}`, text, {}, sentences, tokens), { mentions: [], actors: [] });
    });
    const run = { log: () => {} };
    for (const a of articles.slice(0, 50)) stage.run(a as never, run); // warm-up (JIT)
    let quotes = 0;
    const t0 = performance.now();
    for (const a of articles) quotes += stage.run(a as never, run).quotes.length;
    const seconds = (performance.now() - t0) / 1000;
    ctx.log(`  quotes: ${articles.length} articles in ${seconds.toFixed(2)} s, ${quotes} quotes`);
    return { 'quotes.articles_per_s': articles.length / seconds, 'quotes.per_article': quotes / articles.length };
  },
};
