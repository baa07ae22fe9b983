import { sql, type SQL } from 'drizzle-orm';
import type { CaseloadQuery } from '../../../contract/caseload.js';
import { queryRows, type Transaction } from '../../db/transaction.js';
import { addDaysToDate } from '../../time.js';
import { clients } from '../clients/clients.tables.js';
import { dueSoonDays } from '../enrolments/meeting-rules.js';

/**
 * The caseload reads only the derived columns the meeting rules keep on each enrolment
 * (next_meeting_due_on and friends), never the activities, so it stays fast with millions of them.
 */

const uuidArray = (ids: readonly string[]) => sql`${`{${ids.join(',')}}`}::uuid[]`;

/** An enrolment ended but with a follow-up still to record stays in its coach's caseload until then. */
const stillOwed = sql`(e.end_date is null or exists (select 1 from follow_ups owed where owed.enrolment_id = e.id and owed.completed_on is null))`;

/**
 * Whose caseload: a coach's own clients are those they are the personal coach of, or coach or
 * co-coach of an enrolment still running (or owing a follow-up). Without a coach: every client
 * in someone's caseload.
 */
export function ownedBy(coachId: string | null): SQL {
  if (coachId === null) {
    return sql`(${clients.responsibleUserId} is not null or exists (select 1 from enrolments e where e.client_id = ${clients.id} and ${stillOwed}))`;
  }
  return sql`${clients.id} in (
    select responsible.id from clients responsible where responsible.responsible_user_id = ${coachId}
    union all
    select e.client_id from enrolments e where (e.coach_id = ${coachId} or e.co_coach_id = ${coachId}) and ${stillOwed})`;
}

export type CaseloadScope = { filter: SQL; organisationIds: readonly string[]; today: string };
type ListFilters = Pick<CaseloadQuery, 'search' | 'programmeId' | 'phase' | 'status' | 'followUpsDue'>;

/** A client's row shows their running enrolment whose next meeting is due first (within the programme and phase filters). */
function primaryEnrolment(filters: Partial<ListFilters>): SQL {
  const programme = filters.programmeId ? sql`and e.programme_id = ${filters.programmeId}` : sql``;
  const phase = filters.phase ? sql`and e.current_phase = ${filters.phase}` : sql``;
  return sql`left join lateral (
      select e.id, e.programme_id, e.coach_id, e.current_phase, e.phase_started_on, e.last_meeting_on,
             e.next_meeting_due_on, e.next_meeting_rule, e.first_employer_contact_due_on
      from enrolments e
      where e.client_id = ${clients.id} and e.end_date is null ${programme} ${phase}
      order by e.next_meeting_due_on asc nulls last, e.id
      limit 1
    ) primary_enrolment on true`;
}

function dueFollowUpClients(scope: CaseloadScope): SQL {
  return sql`select due.client_id from follow_ups due
    where due.organisation_id = any(${uuidArray(scope.organisationIds)}) and due.completed_on is null and due.due_on <= ${scope.today}::date`;
}

function listConditions(scope: CaseloadScope, filters: ListFilters): SQL {
  const conditions = [scope.filter];
  if (filters.search) {
    const search = filters.search.replace(/[\\%_]/g, (character) => `\\${character}`);
    conditions.push(
      sql`(${clients.lastName} ilike ${`${search}%`} or ${clients.firstName} ilike ${`${search}%`} or (${clients.firstName} || ' ' || ${clients.lastName}) ilike ${`%${search}%`})`,
    );
  }
  if (filters.programmeId || filters.phase) conditions.push(sql`primary_enrolment.id is not null`);
  const soonLimit = addDaysToDate(scope.today, dueSoonDays);
  if (filters.status === 'overdue') conditions.push(sql`primary_enrolment.next_meeting_due_on < ${scope.today}::date`);
  if (filters.status === 'due_soon')
    conditions.push(sql`primary_enrolment.next_meeting_due_on between ${scope.today}::date and ${soonLimit}::date`);
  if (filters.followUpsDue) conditions.push(sql`${clients.id} in (${dueFollowUpClients(scope)})`);
  return sql.join(conditions, sql` and `);
}

function ordering(sort: CaseloadQuery['sort'], direction: CaseloadQuery['direction']): SQL {
  const byName = sql`${clients.lastName} ${sql.raw(direction)}, ${clients.firstName} ${sql.raw(direction)}, ${clients.id}`;
  if (sort === 'name') return byName;
  const tieBreak = sql`${clients.lastName}, ${clients.firstName}, ${clients.id}`;
  // More days in the phase means an earlier phase start.
  if (sort === 'daysInPhase')
    return sql`primary_enrolment.phase_started_on ${sql.raw(direction === 'asc' ? 'desc' : 'asc')} nulls last, ${tieBreak}`;
  return sql`primary_enrolment.next_meeting_due_on ${sql.raw(direction)} nulls last, ${tieBreak}`;
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
  currentPhase: string | null;
  phaseStartedOn: string | null;
  lastMeetingOn: string | null;
  nextMeetingDueOn: string | null;
  nextMeetingRule: number | null;
  firstEmployerContactDueOn: string | null;
};

