import { and, eq, sql } from 'drizzle-orm';
import type { Employer, EmployerFields, EmployerListQuery, EmployerStage } from '../../../contract/employers.js';
import { organisationIdsOf } from '../../auth/actor.js';
import { authorizeOrganisation, organisationsAllowed } from '../../auth/policy.js';
import { inTransaction, type Transaction } from '../../db/transaction.js';
import { AppError, conflict, notFound } from '../../errors.js';
import type { ActionContext } from '../../http/client-action.js';
import { chooseOrganisation, runOrganisationAction, runOrganisationRecordAction } from '../../http/organisation-action.js';
import { helsinkiDate } from '../../time.js';
import { checkEmployerFields } from './employer-checks.js';
import * as records from './employer-records.queries.js';
import * as queries from './employers.queries.js';
import { employerStageChanges, employers } from './employers.tables.js';

export async function loadEmployer(tx: Transaction, context: ActionContext, employerId: string): Promise<Employer> {
  const row = await queries.findEmployer(tx, employerId);
  if (!row) throw notFound();
  const interactions = await records.listInteractions(tx, employerId);
  return {
    id: row.id,
    organisationId: row.organisationId,
    name: row.name,
    businessId: row.businessId,
    industrySection: row.industrySection as Employer['industrySection'],
    sizeClass: row.sizeClass as Employer['sizeClass'],
    economySector: row.economySector as Employer['economySector'],
    municipalityCode: row.municipalityCode,
    ownerUserId: row.ownerUserId,
    ownerName: row.ownerName,
    stage: row.stage as EmployerStage,
    stageChangedOn: row.stageChangedOn,
    lastContactOn: row.lastContactOn,
    website: row.website,
    notes: row.notes,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    contacts: await records.listContacts(tx, employerId),
    workplaces: await records.listWorkplaces(tx, employerId),
    stageHistory: await records.listStageChanges(tx, employerId),
    interactions,
    personalMeetingCount: interactions.filter((interaction) => interaction.inPerson).length,
    permissions: { write: organisationsAllowed(context.actor, 'employer.write').includes(row.organisationId) },
  };
}

/** Reference data, the owner and the business ID's uniqueness in the organisation's register. */
async function checkedFields(tx: Transaction, organisationId: string, fields: EmployerFields, exceptEmployerId?: string) {
  const problems = await checkEmployerFields(tx, organisationId, fields);
  if (problems.length > 0) throw new AppError('validation', problems);
  if (fields.businessId) {
    const existing = await queries.employerWithBusinessId(tx, organisationId, fields.businessId);
    if (existing && existing !== exceptEmployerId) throw conflict('businessId', 'already_exists');
  }
}

/** A new employer enters the register at the first stage, identified, dated today. */
export function createEmployer(context: ActionContext, input: EmployerFields & { organisationId?: string }): Promise<Employer> {
  const { organisationId: requested, ...fields } = input;
  const organisationId = chooseOrganisation(context, 'employer.write', requested);
  const today = helsinkiDate(context.now);
  return runOrganisationAction(
    context,
    'employer.write',
    organisationId,
    async (tx) => {
      await checkedFields(tx, organisationId, fields);
      const [created] = await tx
        .insert(employers)
        .values({
          ...fields,
          organisationId,
          stage: 'identified',
          stageChangedOn: today,
          createdBy: context.actor.userId,
          createdAt: context.now,
          updatedAt: context.now,
        })
        .returning({ id: employers.id });
      await tx.insert(employerStageChanges).values({
        organisationId,
        employerId: created!.id,
        stage: 'identified',
        changedOn: today,
        changedBy: context.actor.userId,
        createdAt: context.now,
      });
      return loadEmployer(tx, context, created!.id);
    },
    { audit: 'write', targetId: (employer) => employer.id },
  );
}

export function getEmployer(context: ActionContext, employerId: string): Promise<Employer> {
  return runOrganisationRecordAction(
    context,
    'employer.read',
    queries.employerOrganisation(employerId),
    (tx) => loadEmployer(tx, context, employerId),
    {
      audit: 'none',
    },
  );
}

/** The profile only: stage and contacts change through their own requests, so they never make a profile edit stale. */
export function updateEmployer(context: ActionContext, employerId: string, input: EmployerFields & { version: number }): Promise<Employer> {
  return runOrganisationRecordAction(
    context,
    'employer.write',
    queries.employerOrganisation(employerId),
    async (tx, organisationId) => {
      const { version, ...fields } = input;
      await checkedFields(tx, organisationId, fields, employerId);
      const updated = await tx
        .update(employers)
        .set({ ...fields, version: sql`${employers.version} + 1`, updatedAt: context.now })
        .where(and(eq(employers.id, employerId), eq(employers.version, version)))
        .returning({ id: employers.id });
      if (updated.length === 0) throw conflict('version', 'stale_version');
      return loadEmployer(tx, context, employerId);
    },
    { audit: 'write', targetId: () => employerId },
  );
}

/** Every organisation where the user may read employers, narrowed by the filters; never another organisation's row. */
export function listEmployers(context: ActionContext, query: EmployerListQuery) {
  authorizeOrganisation(context.actor, 'employer.read');
  const where = queries.employerListConditions(query, {
    organisationIds: organisationsAllowed(context.actor, 'employer.read'),
    userId: context.actor.userId,
    today: helsinkiDate(context.now),
  });
  return inTransaction(context.deps.db, { organisationIds: organisationIdsOf(context.actor) }, async (tx) => ({
    ...(await queries.listEmployers(tx, query, where)),
    page: query.page,
    pageSize: query.pageSize,
  }));
}
