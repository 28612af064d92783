/**
 * A throwaway PostgreSQL server for integration tests: initdb in a temp dir, pg_ctl start on a
 * free port (trust auth, 127.0.0.1 only), stopped and deleted afterwards. The server cannot run as
 * root, so as root it runs as the `postgres` user through `su`. Returns null (tests then skip with a
 * message) only when the binaries are absent. MARSAD_TEST_PG=postgres://… uses an existing server.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { freePort } from './ports.js';

export interface TestPostgres {
  /** URL of a fresh, empty database on the server. */
  newDatabase(): Promise<string>;
  stop(): Promise<void>;
}

export function findPgBin(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  for (const v of readdirSync(root).sort().reverse()) {
    const bin = join(root, v, 'bin');
    if (existsSync(join(bin, 'pg_ctl')) && existsSync(join(bin, 'initdb'))) return bin;
  }
  return null;
}


let counter = 0;

function admin(baseUrl: string): TestPostgres['newDatabase'] {
  return async () => {
    const name = `marsad_test_${process.pid}_${++counter}`;
    const c = new pg.Client({ connectionString: baseUrl });
    await c.connect();
    await c.query(`CREATE DATABASE ${name}`);
    await c.end();
    return baseUrl.replace(/\/[^/]*$/u, `/${name}`);
  };
}

export async function startTestPostgres(): Promise<TestPostgres | null> {
  const external = process.env['MARSAD_TEST_PG'];
  if (external) return { newDatabase: admin(external), stop: async () => {} };
  const bin = findPgBin();
  if (!bin) return null;
  const dir = mkdtempSync(join(tmpdir(), 'marsad-pg-'));
  chmodSync(dir, 0o777);
  const data = join(dir, 'data');
  const port = await freePort();
  const asRoot = process.getuid?.() === 0;
  const run = (cmd: string, args: string[]): void => {
    if (asRoot) {
      const line = [cmd, ...args].map((a) => `'${a.replace(/'/gu, `'\\''`)}'`).join(' ');
      execFileSync('su', ['postgres', '-s', '/bin/sh', '-c', line], { stdio: 'pipe' });
    } else execFileSync(cmd, args, { stdio: 'pipe' });
  };
  run(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8']);
  run(join(bin, 'pg_ctl'), ['-D', data, '-l', join(dir, 'log'), '-w', '-o', `-p ${port} -h 127.0.0.1 -k ${dir} -c fsync=off`, 'start']);
  const base = `postgres://postgres@127.0.0.1:${port}/postgres`;
  return {
    newDatabase: admin(base),
    stop: async () => {
      try {
        run(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