export async function caseloadPage(
  tx: Transaction,
  scope: CaseloadScope,
  query: CaseloadQuery,
): Promise<{ rows: CaseloadRecord[]; total: number }> {
  const where = listConditions(scope, query);
  const rows = await queryRows<CaseloadRecord>(
    tx,
    sql`select ${clients.id} as "clientId", ${clients.firstName} as "firstName", ${clients.lastName} as "lastName",
            primary_enrolment.id as "enrolmentId", primary_enrolment.programme_id as "programmeId", programme.name as "programmeName",
            programme.process_model_id as "processModelId", primary_enrolment.coach_id as "coachId", coach.name as "coachName",
            primary_enrolment.current_phase as "currentPhase", primary_enrolment.phase_started_on::text as "phaseStartedOn",
            primary_enrolment.last_meeting_on::text as "lastMeetingOn", primary_enrolment.next_meeting_due_on::text as "nextMeetingDueOn",
            primary_enrolment.next_meeting_rule as "nextMeetingRule",
            primary_enrolment.first_employer_contact_due_on::text as "firstEmployerContactDueOn"
          from ${clients}
          ${primaryEnrolment(query)}
          left join programmes programme on programme.id = primary_enrolment.programme_id
          left join users coach on coach.id = primary_enrolment.coach_id
          where ${where}
          order by ${ordering(query.sort, query.direction)}
          limit ${query.pageSize} offset ${(query.page - 1) * query.pageSize}`,
  );
  const [counted] = await queryRows<{ total: number }>(
    tx,
    sql`select count(*)::int as total from ${clients} ${primaryEnrolment(query)} where ${where}`,
  );
  return { rows, total: counted?.total ?? 0 };
}

export async function dueFollowUpCounts(tx: Transaction, scope: CaseloadScope, clientIds: string[]): Promise<Map<string, number>> {
  if (clientIds.length === 0) return new Map();
  const rows = await queryRows<{ clientId: string; count: number }>(
    tx,
    sql`select due.client_id as "clientId", count(*)::int as count from (${dueFollowUpClients(scope)}) due
        where due.client_id = any(${uuidArray(clientIds)}) group by due.client_id`,
  );
  return new Map(rows.map((row) => [row.clientId, row.count]));
}

export async function caseloadSummary(tx: Transaction, scope: CaseloadScope) {
  const soonLimit = addDaysToDate(scope.today, dueSoonDays);
  const [meetings] = await queryRows<{ clients: number; overdue: number; dueSoon: number }>(
    tx,
    sql`select count(*)::int as clients,
            count(*) filter (where primary_enrolment.next_meeting_due_on < ${scope.today}::date)::int as overdue,
            count(*) filter (where primary_enrolment.next_meeting_due_on between ${scope.today}::date and ${soonLimit}::date)::int as "dueSoon"
          from ${clients} ${primaryEnrolment({})}
          where ${scope.filter}`,
  );
  const [followUps] = await queryRows<{ count: number }>(
    tx,
    sql`select count(*)::int as count from (${dueFollowUpClients(scope)}) due where due.client_id in (select ${clients.id} from ${clients} where ${scope.filter})`,
  );
  return {
    clients: meetings?.clients ?? 0,
    overdue: meetings?.overdue ?? 0,
    dueSoon: meetings?.dueSoon ?? 0,
    followUpsDue: followUps?.count ?? 0,
  };
}

/** Per coach of the organisations: clients in their running enrolments and how many of those are overdue. */
export function coachCounts(tx: Transaction, scope: CaseloadScope) {
  const organisations = uuidArray(scope.organisationIds);
  return queryRows<{ coachId: string; name: string; activeClients: number; overdue: number }>(
    tx,
    sql`select coach.id as "coachId", coach.name, counts.active_clients as "activeClients", counts.overdue
        from users coach
        cross join lateral (
          select count(distinct e.client_id)::int as active_clients,
                 count(distinct e.client_id) filter (where e.next_meeting_due_on < ${scope.today}::date)::int as overdue
          from enrolments e
          where e.coach_id = coach.id and e.end_date is null and e.organisation_id = any(${organisations})
        ) counts
        where coach.id in (select m.user_id from memberships m where m.organisation_id = any(${organisations}) and m.role in ('coach', 'team_lead'))
          and (coach.disabled_at is null or counts.active_clients > 0)
        order by coach.name, coach.id`,
  );
}
