import { and, eq, inArray } from 'drizzle-orm';
import type { ReportCuts } from '../../../contract/reports.js';
import { memberships } from '../../auth/auth.tables.js';
import { organisationIdsOf, type Actor } from '../../auth/actor.js';
import { authorizeOrganisation, organisationsAllowed, type OrganisationAction } from '../../auth/policy.js';
import { inTransaction, type Transaction } from '../../db/transaction.js';
import { AppError, forbidden } from '../../errors.js';
import type { ActionContext } from '../../http/client-action.js';
import { teams } from '../organisations/organisations.tables.js';
import { programmes } from '../programmes/programmes.tables.js';
import type { ReportScope } from './report-scope.js';

/**
 * The organisations a request reports on: the one it names (403 without the action there), or
 * every organisation where the user holds the action.
 */
export function scopeOf(context: ActionContext, cuts: ReportCuts, action: OrganisationAction = 'report.read'): ReportScope {
  const { organisationId, ...rest } = cuts;
  if (organisationId) authorizeOrganisation(context.actor, action, organisationId);
  const organisationIds = organisationId ? [organisationId] : organisationsAllowed(context.actor, action);
  if (organisationIds.length === 0) throw forbidden();
  return { ...rest, organisationIds, now: context.now.toISOString() };
}

/**
 * Figures about people are shown whole only to users who may see those people in every
 * organisation of the scope (report.drill_down); everyone else gets small cells suppressed.
 */
export function suppressionApplies(actor: Actor, scope: ReportScope): boolean {
  const allowed = organisationsAllowed(actor, 'report.drill_down');
  return !scope.organisationIds.every((id) => allowed.includes(id));
}

/** A team, coach or programme cut must name one of the scope's own; anything else is a field error, not an empty figure. */
export async function checkCutReferences(tx: Transaction, scope: ReportScope): Promise<void> {
  const problems: AppError['fields'] = [];
  if (scope.teamId) {
    const found = await tx
      .select({ id: teams.id })
      .from(teams)
      .where(and(eq(teams.id, scope.teamId), inArray(teams.organisationId, scope.organisationIds)));
    if (found.length === 0) problems.push({ path: 'teamId', code: 'unknown_team' });
  }
  if (scope.programmeId) {
    const found = await tx
      .select({ id: programmes.id })
      .from(programmes)
      .where(and(eq(programmes.id, scope.programmeId), inArray(programmes.organisationId, scope.organisationIds)));
    if (found.length === 0) problems.push({ path: 'programmeId', code: 'unknown_programme' });
  }
  if (scope.coachId) {
    const found = await tx
      .select({ id: memberships.userId })
      .from(memberships)
      .where(and(eq(memberships.userId, scope.coachId), inArray(memberships.organisationId, scope.organisationIds)));
    if (found.length === 0) problems.push({ path: 'coachId', code: 'unknown_user' });
  }
  if (problems.length > 0) throw new AppError('validation', problems);
}

/** checkCutReferences in a transaction of its own on the reports database, when the scope has a cut to check. */
export async function checkCuts(context: ActionContext, scope: ReportScope): Promise<void> {
  if (!scope.teamId && !scope.programmeId && !scope.coachId) return;
  await inTransaction(context.deps.reportsDb, { organisationIds: organisationIdsOf(context.actor) }, (tx) => checkCutReferences(tx, scope));
}

/** yyyy-MM-dd of the last day of the month of a yyyy-MM-dd date. */
export function monthEnd(date: string): string {
  const [year, month] = date.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${date.slice(0, 7)}-${String(last).padStart(2, '0')}`;
}

/** The calendar months a period touches, each clipped to the period. */
export function monthsOf(from: string, to: string): { month: string; from: string; to: string }[] {
  const months: { month: string; from: string; to: string }[] = [];
  let start = from;
  while (start <= to) {
    const end = monthEnd(start);
    months.push({ month: start.slice(0, 7), from: start, to: end < to ? end : to });
    const [year, month] = start.split('-').map(Number) as [number, number];
    start = month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
  }
  return months;
}
