/**
 * Shared set-up of the browser tests: the built UI, an in-memory store behind `buildServer` on
 * 127.0.0.1:0, and Debian's Chromium driven by playwright-core (never a downloaded browser).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { chromium, type BrowserContext } from 'playwright-core';
import { buildServer } from '../../src/api/server.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/store.js';

export const CHROMIUM = '/usr/bin/chromium';
export const HAVE_CHROMIUM = existsSync(CHROMIUM);
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const WEB_DIST = join(ROOT, 'web/dist');
export const SCREENSHOTS = join(ROOT, 'screenshots');
export const TOKEN = 'browser-test-token';

export async function ensureWebBuilt(): Promise<void> {
  if (existsSync(join(WEB_DIST, 'index.html'))) return;
  const { build } = await import('vite');
  await build({ configFile: join(ROOT, 'web/vite.config.ts'), logLevel: 'warn' });
}

export interface Harness {
  readonly store: Store;
  readonly app: FastifyInstance;
  readonly base: string;
  readonly context: BrowserContext;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  await ensureWebBuilt();
  mkdirSync(SCREENSHOTS, { recursive: true });
  const store = await openStore('memory://');
  const app = await buildServer({ store, token: TOKEN, webDir: WEB_DIST });
  const base = await app.listen({ host: '127.0.0.1', port: 0 });
  const profile = mkdtempSync(join(tmpdir(), 'marsad-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
    viewport: { width: 1440, height: 1000 },
    locale: 'ar',
  });
  return {
    store, app, base, context,
    async close() {
      await context.close();
      await app.close();
      await store.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
