import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Command, InvalidArgumentError } from 'commander';
import { buildServer } from '../../api/server.js';
import { openStore } from '../../store/open.js';

const DEFAULT_WEB_DIR = fileURLToPath(new URL('../../../web/dist', import.meta.url));

function port(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('a port is an integer from 0 to 65535');
  return n;
}

/** `marsad serve`: the HTTP API and the web UI over the store, on 127.0.0.1 unless told otherwise. */
export function serveCommand(): Command {
  return new Command('serve')
    .description('Serve the JSON API (/api, OpenAPI at /api/openapi.json) and the web UI (/) over the store.')
    .option('--db <url>', 'store: a PGlite folder, memory://, or postgres://… (default MARSAD_DB or ./.marsad)')
    .option('--host <host>', 'address to bind (a non-local address exposes the API to the network)', '127.0.0.1')
    .option('--port <n>', 'port (0 picks a free one)', port, 8377)
    .option('--token <secret>', 'enable write routes (ingest) for clients sending this token (default MARSAD_TOKEN)')
    .option('--web <dir>', 'folder of the built web UI', DEFAULT_WEB_DIR)
    .option('--allow-private', 'let ingest by URL fetch private, loopback and link-local addresses', false)
    .action(async (opts: { db?: string; host: string; port: number; token?: string; web: string; allowPrivate: boolean }) => {
      const store = await openStore(opts.db);
      const token = opts.token ?? process.env['MARSAD_TOKEN'] ?? null;
      const app = await buildServer({ store, token, webDir: opts.web, allowPrivate: opts.allowPrivate, logger: false });
      const address = await app.listen({ host: opts.host, port: opts.port });
      if (!existsSync(opts.web)) process.stderr.write(`marsad: no web UI at ${opts.web} (run \`npm run build:web\`); serving the API only.\n`);
      process.stdout.write(`Marsad UI: ${address}/  ·  API: ${address}/api  ·  OpenAPI: ${address}/api/openapi.json\n`);
      process.stdout.write(`store: ${store.kind} ${store.location} · writes ${token ? 'enabled (token required)' : 'disabled (read-only)'}\n`);
      const stop = async (): Promise<void> => {
        await app.close();
        await store.close();
        process.exit(0);
      };
      process.once('SIGINT', () => void stop());
      process.once('SIGTERM', () => void stop());
    });
}
