import { makeArticle } from '../../src/doc/article.js';
import { createEntitiesStage } from '../../src/extract/entities/index.js';
import { createTagger } from '../../src/extract/entities/tagger.js';
import { analyzeText } from '../../src/text/index.js';
import type { BenchSuite } from '../types.js';

/** Articles timed (a prefix of the corpus): enough for a stable rate, short enough on a shared machine. */
const SAMPLE_ARTICLES = 1500;

/**
 * The NER tagger alone (features + Viterbi, on tokens analysed beforehand) in tokens/s, and the whole
 * `entities` stage (tagger + patterns + spans) in articles/s. One process, one core; the text core's
 * own time is excluded from both (it is measured by the text-core suite).
 */
export const nerSuite: BenchSuite = {
  name: 'ner',
  description: 'entities stage: tagger tokens/s (one core) and stage articles/s',
  async run({ articles, log }) {
    const tagger = createTagger();
    const stage = createEntitiesStage(tagger);
    const sample = articles.slice(0, SAMPLE_ARTICLES).map((text, i) => {
      const { sentences, tokens } = analyzeText(text);
      return makeArticle(`bench-${i}`, text, {}, sentences, tokens);
    });
    const ctx = { log: () => {} };
    for (const a of sample.slice(0, 50)) stage.run(a, ctx); // warm-up (JIT)

    let tokens = 0;
    const t0 = performance.now();
    for (const a of sample) {
      for (const s of a.sentences) {
        const sentenceTokens = a.tokens.slice(s.tokens.first, s.tokens.end);
        tagger.tag(sentenceTokens);
        tokens += sentenceTokens.length;
      }
    }
    const tagSeconds = (performance.now() - t0) / 1000;

    let entities = 0;
    const t1 = performance.now();
    for (const a of sample) entities += stage.run(a, ctx).entities.length;
    const stageSeconds = (performance.now() - t1) / 1000;
    log(`  ner: ${tokens} tokens tagged in ${tagSeconds.toFixed(2)} s; stage ${sample.length} articles in ${stageSeconds.toFixed(2)} s, ${entities} entities`);
    return {
      'ner.tokens_per_s': tokens / tagSeconds,
      'entities.articles_per_s': sample.length / stageSeconds,
      'entities.per_article': entities / sample.length,
    };
  },
};
