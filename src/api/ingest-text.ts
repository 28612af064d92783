/**
 * The API's write path: one text (pasted, uploaded or fetched) → the default pipeline → the store.
 * Input checks are the CLI's (strict UTF-8, not empty, mostly Arabic), so the API refuses exactly
 * what `marsad ingest` refuses, with the same error codes.
 */
import type { ArticleMeta } from '../doc/article.js';
import { isMarsadError } from '../errors.js';
import { extractCredits } from '../ingest/credits.js';
import { checkArabic, decodeUtf8, DEFAULT_MAX_BYTES } from '../ingest/read-input.js';
import type { Pipeline } from '../pipeline/pipeline.js';
import type { IngestOutcome, Store } from '../store/store.js';

export interface IngestResult {
  readonly source: string;
  readonly status: 'added' | 'skipped' | 'failed';
  readonly id: string | null;
  readonly storyId: number | null;
  readonly copyOf: string | null;
  readonly error: { readonly code: string; readonly message: string } | null;
}

export interface IngestDeps {
  readonly store: Store;
  readonly pipeline: () => Promise<Pipeline>;
}

export async function ingestBytes(deps: IngestDeps, bytes: Uint8Array, meta: ArticleMeta, source: string): Promise<IngestResult> {
  try {
    const text = decodeUtf8(bytes, source, DEFAULT_MAX_BYTES);
    return await ingestText(deps, text, meta, source);
  } catch (e) {
    return failed(source, e);
  }
}

export async function ingestText(deps: IngestDeps, text: string, meta: ArticleMeta, source: string): Promise<IngestResult> {
  try {
    if (text.trim() === '') return failed(source, null, { code: 'MARSAD_INPUT_EMPTY', message: `${source} is empty: nothing to analyse.` });
    checkArabic(text, source);
    const pipeline = await deps.pipeline();
    const article = pipeline.run(text, { ...meta, source: meta.source ?? source });
    const versions = Object.fromEntries(pipeline.stages.map((st) => [st.name, st.version]));
    const credits = extractCredits(text)?.credits ?? [];
    return fromOutcome(source, await deps.store.ingestArticle(article, { credits, pipeline: versions }));
  } catch (e) {
    return failed(source, e);
  }
}

function fromOutcome(source: string, o: IngestOutcome): IngestResult {
  return o.status === 'added'
    ? { source, status: 'added', id: o.id, storyId: o.clusterId, copyOf: o.copyOf, error: null }
    : { source, status: 'skipped', id: o.id, storyId: null, copyOf: null, error: null };
}

export function failed(source: string, e: unknown, given?: { code: string; message: string }): IngestResult {
  // Only input errors are the client's; anything else is a server fault and is rethrown (→ 500, logged).
  if (!given && !isMarsadError(e)) throw e;
  const error = given ?? { code: (e as { code: string }).code, message: (e as Error).message };
  return { source, status: 'failed', id: null, storyId: null, copyOf: null, error };
}
