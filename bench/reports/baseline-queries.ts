import type pg from 'pg';

/**
 * The baseline: the dashboard's figures as the straightforward SQL a typical application would
 * write, GROUP BY and FILTER on the application tables, one organisation and period at a time,
 * no indicator framework, no cuts, no row-level security. Same definitions as the indicators, so
 * the figures agree (run.ts compares them).
 */
export type Period = { organisationId: string; from: string; to: string };

const positive = `('work', 'education', 'entrepreneurship')`;
const round = (value: number | null) => (value === null ? null : Math.round(value * 1000) / 1000);
const divide = (numerator: number, denominator: number) => (denominator === 0 ? null : round(numerator / denominator));

async function one<Row extends pg.QueryResultRow>(db: pg.Pool, text: string, values: unknown[]): Promise<Row> {
  return (await db.query<Row>(text, values)).rows[0] as Row;
}

/** One pass over the organisation's enrolments for every enrolment-based figure. */
export async function enrolmentFigures(db: pg.Pool, { organisationId, from, to }: Period) {
  const row = await one<Record<string, number>>(
    db,
    `select
       count(distinct client_id) filter (where start_date <= $3 and (end_date is null or end_date >= $2))::int as served,
       count(distinct client_id) filter (where start_date between $2 and $3)::int as new,
       count(distinct client_id) filter (where start_date <= $3 and (end_date is null or end_date > $3))::int as active,
       count(*) filter (where end_date between $2 and $3)::int as ended,
       count(*) filter (where end_date between $2 and $3 and outcome in ${positive})::int as ended_positive,
       avg(end_date - start_date) filter (where end_date between $2 and $3)::float8 as duration_mean,
       (percentile_cont(0.5) within group (order by end_date - start_date) filter (where end_date between $2 and $3))::float8 as duration_median,
       count(*) filter (where start_date <= $3 and (end_date is null or end_date > $3))::int as active_enrolments,
       count(distinct coach_id) filter (where start_date <= $3 and (end_date is null or end_date > $3))::int as active_coaches,
       count(*) filter (where start_date <= $3 and (end_date is null or end_date > $3) and next_meeting_due_on is not null)::int as with_due,
       count(*) filter (where start_date <= $3 and (end_date is null or end_date > $3) and next_meeting_due_on < $3)::int as overdue,
       avg(first_employer_contact_on - start_date) filter (where first_employer_contact_on between $2 and $3)::float8 as days_to_contact,
       coalesce(sum((least(coalesce(end_date, $3), $3) - greatest(start_date, $2) + 1) / 30.4375)
         filter (where start_date <= $3 and (end_date is null or end_date >= $2)), 0)::float8 as client_months
     from enrolments where organisation_id = $1`,
    [organisationId, from, to],
  );
  return {
    clients_served: row.served,
    clients_new: row.new,
    clients_active_at_end: row.active,
    clients_ended: row.ended,
    positive_outcome_share: divide(row.ended_positive!, row.ended!),
    enrolment_duration_mean: round(row.duration_mean ?? null),
    enrolment_duration_median: round(row.duration_median ?? null),
    caseload_per_coach: divide(row.active_enrolments!, row.active_coaches!),
    overdue_meetings_share: divide(row.overdue!, row.with_due!),
    days_to_first_employer_contact: round(row.days_to_contact ?? null),
    clientMonths: row.client_months!,
  };
}

export async function outcomesOfEnded(db: pg.Pool, { organisationId, from, to }: Period) {
  const result = await db.query<{ outcome: string; count: number }>(
    `select outcome, count(*)::int as count from enrolments
     where organisation_id = $1 and end_date between $2 and $3 group by outcome order by outcome`,
    [organisationId, from, to],
  );
  return Object.fromEntries(result.rows.map((row) => [row.outcome, row.count]));
}

/** Clients served in the period who were in open-market work (not pay-subsidised) at some point of it. */
export async function competitiveEmployment(db: pg.Pool, { organisationId, from, to }: Period) {
  const row = await one<{ served: number; employed: number }>(
    db,
    `select count(distinct e.client_id)::int as served, count(distinct p.client_id)::int as employed
     from enrolments e
     left join placements p on p.client_id = e.client_id and p.type in ('employment', 'summer_job')
       and not ('pay_subsidy' = any(p.support_granted)) and p.start_date <= $3 and (p.ended_on is null or p.ended_on >= $2)
     where e.organisation_id = $1 and e.start_date <= $3 and (e.end_date is null or e.end_date >= $2)`,
    [organisationId, from, to],
  );
  return divide(row.employed, row.served);
}

/** Long-term unemployed share and activation rate among the clients active at the period's end. */
export async function activeClientFigures(db: pg.Pool, { organisationId, to }: Period) {
  const row = await one<Record<string, number>>(
    db,
    `with active as (
       select distinct client_id from enrolments
       where organisation_id = $1 and start_date <= $2 and (end_date is null or end_date > $2)),
     in_service as (
       select client_id from placements
       where type in ('work_trial', 'pay_subsidy_job', 'apprenticeship') and start_date <= $2 and (ended_on is null or ended_on >= $2)
       union
       select client_id from referrals where service = 'training' and status = 'accepted' and referred_on <= $2)
     select count(*)::int as active,
       count(*) filter (where c.unemployed_since <= ($2::date - interval '12 months')::date)::int as long_term,
       count(*) filter (where c.unemployed_since <= $2 or s.client_id is not null)::int as activation_base,
       count(s.client_id)::int as in_service
     from active a join clients c on c.id = a.client_id left join in_service s on s.client_id = a.client_id`,
    [organisationId, to],
  );
  return {
    long_term_unemployed_share: divide(row.long_term!, row.active!),
    activation_rate: divide(row.in_service!, row.activation_base!),
  };
}

