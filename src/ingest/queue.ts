/**
 * Ingest beyond one machine, through BullMQ on Redis (an existing distributed engine, not a home-made
 * one): a producer reads inputs into article texts and enqueues one job per article; workers on any
 * number of machines run the pipeline and write to the shared store (a PostgreSQL server).
 *
 * Safety comes from two layers of idempotency: the job id is the content hash (BullMQ refuses a second
 * job with the same id), and the store skips content it already holds. A worker killed mid-job leaves
 * no half article (one transaction per article); BullMQ hands the stalled job to another worker.
 */
import { createHash } from 'node:crypto';
import { Queue, Worker, type Job } from 'bullmq';
import { Redis, type RedisOptions } from 'ioredis';
import type { ArticleMeta } from '../doc/article.js';
import type { Pipeline } from '../pipeline/pipeline.js';
import type { Store } from '../store/store.js';
import { extractCredits } from './credits.js';
import { expandUnits, readUnit, type SourceOptions } from './sources.js';

export const INGEST_QUEUE = 'marsad-ingest';

export interface IngestJob {
  readonly source: string;
  readonly text: string;
  readonly meta: ArticleMeta;
}

export type IngestJobResult =
  | { readonly status: 'added'; readonly id: string; readonly clusterId: number }
  | { readonly status: 'skipped'; readonly id: string };

/** `redis://[:password@]host[:port][/db]` → ioredis options for BullMQ. */
export function redisConnection(url: string): RedisOptions {
  const u = new URL(url);
  if (u.protocol !== 'redis:' && u.protocol !== 'rediss:') throw new Error(`Not a redis:// URL: ${url}`);
  return {
    host: u.hostname || '127.0.0.1',
    port: u.port ? Number(u.port) : 6379,
    ...(u.password ? { password: decodeURIComponent(u.password) } : {}),
    ...(u.username ? { username: decodeURIComponent(u.username) } : {}),
    ...(u.pathname.length > 1 ? { db: Number(u.pathname.slice(1)) } : {}),
    ...(u.protocol === 'rediss:' ? { tls: {} } : {}),
    // BullMQ workers block on Redis; ioredis must not give up on those commands.
    maxRetriesPerRequest: null,
  };
}

/**
 * A Redis client for one Queue or Worker. BullMQ takes ready-made clients in ESM and leaves
 * closing them to us, so every helper here quits the client it opened.
 */
function connect(url: string): Redis {
  return new Redis(redisConnection(url));
}

export function jobIdFor(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export interface EnqueueSummary {
  readonly enqueued: number;
  /** Articles whose content was already queued (same job id). */
  readonly duplicates: number;
  readonly failed: { readonly source: string; readonly reason: string; readonly code: string }[];
}

/** Reads every input (files, folders, URLs, feeds) and enqueues one job per article. */
export async function enqueueInputs(inputs: readonly string[], redisUrl: string, opts: SourceOptions = {}): Promise<EnqueueSummary> {
  const connection = connect(redisUrl);
  const queue = new Queue<IngestJob, IngestJobResult>(INGEST_QUEUE, { connection });
  let enqueued = 0;
  let duplicates = 0;
  const failed: { source: string; reason: string; code: string }[] = [];
  try {
    const { units, missing } = expandUnits(inputs);
    for (const m of missing) failed.push({ source: m, reason: `No such file or folder: ${m}.`, code: 'MARSAD_INPUT_NOT_FOUND' });
    for (const unit of units) {
      for await (const item of readUnit(unit, opts)) {
        if (!item.ok) {
          failed.push({ source: item.source, reason: item.reason, code: item.code });
          continue;
        }
        const jobId = jobIdFor(item.text);
        if (await queue.getJob(jobId)) {
          duplicates++;
          continue;
        }
        await queue.add('article', { source: item.source, text: item.text, meta: item.meta }, {
          jobId, attempts: 3, backoff: { type: 'exponential', delay: 1000 },
          removeOnComplete: { age: 24 * 3600 }, removeOnFail: { age: 7 * 24 * 3600 },
        });
        enqueued++;
      }
    }
  } finally {
    await queue.close();
    connection.disconnect();
  }
  return { enqueued, duplicates, failed };
}

/** The work of one job: analyse, then store in one transaction (a no-op for known content). */
export async function processIngestJob(job: IngestJob, store: Store, pipeline: Pipeline): Promise<IngestJobResult> {
  const article = pipeline.run(job.text, job.meta);
  const credits = extractCredits(job.text)?.credits ?? [];
  const versions = Object.fromEntries(pipeline.stages.map((s) => [s.name, s.version]));
  const out = await store.ingestArticle(article, { credits, pipeline: versions });
  return out.status === 'added' ? { status: 'added', id: out.id, clusterId: out.clusterId } : { status: 'skipped', id: out.id };
}

export interface WorkerOptions {
  readonly redisUrl: string;
  readonly store: Store;
  readonly pipeline: Pipeline;
  /** Jobs in flight per process; analysis is CPU-bound, so 1–2 per core. */
  readonly concurrency?: number;
  readonly onJob?: (job: Job<IngestJob, IngestJobResult>, result: IngestJobResult | Error) => void;
}

/** Starts a worker consuming the ingest queue. Stop it with `await worker.close()`. */
export function startIngestWorker(opts: WorkerOptions): Worker<IngestJob, IngestJobResult> {
  const connection = connect(opts.redisUrl);
  const worker = new Worker<IngestJob, IngestJobResult>(
    INGEST_QUEUE,
    (job) => processIngestJob(job.data, opts.store, opts.pipeline),
    { connection, concurrency: opts.concurrency ?? 1 },
  );
  worker.once('closed', () => connection.disconnect());
  worker.on('completed', (job, result) => opts.onJob?.(job, result));
  worker.on('failed', (job, err) => {
    if (job) opts.onJob?.(job, err);
  });
  return worker;
}

export interface QueueCounts {
  readonly waiting: number;
  readonly active: number;
  readonly delayed: number;
  readonly completed: number;
  readonly failed: number;
}

export async function queueCounts(redisUrl: string): Promise<QueueCounts> {
  const connection = connect(redisUrl);
  const queue = new Queue(INGEST_QUEUE, { connection });
  try {
    const c = await queue.getJobCounts('waiting', 'active', 'delayed', 'completed', 'failed', 'prioritized');
    return {
      waiting: (c['waiting'] ?? 0) + (c['prioritized'] ?? 0), active: c['active'] ?? 0, delayed: c['delayed'] ?? 0,
      completed: c['completed'] ?? 0, failed: c['failed'] ?? 0,
    };
  } finally {
    await queue.close();
    connection.disconnect();
  }
}

/** Resolves once no job is waiting, delayed or active (polling; for batch runs and tests). */
export async function waitUntilDrained(redisUrl: string, pollMs = 200, timeoutMs = 10 * 60_000): Promise<QueueCounts> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const c = await queueCounts(redisUrl);
    if (c.waiting + c.active + c.delayed === 0) return c;
    if (Date.now() > deadline) throw new Error(`ingest queue not drained after ${timeoutMs} ms: ${JSON.stringify(c)}`);
    await new Promise((r) => setTimeout(r, pollMs));
  }
}

