import { and, inArray, sql, type SQL } from 'drizzle-orm';
import { caseloadRoles } from '../../../contract/auth.js';
import type { CaseloadQuery, TeamCoachesQuery } from '../../../contract/caseload.js';
import { queryPreparedRows, queryRows, type Transaction } from '../../db/transaction.js';
import { uuidArray } from '../../db/uuid-array.js';
import { addDaysToDate } from '../../time.js';
import { clients } from '../clients/clients.tables.js';
import { dueSoonDays } from '../enrolments/meeting-rules.js';
import { escapeLike, searchWords } from '../../db/like.js';

/**
 * The caseload reads only the derived columns the meeting rules keep on each enrolment
 * (next_meeting_due_on and friends), never the activities, so it stays fast with millions of them.
 * Every query joins the client's primary enrolment and the count of their due follow-ups, so the
 * page, the count and the header summary share one shape.
 */

/** policy: the authorization policy's SQL filter; coachId: one coach's caseload, or null for every client in someone's. */
export type CaseloadScope = { policy: SQL; coachId: string | null; organisationIds: readonly string[]; today: string };
type ListFilters = Pick<CaseloadQuery, 'search' | 'programmeId' | 'phase' | 'status' | 'followUpsDue'>;

const enrolmentColumns = sql`e.id, e.client_id, e.programme_id, e.coach_id, e.current_phase, e.phase_started_on, e.last_meeting_on,
  e.next_meeting_due_on, e.next_meeting_rule, e.first_employer_contact_due_on`;

/** An ended enrolment with a follow-up still to record stays in its coach's caseload until then. */
const stillOwed = sql`(e.end_date is null or exists (select 1 from follow_ups owed where owed.enrolment_id = e.id and owed.completed_on is null))`;

/**
 * Whose caseload. A coach's own clients: they are the personal coach, or coach or co-coach of an
 * enrolment still running or owing a follow-up (each branch can use its own index). Without a
 * coach: every client with a personal coach, a running enrolment or a follow-up to record.
 */
function ownership(scope: CaseloadScope): SQL {
  if (scope.coachId === null) {
    return sql`(${clients.responsibleUserId} is not null or primary_enrolment.id is not null or ${clients.id} in (
      select owed.client_id from follow_ups owed where owed.organisation_id = any(${uuidArray(scope.organisationIds)}) and owed.completed_on is null))`;
  }
  return sql`${clients.id} in (
    select responsible.id from clients responsible where responsible.responsible_user_id = ${scope.coachId}
    union all select e.client_id from enrolments e where e.coach_id = ${scope.coachId} and ${stillOwed}
    union all select e.client_id from enrolments e where e.co_coach_id = ${scope.coachId} and ${stillOwed})`;
}

/**
 * A client's row shows their running enrolment whose next meeting is due first (within the
 * programme and phase filters): looked up client by client for one coach's few dozen clients,
 * in one pass over the organisations' running enrolments for a whole organisation.
 */
function joins(scope: CaseloadScope, filters: Partial<ListFilters>): SQL {
  const programme = filters.programmeId ? sql`and e.programme_id = ${filters.programmeId}` : sql``;
  const phase = filters.phase ? sql`and e.current_phase = ${filters.phase}` : sql``;
  const primary =
    scope.coachId !== null
      ? sql`left join lateral (
          select ${enrolmentColumns} from enrolments e
          where e.client_id = ${clients.id} and e.end_date is null ${programme} ${phase}
          order by e.next_meeting_due_on asc nulls last, e.id limit 1
        ) primary_enrolment on true`
      : sql`left join (
          select distinct on (e.client_id) ${enrolmentColumns} from enrolments e
          where e.organisation_id = any(${uuidArray(scope.organisationIds)}) and e.end_date is null ${programme} ${phase}
          order by e.client_id, e.next_meeting_due_on asc nulls last, e.id
        ) primary_enrolment on primary_enrolment.client_id = ${clients.id}`;
  return sql`${primary} ${followUpJoin(scope)}`;
}

/** Due follow-ups counted client by client for one coach, in one grouped pass for a whole organisation. */
function followUpJoin(scope: CaseloadScope): SQL {
  if (scope.coachId !== null) {
    return sql`left join lateral (
        select count(*)::int as count from follow_ups due
        where due.client_id = ${clients.id} and due.completed_on is null and due.due_on <= ${scope.today}::date
      ) due_follow_ups on true`;
  }
  return sql`left join (
      select due.client_id, count(*)::int as count from follow_ups due
      where due.organisation_id = any(${uuidArray(scope.organisationIds)}) and due.completed_on is null and due.due_on <= ${scope.today}::date
      group by due.client_id
    ) due_follow_ups on due_follow_ups.client_id = ${clients.id}`;
}

export const hasListFilters = (filters: ListFilters) =>
  Boolean(filters.search || filters.programmeId || filters.phase || filters.status !== 'all' || filters.followUpsDue);

