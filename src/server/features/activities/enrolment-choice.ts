import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Transaction } from '../../db/transaction.js';
import { invalidField } from '../../errors.js';
import { enrolments } from '../enrolments/enrolments.tables.js';

/**
 * The enrolment a meeting or referral belongs to. Given: it must be one of the client's.
 * Left out: the active enrolment the user coaches, else the client's only active one, so that
 * a quick log needs no choice and still counts for the right programme's meeting rules and reports.
 * An explicit null records work outside any enrolment.
 */
export async function chooseEnrolment(
  tx: Transaction,
  clientId: string,
  userId: string,
  requested: string | null | undefined,
): Promise<string | null> {
  if (requested === null) return null;
  if (requested !== undefined) {
    const [own] = await tx
      .select({ id: enrolments.id })
      .from(enrolments)
      .where(and(eq(enrolments.id, requested), eq(enrolments.clientId, clientId)));
    if (!own) throw invalidField('enrolmentId', 'unknown_enrolment');
    return own.id;
  }
  const active = await tx
    .select({ id: enrolments.id, coachId: enrolments.coachId, coCoachId: enrolments.coCoachId })
    .from(enrolments)
    .where(and(eq(enrolments.clientId, clientId), isNull(enrolments.endDate)))
    .orderBy(desc(enrolments.startDate), desc(enrolments.createdAt));
  const coached = active.find((enrolment) => enrolment.coachId === userId || enrolment.coCoachId === userId);
  if (coached) return coached.id;
  return active.length === 1 ? active[0]!.id : null;
}

/** The enrolments whose meeting rules an activity feeds: its own, or when it names none, every one of the client's. */
export async function enrolmentsCountingActivity(tx: Transaction, clientId: string, enrolmentId: string | null): Promise<string[]> {
  if (enrolmentId !== null) return [enrolmentId];
  const rows = await tx.select({ id: enrolments.id }).from(enrolments).where(eq(enrolments.clientId, clientId));
  return rows.map((row) => row.id);
}
