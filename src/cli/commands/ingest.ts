import { Command } from 'commander';
import cliProgress from 'cli-progress';
import { ingestInputs } from '../../ingest/run.js';
import { defaultPipeline } from '../../pipeline/default.js';
import { openStore } from '../../store/open.js';

/** Units from which a progress bar is shown even when stderr is not a terminal. */
const MANY = 50;

/** `marsad ingest <paths|urls|feeds…>`: analyse and store articles; prints added/skipped/failed with reasons. */
export function ingestCommand(): Command {
  return new Command('ingest')
    .description('Analyse and store articles from files, folders, web pages and RSS/Atom feeds (re-ingest is a no-op).')
    .argument('<inputs...>', 'files, folders, http(s) URLs of pages or feeds')
    .option('--db <url>', 'database: a PGlite directory, memory://, or postgres://… (default $MARSAD_DB or ./.marsad)')
    .option('--allow-private', 'allow fetching private, loopback and link-local addresses')
    .option('--allow-non-arabic', 'accept texts that are mostly not Arabic')
    .option('--max-bytes <n>', 'largest page or file accepted', String(5 * 1024 * 1024))
    .option('--timeout <ms>', 'time limit per fetch', '15000')
    .option('--json', 'print the summary as JSON')
    .action(async (inputs: string[], o: { db?: string; allowPrivate?: boolean; allowNonArabic?: boolean; maxBytes: string; timeout: string; json?: boolean }) => {
      const store = await openStore(o.db);
      const pipeline = await defaultPipeline();
      let bar: cliProgress.SingleBar | null = null;
      try {
        const summary = await ingestInputs(inputs, store, pipeline, {
          allowPrivate: !!o.allowPrivate, allowNonArabic: !!o.allowNonArabic,
          maxBytes: Number(o.maxBytes), timeoutMs: Number(o.timeout),
          onUnit: (done, total) => {
            if (!bar && (process.stderr.isTTY || total >= MANY)) {
              bar = new cliProgress.SingleBar({ stream: process.stderr, format: 'ingest [{bar}] {value}/{total} inputs', noTTYOutput: !process.stderr.isTTY, notTTYSchedule: 500 }, cliProgress.Presets.shades_classic);
              bar.start(total, 0);
            }
            bar?.update(done);
          },
        });
        (bar as cliProgress.SingleBar | null)?.stop();
        if (o.json) {
          process.stdout.write(JSON.stringify(summary, null, 2) + '\n');
        } else {
          console.log(`added ${summary.added.length}, skipped ${summary.skipped.length}, failed ${summary.failed.length} (store: ${store.kind} ${store.location})`);
          for (const a of summary.added) console.log(`  + ${a.source} → ${a.id} (story ${a.clusterId}${a.copyOf ? `, copy of ${a.copyOf}` : ''})`);
          for (const s of summary.skipped) console.log(`  = ${s.source}: ${s.reason} (${s.id})`);
          for (const f of summary.failed) console.log(`  ! ${f.source}: ${f.reason} [${f.code}]`);
        }
        if (summary.failed.length > 0 && summary.added.length + summary.skipped.length === 0) process.exitCode = 1;
      } finally {
        await store.close();
      }
    });
}
