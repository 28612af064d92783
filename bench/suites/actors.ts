import { createEntitiesStage } from '../../src/extract/entities/index.js';
import { createActorsStage } from '../../src/extract/actors/index.js';
import { createPlacesStage } from '../../src/extract/places/index.js';
import { createPipeline } from '../../src/pipeline/pipeline.js';
import type { BenchSuite } from '../types.js';

/**
 * Throughput of the actors stage alone: the text core, entities and places run first (untimed),
 * then only the actors stage is timed over the same articles.
 */
export const actorsSuite: BenchSuite = {
  name: 'actors',
  description: 'actors stage throughput (articles/s), inputs prepared untimed',
  async run(ctx) {
    const actors = createActorsStage();
    const prep = createPipeline([createEntitiesStage(), createPlacesStage()]);
    const sample = ctx.articles.slice(0, Math.min(ctx.articles.length, 400));
    const prepared = sample.map((text, i) => prep.run(text, {}, `bench-${i}`));
    const log = (): void => {};
    const t0 = performance.now();
    let mentions = 0;
    for (const a of prepared) mentions += actors.run(a as never, { log }).mentions.length;
    const seconds = (performance.now() - t0) / 1000;
    ctx.log(`actors: ${prepared.length} articles, ${mentions} mentions in ${seconds.toFixed(2)} s`);
    return { 'actors.articles_per_s': prepared.length / seconds };
  },
};
