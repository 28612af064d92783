/**
 * A minimal SQL connection shared by both back ends, so every query is written once:
 * embedded PGlite (a directory or `memory://`) and a PostgreSQL server through `pg`.
 * Rows come back as plain objects; queries cast counts to int and dates to text so that both
 * drivers return the same JS types.
 */
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { MarsadError } from '../errors.js';

export interface Sql {
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
}

export interface Db extends Sql {
  readonly kind: 'pglite' | 'postgres';
  /** Where the data lives, without any password. */
  readonly location: string;
  /** Runs `fn` in one transaction: everything or nothing is written. */
  transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T>;
  /** Runs a multi-statement script (migrations). */
  exec(script: string): Promise<void>;
  close(): Promise<void>;
}

function dbError(e: unknown): MarsadError {
  return new MarsadError('MARSAD_DB_FAILED', { detail: e instanceof Error ? e.message : String(e) }, { cause: e });
}

async function wrap<T>(p: Promise<T>): Promise<T> {
  try {
    return await p;
  } catch (e) {
    throw e instanceof MarsadError ? e : dbError(e);
  }
}

/** `postgres://user:secret@host/db` → `postgres://user@host/db` for messages. */
export function redactUrl(url: string): string {
  return url.replace(/(\/\/[^:/@]+):[^@]*@/u, '$1@');
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//iu.test(url);
}

export async function openPglite(dataDir: string): Promise<Db> {
  const db = dataDir === 'memory://' ? new PGlite() : new PGlite(dataDir);
  await wrap(db.waitReady);
  const sql = (q: { query: PGlite['query'] }): Sql => ({
    query: async <T>(text: string, params: readonly unknown[] = []) =>
      (await wrap(q.query<T>(text, params as unknown[]))).rows,
  });
  return {
    kind: 'pglite',
    location: dataDir,
    ...sql(db),
    transaction: (fn) => wrap(db.transaction((tx) => fn(sql(tx)))),
    exec: async (script) => {
      await wrap(db.exec(script));
    },
    close: () => db.close(),
  };
}

export async function openPostgres(url: string): Promise<Db> {
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  // A pool error on an idle client must not crash the process; the next query reports it.
  pool.on('error', () => {});
  await wrap(pool.query('SELECT 1'));
  return {
    kind: 'postgres',
    location: redactUrl(url),
    query: async <T>(text: string, params: readonly unknown[] = []) =>
      (await wrap(pool.query(text, params as unknown[]))).rows as T[],
    transaction: async (fn) => {
      const client = await wrap(pool.connect());
      try {
        await client.query('BEGIN');
        const tx: Sql = {
          query: async <T>(text: string, params: readonly unknown[] = []) =>
            (await wrap(client.query(text, params as unknown[]))).rows as T[],
        };
        const out = await fn(tx);
        await client.query('COMMIT');
        return out;
      } catch (e) {
        await client.query('ROLLBACK').catch(() => {});
        throw e instanceof MarsadError ? e : dbError(e);
      } finally {
        client.release();
      }
    },
    exec: async (script) => {
      await wrap(pool.query(script));
    },
    close: () => pool.end(),
  };
}
