import { and, eq, sql } from 'drizzle-orm';
import {
  opportunityTransitions,
  type Opportunity,
  type OpportunityFields,
  type OpportunityListQuery,
  type OpportunityStatus,
} from '../../../contract/opportunities.js';
import { organisationIdsOf } from '../../auth/actor.js';
import { authorizeOrganisation, organisationsAllowed } from '../../auth/policy.js';
import { inTransaction, type Transaction } from '../../db/transaction.js';
import { conflict } from '../../errors.js';
import type { ActionContext } from '../../http/client-action.js';
import { runOrganisationRecordAction } from '../../http/organisation-action.js';
import { helsinkiDate } from '../../time.js';
import { employerOrganisation } from './employer-jobs.queries.js';
import { checkOpportunityFields, type CheckedOpportunity } from './opportunity-checks.js';
import { loadOpportunity } from './opportunity-view.js';
import * as queries from './opportunities.queries.js';
import { opportunities } from './opportunities.tables.js';

const writeAudit = { audit: 'write' as const, targetId: (opportunity: Opportunity) => opportunity.id };

function storedColumns(checked: CheckedOpportunity) {
  return {
    title: checked.title,
    kind: checked.kind,
    description: checked.description,
    escoOccupationUri: checked.escoOccupationUri,
    iscoCode: checked.iscoCode,
    requiredSkills: checked.requiredSkills,
    niceToHaveSkills: checked.niceToHaveSkills,
    languages: checked.languages,
    licences: checked.licences,
    demands: checked.demands,
    workplaceId: checked.workplaceId,
    municipalityCode: checked.municipalityCode,
    hoursPerWeek: checked.hoursPerWeek,
    workingTimeForm: checked.workingTimeForm,
    startDate: checked.startDate,
    durationMonths: checked.durationMonths,
    positions: checked.positions,
  };
}

export function createOpportunity(context: ActionContext, employerId: string, input: OpportunityFields): Promise<Opportunity> {
  return runOrganisationRecordAction(
    context,
    'opportunity.write',
    (tx) => employerOrganisation(tx, employerId),
    async (tx, organisationId) => {
      const checked = await checkOpportunityFields(tx, employerId, input);
      const [created] = await tx
        .insert(opportunities)
        .values({
          ...storedColumns(checked),
          organisationId,
          employerId,
          status: 'open',
          statusChangedOn: helsinkiDate(context.now),
          createdBy: context.actor.userId,
          createdAt: context.now,
          updatedAt: context.now,
        })
        .returning({ id: opportunities.id });
      await queries.replaceOpportunityTasks(tx, organisationId, created!.id, checked.taskIds);
      return loadOpportunity(tx, context, created!.id);
    },
    writeAudit,
  );
}

export function getOpportunity(context: ActionContext, opportunityId: string): Promise<Opportunity> {
  return runOrganisationRecordAction(
    context,
    'opportunity.read',
    (tx) => queries.opportunityOrganisation(tx, opportunityId),
    (tx) => loadOpportunity(tx, context, opportunityId),
    { audit: 'none' },
  );
}

/** Optimistic locking: the change applies only to the version the user saw, else 409 stale_version. */
async function bumpVersion(tx: Transaction, opportunityId: string, version: number, changes: Partial<typeof opportunities.$inferInsert>) {
  const updated = await tx
    .update(opportunities)
    .set({ ...changes, version: sql`${opportunities.version} + 1` })
    .where(and(eq(opportunities.id, opportunityId), eq(opportunities.version, version)))
    .returning({ id: opportunities.id });
  if (updated.length === 0) throw conflict('version');
}

export function updateOpportunity(
  context: ActionContext,
  opportunityId: string,
  input: OpportunityFields & { version: number },
): Promise<Opportunity> {
  return runOrganisationRecordAction(
    context,
    'opportunity.write',
    (tx) => queries.opportunityOrganisation(tx, opportunityId),
    async (tx, organisationId) => {
      const existing = (await queries.findOpportunity(tx, opportunityId))!;
      const { version, ...fields } = input;
      const checked = await checkOpportunityFields(tx, existing.employerId, fields);
      await bumpVersion(tx, opportunityId, version, { ...storedColumns(checked), updatedAt: context.now });
      await queries.replaceOpportunityTasks(tx, organisationId, opportunityId, checked.taskIds);
      return loadOpportunity(tx, context, opportunityId);
    },
    writeAudit,
  );
}

/** open → filled, cancelled or expired; filled and expired ones can be reopened; the day of the change is recorded. */
export function changeOpportunityStatus(
  context: ActionContext,
  opportunityId: string,
  input: { status: OpportunityStatus; version: number },
): Promise<Opportunity> {
  return runOrganisationRecordAction(
    context,
    'opportunity.write',
    (tx) => queries.opportunityOrganisation(tx, opportunityId),
    async (tx) => {
      const existing = (await queries.findOpportunity(tx, opportunityId))!;
      if (existing.version !== input.version) throw conflict('version');
      if (!opportunityTransitions[existing.status as OpportunityStatus].includes(input.status)) {
        throw conflict('status', 'transition_not_allowed');
      }
      await bumpVersion(tx, opportunityId, input.version, {
        status: input.status,
        statusChangedOn: helsinkiDate(context.now),
        updatedAt: context.now,
      });
      return loadOpportunity(tx, context, opportunityId);
    },
    writeAudit,
  );
}

/** Every opportunity of the organisations where the user may read them, filtered and paged (403 with no such role). */
export async function listOpportunities(context: ActionContext, query: OpportunityListQuery) {
  authorizeOrganisation(context.actor, 'opportunity.read');
  const result = await inTransaction(context.deps.db, { organisationIds: organisationIdsOf(context.actor) }, (tx) =>
    queries.listOpportunities(tx, organisationsAllowed(context.actor, 'opportunity.read'), query),
  );
  return { ...result, page: query.page, pageSize: query.pageSize };
}

export function listEmployerOpportunities(context: ActionContext, employerId: string, query: OpportunityListQuery) {
  return runOrganisationRecordAction(
    context,
    'opportunity.read',
    (tx) => employerOrganisation(tx, employerId),
    async (tx, organisationId) => ({
      ...(await queries.listOpportunities(tx, [organisationId], { ...query, employerId })),
      page: query.page,
      pageSize: query.pageSize,
    }),
    { audit: 'none' },
  );
}
