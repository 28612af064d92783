import type { AnyStage } from '../pipeline/stage.js';

/**
 * The pipeline's table of contents: every extraction stage, in order. Each line creates one stage
 * (loading its data files once). Order matters only through `reads`/`adds`, which
 * `createPipeline` checks; `marsad pipeline` prints this table.
 */
export async function createDefaultStages(): Promise<AnyStage[]> {
  const stages: AnyStage[] = [];
  stages.push((await import('./entities/index.js')).createEntitiesStage());
  stages.push((await import('./places/index.js')).createPlacesStage());
  stages.push((await import('./times/index.js')).createTimesStage());
  stages.push((await import('./actors/index.js')).createActorsStage());
  stages.push((await import('./quotes/index.js')).createQuotesStage());
  stages.push((await import('./events/index.js')).createEventsStage());
  return stages;
}
