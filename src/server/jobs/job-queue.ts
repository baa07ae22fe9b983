import { and, eq, isNotNull, sql } from 'drizzle-orm';
import type { Database } from '../db/engine.js';
import { inTransaction, queryRows, type Transaction } from '../db/transaction.js';
import { jobs } from './jobs.tables.js';

export type JobRequest = {
  kind: string;
  /** Ids only: the handler reads the current data when it runs. */
  payload: Record<string, unknown>;
  organisationId?: string | null;
  dedupeKey?: string;
  /** Default: due at once. */
  runAt?: Date;
  maxAttempts?: number;
};

export type ClaimedJob = {
  id: string;
  kind: string;
  payload: Record<string, unknown>;
  organisationId: string | null;
  attempts: number;
  maxAttempts: number;
};

/**
 * Adds a job inside the caller's transaction, so it exists exactly when the change that caused it
 * commits. Answers false when a job with the same dedupe key already exists (then nothing is added).
 */
export async function enqueueJob(tx: Transaction, job: JobRequest, now: Date): Promise<boolean> {
  const inserted = await tx
    .insert(jobs)
    .values({
      kind: job.kind,
      payload: job.payload,
      organisationId: job.organisationId ?? null,
      dedupeKey: job.dedupeKey ?? null,
      runAt: job.runAt ?? now,
      maxAttempts: job.maxAttempts ?? 10,
      createdAt: now,
    })
    .onConflictDoNothing()
    .returning({ id: jobs.id });
  return inserted.length > 0;
}

/**
 * Claims up to `limit` due jobs for one worker. SKIP LOCKED lets any number of workers (processes)
 * claim at once without waiting on or taking each other's rows; the lease then keeps the row away
 * from others until the worker finishes, or dies and the lease runs out.
 */
export async function claimJobs(
  db: Database,
  workerId: string,
  now: Date,
  options: { limit: number; leaseMs: number },
): Promise<ClaimedJob[]> {
  const leaseUntil = new Date(now.getTime() + options.leaseMs);
  return inTransaction(db, 'system', async (tx) => {
    const rows = await queryRows<{
      id: string;
      kind: string;
      payload: Record<string, unknown>;
      organisation_id: string | null;
      attempts: number;
      max_attempts: number;
    }>(
      tx,
      sql`update ${jobs} set locked_by = ${workerId}, locked_until = ${leaseUntil.toISOString()}::timestamptz, attempts = attempts + 1
          where id in (
            select id from ${jobs}
            where done_at is null and failed_at is null and run_at <= ${now.toISOString()}::timestamptz
              and (locked_until is null or locked_until <= ${now.toISOString()}::timestamptz)
            order by run_at, id
            limit ${options.limit}
            for update skip locked)
          returning id, kind, payload, organisation_id, attempts, max_attempts`,
    );
    return rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      payload: row.payload,
      organisationId: row.organisation_id,
      attempts: row.attempts,
      maxAttempts: row.max_attempts,
    }));
  });
}

/** Marks a job done, unless its lease passed to another worker meanwhile (then that worker owns the outcome). */
export async function completeJob(db: Database, job: ClaimedJob, workerId: string, now: Date): Promise<boolean> {
  const updated = await inTransaction(db, 'system', (tx) =>
    tx
      .update(jobs)
      .set({ doneAt: now, lockedBy: null, lockedUntil: null, lastError: null })
      .where(and(eq(jobs.id, job.id), eq(jobs.lockedBy, workerId)))
      .returning({ id: jobs.id }),
  );
  return updated.length > 0;
}

const firstRetryMs = 30_000;
const longestRetryMs = 6 * 60 * 60_000;

/** Exponential back-off: 30 s, 1 min, 2 min, 4 min … at most 6 hours between attempts. */
export function retryDelayMs(attempts: number): number {
  return Math.min(firstRetryMs * 2 ** Math.max(0, attempts - 1), longestRetryMs);
}

/** SMTP errors quote the recipient; the job table keeps no personal data. */
export function describeError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/[^\s<>"']+@[^\s<>"']+/g, '[address]').slice(0, 500);
}

/** Schedules the next attempt with back-off, or gives up when the attempts have run out. */
export async function failJob(db: Database, job: ClaimedJob, workerId: string, now: Date, error: unknown): Promise<'retry' | 'failed'> {
  const outcome = job.attempts >= job.maxAttempts ? 'failed' : 'retry';
  await inTransaction(db, 'system', (tx) =>
    tx
      .update(jobs)
      .set({
        lockedBy: null,
        lockedUntil: null,
        lastError: describeError(error),
        ...(outcome === 'failed' ? { failedAt: now } : { runAt: new Date(now.getTime() + retryDelayMs(job.attempts)) }),
      })
      .where(and(eq(jobs.id, job.id), eq(jobs.lockedBy, workerId))),
  );
  return outcome;
}

/**
 * Puts a finished job back in line, due at once with its attempts counted afresh, inside the
 * caller's transaction (row-level security: only a job of the caller's organisations). `failed`:
 * a job the queue gave up on; `done`: a job whose handler found nothing to do then but would now
 * (an invitation that had no address). The handler checks what is already done, so a re-queued
 * job never repeats work. Answers false unless the job had finished that way.
 */
export async function requeueJob(tx: Transaction, jobId: string, now: Date, finished: 'failed' | 'done'): Promise<boolean> {
  const updated = await tx
    .update(jobs)
    .set({ failedAt: null, doneAt: null, lastError: null, attempts: 0, runAt: now, lockedBy: null, lockedUntil: null })
    .where(and(eq(jobs.id, jobId), isNotNull(finished === 'failed' ? jobs.failedAt : jobs.doneAt)))
    .returning({ id: jobs.id });
  return updated.length > 0;
}
