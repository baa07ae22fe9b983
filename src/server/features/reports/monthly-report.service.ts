import { and, eq, inArray } from 'drizzle-orm';
import type { MonthlyReport, MonthlyReportQuery } from '../../../contract/reports.js';
import { organisationIdsOf } from '../../auth/actor.js';
import { inTransaction } from '../../db/transaction.js';
import { notFound } from '../../errors.js';
import type { ActionContext } from '../../http/client-action.js';
import { chooseOrganisation } from '../../http/organisation-action.js';
import { organisations, teams } from '../organisations/organisations.tables.js';
import { computeFigure } from './compute.js';
import { findIndicator } from './indicators/registry.js';
import { checkCutReferences, monthEnd, scopeOf, suppressionApplies } from './report-access.js';

/** The figures a team lead reports every month, in the order of the printed report. */
export const monthlyReportIndicators = [
  'clients_served',
  'clients_new',
  'clients_active_at_end',
  'clients_ended',
  'positive_outcome_share',
  'enrolment_duration_mean',
  'enrolment_duration_median',
  'long_term_unemployed_share',
  'activation_rate',
  'caseload_per_coach',
  'meetings_per_client_month',
  'face_to_face_share',
  'overdue_meetings_share',
  'days_to_first_employer_contact',
  'employers_reached',
  'employers_cooperating',
  'assignments_answered_in_time',
  'proposal_funnel',
  'placements_by_type',
  'follow_up_3_months',
  'follow_up_6_months',
] as const;

/** One organisation's (or one of its teams') month, with the year to the month's end beside it. */
export async function monthlyReport(context: ActionContext, query: MonthlyReportQuery): Promise<MonthlyReport> {
  const organisationId = chooseOrganisation(context, 'report.read', query.organisationId);
  const from = `${query.month}-01`;
  const to = monthEnd(from);
  const scope = scopeOf(context, { organisationId, teamId: query.teamId, from, to });
  const suppress = suppressionApplies(context.actor, scope);
  return inTransaction(context.deps.reportsDb, { organisationIds: organisationIdsOf(context.actor) }, async (tx) => {
    await checkCutReferences(tx, scope);
    const [organisation] = await tx.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, organisationId));
    if (!organisation) throw notFound();
    const [team] = query.teamId
      ? await tx
          .select({ name: teams.name })
          .from(teams)
          .where(and(eq(teams.id, query.teamId), inArray(teams.organisationId, [organisationId])))
      : [];
    const rows = [];
    for (const id of monthlyReportIndicators) {
      const indicator = findIndicator(id)!;
      rows.push({
        indicatorId: id,
        month: await computeFigure(tx, indicator, scope, suppress),
        yearToDate: await computeFigure(tx, indicator, { ...scope, from: `${query.month.slice(0, 4)}-01-01` }, suppress),
      });
    }
    return {
      month: query.month,
      organisationId,
      organisationName: organisation.name,
      teamId: query.teamId ?? null,
      teamName: team?.name ?? null,
      generatedAt: context.now.toISOString(),
      suppression: suppress,
      rows,
    };
  });
}
