import { createDefaultStages } from '../extract/index.js';
import { createPipeline, type Pipeline } from './pipeline.js';
import type { StageContext } from './stage.js';

let cached: Promise<Pipeline> | undefined;

/** The default pipeline (text core + every stage of src/extract), built once per process. */
export function defaultPipeline(ctx?: StageContext): Promise<Pipeline> {
  cached ??= createDefaultStages().then((stages) => createPipeline(stages, ctx));
  return cached;
}