/** Meetings (activities in a meeting mode) of the organisation's clients in the period. */
export async function meetingFigures(db: pg.Pool, { organisationId, from, to }: Period, clientMonths: number) {
  const row = await one<{ meetings: number; face_to_face: number }>(
    db,
    `select count(*)::int as meetings, count(*) filter (where a.mode in ('face_to_face', 'workplace_visit'))::int as face_to_face
     from activities a join clients c on c.id = a.client_id
     where c.organisation_id = $1 and a.occurred_on between $2 and $3
       and a.mode in (select jsonb_array_elements_text(definition -> 'meetingModes') from process_models)`,
    [organisationId, from, to],
  );
  return { meetings_per_client_month: divide(row.meetings, clientMonths), face_to_face_share: divide(row.face_to_face, row.meetings) };
}

export async function employersReached(db: pg.Pool, { organisationId, from, to }: Period) {
  const row = await one<{ count: number }>(
    db,
    `select count(*)::int as count from (
       select employer_id from employer_interactions where organisation_id = $1 and occurred_on between $2 and $3
       union
       select employer_id from proposals
       where organisation_id = $1 and (proposed_at at time zone 'Europe/Helsinki')::date between $2 and $3
       union
       select employer_id from placements where organisation_id = $1 and start_date between $2 and $3) reached`,
    [organisationId, from, to],
  );
  return row.count;
}

export async function employersCooperating(db: pg.Pool, { organisationId, to }: Period) {
  const row = await one<{ count: number }>(
    db,
    `select count(*)::int as count from (
       select distinct on (employer_id) stage from employer_stage_changes
       where organisation_id = $1 and changed_on <= $2 order by employer_id, changed_on desc, sequence desc) latest
     where stage in ('cooperating', 'recruited')`,
    [organisationId, to],
  );
  return row.count;
}

/** Measurable assignments received in the period (answered, or unanswered past due and not cancelled before it). */
export async function assignmentsInTime(db: pg.Pool, { organisationId, from, to }: Period, now: string) {
  const row = await one<{ measurable: number; in_time: number }>(
    db,
    `select count(*)::int as measurable, count(*) filter (where first_response_at <= response_due_at)::int as in_time
     from assignments
     where organisation_id = $1 and (received_at at time zone 'Europe/Helsinki')::date between $2 and $3 and received_at <= $4
       and (first_response_at is not null or (response_due_at < $4 and not (status = 'closed' and closed_at <= response_due_at)))`,
    [organisationId, from, to, now],
  );
  return divide(row.in_time, row.measurable);
}

export async function proposalFunnel(db: pg.Pool, { organisationId, from, to }: Period) {
  return one<{ proposed: number; interview: number; hired: number }>(
    db,
    `select count(*)::int as proposed,
       count(*) filter (where pr.status in ('interview', 'hired') or h.interview)::int as interview,
       count(*) filter (where pr.status = 'hired' or h.hired)::int as hired
     from proposals pr
     left join (select proposal_id, bool_or(status in ('interview', 'hired')) as interview, bool_or(status = 'hired') as hired
                from proposal_status_changes group by proposal_id) h on h.proposal_id = pr.id
     where pr.organisation_id = $1 and (pr.proposed_at at time zone 'Europe/Helsinki')::date between $2 and $3`,
    [organisationId, from, to],
  );
}

export async function placementsByType(db: pg.Pool, { organisationId, from, to }: Period) {
  const result = await db.query<{ type: string; count: number }>(
    `select type, count(*)::int as count from placements
     where organisation_id = $1 and start_date between $2 and $3 group by type order by type`,
    [organisationId, from, to],
  );
  return Object.fromEntries(result.rows.map((row) => [row.type, row.count]));
}

export async function followUpSituations(db: pg.Pool, { organisationId, from, to }: Period) {
  const result = await db.query<{ months: number; situation: string; count: number }>(
    `select months_after_end as months, situation, count(*)::int as count from follow_ups
     where organisation_id = $1 and due_on between $2 and $3 and situation is not null and months_after_end in (3, 6)
     group by months_after_end, situation order by 1, 2`,
    [organisationId, from, to],
  );
  const share = (months: number) => {
    const rows = result.rows.filter((row) => row.months === months);
    const total = rows.reduce((sum, row) => sum + row.count, 0);
    const inWork = rows
      .filter((row) => ['work', 'education', 'entrepreneurship'].includes(row.situation))
      .reduce((sum, row) => sum + row.count, 0);
    return divide(inWork, total);
  };
  return { follow_up_3_months: share(3), follow_up_6_months: share(6), situations: result.rows };
}

/** Clients served per calendar month of the period, in one GROUP BY over a month series. */
export async function servedPerMonth(db: pg.Pool, { organisationId, from, to }: Period) {
  const result = await db.query<{ month: string; served: number }>(
    `select to_char(m.first, 'YYYY-MM') as month, count(distinct e.client_id)::int as served
     from generate_series(date_trunc('month', $2::date), $3::date, interval '1 month') as m(first)
     left join enrolments e on e.organisation_id = $1
       and e.start_date <= least((m.first + interval '1 month - 1 day')::date, $3::date)
       and (e.end_date is null or e.end_date >= greatest(m.first::date, $2::date))
     group by m.first order by m.first`,
    [organisationId, from, to],
  );
  return result.rows;
}
