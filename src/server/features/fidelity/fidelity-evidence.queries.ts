import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Transaction } from '../../db/transaction.js';
import { uuidArray } from '../../db/uuid-array.js';
import { addDaysToDate } from '../../time.js';
import type { EnrolmentFact, InteractionFact, Period, PlacementFact } from './fidelity-measures.js';
import type { FaceToFaceContact } from './fidelity-support-measure.js';

/**
 * What a review looks at: a team (its coaches' work), a programme (its enrolments and their
 * coaches), or one programme within a team. Every query stays inside the organisation.
 */
export type ReviewScope = { organisationId: string; teamId: string | null; programmeId: string | null; period: Period };

const faceToFaceModes = sql`('face_to_face', 'workplace_visit')`;

/** The employment specialists under review: the team's coaches, else the coaches of the programme's enrolments in the period. */
export async function scopeCoachIds(tx: Transaction, scope: ReviewScope): Promise<string[]> {
  const rows = scope.teamId
    ? await queryRows<{ id: string }>(
        tx,
        sql`select distinct m.user_id as id from memberships m join users u on u.id = m.user_id
            where m.organisation_id = ${scope.organisationId} and m.team_id = ${scope.teamId} and m.role = 'coach' and u.disabled_at is null`,
      )
    : await queryRows<{ id: string }>(
        tx,
        sql`select distinct e.coach_id as id from enrolments e
            where e.organisation_id = ${scope.organisationId} and e.programme_id = ${scope.programmeId}
              and e.start_date <= ${scope.period.end}::date and (e.end_date is null or e.end_date >= ${scope.period.start}::date)`,
      );
  return rows.map((row) => row.id).sort();
}

/** An enrolment (alias e) belongs to the review: its coach is one of the specialists, and it is in the programme when one is named. */
function enrolmentInScope(scope: ReviewScope, coachIds: readonly string[]): SQL {
  const programme = scope.programmeId ? sql`and e.programme_id = ${scope.programmeId}` : sql``;
  return sql`e.organisation_id = ${scope.organisationId} and e.coach_id = any(${uuidArray(coachIds)}) ${programme}`;
}

/** Item 1 counts a specialist's whole caseload (every programme): distinct clients in enrolments running at the period's end. */
export async function caseloadsAtPeriodEnd(tx: Transaction, scope: ReviewScope, coachIds: readonly string[]): Promise<number[]> {
  const rows = await queryRows<{ coachId: string; clients: number }>(
    tx,
    sql`select coach.id as "coachId", count(distinct e.client_id)::int as clients
        from unnest(${uuidArray(coachIds)}) as coach(id)
        left join enrolments e on e.coach_id = coach.id and e.organisation_id = ${scope.organisationId}
          and e.start_date <= ${scope.period.end}::date and (e.end_date is null or e.end_date > ${scope.period.end}::date)
        group by coach.id order by coach.id`,
  );
  return rows.map((row) => row.clients);
}

/** Enrolments that started or ended in the period, with their first face-to-face employer contact. */
export async function enrolmentFacts(tx: Transaction, scope: ReviewScope, coachIds: readonly string[]): Promise<EnrolmentFact[]> {
  const { start, end } = scope.period;
  return queryRows<EnrolmentFact>(
    tx,
    sql`select e.start_date::text as "startDate", e.end_date::text as "endDate", e.outcome, e.referral_source as "referralSource",
          (select min(a.occurred_on)::text from activities a
            where a.client_id = e.client_id and 'employer' = any(a.participants) and a.mode in ${faceToFaceModes}
              and a.occurred_on >= e.start_date and (e.end_date is null or a.occurred_on <= e.end_date)) as "firstFaceToFaceEmployerContactOn"
        from enrolments e
        where ${enrolmentInScope(scope, coachIds)}
          and (e.start_date between ${start}::date and ${end}::date or e.end_date between ${start}::date and ${end}::date)`,
  );
}

/** Employer visits, meetings, events, calls and e-mails in the period in which one of the specialists took part. */
export async function interactionFacts(tx: Transaction, scope: ReviewScope, coachIds: readonly string[]): Promise<InteractionFact[]> {
  return queryRows<InteractionFact>(
    tx,
    sql`select i.employer_id as "employerId", i.occurred_on::text as "occurredOn", i.in_person as "inPerson", i.staff_user_ids::text[] as "staffUserIds"
        from employer_interactions i
        where i.organisation_id = ${scope.organisationId} and i.staff_user_ids && ${uuidArray(coachIds)}
          and i.occurred_on between ${scope.period.start}::date and ${scope.period.end}::date`,
  );
}

/**
 * Placements of the review's clients that started in the window: through the enrolment they were
 * recorded in, or, when recorded on the client directly, through any enrolment of the client in scope.
 */
export async function placementFacts(
  tx: Transaction,
  scope: ReviewScope,
  coachIds: readonly string[],
  window: Period,
): Promise<PlacementFact[]> {
  return queryRows<PlacementFact>(
    tx,
    sql`select p.client_id as "clientId", p.employer_id as "employerId", p.type, p.support_granted as "supportGranted",
          coalesce(o.isco_code, o.esco_occupation_uri) as "jobType", p.start_date::text as "startDate", p.ended_on::text as "endedOn"
        from placements p
        left join opportunities o on o.id = p.opportunity_id
        where p.organisation_id = ${scope.organisationId}
          and p.start_date between ${window.start}::date and ${window.end}::date
          and exists (select 1 from enrolments e where ${enrolmentInScope(scope, coachIds)}
            and (e.id = p.enrolment_id or (p.enrolment_id is null and e.client_id = p.client_id)))
        order by p.start_date`,
  );
}

/** Face-to-face meetings with the placed clients, from a week before the window to its end. */
export async function faceToFaceContacts(tx: Transaction, clientIds: readonly string[], window: Period): Promise<FaceToFaceContact[]> {
  if (clientIds.length === 0) return [];
  return queryRows<FaceToFaceContact>(
    tx,
    sql`select a.client_id as "clientId", a.occurred_on::text as "occurredOn" from activities a
        where a.client_id = any(${uuidArray(clientIds)}) and a.mode in ${faceToFaceModes}
          and a.occurred_on between ${addDaysToDate(window.start, -7)}::date and ${window.end}::date`,
  );
}
