/**
 * A process really killed (SIGKILL) in the middle of `marsad ingest` leaves a consistent database
 * — every stored article whole, with its buckets, cluster and counts — and a re-run completes it.
 * Run on a PGlite data directory and on a PostgreSQL server.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSentenceMaterial, prng } from '../bench/corpus.js';
import { ingestInputs } from '../src/ingest/run.js';
import { defaultPipeline } from '../src/pipeline/default.js';
import { isPostgresUrl, openPglite, openPostgres, type Db } from '../src/store/db.js';
import { migrate } from '../src/store/migrate.js';
import { sqlStore } from '../src/store/sql-store.js';
import { startTestPostgres, type TestPostgres } from './helpers/postgres.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FILES = 300;
let work = '';
let inputs = '';
let server: TestPostgres | null = null;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'marsad-kill-'));
  inputs = join(work, 'in');
  mkdirSync(inputs);
  const material = loadSentenceMaterial();
  const rand = prng(7);
  for (let i = 0; i < FILES; i++) {
    const n = 6 + Math.floor(rand() * 6);
    const text = Array.from({ length: n }, () => material[Math.floor(rand() * material.length)]!).join('\n');
    writeFileSync(join(inputs, `${String(i).padStart(3, '0')}.txt`), text);
  }
  server = await startTestPostgres();
});
afterAll(async () => {
  await server?.stop();
  rmSync(work, { recursive: true, force: true });
});

/** Starts `marsad ingest`, waits until its progress shows at least `atLeast` inputs done, SIGKILLs it. */
function ingestAndKill(db: string, atLeast: number): Promise<{ killedAt: number; exitedByKill: boolean }> {
  return new Promise((resolve, reject) => {
    // One node process (tsx loaded in-process, not the tsx wrapper that forks a child), so SIGKILL hits the writer itself.
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'ingest', inputs, '--db', db], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    let killedAt = -1;
    let err = '';
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString();
      const done = [...err.matchAll(/(\d+)\/(\d+) inputs/gu)].map((m) => Number(m[1]));
      const last = done.at(-1) ?? 0;
      if (killedAt < 0 && last >= atLeast) {
        killedAt = last;
        child.kill('SIGKILL');
      }
    });
    child.on('exit', (_code, signal) => {
      if (killedAt < 0) reject(new Error(`ingest ended before it could be killed:\n${err}`));
      else resolve({ killedAt, exitedByKill: signal === 'SIGKILL' });
    });
  });
}

async function checkConsistent(db: Db): Promise<number> {
  const one = async (sql: string): Promise<number> => Number(Object.values((await db.query(sql))[0]!)[0]);
  const n = await one('SELECT count(*)::int FROM articles');
  expect(await one('SELECT count(*)::int FROM articles WHERE cluster_id IS NULL')).toBe(0);
  expect(await one('SELECT count(*)::int FROM minhash_bands')).toBe(20 * n);
  expect(await one('SELECT COALESCE(sum(size), 0)::int FROM clusters')).toBe(n);
  expect(await one('SELECT COALESCE(sum(size), 0)::int FROM threads')).toBe(n);
  expect(await one(`SELECT value::int FROM counters WHERE name = 'documents'`)).toBe(n);
  expect(await one('SELECT count(*)::int FROM clusters c WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.cluster_id = c.id)')).toBe(0);
  return n;
}

describe.each([['pglite'], ['postgres']])('kill -9 mid-ingest on %s', (backend) => {
  it('leaves whole articles only, and a re-run completes the corpus', async (ctx) => {
    let url: string;
    if (backend === 'pglite') url = join(work, 'pglite-db');
    else if (server) url = await server.newDatabase();
    else return ctx.skip();
    const { killedAt, exitedByKill } = await ingestAndKill(url, 20);
    expect(exitedByKill).toBe(true);
    expect(killedAt).toBeLessThan(FILES);

    const db = isPostgresUrl(url) ? await openPostgres(url) : await openPglite(url);
    await migrate(db);
    const stored = await checkConsistent(db);
    expect(stored).toBeGreaterThanOrEqual(killedAt - 1);
    expect(stored).toBeLessThan(FILES);

    const store = sqlStore(db);
    const rerun = await ingestInputs([inputs], store, await defaultPipeline());
    expect(rerun.failed).toEqual([]);
    expect(rerun.skipped).toHaveLength(stored);
    expect(rerun.added).toHaveLength(FILES - stored);
    expect(await checkConsistent(db)).toBe(FILES);
    await store.close();
  }, 300_000);
});