function listConditions(scope: CaseloadScope, filters: ListFilters): SQL {
  const conditions = [scope.policy, ownership(scope)];
  if (filters.search) {
    const search = escapeLike(filters.search);
    conditions.push(
      sql`(${clients.lastName} ilike ${`${search}%`} or ${clients.firstName} ilike ${`${search}%`} or (${clients.firstName} || ' ' || ${clients.lastName}) ilike ${`%${search}%`})`,
    );
  }
  if (filters.programmeId || filters.phase) conditions.push(sql`primary_enrolment.id is not null`);
  const soonLimit = addDaysToDate(scope.today, dueSoonDays);
  if (filters.status === 'overdue') conditions.push(sql`primary_enrolment.next_meeting_due_on < ${scope.today}::date`);
  if (filters.status === 'due_soon')
    conditions.push(sql`primary_enrolment.next_meeting_due_on between ${scope.today}::date and ${soonLimit}::date`);
  if (filters.followUpsDue) conditions.push(sql`due_follow_ups.count > 0`);
  return and(...conditions)!;
}

type SortColumns = { lastName: SQL; firstName: SQL; id: SQL; phaseStartedOn: SQL; nextMeetingDueOn: SQL };

const tableColumns: SortColumns = {
  lastName: sql`${clients.lastName}`,
  firstName: sql`${clients.firstName}`,
  id: sql`${clients.id}`,
  phaseStartedOn: sql`primary_enrolment.phase_started_on`,
  nextMeetingDueOn: sql`primary_enrolment.next_meeting_due_on`,
};

const pageColumns: SortColumns = {
  lastName: sql`page.last_name`,
  firstName: sql`page.first_name`,
  id: sql`page.client_id`,
  phaseStartedOn: sql`page.phase_started_on`,
  nextMeetingDueOn: sql`page.next_meeting_due_on`,
};

function ordering(sort: CaseloadQuery['sort'], direction: CaseloadQuery['direction'], columns: SortColumns): SQL {
  const byName = sql`${columns.lastName} ${sql.raw(direction)}, ${columns.firstName} ${sql.raw(direction)}, ${columns.id}`;
  if (sort === 'name') return byName;
  const tieBreak = sql`${columns.lastName}, ${columns.firstName}, ${columns.id}`;
  // More days in the phase means an earlier phase start.
  if (sort === 'daysInPhase')
    return sql`${columns.phaseStartedOn} ${sql.raw(direction === 'asc' ? 'desc' : 'asc')} nulls last, ${tieBreak}`;
  return sql`${columns.nextMeetingDueOn} ${sql.raw(direction)} nulls last, ${tieBreak}`;
}

export type CaseloadRecord = {
  clientId: string;
  firstName: string;
  lastName: string;
  enrolmentId: string | null;
  programmeId: string | null;
  programmeName: string | null;
  processModelId: string | null;
  coachId: string | null;
  coachName: string | null;
  personalCoachId: string | null;
  personalCoachName: string | null;
  currentPhase: string | null;
  phaseStartedOn: string | null;
  lastMeetingOn: string | null;
  nextMeetingDueOn: string | null;
  nextMeetingRule: number | null;
  firstEmployerContactDueOn: string | null;
  followUpsDue: number;
  /** Over every row the list filters leave, not just the page: repeated on each row. */
  listCounts: CaseloadSummary;
};

export type CaseloadSummary = { clients: number; overdue: number; dueSoon: number; followUpsDue: number };

/**
 * Sorted and cut to the page first, so that only the page's rows are joined to their programme and
 * coach. The counts over the whole filtered list ride along as window aggregates computed before
 * the cut: without list filters they are the header summary, so one statement answers both.
 */
export function caseloadPage(tx: Transaction, scope: CaseloadScope, query: CaseloadQuery): Promise<CaseloadRecord[]> {
  const soonLimit = addDaysToDate(scope.today, dueSoonDays);
  return queryPreparedRows<CaseloadRecord>(
    tx,
    sql`select page.client_id as "clientId", page.first_name as "firstName", page.last_name as "lastName",
          page.enrolment_id as "enrolmentId", page.programme_id as "programmeId", programme.name as "programmeName",
          programme.process_model_id as "processModelId", page.coach_id as "coachId",
          (select coach.name from users coach where coach.id = page.coach_id) as "coachName",
          page.responsible_user_id as "personalCoachId",
          (select personal.name from users personal where personal.id = page.responsible_user_id) as "personalCoachName",
          page.current_phase as "currentPhase", page.phase_started_on::text as "phaseStartedOn",
          page.last_meeting_on::text as "lastMeetingOn", page.next_meeting_due_on::text as "nextMeetingDueOn",
          page.next_meeting_rule as "nextMeetingRule", page.first_employer_contact_due_on::text as "firstEmployerContactDueOn",
          page.follow_ups_due as "followUpsDue",
          json_build_object('clients', page.list_clients, 'overdue', page.list_overdue, 'dueSoon', page.list_due_soon,
            'followUpsDue', page.list_follow_ups_due) as "listCounts"
        from (
          select ${clients.id} as client_id, ${clients.firstName} as first_name, ${clients.lastName} as last_name,
            ${clients.responsibleUserId} as responsible_user_id,
            primary_enrolment.id as enrolment_id, primary_enrolment.programme_id, primary_enrolment.coach_id,
            primary_enrolment.current_phase, primary_enrolment.phase_started_on, primary_enrolment.last_meeting_on,
            primary_enrolment.next_meeting_due_on, primary_enrolment.next_meeting_rule, primary_enrolment.first_employer_contact_due_on,
            coalesce(due_follow_ups.count, 0) as follow_ups_due,
            count(*) over () as list_clients,
            count(*) filter (where primary_enrolment.next_meeting_due_on < ${scope.today}::date) over () as list_overdue,
            count(*) filter (where primary_enrolment.next_meeting_due_on between ${scope.today}::date and ${soonLimit}::date) over ()
              as list_due_soon,
            coalesce(sum(due_follow_ups.count) over (), 0) as list_follow_ups_due
          from ${clients}
          ${joins(scope, query)}
          where ${listConditions(scope, query)}
          order by ${ordering(query.sort, query.direction, tableColumns)}
          limit ${query.pageSize} offset ${(query.page - 1) * query.pageSize}
        ) page
        left join programmes programme on programme.id = page.programme_id
        order by ${ordering(query.sort, query.direction, pageColumns)}`,
  );
}

