import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organisations } from '../features/organisations/organisations.tables.js';

/**
 * The durable job queue: every piece of background work (feedback invitations, reminders,
 * follow-up and overdue checks) is a row here, written in the same transaction as the change that
 * caused it, so a crash loses nothing. A worker claims due rows with FOR UPDATE SKIP LOCKED and a
 * lease (locked_until): a worker that dies mid-job leaves a lease that simply expires.
 * The payload holds ids, never personal data.
 */
export const jobs = pgTable(
  'jobs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    /** The organisation whose data the job concerns (row-level security); null for system-wide work. */
    organisationId: uuid('organisation_id').references(() => organisations.id),
    /** One job per key, ever: a second enqueue with the same key is a no-op ("nothing is sent twice"). */
    dedupeKey: text('dedupe_key'),
    runAt: timestamp('run_at', { withTimezone: true }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull().default(10),
    /** The last failure, with e-mail addresses removed. */
    lastError: text('last_error'),
    lockedBy: text('locked_by'),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    doneAt: timestamp('done_at', { withTimezone: true }),
    /** Set when the attempts ran out; the job stays for inspection and is not retried. */
    failedAt: timestamp('failed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    uniqueIndex('jobs_dedupe_key_unique').on(table.dedupeKey),
    index('jobs_due_idx')
      .on(table.runAt)
      .where(sql`done_at is null and failed_at is null`),
  ],
);
