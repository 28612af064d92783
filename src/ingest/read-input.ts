import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { extname, join } from 'node:path';
import { outletName, type ArticleMeta } from '../doc/article.js';
import { MarsadError } from '../errors.js';
import { detectArabic, MIN_ARABIC_SHARE } from '../text/language.js';

/** Largest input file accepted by default (a long article is ~50 KB; 5 MB is a book). */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/** File kinds read from folders; anything else in a folder is skipped silently. */
export const TEXT_EXTENSIONS: ReadonlySet<string> = new Set(['.txt', '.json', '.jsonl', '.ndjson']);

export interface InputArticle {
  readonly ok: true;
  /** File path, with `#n` for the n-th record of a JSON/JSONL file. */
  readonly source: string;
  readonly text: string;
  readonly meta: ArticleMeta;
}

export interface InputFailure {
  readonly ok: false;
  readonly source: string;
  readonly error: MarsadError;
}

export type InputResult = InputArticle | InputFailure;

export interface ReadOptions {
  readonly maxBytes?: number;
  /** Accept text whose letters are mostly not Arabic (default false: refuse with a clear error). */
  readonly allowNonArabic?: boolean;
}

/** Expands files and folders (recursively, sorted) into the list of files to read. */
export function expandPaths(paths: readonly string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  const walk = (p: string, explicit: boolean): void => {
    if (!existsSync(p)) {
      missing.push(p);
      return;
    }
    const st = statSync(p);
    if (st.isDirectory()) {
      for (const name of readdirSync(p).sort()) if (!name.startsWith('.')) walk(join(p, name), false);
    } else if (explicit || TEXT_EXTENSIONS.has(extname(p).toLowerCase())) {
      files.push(p);
    }
  };
  for (const p of paths) walk(p, true);
  return { files, missing };
}

/**
 * Decodes bytes as strict UTF-8 with clear errors: empty, too large, binary (NUL bytes), invalid
 * UTF-8 (with the offset of the first bad byte). A byte-order mark is dropped by the decoder.
 */
export function decodeUtf8(bytes: Uint8Array, source: string, maxBytes = DEFAULT_MAX_BYTES): string {
  if (bytes.length > maxBytes) throw new MarsadError('MARSAD_INPUT_TOO_LARGE', { path: source, size: bytes.length, limit: maxBytes });
  if (bytes.indexOf(0) >= 0) throw new MarsadError('MARSAD_INPUT_BINARY', { path: source });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new MarsadError('MARSAD_INPUT_NOT_UTF8', { path: source, offset: firstInvalidUtf8Byte(bytes) });
  }
  if (text.trim().length === 0) throw new MarsadError('MARSAD_INPUT_EMPTY', { path: source });
  return text;
}

/** Offset of the first byte that breaks UTF-8 (for the error message). */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return bytes.length;
}

/** Refuses text that is not mostly Arabic script. */
export function checkArabic(text: string, source: string): void {
  const guess = detectArabic(text);
  if (!guess.isArabic) {
    throw new MarsadError('MARSAD_INPUT_NOT_ARABIC', {
      path: source, share: Math.round(guess.arabicShare * 100), min: Math.round(MIN_ARABIC_SHARE * 100),
    });
  }
}

interface JsonRecord {
  text?: unknown;
  title?: unknown;
  outlet?: unknown;
  url?: unknown;
  published?: unknown;
}

const optionalString = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);

function recordToInput(rec: unknown, source: string, options: ReadOptions): InputResult {
  try {
    if (typeof rec !== 'object' || rec === null || Array.isArray(rec)) {
      throw new MarsadError('MARSAD_INPUT_BAD_JSON', { path: source, detail: 'expected an object with a "text" field' });
    }
    const r = rec as JsonRecord;
    if (typeof r.text !== 'string') {
      throw new MarsadError('MARSAD_INPUT_BAD_JSON', { path: source, detail: 'the "text" field is missing or not a string' });
    }
    if (r.text.trim() === '') throw new MarsadError('MARSAD_INPUT_EMPTY', { path: source });
    if (!options.allowNonArabic) checkArabic(r.text, source);
    const meta: ArticleMeta = {
      title: optionalString(r.title), outlet: optionalString(r.outlet), url: optionalString(r.url),
      published: optionalString(r.published), source,
    };
    return { ok: true, source, text: r.text, meta };
  } catch (e) {
    return failure(source, e);
  }
}

function failure(source: string, e: unknown): InputFailure {
  if (e instanceof MarsadError) return { ok: false, source, error: e };
  throw e;
}

/** Reads one file into one or more articles (JSON arrays and JSONL give one per record). */
export function readInputFile(path: string, options: ReadOptions = {}): InputResult[] {
  let text: string;
  try {
    text = decodeUtf8(readFileSync(path), path, options.maxBytes ?? DEFAULT_MAX_BYTES);
  } catch (e) {
    return [failure(path, e)];
  }
  const ext = extname(path).toLowerCase();
  if (ext === '.jsonl' || ext === '.ndjson') {
    const out: InputResult[] = [];
    text.split('\n').forEach((line, i) => {
      if (line.trim() === '') return;
      const source = `${path}#${i + 1}`;
      try {
        out.push(recordToInput(JSON.parse(line), source, options));
      } catch (e) {
        out.push(e instanceof SyntaxError
          ? failure(source, new MarsadError('MARSAD_INPUT_BAD_JSON', { path: source, detail: `line ${i + 1} is not valid JSON (${e.message})` }))
          : failure(source, e));
      }
    });
    return out;
  }
  if (ext === '.json') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (e) {
      return [failure(path, new MarsadError('MARSAD_INPUT_BAD_JSON', { path, detail: `not valid JSON (${(e as Error).message})` }))];
    }
    const records = Array.isArray(parsed) ? parsed : [parsed];
    return records.map((rec, i) => recordToInput(rec, records.length > 1 ? `${path}#${i + 1}` : path, options));
  }
  try {
    if (!options.allowNonArabic) checkArabic(text, path);
  } catch (e) {
    return [failure(path, e)];
  }
  return [{ ok: true, source: path, text, meta: { source: path, title: null, outlet: null, url: null, published: null } }];
}

/** Reads every path (files or folders). Missing paths become failures; one bad file never stops the others. */
export function readInputs(paths: readonly string[], options: ReadOptions = {}): { files: string[]; results: () => Generator<InputResult> } {
  const { files, missing } = expandPaths(paths);
  return {
    files,
    results: function* () {
      for (const m of missing) yield { ok: false, source: m, error: new MarsadError('MARSAD_INPUT_NOT_FOUND', { path: m }) };
      for (const f of files) yield* readInputFile(f, options);
    },
  };
}

/** The outlet to show for an article: its metadata, else the file's base name (see `outletName`). */
export function outletOf(meta: ArticleMeta): string {
  return outletName(meta);
}
