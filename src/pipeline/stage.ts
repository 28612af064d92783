import type { ArticleWith } from '../doc/article.js';
import type { Layers, LayerName } from '../doc/layers.js';

/** What a stage gets besides the article: a logger. Data comes in when the stage is created. */
export interface StageContext {
  readonly log: (message: string) => void;
}

/**
 * A pipeline stage: a synchronous, pure function of one article. It declares the layers it reads
 * (guaranteed present, and the only ones it can see) and the layers it adds (it must return them).
 */
export interface Stage<R extends LayerName = LayerName, A extends LayerName = LayerName> {
  /** The folder name under src/extract. */
  readonly name: string;
  /** Bumped whenever the stage's output changes; stored with results. */
  readonly version: number;
  readonly description: string;
  readonly reads: readonly R[];
  readonly adds: readonly A[];
  run(article: ArticleWith<R>, ctx: StageContext): { readonly [K in A]: Layers[K] };
}

/** Any stage, whatever it reads and adds (for lists of stages). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyStage = Stage<any, any>;

/** Identity function whose `const` type parameters let `reads`/`adds` be written once for types and runtime. */
export function defineStage<const R extends LayerName, const A extends LayerName>(stage: Stage<R, A>): Stage<R, A> {
  return Object.freeze(stage);
}
