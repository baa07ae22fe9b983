import { and, eq, isNull } from 'drizzle-orm';
import type { ContactFields, EmployerContact, EmployerWorkplace, WorkplaceFields } from '../../../contract/employers.js';
import type { Transaction } from '../../db/transaction.js';
import { conflict, invalidField } from '../../errors.js';
import type { ActionContext } from '../../http/client-action.js';
import { runOrganisationRecordAction } from '../../http/organisation-action.js';
import { isConstraintViolation } from './database-errors.js';
import { findContact, findWorkplace } from './employer-records.queries.js';
import * as queries from './employers.queries.js';
import { employerContacts, employerWorkplaces } from './employers.tables.js';

/**
 * Contact persons and workplaces of an employer. A new one is addressed through its employer; an
 * existing one by its own id, whose organisation decides 404 (unknown or another organisation's).
 */

const organisationOfRecord = (table: typeof employerContacts | typeof employerWorkplaces, recordId: string) => async (tx: Transaction) => {
  const [row] = await tx.select({ organisationId: table.organisationId }).from(table).where(eq(table.id, recordId));
  return row?.organisationId;
};

const auditTarget = { audit: 'write' as const, targetId: (record: { id: string }) => record.id };

export function addContact(context: ActionContext, employerId: string, input: ContactFields): Promise<EmployerContact> {
  return runOrganisationRecordAction(
    context,
    'employer.write',
    queries.employerOrganisation(employerId),
    async (tx, organisationId) => {
      const [created] = await tx
        .insert(employerContacts)
        .values({ ...input, organisationId, employerId, createdAt: context.now, updatedAt: context.now })
        .returning({ id: employerContacts.id });
      return findContact(tx, created!.id);
    },
    auditTarget,
  );
}

export function updateContact(context: ActionContext, contactId: string, input: ContactFields): Promise<EmployerContact> {
  return runOrganisationRecordAction(
    context,
    'employer.write',
    organisationOfRecord(employerContacts, contactId),
    async (tx) => {
      await tx
        .update(employerContacts)
        .set({ ...input, updatedAt: context.now })
        .where(eq(employerContacts.id, contactId));
      return findContact(tx, contactId);
    },
    auditTarget,
  );
}

/** A contact who has left is archived, not deleted: the interactions they took part in still name them. */
export function archiveContact(context: ActionContext, contactId: string): Promise<EmployerContact> {
  return runOrganisationRecordAction(
    context,
    'employer.write',
    organisationOfRecord(employerContacts, contactId),
    async (tx) => {
      const archived = await tx
        .update(employerContacts)
        .set({ archivedAt: context.now, updatedAt: context.now })
        .where(and(eq(employerContacts.id, contactId), isNull(employerContacts.archivedAt)))
        .returning({ id: employerContacts.id });
      if (archived.length === 0) throw conflict('id', 'already_archived');
      return findContact(tx, contactId);
    },
    auditTarget,
  );
}

async function checkWorkplace(tx: Transaction, input: WorkplaceFields) {
  if (input.municipalityCode && !(await queries.municipalityExists(tx, input.municipalityCode))) {
    throw invalidField('municipalityCode', 'unknown_municipality');
  }
}

export function addWorkplace(context: ActionContext, employerId: string, input: WorkplaceFields): Promise<EmployerWorkplace> {
  return runOrganisationRecordAction(
    context,
    'employer.write',
    queries.employerOrganisation(employerId),
    async (tx, organisationId) => {
      await checkWorkplace(tx, input);
      const [created] = await tx
        .insert(employerWorkplaces)
        .values({ ...input, organisationId, employerId, createdAt: context.now })
        .returning({ id: employerWorkplaces.id });
      return findWorkplace(tx, created!.id);
    },
    auditTarget,
  );
}

export function updateWorkplace(context: ActionContext, workplaceId: string, input: WorkplaceFields): Promise<EmployerWorkplace> {
  return runOrganisationRecordAction(
    context,
    'employer.write',
    organisationOfRecord(employerWorkplaces, workplaceId),
    async (tx) => {
      await checkWorkplace(tx, input);
      await tx.update(employerWorkplaces).set(input).where(eq(employerWorkplaces.id, workplaceId));
      return findWorkplace(tx, workplaceId);
    },
    auditTarget,
  );
}

/**
 * A workplace entered by mistake can be removed; one that an opportunity or a placement names
 * answers 409 in_use (the savepoint keeps the transaction usable after the refused delete).
 */
export function deleteWorkplace(context: ActionContext, workplaceId: string): Promise<{ id: string }> {
  return runOrganisationRecordAction(
    context,
    'employer.write',
    organisationOfRecord(employerWorkplaces, workplaceId),
    async (tx) => {
      try {
        await tx.transaction((savepoint) => savepoint.delete(employerWorkplaces).where(eq(employerWorkplaces.id, workplaceId)));
      } catch (error) {
        if (isConstraintViolation(error, 'foreign_key')) throw conflict('id', 'in_use');
        throw error;
      }
      return { id: workplaceId };
    },
    auditTarget,
  );
}
