import { TZDate } from '@date-fns/tz';
import { and, count, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type {
  AssignmentBoard,
  AssignmentListQuery,
  AssignmentMonthlyFigure,
  AssignmentMonthlyFigures,
  AssignmentResponseSettings,
} from '../../../contract/assignments.js';
import { organisationIdsOf } from '../../auth/actor.js';
import { authorizeOrganisation, organisationsAllowed } from '../../auth/policy.js';
import { inTransaction, queryRows, type Transaction } from '../../db/transaction.js';
import type { ActionContext } from '../../http/client-action.js';
import { chooseOrganisation, runOrganisationAction } from '../../http/organisation-action.js';
import { helsinki, helsinkiDate } from '../../time.js';
import { dueClock, toSummary } from './assignment-view.js';
import { boardOrder, dueStateSql, selectAssignments, unansweredSql, type DueClock } from './assignments.queries.js';
import { assignments } from './assignments.tables.js';
import { loadResponseSettings } from './response-settings.js';

/** Named to me, or to one of my teams while nobody is named. */
function mine(context: ActionContext): SQL {
  const teamIds = context.actor.memberships.flatMap((membership) => (membership.teamId ? [membership.teamId] : []));
  const toMe = eq(assignments.responderUserId, context.actor.userId);
  return teamIds.length === 0 ? toMe : or(toMe, and(isNull(assignments.responderUserId), inArray(assignments.responderTeamId, teamIds)))!;
}

function filters(context: ActionContext, query: AssignmentListQuery, clock: DueClock): SQL[] {
  const conditions: SQL[] = [];
  if (query.employerId) conditions.push(eq(assignments.employerId, query.employerId));
  if (query.status) conditions.push(eq(assignments.status, query.status));
  if (query.responderUserId) conditions.push(eq(assignments.responderUserId, query.responderUserId));
  if (query.mine) conditions.push(mine(context));
  if (query.due === 'unanswered') conditions.push(unansweredSql);
  else if (query.due) conditions.push(sql`${dueStateSql(clock)} = ${query.due}`);
  return conditions;
}

async function settingsByOrganisation(tx: Transaction, organisationIds: string[]): Promise<Map<string, AssignmentResponseSettings>> {
  const entries = await Promise.all(organisationIds.map(async (id) => [id, await loadResponseSettings(tx, id)] as const));
  return new Map(entries);
}

/**
 * The assignment board: every assignment of the organisations where the user may read them (or the
 * one named), unanswered ones first by due time. The tile counts ignore the filters, so they always
 * say how much is overdue and due soon.
 */
export async function listAssignments(context: ActionContext, query: AssignmentListQuery): Promise<AssignmentBoard> {
  authorizeOrganisation(context.actor, 'assignment.read', query.organisationId);
  const organisationIds = query.organisationId ? [query.organisationId] : organisationsAllowed(context.actor, 'assignment.read');
  const clock = dueClock(context.now);
  return inTransaction(context.deps.db, { organisationIds: organisationIdsOf(context.actor) }, async (tx) => {
    const scope = inArray(assignments.organisationId, organisationIds);
    const where = and(scope, ...filters(context, query, clock));
    const rows = await selectAssignments(tx, clock)
      .where(where)
      .orderBy(...boardOrder[query.sort], assignments.id)
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize);
    const [total] = await tx.select({ value: count() }).from(assignments).where(where);
    const [summary] = await tx
      .select({
        overdue: sql<number>`count(*) filter (where ${dueStateSql(clock)} = 'overdue')::int`,
        dueSoon: sql<number>`count(*) filter (where ${dueStateSql(clock)} = 'due_soon')::int`,
        unanswered: sql<number>`count(*) filter (where ${unansweredSql})::int`,
        open: sql<number>`count(*) filter (where ${assignments.status} <> 'closed')::int`,
      })
      .from(assignments)
      .where(scope);
    const settings = await settingsByOrganisation(tx, [...new Set(rows.map((row) => row.organisationId))]);
    return {
      items: rows.map((row) => toSummary(row, settings.get(row.organisationId)!)),
      total: total!.value,
      page: query.page,
      pageSize: query.pageSize,
      summary: summary!,
    };
  });
}

/** yyyy-MM of the given Helsinki month, `back` months before it. */
function monthBefore(month: string, back: number): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (monthNumber - 1) - back;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

type MonthRow = Omit<AssignmentMonthlyFigure, 'share'>;

/**
 * The monthly figure (definitions on assignmentMonthlyFigure in the contract): by the Helsinki month
 * of receipt; measured = answered, plus unanswered ones whose due time has passed, except those the
 * employer cancelled before their due time.
 */
export function monthlyFigures(
  context: ActionContext,
  query: { organisationId?: string | undefined; months: number },
): Promise<AssignmentMonthlyFigures> {
  const organisationId = chooseOrganisation(context, 'assignment.read', query.organisationId);
  const currentMonth = helsinkiDate(context.now).slice(0, 7);
  const months = Array.from({ length: query.months }, (_, index) => monthBefore(currentMonth, query.months - 1 - index));
  const [firstYear, firstMonth] = months[0]!.split('-').map(Number) as [number, number];
  const from = new Date(new TZDate(firstYear, firstMonth - 1, 1, helsinki).getTime());
  const now = sql`${context.now.toISOString()}::timestamptz`;
  return runOrganisationAction(
    context,
    'assignment.read',
    organisationId,
    async (tx) => {
      const rows = await queryRows<MonthRow>(
        tx,
        sql`select to_char(received_at at time zone 'Europe/Helsinki', 'YYYY-MM') as "month",
          count(*)::int as "received",
          count(first_response_at)::int as "answered",
          (count(*) filter (where first_response_at <= response_due_at))::int as "answeredInTime",
          (count(*) filter (where first_response_at is not null
            or (response_due_at < ${now} and not (status = 'closed' and closed_at <= response_due_at))))::int as "measured"
        from ${assignments}
        where organisation_id = ${organisationId} and received_at >= ${from.toISOString()}::timestamptz and received_at <= ${now}
        group by 1`,
      );
      const byMonth = new Map(rows.map((row) => [row.month, row]));
      return {
        organisationId,
        settings: await loadResponseSettings(tx, organisationId),
        months: months.map((month) => {
          const row = byMonth.get(month) ?? { month, received: 0, answered: 0, answeredInTime: 0, measured: 0 };
          return { ...row, share: row.measured === 0 ? null : row.answeredInTime / row.measured };
        }),
      };
    },
    { audit: 'none' },
  );
}
