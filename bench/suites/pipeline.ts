import { defaultPipeline } from '../../src/pipeline/default.js';
import type { BenchSuite } from '../types.js';

/** Articles analysed by the whole pipeline: enough for stable per-stage times, short enough for the quick suites. */
const SAMPLE = 400;

/**
 * The whole default pipeline (text core and every extraction stage) on real articles, each stage
 * seeing the layers its predecessors really produced — unlike the single-stage suites, whose inputs
 * are empty or partial. Reports the pipeline's throughput and each stage's own, from the per-stage
 * timings of `Pipeline.runTimed`, so every stage is shown beside the text core on the same input.
 */
export const pipelineSuite: BenchSuite = {
  name: 'pipeline',
  description: 'default pipeline end to end: articles/s overall and per stage, items per article',
  async run(ctx) {
    const pipeline = await defaultPipeline();
    const sample = ctx.articles.slice(0, Math.min(ctx.articles.length, SAMPLE));
    for (const text of sample.slice(0, 20)) pipeline.run(text); // warm-up (JIT, caches)
    const ms: Record<string, number> = {};
    const items = { mentions: 0, quotes: 0, events: 0 };
    const t0 = performance.now();
    for (const [i, text] of sample.entries()) {
      const { article, timings } = pipeline.runTimed(text, {}, `bench-${i}`);
      for (const [stage, t] of Object.entries(timings)) ms[stage] = (ms[stage] ?? 0) + t;
      items.mentions += article.layers.mentions?.length ?? 0;
      items.quotes += article.layers.quotes?.length ?? 0;
      items.events += article.layers.events?.length ?? 0;
    }
    const seconds = (performance.now() - t0) / 1000;
    const figures: Record<string, number> = { 'pipeline.articles_per_s': sample.length / seconds };
    for (const [stage, t] of Object.entries(ms)) figures[`pipeline.${stage}_articles_per_s`] = sample.length / (t / 1000);
    for (const [k, n] of Object.entries(items)) figures[`pipeline.${k}_per_article`] = n / sample.length;
    ctx.log(`  pipeline: ${sample.length} articles in ${seconds.toFixed(1)} s; ` +
      Object.entries(ms).map(([s, t]) => `${s} ${(t / 1000).toFixed(1)} s`).join(', '));
    return figures;
  },
};
