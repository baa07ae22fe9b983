import { and, eq, sql } from 'drizzle-orm';
import {
  fidelityBand,
  fidelityItemCount,
  maxPeriodDays,
  type CreateFidelityReviewRequest,
  type FidelityReview,
  type FidelityReviewListQuery,
  type FidelityReviewSummary,
  type FidelityTargets,
  type UpdateFidelityReviewRequest,
} from '../../../contract/fidelity.js';
import { organisationIdsOf } from '../../auth/actor.js';
import { fidelityReviewScope, organisationsAllowed } from '../../auth/policy.js';
import { inTransaction, type Transaction } from '../../db/transaction.js';
import { AppError, conflict, forbidden, notFound } from '../../errors.js';
import type { ActionContext } from '../../http/client-action.js';
import { chooseOrganisation, runOrganisationAction, runOrganisationRecordAction } from '../../http/organisation-action.js';
import { daysBetween } from '../../time.js';
import { measureScope } from './fidelity-evidence.js';
import { reviewTotals } from './fidelity-scale.js';
import * as queries from './fidelity.queries.js';
import { fidelityReviewItems, fidelityReviews } from './fidelity.tables.js';

async function loadReview(tx: Transaction, context: ActionContext, row: queries.ReviewRow): Promise<FidelityReview> {
  const items = await queries.reviewItems(tx, row.id);
  return {
    ...row,
    ...reviewTotals(items.map((item) => item.finalScore)),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    items: items.map((item) => ({
      number: item.itemNumber,
      prefilledScore: item.prefilledScore,
      evidence: item.evidence,
      finalScore: item.finalScore,
      note: item.note,
    })),
    permissions: { write: organisationsAllowed(context.actor, 'fidelity.write').includes(row.organisationId) },
  };
}

async function reloadReview(tx: Transaction, context: ActionContext, reviewId: string) {
  const row = await queries.findReview(tx, reviewId);
  if (!row) throw notFound();
  return loadReview(tx, context, row);
}

/** 403 for users with no fidelity reading anywhere; otherwise the scope lists what they may see. */
function readScope(context: ActionContext) {
  const scope = fidelityReviewScope(context.actor);
  if (scope.organisationIds.length === 0 && scope.teamIds.length === 0) throw forbidden();
  return scope;
}

export function ensureCanReadScale(context: ActionContext): void {
  readScope(context);
}

/** The team and programme must be the organisation's own; the look-back period at most two years. */
async function checkTarget(tx: Transaction, organisationId: string, input: CreateFidelityReviewRequest) {
  const problems: { path: string; code: 'unknown_team' | 'unknown_programme' | 'too_large' }[] = [];
  if (input.teamId && (await queries.teamOrganisation(tx, input.teamId)) !== organisationId)
    problems.push({ path: 'teamId', code: 'unknown_team' });
  if (input.programmeId && (await queries.programmeOrganisation(tx, input.programmeId)) !== organisationId) {
    problems.push({ path: 'programmeId', code: 'unknown_programme' });
  }
  if (daysBetween(input.periodStart, input.periodEnd) + 1 > maxPeriodDays) problems.push({ path: 'periodEnd', code: 'too_large' });
  if (problems.length > 0) throw new AppError('validation', problems);
}

/**
 * A new review: the evidence is measured now over the look-back period and stored with the
 * pre-filled scores, so the review keeps showing what the reviewers saw even when records change later.
 */
export function createReview(context: ActionContext, input: CreateFidelityReviewRequest): Promise<FidelityReview> {
  const organisationId = chooseOrganisation(context, 'fidelity.write', input.organisationId);
  return runOrganisationAction(
    context,
    'fidelity.write',
    organisationId,
    async (tx) => {
      await checkTarget(tx, organisationId, input);
      const target = { organisationId, teamId: input.teamId, programmeId: input.programmeId, reviewDate: input.reviewDate };
      if (await queries.reviewExists(tx, target)) throw conflict('reviewDate', 'already_exists');
      const measured = await measureScope(tx, { ...target, period: { start: input.periodStart, end: input.periodEnd } });
      const [created] = await tx
        .insert(fidelityReviews)
        .values({
          ...target,
          periodStart: input.periodStart,
          periodEnd: input.periodEnd,
          reviewers: input.reviewers,
          createdBy: context.actor.userId,
          createdAt: context.now,
          updatedAt: context.now,
        })
        .returning({ id: fidelityReviews.id });
      const reviewId = created!.id;
      await tx.insert(fidelityReviewItems).values(
        Array.from({ length: fidelityItemCount }, (_, index) => {
          const result = measured.get(index + 1);
          return {
            reviewId,
            organisationId,
            itemNumber: index + 1,
            prefilledScore: result?.score ?? null,
            evidence: result?.evidence ?? null,
          };
        }),
      );
      return reloadReview(tx, context, reviewId);
    },
    { audit: 'write', targetId: (review) => review.id },
  );
}

