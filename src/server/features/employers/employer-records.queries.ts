import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { EmployerContact, EmployerInteraction, EmployerStageChange, EmployerWorkplace } from '../../../contract/employers.js';
import { users } from '../../auth/auth.tables.js';
import type { Transaction } from '../../db/transaction.js';
import { employerContacts, employerInteractions, employerStageChanges, employerWorkplaces } from './employers.tables.js';

/** The parts of the employer page below the profile, each read with one query. */

const contactOfRow = (row: typeof employerContacts.$inferSelect): EmployerContact => ({
  id: row.id,
  employerId: row.employerId,
  name: row.name,
  title: row.title,
  email: row.email,
  phone: row.phone,
  preferredChannel: row.preferredChannel as EmployerContact['preferredChannel'],
  archivedAt: row.archivedAt?.toISOString() ?? null,
});

export async function listContacts(tx: Transaction, employerId: string): Promise<EmployerContact[]> {
  const rows = await tx
    .select()
    .from(employerContacts)
    .where(eq(employerContacts.employerId, employerId))
    // Current contacts first, then those who have left; alphabetical within each.
    .orderBy(sql`${employerContacts.archivedAt} asc nulls first`, asc(employerContacts.name), asc(employerContacts.id));
  return rows.map(contactOfRow);
}

export async function findContact(tx: Transaction, contactId: string): Promise<EmployerContact> {
  const [row] = await tx.select().from(employerContacts).where(eq(employerContacts.id, contactId));
  return contactOfRow(row!);
}

const workplaceColumns = {
  id: employerWorkplaces.id,
  employerId: employerWorkplaces.employerId,
  name: employerWorkplaces.name,
  streetAddress: employerWorkplaces.streetAddress,
  postalCode: employerWorkplaces.postalCode,
  municipalityCode: employerWorkplaces.municipalityCode,
  isHeadOffice: employerWorkplaces.isHeadOffice,
};

export function listWorkplaces(tx: Transaction, employerId: string): Promise<EmployerWorkplace[]> {
  return tx
    .select(workplaceColumns)
    .from(employerWorkplaces)
    .where(eq(employerWorkplaces.employerId, employerId))
    .orderBy(desc(employerWorkplaces.isHeadOffice), asc(employerWorkplaces.name), asc(employerWorkplaces.id));
}

export async function findWorkplace(tx: Transaction, workplaceId: string): Promise<EmployerWorkplace> {
  const [row] = await tx.select(workplaceColumns).from(employerWorkplaces).where(eq(employerWorkplaces.id, workplaceId));
  return row!;
}

export async function listStageChanges(tx: Transaction, employerId: string): Promise<EmployerStageChange[]> {
  const rows = await tx
    .select({ change: employerStageChanges, changedByName: users.name })
    .from(employerStageChanges)
    .innerJoin(users, eq(users.id, employerStageChanges.changedBy))
    .where(eq(employerStageChanges.employerId, employerId))
    .orderBy(asc(employerStageChanges.changedOn), asc(employerStageChanges.sequence));
  return rows.map(({ change, changedByName }) => ({
    id: change.id,
    stage: change.stage as EmployerStageChange['stage'],
    changedOn: change.changedOn,
    changedBy: { id: change.changedBy, name: changedByName },
    createdAt: change.createdAt.toISOString(),
  }));
}

/** Newest first, with the names of the people on both sides (archived contacts included: it is history). */
export async function listInteractions(tx: Transaction, employerId: string): Promise<EmployerInteraction[]> {
  const rows = await tx
    .select()
    .from(employerInteractions)
    .where(eq(employerInteractions.employerId, employerId))
    .orderBy(desc(employerInteractions.occurredOn), desc(employerInteractions.createdAt), desc(employerInteractions.id));
  const userIds = [...new Set(rows.flatMap((row) => [row.recordedBy, ...row.staffUserIds]))];
  const contactIds = [...new Set(rows.flatMap((row) => row.contactIds))];
  const userNames = new Map(
    userIds.length === 0
      ? []
      : (await tx.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, userIds))).map((row) => [
          row.id,
          row.name,
        ]),
  );
  const contactNames = new Map(
    contactIds.length === 0
      ? []
      : (
          await tx
            .select({ id: employerContacts.id, name: employerContacts.name })
            .from(employerContacts)
            .where(inArray(employerContacts.id, contactIds))
        ).map((row) => [row.id, row.name]),
  );
  const person = (names: Map<string, string>) => (id: string) => ({ id, name: names.get(id) ?? '' });
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind as EmployerInteraction['kind'],
    occurredOn: row.occurredOn,
    inPerson: row.inPerson,
    staff: row.staffUserIds.map(person(userNames)),
    contacts: row.contactIds.map(person(contactNames)),
    summary: row.summary,
    agreed: row.agreed,
    recordedBy: person(userNames)(row.recordedBy),
    createdAt: row.createdAt.toISOString(),
  }));
}

/** The employer's current contacts among the given ids: archived ones are no longer met. */
export async function currentContactsAmong(tx: Transaction, employerId: string, contactIds: readonly string[]): Promise<Set<string>> {
  if (contactIds.length === 0) return new Set();
  const rows = await tx
    .select({ id: employerContacts.id })
    .from(employerContacts)
    .where(
      and(eq(employerContacts.employerId, employerId), inArray(employerContacts.id, [...contactIds]), isNull(employerContacts.archivedAt)),
    );
  return new Set(rows.map((row) => row.id));
}
