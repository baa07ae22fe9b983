import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { inTransaction } from '../db/transaction.js';
import { createOrganisation } from '../test-support/builders.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { testEngines } from '../test-support/test-database.js';
import { claimJobs, completeJob, enqueueJob, requeueJob, retryDelayMs } from './job-queue.js';
import { createJobWorker, type JobHandler } from './job-worker.js';
import { jobs } from './jobs.tables.js';

const start = new Date('2026-11-23T07:00:00.000Z');
const seconds = (count: number) => count * 1000;

describe.each(testEngines)('the durable job queue on %s', (engine) => {
  let test: TestApp;
  let organisationId: string;
  let otherOrganisationId: string;
  let now: Date;
  const clock = () => new Date(now);

  beforeAll(async () => {
    test = await createTestApp(engine);
    organisationId = (await createOrganisation(test.deps.db)).id;
    otherOrganisationId = (await createOrganisation(test.deps.db, 'Lapin työllisyysalue')).id;
  });
  afterAll(() => test.close());
  beforeEach(async () => {
    now = new Date(start);
    await inTransaction(test.deps.db, 'system', (tx) => tx.delete(jobs));
  });

  const db = () => test.deps.db;
  const enqueue = (kind: string, extra: { dedupeKey?: string; maxAttempts?: number } = {}) =>
    inTransaction(db(), { organisationIds: [organisationId] }, (tx) =>
      enqueueJob(tx, { kind, payload: { n: 1 }, organisationId, ...extra }, clock()),
    );
  const allJobs = () => inTransaction(db(), 'system', (tx) => tx.select().from(jobs).orderBy(jobs.createdAt, jobs.id));
  const worker = (handlers: Record<string, JobHandler>, workerId = 'worker-a') =>
    createJobWorker({ db: db(), now: clock, handlers, workerId, leaseMs: seconds(120) });

  it('adds a job only when the caller’s transaction commits, and one job per dedupe key', async () => {
    await expect(
      inTransaction(db(), { organisationIds: [organisationId] }, async (tx) => {
        await enqueueJob(tx, { kind: 'test.rolled_back', payload: {}, organisationId }, clock());
        throw new Error('the business change failed');
      }),
    ).rejects.toThrow('the business change failed');
    expect(await enqueue('test.once', { dedupeKey: 'send:1' })).toBe(true);
    expect(await enqueue('test.once', { dedupeKey: 'send:1' })).toBe(false);
    const rows = await allJobs();
    expect(rows.map((row) => [row.kind, row.dedupeKey, row.attempts])).toEqual([['test.once', 'send:1', 0]]);
  });

  it('row-level security keeps a request from queueing work for another organisation', async () => {
    await expect(
      inTransaction(db(), { organisationIds: [organisationId] }, (tx) =>
        enqueueJob(tx, { kind: 'test.foreign', payload: {}, organisationId: otherOrganisationId }, clock()),
      ),
    ).rejects.toThrow();
    expect(await allJobs()).toEqual([]);
  });

  it('claims a due job, runs its handler once and marks it done; a job due later waits', async () => {
    const seen: unknown[] = [];
    await enqueue('test.now');
    await inTransaction(db(), 'system', (tx) =>
      enqueueJob(tx, { kind: 'test.now', payload: { later: true }, runAt: new Date(start.getTime() + seconds(60)) }, clock()),
    );
    const summary = await worker({ 'test.now': async (job) => void seen.push(job.payload) }).runUntilIdle();
    expect(summary).toEqual({ processed: 1, failed: 0 });
    expect(seen).toEqual([{ n: 1 }]);
    const rows = await allJobs();
    const done = rows.find((row) => !('later' in row.payload));
    const waiting = rows.find((row) => 'later' in row.payload);
    expect(done!.doneAt).toEqual(start);
    expect(done!.lockedBy).toBeNull();
    expect(waiting!.doneAt).toBeNull();
  });

  it('retries a failing job with exponential back-off, then succeeds; addresses never reach last_error', async () => {
    let calls = 0;
    const flaky = worker({
      'test.flaky': async () => {
        calls += 1;
        if (calls <= 2) throw new Error('550 mailbox matti.meikalainen@example.fi unavailable');
      },
    });
    await enqueue('test.flaky');
    expect(await flaky.runUntilIdle()).toEqual({ processed: 1, failed: 1 });
    let [row] = await allJobs();
    expect(row!.attempts).toBe(1);
    expect(row!.runAt).toEqual(new Date(start.getTime() + seconds(30)));
    expect(row!.lastError).toBe('550 mailbox [address] unavailable');

    // Not due yet: nothing runs until the back-off has passed.
    now = new Date(start.getTime() + seconds(29));
    expect(await flaky.runUntilIdle()).toEqual({ processed: 0, failed: 0 });
    now = new Date(start.getTime() + seconds(30));
    expect(await flaky.runUntilIdle()).toEqual({ processed: 1, failed: 1 });
    [row] = await allJobs();
    expect(row!.attempts).toBe(2);
    expect(row!.runAt).toEqual(new Date(now.getTime() + seconds(60)));

    now = new Date(now.getTime() + seconds(60));
    expect(await flaky.runUntilIdle()).toEqual({ processed: 1, failed: 0 });
    [row] = await allJobs();
    expect(row!.doneAt).toEqual(now);
    expect(row!.lastError).toBeNull();
    expect(calls).toBe(3);
    expect([1, 2, 3, 4, 20].map(retryDelayMs)).toEqual([30_000, 60_000, 120_000, 240_000, 6 * 60 * 60_000]);
  });

  it('gives up after the last attempt and keeps the job for inspection', async () => {
    await enqueue('test.broken', { maxAttempts: 2 });
    const broken = worker({ 'test.broken': () => Promise.reject(new Error('always')) });
    await broken.runUntilIdle();
    now = new Date(start.getTime() + seconds(30));
    await broken.runUntilIdle();
    const [row] = await allJobs();
    expect(row!.failedAt).toEqual(now);
    expect(row!.attempts).toBe(2);
    now = new Date(start.getTime() + seconds(3600));
    expect(await broken.runUntilIdle()).toEqual({ processed: 0, failed: 0 });
  });

  it('a job the queue gave up on can be put back in line once, and then runs again; others cannot', async () => {
    await enqueue('test.given_up', { maxAttempts: 1 });
    let works = false;
    const flaky = worker({
      'test.given_up': async () => {
        if (!works) throw new Error('down');
      },
    });
    await flaky.runUntilIdle();
    let [row] = await allJobs();
    expect(row!.failedAt).toEqual(start);
    const requeue = (jobId: string) =>
      inTransaction(db(), { organisationIds: [organisationId] }, (tx) => requeueJob(tx, jobId, clock(), 'failed'));
    // Another organisation's request does not even see the job.
    expect(await inTransaction(db(), { organisationIds: [otherOrganisationId] }, (tx) => requeueJob(tx, row!.id, clock(), 'failed'))).toBe(
      false,
    );
    expect(await requeue(row!.id)).toBe(true);
    expect(await requeue(row!.id)).toBe(false);
    [row] = await allJobs();
    expect([row!.failedAt, row!.attempts, row!.runAt]).toEqual([null, 0, start]);
    works = true;
    expect(await flaky.runUntilIdle()).toEqual({ processed: 1, failed: 0 });
    [row] = await allJobs();
    expect(row!.doneAt).toEqual(start);
    expect(await requeue(row!.id)).toBe(false);
  });

  it('a finished job can be run again when its handler would now find work, once', async () => {
    await enqueue('test.nothing_yet');
    let runs = 0;
    const counting = worker({ 'test.nothing_yet': async () => void (runs += 1) });
    await counting.runUntilIdle();
    let [row] = await allJobs();
    expect(row!.doneAt).toEqual(start);
    const rerun = (finished: 'failed' | 'done') =>
      inTransaction(db(), { organisationIds: [organisationId] }, (tx) => requeueJob(tx, row!.id, clock(), finished));
    expect(await rerun('failed')).toBe(false);
    expect(await rerun('done')).toBe(true);
    expect(await rerun('done')).toBe(false);
    [row] = await allJobs();
    expect([row!.doneAt, row!.attempts, row!.runAt]).toEqual([null, 0, start]);
    await counting.runUntilIdle();
    await counting.runUntilIdle();
    expect(runs).toBe(2);
  });

  it('two workers working the queue at once process every job exactly once', async () => {
    for (let index = 0; index < 24; index += 1) await enqueue('test.parallel');
    const processedBy = new Map<string, string[]>();
    const handler =
      (name: string): JobHandler =>
      async (job) => {
        processedBy.set(job.id, [...(processedBy.get(job.id) ?? []), name]);
        await new Promise((resolve) => setTimeout(resolve, 5));
      };
    const first = createJobWorker({ db: db(), now: clock, handlers: { 'test.parallel': handler('a') }, workerId: 'a', batchSize: 3 });
    const second = createJobWorker({ db: db(), now: clock, handlers: { 'test.parallel': handler('b') }, workerId: 'b', batchSize: 3 });
    const [a, b] = await Promise.all([first.runUntilIdle(), second.runUntilIdle()]);
    expect(a.processed + b.processed).toBe(24);
    expect(processedBy.size).toBe(24);
    expect([...processedBy.values()].every((workers) => workers.length === 1)).toBe(true);
    expect((await allJobs()).every((row) => row.doneAt !== null && row.attempts === 1)).toBe(true);
  });

  it('a job whose worker died is taken over once its lease has run out, and the dead worker cannot complete it later', async () => {
    await enqueue('test.orphaned');
    const [claimed] = await claimJobs(db(), 'crashed-worker', clock(), { limit: 10, leaseMs: seconds(120) });
    expect(claimed).toBeDefined();
    const seen: string[] = [];
    const survivor = worker({ 'test.orphaned': async (job) => void seen.push(job.id) }, 'survivor');
    expect(await survivor.runUntilIdle()).toEqual({ processed: 0, failed: 0 });
    now = new Date(start.getTime() + seconds(120));
    expect(await survivor.runUntilIdle()).toEqual({ processed: 1, failed: 0 });
    expect(seen).toEqual([claimed!.id]);
    expect(await completeJob(db(), claimed!, 'crashed-worker', clock())).toBe(false);
    const [row] = await allJobs();
    expect(row!.attempts).toBe(2);
  });

  it('a started worker polls for work and stops cleanly, finishing the job in hand', async () => {
    let release: () => void = () => {};
    const handled: string[] = [];
    const polling = createJobWorker({
      db: db(),
      now: clock,
      pollIntervalMs: 20,
      handlers: {
        'test.polled': async (job) => {
          await new Promise<void>((resolve) => (release = resolve));
          handled.push(job.id);
        },
      },
    });
    polling.start();
    await enqueue('test.polled');
    // The job is claimed and its handler is waiting: stop() must wait for it.
    await expect.poll(countRunning, { timeout: 5000 }).toBe(true);
    const stopped = polling.stop();
    release();
    await stopped;
    expect(handled).toHaveLength(1);
    await enqueue('test.polled');
    await new Promise((resolve) => setTimeout(resolve, 100));
    const rows = await allJobs();
    expect(rows.map((row) => row.doneAt !== null).sort()).toEqual([false, true]);

    async function countRunning() {
      const [row] = await inTransaction(db(), 'system', (tx) =>
        tx
          .select({ count: sql<number>`count(*)::int` })
          .from(jobs)
          .where(eq(jobs.lockedBy, polling.workerId)),
      );
      return row!.count === 1;
    }
  });
});
