/**
 * Every error Marsad reports on purpose, in one listable place: a stable code, a message template
 * that says what to do, the CLI exit code and the HTTP status. Codes never change once published.
 */
export const ERRORS = {
  MARSAD_INPUT_NOT_FOUND: { exit: 2, http: 404, message: 'No such file or folder: {path}.' },
  MARSAD_INPUT_EMPTY: { exit: 3, http: 422, message: '{path} is empty (or only whitespace): nothing to analyse.' },
  MARSAD_INPUT_TOO_LARGE: {
    exit: 3, http: 413,
    message: '{path} is {size} bytes, over the limit of {limit} bytes. Split it, or raise the limit with --max-bytes.',
  },
  MARSAD_INPUT_BINARY: { exit: 3, http: 415, message: '{path} looks binary (it contains NUL bytes), not text.' },
  MARSAD_INPUT_NOT_UTF8: {
    exit: 3, http: 415,
    message: '{path} is not valid UTF-8 (first bad byte at offset {offset}). Convert it, e.g. `iconv -f WINDOWS-1256 -t UTF-8`.',
  },
  MARSAD_INPUT_NOT_ARABIC: {
    exit: 3, http: 422,
    message: '{path} does not look like Arabic text ({share}% of its letters are Arabic; at least {min}% needed).',
  },
  MARSAD_INPUT_BAD_JSON: { exit: 3, http: 400, message: '{path}: {detail}' },
  MARSAD_PIPELINE_ORDER: {
    exit: 70, http: 500,
    message: 'Stage "{stage}" reads layer "{layer}", which no earlier stage adds. Reorder the stages or add the producer.',
  },
  MARSAD_PIPELINE_DUPLICATE_LAYER: {
    exit: 70, http: 500,
    message: 'Stage "{stage}" adds layer "{layer}", already added by "{other}". A layer has exactly one producer.',
  },
  MARSAD_DATA_INVALID: { exit: 65, http: 500, message: '{file}:{line}: {detail}' },
  MARSAD_MODEL_MISSING: { exit: 66, http: 500, message: 'Model file {file} is missing. Rebuild it with `{command}`.' },
  MARSAD_FETCH_REFUSED: {
    exit: 4, http: 403,
    message: 'Refused to fetch {url}: {reason}. Pass --allow-private to fetch private, loopback or link-local addresses.',
  },
  MARSAD_FETCH_FAILED: { exit: 4, http: 502, message: 'Could not fetch {url}: {reason}.' },
  MARSAD_FEED_INVALID: { exit: 3, http: 422, message: '{source} is not a readable RSS or Atom feed: {detail}.' },
  MARSAD_DB_FAILED: { exit: 5, http: 500, message: 'Database error: {detail}.' },
  MARSAD_NOT_FOUND: { exit: 2, http: 404, message: '{what} not found.' },
  MARSAD_BAD_REQUEST: { exit: 2, http: 400, message: '{detail}' },
  MARSAD_UNAUTHORIZED: { exit: 2, http: 401, message: 'This route needs a valid token: {detail}.' },
  MARSAD_WRITES_DISABLED: {
    exit: 2, http: 403,
    message: 'Writes are disabled on this server: start `marsad serve` with --token <secret> (or MARSAD_TOKEN) to allow ingest.',
  },
} as const;

export type ErrorCode = keyof typeof ERRORS;

export class MarsadError extends Error {
  readonly code: ErrorCode;
  readonly params: Readonly<Record<string, string | number>>;

  constructor(code: ErrorCode, params: Record<string, string | number> = {}, options?: { cause?: unknown }) {
    super(formatMessage(ERRORS[code].message, params), options);
    this.name = 'MarsadError';
    this.code = code;
    this.params = params;
  }

  get exitCode(): number {
    return ERRORS[this.code].exit;
  }

  get httpStatus(): number {
    return ERRORS[this.code].http;
  }
}

function formatMessage(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function isMarsadError(e: unknown): e is MarsadError {
  return e instanceof MarsadError;
}
