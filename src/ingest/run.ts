/**
 * The ingest loop: units → items → analysed articles → store, one article per transaction.
 * Re-ingesting the same content is a no-op (content hash); every failure is recorded with its
 * reason and the loop goes on.
 */
import type { Pipeline } from '../pipeline/pipeline.js';
import type { Store } from '../store/store.js';
import { extractCredits } from './credits.js';
import { expandUnits, readUnit, type SourceOptions } from './sources.js';

export interface IngestSummary {
  readonly added: { source: string; id: string; clusterId: number; copyOf: string | null }[];
  readonly skipped: { source: string; id: string; reason: string }[];
  readonly failed: { source: string; reason: string; code: string }[];
}

export interface IngestProgress {
  /** Called after each unit (file or URL) with units done and the total. */
  readonly onUnit?: (done: number, total: number) => void;
}

export async function ingestInputs(
  inputs: readonly string[], store: Store, pipeline: Pipeline, opts: SourceOptions & IngestProgress = {},
): Promise<IngestSummary> {
  const summary: IngestSummary = { added: [], skipped: [], failed: [] };
  const { units, missing } = expandUnits(inputs);
  for (const m of missing) summary.failed.push({ source: m, reason: `No such file or folder: ${m}.`, code: 'MARSAD_INPUT_NOT_FOUND' });
  const versions = Object.fromEntries(pipeline.stages.map((s) => [s.name, s.version]));
  let done = 0;
  for (const unit of units) {
    for await (const item of readUnit(unit, opts)) {
      if (!item.ok) {
        summary.failed.push({ source: item.source, reason: item.reason, code: item.code });
        continue;
      }
      try {
        const article = pipeline.run(item.text, item.meta);
        const credits = extractCredits(item.text)?.credits ?? [];
        const out = await store.ingestArticle(article, { credits, pipeline: versions });
        if (out.status === 'added') summary.added.push({ source: item.source, id: out.id, clusterId: out.clusterId, copyOf: out.copyOf });
        else summary.skipped.push({ source: item.source, id: out.id, reason: 'same content already stored' });
      } catch (e) {
        const err = e as { message?: string; code?: string };
        summary.failed.push({ source: item.source, reason: err.message ?? String(e), code: err.code ?? 'ERROR' });
      }
    }
    opts.onUnit?.(++done, units.length);
    // PGlite answers through microtasks only: yield a macrotask turn so timers (the progress bar)
    // and signals are served during a long ingest.
    await new Promise((r) => setImmediate(r));
  }
  return summary;
}
