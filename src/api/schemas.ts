/**
 * JSON Schemas shared by the routes. Fastify validates every request against them (Ajv) and
 * @fastify/swagger turns them into the OpenAPI document, so validation and documentation
 * cannot drift apart. Unknown query parameters are refused (see server.ts: removeAdditional off)
 * so that a misspelt filter gives a 400 instead of silently returning everything.
 */

/** Largest page a client may ask for; the store allows more, but a browser page never needs it. */
export const MAX_LIMIT = 200;
export const DEFAULT_LIMIT = 50;

export const ISO_DATE = '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$';

export const pagingProps = {
  limit: { type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT, description: `Page size (1–${MAX_LIMIT}).` },
  offset: { type: 'integer', minimum: 0, maximum: 1_000_000, default: 0, description: 'Number of items to skip.' },
} as const;

/** Article filters shared by lists and search (dates inclusive, ISO YYYY-MM-DD). */
export const filterProps = {
  outlet: { type: 'string', minLength: 1, maxLength: 200, description: 'Only articles of this outlet.' },
  from: { type: 'string', pattern: ISO_DATE, description: 'Published on or after (YYYY-MM-DD).' },
  to: { type: 'string', pattern: ISO_DATE, description: 'Published on or before (YYYY-MM-DD).' },
  actor: { type: 'string', minLength: 1, maxLength: 200, description: 'Only articles mentioning this actor id.' },
  place: { type: 'string', minLength: 1, maxLength: 200, description: 'Only articles naming this place id.' },
  story: { type: 'integer', minimum: 1, description: 'Only members of this story (event cluster) id.' },
} as const;

export function query(props: Record<string, unknown>, required: readonly string[] = []): Record<string, unknown> {
  return { type: 'object', properties: props, required, additionalProperties: false };
}

export const stringIdParams = {
  type: 'object',
  properties: { id: { type: 'string', minLength: 1, maxLength: 200 } },
  required: ['id'],
  additionalProperties: false,
} as const;

export const intIdParams = {
  type: 'object',
  properties: { id: { type: 'integer', minimum: 1, maximum: 2_147_483_647 } },
  required: ['id'],
  additionalProperties: false,
} as const;

/** The one error body every route sends. */
export const errorSchema = {
  type: 'object',
  properties: {
    error: {
      type: 'object',
      properties: {
        code: { type: 'string', description: 'Stable error code (MARSAD_…).' },
        message: { type: 'string', description: 'What went wrong and what to do.' },
      },
      required: ['code', 'message'],
    },
  },
  required: ['error'],
} as const;

/** Documented error responses; the bodies are not serialised through these (see server.ts). */
export const errorResponses = {
  400: { description: 'Invalid input', ...errorSchema },
  404: { description: 'Not found', ...errorSchema },
} as const;

/** A loose object schema for documentation: responses are sent as the store returns them. */
export function okResponse(description: string): Record<string, unknown> {
  return { 200: { description, type: 'object', additionalProperties: true }, ...errorResponses };
}

/** Turns an ISO date pattern match into a real calendar check (2024-02-30 is refused). */
export function isRealDate(iso: string): boolean {
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
}