/**
 * Header counts over the whole caseload, without the list filters. The primary enrolment's due date
 * is the earliest of the client's running enrolments, so for a whole organisation a grouped minimum
 * gives it without sorting every enrolment.
 */
export async function caseloadSummary(tx: Transaction, scope: CaseloadScope): Promise<CaseloadSummary> {
  const soonLimit = addDaysToDate(scope.today, dueSoonDays);
  const enrolmentJoins =
    scope.coachId === null
      ? sql`left join (
          select e.client_id, min(e.next_meeting_due_on) as next_meeting_due_on, true as id from enrolments e
          where e.organisation_id = any(${uuidArray(scope.organisationIds)}) and e.end_date is null
          group by e.client_id
        ) primary_enrolment on primary_enrolment.client_id = ${clients.id} ${followUpJoin(scope)}`
      : joins(scope, {});
  const [summary] = await queryRows<CaseloadSummary>(
    tx,
    sql`select count(*)::int as clients,
          count(*) filter (where primary_enrolment.next_meeting_due_on < ${scope.today}::date)::int as overdue,
          count(*) filter (where primary_enrolment.next_meeting_due_on between ${scope.today}::date and ${soonLimit}::date)::int as "dueSoon",
          coalesce(sum(due_follow_ups.count), 0)::int as "followUpsDue"
        from ${clients} ${enrolmentJoins}
        where ${scope.policy} and ${ownership(scope)}`,
  );
  return summary!;
}

/** The number of rows the list filters leave, for a page past the end (which carries no counts). */
export async function caseloadTotal(tx: Transaction, scope: CaseloadScope, query: CaseloadQuery): Promise<number> {
  const [counted] = await queryRows<{ total: number }>(
    tx,
    sql`select count(*)::int as total from ${clients} ${joins(scope, query)} where ${listConditions(scope, query)}`,
  );
  return counted?.total ?? 0;
}

/**
 * The organisations' coaches and team leads (and anyone else running an enrolment there) with the
 * clients of their running enrolments and how many of those are overdue; searched, sorted and paged.
 */
export function coachCounts(tx: Transaction, scope: CaseloadScope, query: TeamCoachesQuery) {
  const organisations = uuidArray(scope.organisationIds);
  const conditions = [
    ...searchWords(query.search).map((word) => sql`coach.name ilike ${`%${escapeLike(word)}%`}`),
    ...(query.coachId ? [sql`coach.id = ${query.coachId}`] : []),
  ];
  const direction = sql.raw(query.direction);
  const order = {
    name: sql`coach.name ${direction}, coach.id`,
    activeClients: sql`"activeClients" ${direction}, coach.name, coach.id`,
    overdue: sql`overdue ${direction}, coach.name, coach.id`,
  }[query.sort];
  return queryRows<{ coachId: string; name: string; activeClients: number; overdue: number; total: number }>(
    tx,
    sql`with counts as (
          select e.coach_id, count(distinct e.client_id)::int as active_clients,
                 count(distinct e.client_id) filter (where e.next_meeting_due_on < ${scope.today}::date)::int as overdue
          from enrolments e
          where e.organisation_id = any(${organisations}) and e.end_date is null
          group by e.coach_id
        )
        select coach.id as "coachId", coach.name, coalesce(counts.active_clients, 0) as "activeClients",
               coalesce(counts.overdue, 0) as overdue, count(*) over ()::int as total
        from users coach
        left join counts on counts.coach_id = coach.id
        where ((coach.disabled_at is null and coach.id in (select m.user_id from memberships m where m.organisation_id = any(${organisations}) and ${inArray(sql`m.role`, [...caseloadRoles])}))
          or counts.coach_id is not null)
          ${conditions.length > 0 ? sql`and ${sql.join(conditions, sql` and `)}` : sql``}
        order by ${order}
        limit ${query.pageSize} offset ${(query.page - 1) * query.pageSize}`,
  );
}
