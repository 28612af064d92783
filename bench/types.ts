/** Shared input of every suite: the benchmark corpus, built once per run. */
export interface BenchContext {
  /** Articles of realistic length assembled from real Arabic text (see bench/corpus.ts). */
  readonly articles: readonly string[];
  readonly totalBytes: number;
  /** Print a progress line (stderr), kept out of --json output. */
  readonly log: (message: string) => void;
}

/** One benchmark family; returns flat `name → number` figures (stable names). */
export interface BenchSuite {
  readonly name: string;
  readonly description: string;
  run(ctx: BenchContext): Promise<Record<string, number>>;
}
