/**
 * Opens the store named by `--db`, else `MARSAD_DB`, else the embedded default `./.marsad/`:
 * `postgres://…` → PostgreSQL server; `memory://` → in-memory PGlite (tests); anything else → a
 * PGlite data directory. Migrations run on open.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { isPostgresUrl, openPglite, openPostgres } from './db.js';
import { migrate } from './migrate.js';
import { sqlStore } from './sql-store.js';
import type { Store } from './store.js';

export const DEFAULT_DB = './.marsad';

export function resolveDbUrl(url?: string | null): string {
  return url || process.env['MARSAD_DB'] || DEFAULT_DB;
}

export async function openStore(url?: string | null): Promise<Store> {
  const target = resolveDbUrl(url);
  let db;
  if (isPostgresUrl(target)) db = await openPostgres(target);
  else if (target === 'memory://') db = await openPglite('memory://');
  else {
    const dir = resolve(target.replace(/^file:\/\//u, ''));
    mkdirSync(dir, { recursive: true });
    db = await openPglite(dir);
  }
  try {
    await migrate(db);
  } catch (e) {
    await db.close();
    throw e;
  }
  return sqlStore(db);
}
