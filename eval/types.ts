import type { Article } from '../src/doc/article.js';

/** A gold span, as in ../shared/corpus/seeds-gold (end exclusive, text === article.slice(start, end)). */
export interface GoldSpan {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** One gold file (see ../shared/corpus/seeds-gold/README.md). Fields kept loose: measures read what they need. */
export interface GoldDoc {
  readonly file: string;
  readonly outlet: string | null;
  readonly credits: readonly string[];
  readonly published: string | null;
  readonly actors: readonly GoldActor[];
  readonly quotes: readonly Record<string, unknown>[];
  readonly events: readonly Record<string, unknown>[];
  readonly places: readonly Record<string, unknown>[];
  readonly times: readonly Record<string, unknown>[];
}

export interface GoldActor {
  readonly id: string;
  readonly type: string;
  readonly parent: string | null;
  readonly name_ar: string;
  readonly name_en: string;
  readonly mentions: readonly {
    readonly span: GoldSpan;
    readonly kind: 'name' | 'nominal';
    readonly labels: readonly (GoldSpan & { readonly kind: string })[];
  }[];
}

/** A gold article and the system's analysis of the same text. */
export interface EvalPair {
  readonly gold: GoldDoc;
  readonly text: string;
  readonly system: Article;
}

export interface EvalContext {
  readonly pairs: readonly EvalPair[];
  /** CoNLL-style `token TAG` file for NER scoring (default: the ANERcorp dev split). */
  readonly nerFile: string;
}

/** One family of figures. `run` returns flat `name → number` pairs (names are stable once published). */
export interface Measure {
  readonly name: string;
  readonly description: string;
  run(ctx: EvalContext): Record<string, number> | Promise<Record<string, number>>;
}
