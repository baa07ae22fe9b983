import { and, asc, eq, ilike, inArray, sql, type SQL } from 'drizzle-orm';
import { caseloadRoles } from '../../../contract/auth.js';
import { coachSearchLimit, type CoachSearchQuery, type ReportCoach } from '../../../contract/reports.js';
import { organisationIdsOf } from '../../auth/actor.js';
import { memberships, users } from '../../auth/auth.tables.js';
import { authorizeOrganisation, organisationsAllowed } from '../../auth/policy.js';
import { inTransaction, type Transaction } from '../../db/transaction.js';
import { notFound } from '../../errors.js';
import type { ActionContext } from '../../http/client-action.js';
import { escapeLike, searchWords } from '../../db/like.js';

/**
 * Coaches of the given organisations matching the conditions (disabled ones too: their past work
 * counts), each with the organisations (of those given) they coach in. Staff names are not client
 * data: nothing is audited.
 */
function coachesOf(tx: Transaction, organisationIds: string[], conditions: (SQL | undefined)[], limit: number): Promise<ReportCoach[]> {
  return tx
    .select({
      id: users.id,
      name: users.name,
      organisationIds: sql<string[]>`array_agg(distinct ${memberships.organisationId})`,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(inArray(memberships.organisationId, organisationIds), inArray(memberships.role, [...caseloadRoles]), ...conditions))
    .groupBy(users.id, users.name)
    .orderBy(asc(users.name), asc(users.id))
    .limit(limit);
}

/**
 * The coach filter of the dashboard: the first coaches by name whose name holds every word typed,
 * in the organisations the user reports on (or the one named, 403 without report.read there).
 */
export async function searchCoaches(context: ActionContext, query: CoachSearchQuery): Promise<{ items: ReportCoach[] }> {
  authorizeOrganisation(context.actor, 'report.read', query.organisationId);
  const organisationIds = query.organisationId ? [query.organisationId] : organisationsAllowed(context.actor, 'report.read');
  return inTransaction(context.deps.reportsDb, { organisationIds: organisationIdsOf(context.actor) }, async (tx) => ({
    items: await coachesOf(
      tx,
      organisationIds,
      searchWords(query.search).map((word) => ilike(users.name, `%${escapeLike(word)}%`)),
      coachSearchLimit,
    ),
  }));
}

/** The coach a filter already names (e.g. a shared link): 404 unless a coach of an organisation the user reports on. */
export async function reportCoach(context: ActionContext, coachId: string): Promise<ReportCoach> {
  authorizeOrganisation(context.actor, 'report.read');
  const organisationIds = organisationsAllowed(context.actor, 'report.read');
  const [coach] = await inTransaction(context.deps.reportsDb, { organisationIds: organisationIdsOf(context.actor) }, (tx) =>
    coachesOf(tx, organisationIds, [eq(users.id, coachId)], 1),
  );
  if (!coach) throw notFound();
  return coach;
}
