import { copyFileSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { enqueueInputs, jobIdFor, queueCounts, redisConnection, startIngestWorker, waitUntilDrained } from '../src/ingest/queue.js';
import { defaultPipeline } from '../src/pipeline/default.js';
import { openStore } from '../src/store/open.js';
import type { Store } from '../src/store/store.js';
import { startTestRedis, type TestRedis } from './helpers/redis.js';

const EXAMPLES = resolve(new URL('.', import.meta.url).pathname, '..', 'examples');

describe('redis connection URLs', () => {
  it('reads host, port, password and database from a redis:// URL', () => {
    expect(redisConnection('redis://:s3cret@10.0.0.5:6380/2')).toMatchObject({ host: '10.0.0.5', port: 6380, password: 's3cret', db: 2, maxRetriesPerRequest: null });
    expect(redisConnection('redis://localhost')).toMatchObject({ host: 'localhost', port: 6379 });
    expect(() => redisConnection('http://localhost')).toThrow(/Not a redis/);
  });
  it('gives the same job id to the same content', () => {
    expect(jobIdFor('نص')).toBe(jobIdFor('نص'));
    expect(jobIdFor('نص')).not.toBe(jobIdFor('نص آخر'));
  });
});

let redis: TestRedis | null = null;

describe('distributed ingest through BullMQ on a real Redis server', () => {
  beforeAll(async () => {
    redis = await startTestRedis();
  });
  afterAll(async () => {
    await redis?.stop();
  });

  it('queues each article once, and two workers store every article exactly once', async (ctx) => {
    if (!redis) {
      ctx.skip();
      return;
    }
    const dir = mkdtempSync(join(tmpdir(), 'marsad-queue-'));
    for (const f of readdirSync(EXAMPLES).filter((x) => x.endsWith('.txt'))) copyFileSync(join(EXAMPLES, f), join(dir, f));
    copyFileSync(join(EXAMPLES, readdirSync(EXAMPLES).find((x) => x.endsWith('.txt'))!), join(dir, 'same-again.txt'));
    writeFileSync(join(dir, 'broken.txt'), Buffer.from([0x61, 0xff, 0x62]));

    const summary = await enqueueInputs([dir], redis.url);
    expect(summary.enqueued).toBe(5);
    expect(summary.duplicates).toBe(1);
    expect(summary.failed.map((f) => f.code)).toEqual(['MARSAD_INPUT_NOT_UTF8']);
    expect((await queueCounts(redis.url)).waiting).toBe(5);

    const again = await enqueueInputs([dir], redis.url);
    expect(again.enqueued).toBe(0);

    const store: Store = await openStore('memory://');
    const pipeline = await defaultPipeline();
    const results: string[] = [];
    const workers = [1, 2].map(() => startIngestWorker({ redisUrl: redis!.url, store, pipeline, onJob: (_j, r) => results.push(r instanceof Error ? 'error' : r.status) }));
    try {
      const counts = await waitUntilDrained(redis.url, 100, 120_000);
      expect(counts.failed).toBe(0);
      expect(counts.completed).toBe(5);
      // A worker emits 'completed' after Redis records the job as completed: the last callback
      // may still be on its way when the counts already show the queue drained.
      await vi.waitFor(() => expect(results).toHaveLength(5), { timeout: 10_000 });
      expect(results.sort()).toEqual(['added', 'added', 'added', 'added', 'added']);
      expect((await store.stats()).articles).toBe(5);
    } finally {
      await Promise.all(workers.map((w) => w.close()));
      await store.close();
    }
  }, 180_000);
});
