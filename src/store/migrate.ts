/**
 * Versioned migrations: src/store/migrations/NNN-name.sql, applied in order, each in one
 * transaction, recorded in `schema_migrations`. A migration file never changes once released;
 * a change is a new file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Db } from './db.js';

const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

export function loadMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d{3}-[\w-]+\.sql$/u.test(f))
    .sort()
    .map((f) => ({ version: Number(f.slice(0, 3)), name: f.slice(4, -4), sql: readFileSync(join(dir, f), 'utf8') }));
}

/** Applies every migration not yet recorded; returns the versions applied. Safe to run concurrently on PostgreSQL. */
export async function migrate(db: Db): Promise<number[]> {
  await db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
  const applied: number[] = [];
  for (const m of loadMigrations()) {
    const done = await db.transaction(async (tx) => {
      // Serialise concurrent migrators (two `marsad ingest` started at once on one server).
      await tx.query('SELECT pg_advisory_xact_lock(7261001)');
      const rows = await tx.query('SELECT 1 FROM schema_migrations WHERE version = $1', [m.version]);
      if (rows.length > 0) return false;
      for (const statement of splitStatements(m.sql)) await tx.query(statement);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
      return true;
    });
    if (done) applied.push(m.version);
  }
  return applied;
}

/** Splits a migration script at `;` line ends (our migrations contain no functions or quoted `;`). */
export function splitStatements(script: string): string[] {
  return script
    .split(/;\s*(?:\n|$)/u)
    .map((s) => s.replace(/^\s*--.*$/gmu, '').trim())
    .filter((s) => s.length > 0);
}
