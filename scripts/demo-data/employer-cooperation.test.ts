import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql, type SQL } from 'drizzle-orm';
import { isValidBusinessId } from '../../src/contract/business-id.js';
import { employerStages, inPersonInteractionKinds } from '../../src/contract/employers.js';
import { proposalTransitions, type ProposalStatus } from '../../src/contract/proposals.js';
import type { DatabaseHandle } from '../../src/server/db/engine.js';
import { addWorkingTime } from '../../src/server/features/assignments/working-time.js';
import { testEngines } from '../../src/server/test-support/test-database.js';
import { loadInto, rows, today } from './demo-test-database.js';
import type { DemoDataSummary } from './generate.js';

/** The employer side of the default demo world, checked against the semantics of the employer services. */
describe.each(testEngines)('demo employer cooperation on %s', (engine) => {
  let loaded: { handle: DatabaseHandle; summary: DemoDataSummary };
  beforeAll(async () => {
    loaded = await loadInto(engine, { seed: 7, clients: 400 });
  });
  afterAll(async () => {
    await loaded?.handle.close();
  });
  const query = <T>(statement: SQL) => rows<T>(loaded.handle, statement);

  it('gives about 150 employers business IDs with a valid check digit, across sectors and size classes', async () => {
    const employers = await query<{ businessId: string; section: string; sector: string }>(
      sql`select business_id as "businessId", industry_section as section, economy_sector as sector from employers`,
    );
    expect(employers.length).toBeGreaterThanOrEqual(140);
    expect(employers.length).toBeLessThanOrEqual(160);
    expect(employers.filter((employer) => !isValidBusinessId(employer.businessId))).toEqual([]);
    expect(new Set(employers.map((employer) => employer.section)).size).toBeGreaterThanOrEqual(12);
    expect(new Set(employers.map((employer) => employer.sector))).toEqual(new Set(['private', 'public', 'third_sector']));
  });

  it('moves every relationship forward in stage order within the past year, as the recorded interactions would', async () => {
    const histories = await query<{
      id: string;
      stage: string;
      stageChangedOn: string;
      stages: string[];
      dates: string[];
      firstContact: string | null;
      firstMeeting: string | null;
      identifiedAt: string;
      createdAt: string;
    }>(
      sql`select e.id, e.stage, e.stage_changed_on::text as "stageChangedOn", e.created_at::text as "createdAt",
            array_agg(c.stage order by c.changed_on, c.created_at) as stages, array_agg(c.changed_on::text order by c.changed_on, c.created_at) as dates,
            min(c.created_at)::text as "identifiedAt",
            (select min(occurred_on)::text from employer_interactions i where i.employer_id = e.id) as "firstContact",
            (select min(occurred_on)::text from employer_interactions i where i.employer_id = e.id and i.in_person) as "firstMeeting"
          from employers e join employer_stage_changes c on c.employer_id = e.id group by e.id`,
    );
    expect(histories.length).toBeGreaterThanOrEqual(140);
    const yearAgo = '2025-03-16';
    for (const history of histories) {
      const order = history.stages.map((stage) => employerStages.indexOf(stage as (typeof employerStages)[number]));
      expect(order.every((position, index) => index === 0 || position > (order[index - 1] as number))).toBe(true);
      expect(history.stages[0]).toBe('identified');
      expect(history.identifiedAt).toBe(history.createdAt);
      expect([history.stages.at(-1), history.dates.at(-1)]).toEqual([history.stage, history.stageChangedOn]);
      expect(history.dates.every((date) => date >= yearAgo && date < today)).toBe(true);
      // The service's rules: the first contact makes an employer contacted, the first personal meeting makes it met.
      const dateOf = (stage: string) => history.dates[history.stages.indexOf(stage)] ?? null;
      expect(dateOf('contacted') ?? history.firstMeeting).toBe(history.firstContact);
      expect(dateOf('met')).toBe(history.firstMeeting);
    }
  });

  it('keeps interactions consistent: in person by kind, staff of the organisation, contacts of the employer, last contact the latest', async () => {
    const wrong = await query(
      sql`select i.id from employer_interactions i join employers e on e.id = i.employer_id
          where i.in_person <> (i.kind = any(${sql.param([...inPersonInteractionKinds])}::text[]))
             or cardinality(i.staff_user_ids) = 0 or not (i.recorded_by = any(i.staff_user_ids))
             or exists (select 1 from unnest(i.staff_user_ids) as staff(id)
                        where not exists (select 1 from memberships m where m.user_id = staff.id and m.organisation_id = e.organisation_id))
             or exists (select 1 from unnest(i.contact_ids) as contact(id)
                        where not exists (select 1 from employer_contacts c where c.id = contact.id and c.employer_id = e.id
                                          and (c.archived_at is null or c.archived_at::date > i.occurred_on)))
          union all
          select e.id from employers e
          where e.last_contact_on is distinct from (select max(occurred_on) from employer_interactions i where i.employer_id = e.id)`,
    );
    expect(wrong).toEqual([]);
    const [quiet] = await query<{ count: number }>(
      sql`select count(*)::int as count from employers where last_contact_on < ${today}::date - 90`,
    );
    expect(quiet!.count).toBeGreaterThan(0);
  });

  it("derives a carved opportunity's skills, demands and weekly hours from its tasks, all from the same employer's jobs", async () => {
    const carved = await query<{
      hours: number;
      taskHours: number;
      demands: string[];
      taskDemands: string[];
      skills: string[];
      taskSkills: string[];
      foreign: number;
    }>(
      sql`select o.hours_per_week::float as hours, sum(t.hours_per_week)::float as "taskHours",
            array(select jsonb_array_elements_text(to_jsonb(o.demands)) order by 1) as demands,
            array(select distinct d from opportunity_tasks x join job_tasks y on y.id = x.task_id,
                  unnest(y.physical_demands || y.cognitive_demands) d where x.opportunity_id = o.id order by 1) as "taskDemands",
            array(select s ->> 'label' from jsonb_array_elements(o.required_skills) s order by 1) as skills,
            array(select distinct s ->> 'label' from opportunity_tasks x join job_tasks y on y.id = x.task_id,
                  jsonb_array_elements(y.skills) s where x.opportunity_id = o.id order by 1) as "taskSkills",
            count(*) filter (where j.employer_id <> o.employer_id)::int as foreign
          from opportunities o join opportunity_tasks ot on ot.opportunity_id = o.id
          join job_tasks t on t.id = ot.task_id join employer_jobs j on j.id = t.job_id group by o.id`,
    );
    expect(carved.length).toBeGreaterThan(5);
    for (const opportunity of carved) {
      expect(opportunity.hours).toBe(opportunity.taskHours);
      expect(opportunity.demands).toEqual(opportunity.taskDemands);
      expect(opportunity.skills).toEqual(opportunity.taskSkills);
      expect(opportunity.foreign).toBe(0);
    }
    const kinds = await query<{ kind: string }>(sql`select distinct kind from opportunities order by kind`);
    expect(kinds.map((row) => row.kind)).toEqual([
      'advertised_vacancy',
      'apprenticeship',
      'hidden_job',
      'pay_subsidy_job',
      'seasonal_job',
      'summer_job',
      'work_trial',
    ]);
  });

  it('computes due times with the working-time rules, answers most in time and leaves some open and overdue', async () => {
    const assignments = await query<{
      receivedAt: Date;
      dueAt: Date;
      amount: number;
      unit: 'working_hours' | 'working_days';
      start: number;
      end: number;
      status: string;
      respondedAt: Date | null;
      result: string | null;
      closedAt: Date | null;
      firstProposal: Date | null;
    }>(
      sql`select a.received_at as "receivedAt", a.response_due_at as "dueAt", a.response_time_amount as amount, a.response_time_unit as unit,
            s.workday_start_minute as start, s.workday_end_minute as "end", a.status, a.first_response_at as "respondedAt", a.result, a.closed_at as "closedAt",
            (select min(p.proposed_at) from proposals p where p.assignment_id = a.id) as "firstProposal"
          from assignments a join assignment_response_settings s on s.organisation_id = a.organisation_id`,
    );
    expect(assignments.length).toBeGreaterThan(30);
    const startOfToday = new Date(`${today}T00:00:00+02:00`);
    for (const assignment of assignments) {
      const workday = { startMinute: assignment.start, endMinute: assignment.end };
      expect(new Date(assignment.dueAt)).toEqual(
        addWorkingTime(new Date(assignment.receivedAt), assignment.amount, assignment.unit, workday),
      );
      expect(assignment.status === 'closed').toBe(assignment.closedAt !== null && assignment.result !== null);
      if (assignment.status === 'new') expect([assignment.respondedAt, assignment.firstProposal]).toEqual([null, null]);
      if (assignment.status === 'candidates_proposed') expect(assignment.firstProposal).not.toBeNull();
      if (assignment.firstProposal) expect(+new Date(assignment.respondedAt!)).toBeLessThanOrEqual(+new Date(assignment.firstProposal));
    }
    const answered = assignments.filter((assignment) => assignment.respondedAt !== null);
    const inTime = answered.filter((assignment) => new Date(assignment.respondedAt!) <= new Date(assignment.dueAt));
    expect(inTime.length / answered.length).toBeGreaterThan(0.7);
    expect(inTime.length).toBeLessThan(answered.length);
    const overdue = assignments.filter(
      (assignment) => assignment.status !== 'closed' && !assignment.respondedAt && new Date(assignment.dueAt) < startOfToday,
    );
    expect(overdue.length).toBeGreaterThan(0);
    expect(overdue.length).toBeLessThan(assignments.length / 5);
  });

  it('proposes only clients with an active employer_proposal consent, and every history follows the transition map', async () => {
    const proposals = await query<{
      status: ProposalStatus;
      reason: string | null;
      steps: ProposalStatus[];
      reasons: (string | null)[];
      consented: boolean;
      sameOrganisation: boolean;
    }>(
      sql`select p.status, p.reason, array_agg(c.status order by c.changed_at, c.id) as steps, array_agg(c.reason order by c.changed_at, c.id) as reasons,
            exists (select 1 from consents k where k.client_id = p.client_id and k.kind = 'employer_proposal' and k.given_on <= p.proposed_at::date
                    and k.revoked_on is null and (k.valid_until is null or k.valid_until >= ${today}::date)) as consented,
            (select cl.organisation_id = p.organisation_id and e.organisation_id = p.organisation_id from clients cl, employers e
             where cl.id = p.client_id and e.id = p.employer_id) as "sameOrganisation"
          from proposals p join proposal_status_changes c on c.proposal_id = p.id group by p.id`,
    );
    expect(proposals.length).toBeGreaterThan(50);
    for (const proposal of proposals) {
      expect(proposal.steps[0]).toBe('proposed');
      proposal.steps
        .slice(1)
        .forEach((step, index) => expect(proposalTransitions[proposal.steps[index] as ProposalStatus]).toContain(step));
      expect(proposal.steps.at(-1)).toBe(proposal.status);
      expect(proposal.reason).toBe(proposal.status === 'not_selected' ? proposal.reasons.at(-1) : null);
      expect(proposal.reasons.filter((reason, index) => reason !== null && proposal.steps[index] !== 'not_selected')).toEqual([]);
      expect([proposal.consented, proposal.sameOrganisation]).toEqual([true, true]);
    }
    expect(new Set(proposals.map((proposal) => proposal.status)).size).toBe(6);
  });

  it('records a placement for every hire, typed by its opportunity, with the IPS enrolment in in-work support from the start', async () => {
    const wrong = await query(
      sql`select p.id from proposals p left join placements pl on pl.proposal_id = p.id where (p.status = 'hired') <> (pl.id is not null)
          union all
          select pl.id from placements pl join opportunities o on o.id = pl.opportunity_id
          join proposal_status_changes h on h.proposal_id = pl.proposal_id and h.status = 'hired'
          where pl.type <> case when o.kind in ('advertised_vacancy', 'hidden_job', 'seasonal_job') then 'employment' else o.kind end
             or pl.start_date > h.changed_at::date or pl.start_date >= ${today}::date
             or (pl.ended_on is null) <> (pl.end_reason is null) or pl.ended_on < pl.start_date
          union all
          select pl.id from placements pl join enrolments e on e.id = pl.enrolment_id join programmes g on g.id = e.programme_id
          join process_models m on m.id = g.process_model_id
          where m.key = 'ips' and (not exists (select 1 from phase_changes c where c.enrolment_id = e.id and c.phase = 'in_work_support' and c.changed_on = pl.start_date)
             or (e.end_date is null and pl.ended_on is null and (e.current_phase <> 'in_work_support' or e.phase_started_on <> pl.start_date)))`,
    );
    expect(wrong).toEqual([]);
    const [counts] = await query<{ placements: number; ended: number; agreements: number }>(
      sql`select count(*)::int as placements, count(ended_on)::int as ended, (select count(*)::int from support_agreements) as agreements from placements`,
    );
    expect(counts!.placements).toBeGreaterThan(20);
    expect(counts!.ended).toBeGreaterThan(0);
    expect(counts!.agreements).toBeGreaterThan(0);
  });
});
