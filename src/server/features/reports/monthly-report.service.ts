import { and, eq, inArray } from 'drizzle-orm';
import type { MonthlyReport, MonthlyReportQuery } from '../../../contract/reports.js';
import { organisationIdsOf } from '../../auth/actor.js';
import { inTransaction } from '../../db/transaction.js';
import { notFound } from '../../errors.js';
import type { ActionContext } from '../../http/client-action.js';
import { chooseOrganisation } from '../../http/organisation-action.js';
import { organisations, teams } from '../organisations/organisations.tables.js';
import { readFigures } from './figure-store.js';
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
  const names = await inTransaction(context.deps.reportsDb, { organisationIds: organisationIdsOf(context.actor) }, async (tx) => {
    await checkCutReferences(tx, scope);
    const [organisation] = await tx.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, organisationId));
    if (!organisation) throw notFound();
    const [team] = query.teamId
      ? await tx
          .select({ name: teams.name })
          .from(teams)
          .where(and(eq(teams.id, query.teamId), inArray(teams.organisationId, [organisationId])))
      : [];
    return { organisationName: organisation.name, teamName: team?.name ?? null };
  });
  const yearToDate = { ...scope, from: `${query.month.slice(0, 4)}-01-01` };
  const read = await readFigures(
    context,
    monthlyReportIndicators.flatMap((id) => {
      const indicator = findIndicator(id)!;
      return [
        { indicator, scope, suppress },
        { indicator, scope: yearToDate, suppress },
      ];
    }),
    query.fresh ?? false,
  );
  return {
    month: query.month,
    organisationId,
    ...names,
    teamId: query.teamId ?? null,
    generatedAt: context.now.toISOString(),
    computedAt: read.computedAt.toISOString(),
    suppression: suppress,
    rows: monthlyReportIndicators.map((indicatorId, index) => ({
      indicatorId,
      month: read.figures[2 * index]!,
      yearToDate: read.figures[2 * index + 1]!,
    })),
  };
}