/** Reviews are the organisation's aggregates: reading them is not audited (no person is named). */
export function getReview(context: ActionContext, reviewId: string): Promise<FidelityReview> {
  const scope = readScope(context);
  return inTransaction(context.deps.db, { organisationIds: organisationIdsOf(context.actor) }, async (tx) => {
    const row = await queries.findReview(tx, reviewId);
    const readable =
      row && (scope.organisationIds.includes(row.organisationId) || (row.teamId !== null && scope.teamIds.includes(row.teamId)));
    if (!readable) throw notFound();
    return loadReview(tx, context, row);
  });
}

/** An override of a pre-filled score must say why; confirming one needs no note. */
function checkOverrides(input: UpdateFidelityReviewRequest, prefilled: Map<number, number | null>) {
  const problems = input.items.flatMap((item, index) => {
    const suggested = prefilled.get(item.number) ?? null;
    const overridden = item.finalScore !== null && suggested !== null && item.finalScore !== suggested;
    return overridden && item.note === null ? [{ path: `items.${index}.note`, code: 'required' as const }] : [];
  });
  if (problems.length > 0) throw new AppError('validation', problems);
}

export function updateReview(context: ActionContext, reviewId: string, input: UpdateFidelityReviewRequest): Promise<FidelityReview> {
  return runOrganisationRecordAction(
    context,
    'fidelity.write',
    queries.reviewOrganisation(reviewId),
    async (tx, organisationId) => {
      const current = await queries.findReview(tx, reviewId);
      const items = await queries.reviewItems(tx, reviewId);
      checkOverrides(input, new Map(items.map((item) => [item.itemNumber, item.prefilledScore])));
      const target = { organisationId, teamId: current!.teamId, programmeId: current!.programmeId, reviewDate: input.reviewDate };
      if (await queries.reviewExists(tx, target, reviewId)) throw conflict('reviewDate', 'already_exists');
      const updated = await tx
        .update(fidelityReviews)
        .set({
          reviewDate: input.reviewDate,
          reviewers: input.reviewers,
          notes: input.notes,
          actionPlan: input.actionPlan,
          version: sql`${fidelityReviews.version} + 1`,
          updatedAt: context.now,
        })
        .where(and(eq(fidelityReviews.id, reviewId), eq(fidelityReviews.version, input.version)))
        .returning({ id: fidelityReviews.id });
      if (updated.length === 0) throw conflict('version', 'stale_version');
      for (const item of input.items) {
        await tx
          .update(fidelityReviewItems)
          .set({ finalScore: item.finalScore, note: item.note })
          .where(and(eq(fidelityReviewItems.reviewId, reviewId), eq(fidelityReviewItems.itemNumber, item.number)));
      }
      return reloadReview(tx, context, reviewId);
    },
    { audit: 'write', targetId: () => reviewId },
  );
}

/** History per team and programme, newest first; the change is against the previous complete review of the same target. */
export async function listReviews(context: ActionContext, query: FidelityReviewListQuery): Promise<{ items: FidelityReviewSummary[] }> {
  const scope = readScope(context);
  const rows = await inTransaction(context.deps.db, { organisationIds: organisationIdsOf(context.actor) }, (tx) =>
    queries.listReviews(tx, scope, query),
  );
  const summaries = rows.map((row) => ({ ...row, band: row.scoredItems === fidelityItemCount ? fidelityBand(row.total) : null }));
  return {
    items: summaries.map((review) => {
      const previous = summaries.find(
        (candidate) =>
          candidate.teamId === review.teamId &&
          candidate.programmeId === review.programmeId &&
          candidate.organisationId === review.organisationId &&
          candidate.reviewDate < review.reviewDate &&
          candidate.band !== null,
      );
      return { ...review, change: review.band !== null && previous ? review.total - previous.total : null };
    }),
  };
}

export function listTargets(context: ActionContext): Promise<FidelityTargets> {
  const organisationIds = organisationsAllowed(context.actor, 'fidelity.write');
  if (organisationIds.length === 0) throw forbidden();
  return inTransaction(context.deps.db, { organisationIds: organisationIdsOf(context.actor) }, async (tx) => ({
    organisations: await queries.reviewTargets(tx, organisationIds),
  }));
}
