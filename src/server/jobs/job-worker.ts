import { randomUUID } from 'node:crypto';
import type { Database } from '../db/engine.js';
import { claimJobs, completeJob, describeError, failJob, type ClaimedJob } from './job-queue.js';

export type JobContext = { db: Database; now: () => Date };

/**
 * Does one job's work. It may run again after a crash or an expired lease, so it checks what is
 * already done (e.g. "sent_at is set") before doing anything visible.
 */
export type JobHandler = (job: ClaimedJob, context: JobContext) => Promise<void>;

export type JobLog = { info: (message: string) => void; warn: (message: string) => void; error: (message: string) => void };

export type JobWorkerOptions = {
  db: Database;
  /** Read at every step, so a test (or the fixed demo clock) can move it. */
  now: () => Date;
  handlers: Record<string, JobHandler>;
  workerId?: string;
  pollIntervalMs?: number;
  /** Longer than any job takes: a job whose worker died is retried once its lease has run out. */
  leaseMs?: number;
  batchSize?: number;
  log?: JobLog;
};

export type RunSummary = { processed: number; failed: number };

export type JobWorker = {
  readonly workerId: string;
  /** Polls for due jobs until stop() is called. */
  start: () => void;
  /** Finishes the batch in hand, then stops polling. */
  stop: () => Promise<void>;
  /** Claims and runs one batch of due jobs. */
  runOnce: () => Promise<RunSummary>;
  /** Runs batches until no job is due at the current clock (tests, and catching up at start). */
  runUntilIdle: () => Promise<RunSummary>;
};

const silentLog: JobLog = { info: () => {}, warn: () => {}, error: () => {} };

export function createJobWorker(options: JobWorkerOptions): JobWorker {
  const workerId = options.workerId ?? `worker-${randomUUID()}`;
  const pollIntervalMs = options.pollIntervalMs ?? 2000;
  const leaseMs = options.leaseMs ?? 2 * 60_000;
  const batchSize = options.batchSize ?? 10;
  const log = options.log ?? silentLog;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<unknown> | null = null;
  let stopping = false;

  async function runJob(job: ClaimedJob): Promise<boolean> {
    const handler = options.handlers[job.kind];
    try {
      if (!handler) throw new Error(`no handler for job kind ${job.kind}`);
      await handler(job, { db: options.db, now: options.now });
      await completeJob(options.db, job, workerId, options.now());
      return true;
    } catch (error) {
      const outcome = await failJob(options.db, job, workerId, options.now(), error);
      const text = `job ${job.kind} ${job.id} attempt ${job.attempts} failed (${outcome}): ${describeError(error)}`;
      if (outcome === 'failed') log.error(text);
      else log.warn(text);
      return false;
    }
  }

  async function runOnce(): Promise<RunSummary> {
    const claimed = await claimJobs(options.db, workerId, options.now(), { limit: batchSize, leaseMs });
    let failed = 0;
    // One at a time: a batch is small, and sequential sending keeps the SMTP server's rate limits happy.
    for (const job of claimed) {
      if (!(await runJob(job))) failed += 1;
    }
    return { processed: claimed.length, failed };
  }

  async function drain(keepGoing: () => boolean): Promise<RunSummary> {
    const total = { processed: 0, failed: 0 };
    // Bounded: a handler that keeps enqueuing due work must not hang a test or the shutdown.
    for (let round = 0; round < 1000 && keepGoing(); round += 1) {
      const summary = await runOnce();
      total.processed += summary.processed;
      total.failed += summary.failed;
      if (summary.processed === 0) break;
    }
    return total;
  }

  function schedule(delayMs: number): void {
    if (stopping) return;
    timer = setTimeout(() => {
      timer = null;
      running = drain(() => !stopping)
        .catch((error: unknown) => log.error(`job worker poll failed: ${describeError(error)}`))
        .finally(() => {
          running = null;
          schedule(pollIntervalMs);
        });
    }, delayMs);
  }

  return {
    workerId,
    start: () => {
      stopping = false;
      if (timer === null && running === null) schedule(0);
    },
    stop: async () => {
      stopping = true;
      if (timer !== null) clearTimeout(timer);
      timer = null;
      await running;
    },
    runOnce,
    runUntilIdle: () => drain(() => true),
  };
}
