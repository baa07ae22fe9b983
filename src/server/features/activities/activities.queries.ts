import { count, desc, eq, sql } from 'drizzle-orm';
import { users } from '../../auth/auth.tables.js';
import type { Transaction } from '../../db/transaction.js';
import { activities } from './activities.tables.js';

/** Everything about an activity except the protected note itself, which only its own endpoint reads. */
const activityColumns = {
  id: activities.id,
  clientId: activities.clientId,
  enrolmentId: activities.enrolmentId,
  occurredOn: activities.occurredOn,
  durationMinutes: activities.durationMinutes,
  mode: activities.mode,
  participants: activities.participants,
  summary: activities.summary,
  hasProtectedNote: sql<boolean>`(${activities.protectedNoteEncrypted} is not null)`,
  version: activities.version,
  recordedBy: activities.recordedBy,
  recordedByName: users.name,
  createdAt: activities.createdAt,
};

function selectActivities(tx: Transaction) {
  return tx.select(activityColumns).from(activities).leftJoin(users, eq(users.id, activities.recordedBy));
}

export type ActivityRow = Awaited<ReturnType<typeof selectActivities>>[number];

export async function listActivities(
  tx: Transaction,
  clientId: string,
  page: number,
  pageSize: number,
): Promise<{ items: ActivityRow[]; total: number }> {
  const [items, [total]] = await Promise.all([
    selectActivities(tx)
      .where(eq(activities.clientId, clientId))
      .orderBy(desc(activities.occurredOn), desc(activities.createdAt), desc(activities.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    tx.select({ total: count() }).from(activities).where(eq(activities.clientId, clientId)),
  ]);
  return { items, total: total?.total ?? 0 };
}

export async function findActivity(tx: Transaction, activityId: string): Promise<ActivityRow | undefined> {
  const [row] = await selectActivities(tx).where(eq(activities.id, activityId));
  return row;
}

export async function protectedNoteOf(tx: Transaction, activityId: string): Promise<string | null> {
  const [row] = await tx.select({ note: activities.protectedNoteEncrypted }).from(activities).where(eq(activities.id, activityId));
  return row?.note ?? null;
}

export async function clientOfActivity(tx: Transaction, activityId: string): Promise<string | undefined> {
  const [row] = await tx.select({ clientId: activities.clientId }).from(activities).where(eq(activities.id, activityId));
  return row?.clientId;
}
