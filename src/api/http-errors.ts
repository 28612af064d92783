import type { FastifyError, FastifyInstance } from 'fastify';
import { isMarsadError, MarsadError } from '../errors.js';

/**
 * One error shape for every route: `{ error: { code, message } }`. Validation failures and client
 * mistakes become 4xx with the reason; anything unexpected is a 500 with a generic message (the
 * details go to the log, not to the client).
 */
export function installErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError | MarsadError | Error, req, reply) => {
    if (isMarsadError(err)) {
      if (err.httpStatus >= 500) req.log.error(err);
      return reply.status(err.httpStatus).send({ error: { code: err.code, message: err.message } });
    }
    const fe = err as FastifyError;
    if (fe.validation) {
      const where = fe.validationContext ?? 'request';
      const detail = fe.validation.map((v) => describeValidation(where, v)).join('; ');
      return reply.status(400).send({ error: { code: 'MARSAD_BAD_REQUEST', message: detail } });
    }
    if (typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) {
      return reply.status(fe.statusCode).send({ error: { code: fe.code ?? 'MARSAD_BAD_REQUEST', message: fe.message } });
    }
    req.log.error(err);
    return reply.status(500).send({ error: { code: 'MARSAD_INTERNAL', message: 'Internal error; see the server log.' } });
  });
  app.setNotFoundHandler((req, reply) => {
    reply.status(404).send({ error: { code: 'MARSAD_NOT_FOUND', message: `No route ${req.method} ${req.url.split('?')[0]}.` } });
  });
}

interface AjvIssue {
  readonly instancePath?: string;
  readonly message?: string;
  readonly params?: Record<string, unknown>;
}

function describeValidation(where: string, v: AjvIssue): string {
  const path = (v.instancePath ?? '').replace(/^\//, '').replace(/\//g, '.');
  const extra = v.params?.['additionalProperty'];
  if (typeof extra === 'string') return `${where}: unknown parameter "${extra}"`;
  const missing = v.params?.['missingProperty'];
  if (typeof missing === 'string') return `${where}: "${missing}" is required`;
  return `${where}${path ? `.${path}` : ''} ${v.message ?? 'is invalid'}`;
}

export function notFound(what: string): MarsadError {
  return new MarsadError('MARSAD_NOT_FOUND', { what });
}

export function badRequest(detail: string): MarsadError {
  return new MarsadError('MARSAD_BAD_REQUEST', { detail });
}
