import { and, asc, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { FidelityReviewListQuery } from '../../../contract/fidelity.js';
import type { Transaction } from '../../db/transaction.js';
import { organisations, teams } from '../organisations/organisations.tables.js';
import { programmes } from '../programmes/programmes.tables.js';
import { fidelityReviewItems, fidelityReviews } from './fidelity.tables.js';

const reviewColumns = {
  id: fidelityReviews.id,
  organisationId: fidelityReviews.organisationId,
  teamId: fidelityReviews.teamId,
  teamName: teams.name,
  programmeId: fidelityReviews.programmeId,
  programmeName: programmes.name,
  reviewDate: fidelityReviews.reviewDate,
  periodStart: fidelityReviews.periodStart,
  periodEnd: fidelityReviews.periodEnd,
};

export async function findReview(tx: Transaction, reviewId: string) {
  const [row] = await tx
    .select({
      ...reviewColumns,
      reviewers: fidelityReviews.reviewers,
      notes: fidelityReviews.notes,
      actionPlan: fidelityReviews.actionPlan,
      version: fidelityReviews.version,
      createdAt: fidelityReviews.createdAt,
      updatedAt: fidelityReviews.updatedAt,
    })
    .from(fidelityReviews)
    .leftJoin(teams, eq(teams.id, fidelityReviews.teamId))
    .leftJoin(programmes, eq(programmes.id, fidelityReviews.programmeId))
    .where(eq(fidelityReviews.id, reviewId));
  return row;
}
export type ReviewRow = NonNullable<Awaited<ReturnType<typeof findReview>>>;

export function reviewOrganisation(reviewId: string) {
  return async (tx: Transaction) => (await findReview(tx, reviewId))?.organisationId;
}

export function reviewItems(tx: Transaction, reviewId: string) {
  return tx
    .select()
    .from(fidelityReviewItems)
    .where(eq(fidelityReviewItems.reviewId, reviewId))
    .orderBy(asc(fidelityReviewItems.itemNumber));
}

/** Reviews the user may read (fidelityReviewScope as SQL), with the total and count of final scores. */
export function listReviews(tx: Transaction, scope: { organisationIds: string[]; teamIds: string[] }, query: FidelityReviewListQuery) {
  const readable: SQL[] = [];
  if (scope.organisationIds.length > 0) readable.push(inArray(fidelityReviews.organisationId, scope.organisationIds));
  if (scope.teamIds.length > 0) readable.push(inArray(fidelityReviews.teamId, scope.teamIds));
  const filters = [
    readable.length === 0 ? sql`false` : or(...readable)!,
    query.organisationId ? eq(fidelityReviews.organisationId, query.organisationId) : undefined,
    query.teamId ? eq(fidelityReviews.teamId, query.teamId) : undefined,
    query.programmeId ? eq(fidelityReviews.programmeId, query.programmeId) : undefined,
  ];
  return tx
    .select({
      ...reviewColumns,
      total: sql<number>`coalesce(sum(${fidelityReviewItems.finalScore}), 0)::int`,
      scoredItems: sql<number>`count(${fidelityReviewItems.finalScore})::int`,
    })
    .from(fidelityReviews)
    .leftJoin(teams, eq(teams.id, fidelityReviews.teamId))
    .leftJoin(programmes, eq(programmes.id, fidelityReviews.programmeId))
    .leftJoin(fidelityReviewItems, eq(fidelityReviewItems.reviewId, fidelityReviews.id))
    .where(and(...filters))
    .groupBy(fidelityReviews.id, teams.name, programmes.name)
    .orderBy(desc(fidelityReviews.reviewDate), asc(teams.name), asc(programmes.name));
}

export async function reviewExists(
  tx: Transaction,
  target: { organisationId: string; teamId: string | null; programmeId: string | null; reviewDate: string },
  exceptId?: string,
) {
  const rows = await tx
    .select({ id: fidelityReviews.id })
    .from(fidelityReviews)
    .where(
      and(
        eq(fidelityReviews.organisationId, target.organisationId),
        sql`${fidelityReviews.teamId} is not distinct from ${target.teamId}`,
        sql`${fidelityReviews.programmeId} is not distinct from ${target.programmeId}`,
        eq(fidelityReviews.reviewDate, target.reviewDate),
      ),
    );
  return rows.some((row) => row.id !== exceptId);
}

export async function teamOrganisation(tx: Transaction, teamId: string) {
  const [row] = await tx.select({ organisationId: teams.organisationId }).from(teams).where(eq(teams.id, teamId));
  return row?.organisationId;
}

export async function programmeOrganisation(tx: Transaction, programmeId: string) {
  const [row] = await tx.select({ organisationId: programmes.organisationId }).from(programmes).where(eq(programmes.id, programmeId));
  return row?.organisationId;
}

/** The organisations, teams and active programmes a new review can be about. */
export async function reviewTargets(tx: Transaction, organisationIds: string[]) {
  if (organisationIds.length === 0) return [];
  const [organisationRows, teamRows, programmeRows] = [
    await tx
      .select({ id: organisations.id, name: organisations.name })
      .from(organisations)
      .where(inArray(organisations.id, organisationIds))
      .orderBy(asc(organisations.name)),
    await tx
      .select({ id: teams.id, name: teams.name, organisationId: teams.organisationId })
      .from(teams)
      .where(inArray(teams.organisationId, organisationIds))
      .orderBy(asc(teams.name)),
    await tx
      .select({ id: programmes.id, name: programmes.name, organisationId: programmes.organisationId })
      .from(programmes)
      .where(and(inArray(programmes.organisationId, organisationIds), eq(programmes.active, true)))
      .orderBy(asc(programmes.name)),
  ];
  return organisationRows.map((organisation) => ({
    ...organisation,
    teams: teamRows.filter((team) => team.organisationId === organisation.id).map(({ id, name }) => ({ id, name })),
    programmes: programmeRows.filter((programme) => programme.organisationId === organisation.id).map(({ id, name }) => ({ id, name })),
  }));
}
