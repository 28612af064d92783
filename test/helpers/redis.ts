/**
 * A throwaway Redis server for integration tests: `redis-server` from Debian on a free loopback port,
 * no persistence, stopped afterwards. Returns null (tests then skip with a message) only when the
 * binary is absent; `.ci/run` installs it. MARSAD_TEST_REDIS=redis://… uses an existing server.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createConnection } from 'node:net';
import { freePort } from './ports.js';

export interface TestRedis {
  readonly url: string;
  stop(): Promise<void>;
}

export function hasRedisServer(): boolean {
  return spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0;
}


function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const c = createConnection({ host: '127.0.0.1', port }, () => c.write('PING\r\n'));
    c.on('data', (d) => {
      c.destroy();
      resolve(d.toString().startsWith('+PONG'));
    });
    c.on('error', () => resolve(false));
  });
}

export async function startTestRedis(): Promise<TestRedis | null> {
  const external = process.env['MARSAD_TEST_REDIS'];
  if (external) return { url: external, stop: async () => {} };
  if (!hasRedisServer()) return null;
  const port = await freePort();
  const child: ChildProcess = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    if (await ping(port)) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    },
  };
}
