import { makeArticle, withLayers, type Article, type ArticleMeta } from '../doc/article.js';
import type { LayerName } from '../doc/layers.js';
import { MarsadError } from '../errors.js';
import { analyzeText } from '../text/index.js';
import type { AnyStage, StageContext } from './stage.js';

export interface StageInfo {
  readonly name: string;
  readonly version: number;
  readonly description: string;
  readonly reads: readonly LayerName[];
  readonly adds: readonly LayerName[];
}

export interface PipelineRun {
  readonly article: Article;
  /** Milliseconds spent in the text core and in each stage. */
  readonly timings: Readonly<Record<string, number>>;
}

export interface Pipeline {
  readonly stages: readonly StageInfo[];
  run(text: string, meta?: ArticleMeta, id?: string): Article;
  runTimed(text: string, meta?: ArticleMeta, id?: string): PipelineRun;
}

/** Checks at construction that every layer read is produced earlier and that no layer has two producers. */
export function checkStageOrder(stages: readonly AnyStage[]): void {
  const producers = new Map<LayerName, string>();
  for (const stage of stages) {
    for (const layer of stage.reads as readonly LayerName[]) {
      if (!producers.has(layer)) throw new MarsadError('MARSAD_PIPELINE_ORDER', { stage: stage.name, layer });
    }
    for (const layer of stage.adds as readonly LayerName[]) {
      const other = producers.get(layer);
      if (other) throw new MarsadError('MARSAD_PIPELINE_DUPLICATE_LAYER', { stage: stage.name, layer, other });
      producers.set(layer, stage.name);
    }
  }
}

let articleCounter = 0;

export function createPipeline(stages: readonly AnyStage[], ctx: StageContext = { log: () => {} }): Pipeline {
  checkStageOrder(stages);
  const runTimed = (text: string, meta: ArticleMeta = {}, id?: string): PipelineRun => {
    const timings: Record<string, number> = {};
    let t0 = performance.now();
    const { sentences, tokens } = analyzeText(text);
    let article = makeArticle(id ?? `a${++articleCounter}`, text, meta, sentences, tokens);
    timings['text'] = performance.now() - t0;
    for (const stage of stages) {
      t0 = performance.now();
      const added = stage.run(article as never, ctx);
      article = withLayers(article, added);
      timings[stage.name] = performance.now() - t0;
    }
    return { article, timings };
  };
  return {
    stages: stages.map((s) => ({
      name: s.name, version: s.version, description: s.description, reads: s.reads, adds: s.adds,
    })),
    runTimed,
    run: (text, meta, id) => runTimed(text, meta, id).article,
  };
}
