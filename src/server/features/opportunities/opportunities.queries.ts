import { and, asc, count, desc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { OpportunityListItem, OpportunityListQuery } from '../../../contract/opportunities.js';
import type { Transaction } from '../../db/transaction.js';
import { escoOccupations } from '../../reference/esco.tables.js';
import { employers, employerWorkplaces } from '../employers/employers.tables.js';
import { employerJobs, jobTasks, opportunities, opportunityTasks } from './opportunities.tables.js';
import { escapeLike } from '../../db/like.js';

export type OpportunityRow = typeof opportunities.$inferSelect & { employerName: string; workplaceName: string | null };

export async function opportunityOrganisation(tx: Transaction, opportunityId: string): Promise<string | undefined> {
  const [row] = await tx
    .select({ organisationId: opportunities.organisationId })
    .from(opportunities)
    .where(eq(opportunities.id, opportunityId));
  return row?.organisationId;
}

export async function findOpportunity(tx: Transaction, opportunityId: string): Promise<OpportunityRow | undefined> {
  const [row] = await tx
    .select({ opportunity: opportunities, employerName: employers.name, workplaceName: employerWorkplaces.name })
    .from(opportunities)
    .innerJoin(employers, eq(employers.id, opportunities.employerId))
    .leftJoin(employerWorkplaces, eq(employerWorkplaces.id, opportunities.workplaceId))
    .where(eq(opportunities.id, opportunityId));
  return row ? { ...row.opportunity, employerName: row.employerName, workplaceName: row.workplaceName } : undefined;
}

/** The carved tasks of an opportunity in their order. */
export async function tasksOfOpportunity(tx: Transaction, opportunityId: string) {
  const rows = await tx
    .select({ task: jobTasks })
    .from(opportunityTasks)
    .innerJoin(jobTasks, eq(jobTasks.id, opportunityTasks.taskId))
    .where(eq(opportunityTasks.opportunityId, opportunityId))
    .orderBy(asc(opportunityTasks.position));
  return rows.map((row) => row.task);
}

export async function opportunitiesWithTask(tx: Transaction, taskId: string): Promise<string[]> {
  const rows = await tx
    .select({ opportunityId: opportunityTasks.opportunityId })
    .from(opportunityTasks)
    .where(eq(opportunityTasks.taskId, taskId));
  return rows.map((row) => row.opportunityId);
}

export async function replaceOpportunityTasks(tx: Transaction, organisationId: string, opportunityId: string, taskIds: readonly string[]) {
  await tx.delete(opportunityTasks).where(eq(opportunityTasks.opportunityId, opportunityId));
  if (taskIds.length === 0) return;
  await tx.insert(opportunityTasks).values(taskIds.map((taskId, position) => ({ organisationId, opportunityId, taskId, position })));
}

export async function jobsById(tx: Transaction, jobIds: readonly string[]) {
  if (jobIds.length === 0) return [];
  return tx
    .select()
    .from(employerJobs)
    .where(inArray(employerJobs.id, [...jobIds]));
}

function listConditions(organisationIds: readonly string[], query: Partial<OpportunityListQuery>): SQL | undefined {
  const search = query.search ? `%${escapeLike(query.search)}%` : null;
  return and(
    inArray(opportunities.organisationId, [...organisationIds]),
    query.kind ? eq(opportunities.kind, query.kind) : undefined,
    query.status ? eq(opportunities.status, query.status) : undefined,
    query.employerId ? eq(opportunities.employerId, query.employerId) : undefined,
    query.occupation ? eq(opportunities.escoOccupationUri, query.occupation) : undefined,
    query.iscoCode ? sql`${opportunities.iscoCode} like ${`${query.iscoCode}%`}` : undefined,
    query.municipality ? eq(opportunities.municipalityCode, query.municipality) : undefined,
    search ? or(ilike(opportunities.title, search), ilike(employers.name, search)) : undefined,
  );
}

const sortColumns = {
  title: opportunities.title,
  employer: employers.name,
  status: opportunities.status,
  startDate: opportunities.startDate,
  updatedAt: opportunities.updatedAt,
};

/** Opportunities of the given organisations (the policy's reach) that match the filters, one page. */
export async function listOpportunities(
  tx: Transaction,
  organisationIds: readonly string[],
  query: OpportunityListQuery,
): Promise<{ items: OpportunityListItem[]; total: number }> {
  if (organisationIds.length === 0) return { items: [], total: 0 };
  const where = listConditions(organisationIds, query);
  const direction = query.order === 'asc' ? asc : desc;
  const carved = sql<boolean>`exists (select 1 from ${opportunityTasks} where ${opportunityTasks.opportunityId} = ${opportunities.id})`;
  const rows = await tx
    .select({
      opportunity: opportunities,
      employerName: employers.name,
      occupationFi: escoOccupations.labelFi,
      occupationSv: escoOccupations.labelSv,
      occupationEn: escoOccupations.labelEn,
      carved,
    })
    .from(opportunities)
    .innerJoin(employers, eq(employers.id, opportunities.employerId))
    .leftJoin(escoOccupations, eq(escoOccupations.uri, opportunities.escoOccupationUri))
    .where(where)
    .orderBy(direction(sortColumns[query.sort]), asc(opportunities.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const [total] = await tx
    .select({ total: count() })
    .from(opportunities)
    .innerJoin(employers, eq(employers.id, opportunities.employerId))
    .where(where);
  return {
    total: total?.total ?? 0,
    items: rows.map(({ opportunity, employerName, occupationFi, occupationSv, occupationEn, carved: isCarved }) => ({
      id: opportunity.id,
      title: opportunity.title,
      kind: opportunity.kind as OpportunityListItem['kind'],
      status: opportunity.status as OpportunityListItem['status'],
      employerId: opportunity.employerId,
      employerName,
      occupationLabel: occupationFi !== null ? { fi: occupationFi, sv: occupationSv!, en: occupationEn! } : null,
      iscoCode: opportunity.iscoCode,
      municipalityCode: opportunity.municipalityCode,
      hoursPerWeek: opportunity.hoursPerWeek,
      positions: opportunity.positions,
      startDate: opportunity.startDate,
      carved: Boolean(isCarved),
      statusChangedOn: opportunity.statusChangedOn,
      updatedAt: opportunity.updatedAt.toISOString(),
    })),
  };
}
