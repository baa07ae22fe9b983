import { aliasedTable, and, asc, desc, eq, inArray, isNull } from 'drizzle-orm';
import { users } from '../../auth/auth.tables.js';
import type { Transaction } from '../../db/transaction.js';
import { clients } from '../clients/clients.tables.js';
import { processModels, programmes } from '../programmes/programmes.tables.js';
import { enrolments, followUps, phaseChanges } from './enrolments.tables.js';

const coaches = aliasedTable(users, 'coaches');
const coCoaches = aliasedTable(users, 'co_coaches');

export type EnrolmentRow = typeof enrolments.$inferSelect & {
  programmeName: string;
  esfFunded: boolean;
  followUpMonths: number[];
  processModelKey: string;
  definition: typeof processModels.$inferSelect.definition;
  coachName: string;
  coCoachName: string | null;
};

function selectEnrolments(tx: Transaction) {
  return tx
    .select({
      enrolment: enrolments,
      programmeName: programmes.name,
      esfFunded: programmes.esfFunded,
      followUpMonths: programmes.followUpMonths,
      processModelKey: processModels.key,
      definition: processModels.definition,
      coachName: coaches.name,
      coCoachName: coCoaches.name,
    })
    .from(enrolments)
    .innerJoin(programmes, eq(programmes.id, enrolments.programmeId))
    .innerJoin(processModels, eq(processModels.id, programmes.processModelId))
    .innerJoin(coaches, eq(coaches.id, enrolments.coachId))
    .leftJoin(coCoaches, eq(coCoaches.id, enrolments.coCoachId));
}

type SelectedRow = { enrolment: typeof enrolments.$inferSelect } & Omit<EnrolmentRow, keyof typeof enrolments.$inferSelect>;
const flatten = ({ enrolment, ...rest }: SelectedRow): EnrolmentRow => ({ ...enrolment, ...rest });

export async function findEnrolment(tx: Transaction, enrolmentId: string): Promise<EnrolmentRow | undefined> {
  const [row] = await selectEnrolments(tx).where(eq(enrolments.id, enrolmentId));
  return row ? flatten(row) : undefined;
}

/** Locks the enrolment row so that concurrent phase changes or endings are applied one after the other. */
export async function lockEnrolment(tx: Transaction, enrolmentId: string): Promise<EnrolmentRow> {
  await tx.select({ id: enrolments.id }).from(enrolments).where(eq(enrolments.id, enrolmentId)).for('update');
  return (await findEnrolment(tx, enrolmentId))!;
}

export async function enrolmentsOfClient(tx: Transaction, clientId: string): Promise<EnrolmentRow[]> {
  const rows = await selectEnrolments(tx).where(eq(enrolments.clientId, clientId)).orderBy(desc(enrolments.startDate), asc(enrolments.id));
  return rows.map(flatten);
}

export async function clientOfEnrolment(tx: Transaction, enrolmentId: string): Promise<string | undefined> {
  const [row] = await tx.select({ clientId: enrolments.clientId }).from(enrolments).where(eq(enrolments.id, enrolmentId));
  return row?.clientId;
}

export async function clientOfFollowUp(tx: Transaction, followUpId: string): Promise<string | undefined> {
  const [row] = await tx.select({ clientId: followUps.clientId }).from(followUps).where(eq(followUps.id, followUpId));
  return row?.clientId;
}

/** Locks the client so that two requests cannot both open an enrolment in the same programme. */
export async function lockClient(tx: Transaction, clientId: string): Promise<{ organisationId: string }> {
  const [row] = await tx.select({ organisationId: clients.organisationId }).from(clients).where(eq(clients.id, clientId)).for('update');
  return row!;
}

export async function hasActiveEnrolment(tx: Transaction, clientId: string, programmeId: string): Promise<boolean> {
  const rows = await tx
    .select({ id: enrolments.id })
    .from(enrolments)
    .where(and(eq(enrolments.clientId, clientId), eq(enrolments.programmeId, programmeId), isNull(enrolments.endDate)));
  return rows.length > 0;
}

export async function phaseHistoryOf(tx: Transaction, enrolmentIds: string[]) {
  if (enrolmentIds.length === 0) return [];
  return tx
    .select({
      enrolmentId: phaseChanges.enrolmentId,
      phase: phaseChanges.phase,
      changedOn: phaseChanges.changedOn,
      changedByName: users.name,
    })
    .from(phaseChanges)
    .innerJoin(users, eq(users.id, phaseChanges.changedBy))
    .where(inArray(phaseChanges.enrolmentId, enrolmentIds))
    .orderBy(asc(phaseChanges.changedOn), asc(phaseChanges.sequence));
}

export async function followUpsOf(tx: Transaction, enrolmentIds: string[]) {
  if (enrolmentIds.length === 0) return [];
  return tx.select().from(followUps).where(inArray(followUps.enrolmentId, enrolmentIds)).orderBy(asc(followUps.dueOn));
}

export async function findFollowUp(tx: Transaction, followUpId: string) {
  const [row] = await tx.select().from(followUps).where(eq(followUps.id, followUpId)).for('update');
  return row;
}
