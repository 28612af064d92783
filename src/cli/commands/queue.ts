import { Command } from 'commander';
import { enqueueInputs, queueCounts, startIngestWorker, waitUntilDrained } from '../../ingest/queue.js';
import { defaultPipeline } from '../../pipeline/default.js';
import { openStore } from '../../store/open.js';

const redisOption = '--queue <redis-url>';
const redisHelp = 'Redis holding the BullMQ ingest queue (default $MARSAD_QUEUE or redis://127.0.0.1:6379)';
const redisUrl = (o: { queue?: string }): string => o.queue ?? process.env['MARSAD_QUEUE'] ?? 'redis://127.0.0.1:6379';

/** `marsad enqueue <inputs…>`: read inputs here, queue one job per article for workers anywhere. */
export function enqueueCommand(): Command {
  return new Command('enqueue')
    .description('Queue articles for distributed ingest (BullMQ on Redis); `marsad worker` processes them on any machine.')
    .argument('<inputs...>', 'files, folders, http(s) URLs of pages or feeds')
    .option(redisOption, redisHelp)
    .option('--allow-private', 'allow fetching private, loopback and link-local addresses')
    .option('--allow-non-arabic', 'accept texts that are mostly not Arabic')
    .option('--wait', 'wait until the workers have emptied the queue')
    .action(async (inputs: string[], o: { queue?: string; allowPrivate?: boolean; allowNonArabic?: boolean; wait?: boolean }) => {
      const url = redisUrl(o);
      const s = await enqueueInputs(inputs, url, { allowPrivate: !!o.allowPrivate, allowNonArabic: !!o.allowNonArabic });
      console.log(`queued ${s.enqueued}, already queued ${s.duplicates}, failed ${s.failed.length} (queue ${url})`);
      for (const f of s.failed) console.log(`  ! ${f.source}: ${f.reason} [${f.code}]`);
      if (o.wait) {
        const c = await waitUntilDrained(url);
        console.log(`queue drained: ${c.completed} completed, ${c.failed} failed`);
      }
      if (s.failed.length > 0 && s.enqueued + s.duplicates === 0) process.exitCode = 1;
    });
}

/** `marsad worker`: consume the ingest queue into the store until stopped (or until empty). */
export function workerCommand(): Command {
  return new Command('worker')
    .description('Process queued articles: analyse each and write it to the store (run one per core, on many machines).')
    .option(redisOption, redisHelp)
    .option('--db <url>', 'store shared by all workers: postgres://… (default $MARSAD_DB or ./.marsad)')
    .option('--concurrency <n>', 'jobs in flight in this process', '1')
    .option('--exit-when-empty', 'stop once the queue is empty (batch mode)')
    .action(async (o: { queue?: string; db?: string; concurrency: string; exitWhenEmpty?: boolean }) => {
      const url = redisUrl(o);
      const store = await openStore(o.db);
      const pipeline = await defaultPipeline();
      let done = 0;
      const worker = startIngestWorker({
        redisUrl: url, store, pipeline, concurrency: Number(o.concurrency),
        onJob: (job, r) => {
          done++;
          const what = r instanceof Error ? `failed: ${r.message}` : `${r.status} ${r.id}`;
          console.log(`[${done}] ${job.data.source}: ${what}`);
        },
      });
      console.log(`worker on ${url} → ${store.kind} ${store.location}`);
      const stop = async (): Promise<void> => {
        await worker.close();
        await store.close();
      };
      process.once('SIGINT', () => void stop());
      process.once('SIGTERM', () => void stop());
      if (o.exitWhenEmpty) {
        const c = await waitUntilDrained(url);
        console.log(`queue empty: ${c.completed} completed, ${c.failed} failed`);
        await stop();
      } else {
        console.log(`(stop with Ctrl-C) queue: ${JSON.stringify(await queueCounts(url))}`);
      }
    });
}
