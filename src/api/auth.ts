import { timingSafeEqual, createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { MarsadError } from '../errors.js';

/**
 * Write routes are refused unless the server was started with a token, and then need it in
 * `Authorization: Bearer <token>` (or `X-Marsad-Token`). Compared in constant time on hashes so
 * neither the content nor the length of the token leaks through timing.
 */
export function makeWriteGuard(token: string | null | undefined): (req: FastifyRequest) => Promise<void> {
  const expected = token ? digest(token) : null;
  return async (req) => {
    if (!expected) throw new MarsadError('MARSAD_WRITES_DISABLED');
    const given = presentedToken(req);
    if (!given) throw new MarsadError('MARSAD_UNAUTHORIZED', { detail: 'send it as "Authorization: Bearer <token>"' });
    if (!timingSafeEqual(digest(given), expected)) throw new MarsadError('MARSAD_UNAUTHORIZED', { detail: 'the token given is wrong' });
  };
}

function presentedToken(req: FastifyRequest): string | null {
  const auth = req.headers.authorization;
  if (typeof auth === 'string') {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(auth);
    if (m) return m[1]!;
  }
  const h = req.headers['x-marsad-token'];
  return typeof h === 'string' && h !== '' ? h : null;
}

function digest(s: string): Buffer {
  return createHash('sha256').update(s, 'utf8').digest();
}
