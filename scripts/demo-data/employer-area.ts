import type { OpportunityKind } from '../../src/contract/opportunities.js';
import type { CandidateEnrolment } from './candidates.js';
import { addDays, daysBetween, maxDate, minDate, timestampOn, toWeekday } from './dates.js';
import { hireTiming, ordinaryTiming, overdueTiming } from './assignment-timings.js';
import {
  buildAssignment,
  responseSettingsRow,
  startOfToday,
  type AssignmentRow,
  type ResponseSettingsRow,
} from './employer-assignments.js';
import {
  buildOpportunity,
  describeJobs,
  statusByAge,
  type EmployerJobs,
  type JobRow,
  type OpportunityRow,
  type OpportunityTaskRow,
  type TaskRow,
} from './employer-opportunities.js';
import { buildTimeline, type FixedInteraction, type InteractionRow, type StageChangeRow, type Timeline } from './employer-timeline.js';
import type { ContactRow, EmployerArea, EmployerProfile, EmployerRow, WorkplaceRow } from './employers.js';
import type { Hire } from './hires.js';
import { createRandom, deriveSeed, weightedPicker } from './random.js';
import { createRecruitment, type RecruitmentRows } from './recruitment.js';
import type { ReferenceLookups } from './reference-lookups.js';
import { hashText } from './staff.js';

/** Everything the employer cooperation inserts, table by table, in foreign-key order. */
export type EmployerRows = {
  employers: EmployerRow[];
  employerWorkplaces: WorkplaceRow[];
  employerContacts: ContactRow[];
  employerStageChanges: StageChangeRow[];
  employerInteractions: InteractionRow[];
  employerJobs: JobRow[];
  jobTasks: TaskRow[];
  opportunities: OpportunityRow[];
  opportunityTasks: OpportunityTaskRow[];
  assignmentResponseSettings: ResponseSettingsRow[];
  assignments: AssignmentRow[];
} & RecruitmentRows;

const pickExtraKind = weightedPicker<OpportunityKind>([
  // Hidden jobs found through the relationship are the heart of IPS employer work.
  ['hidden_job', 45],
  ['advertised_vacancy', 15],
  ['work_trial', 15],
  ['pay_subsidy_job', 12],
  ['apprenticeship', 6],
  ['summer_job', 6],
  ['seasonal_job', 6],
]);
const pickPositions = weightedPicker([
  [1, 75],
  [2, 18],
  [3, 7],
] as const);
const foundAtWorkplace = new Set<OpportunityKind>(['hidden_job', 'work_trial', 'pay_subsidy_job', 'apprenticeship']);
const tourismAreas = new Set(['rovaniemi', 'koillismaa']);

type EmployerState = { profile: EmployerProfile; timeline: Timeline; jobs: EmployerJobs | null; hires: Hire[] };

/** The visits and calls the hires call for: finding the job at the workplace, agreeing the start, following up. */
function hireInteractions(hire: Hire, yesterday: string): FixedInteraction[] {
  const { random, employer, candidate } = hire;
  const both = [employer.ownerUserId, candidate.coachId];
  const fixed: FixedInteraction[] = [];
  if (foundAtWorkplace.has(hire.kind))
    fixed.push({ date: hire.foundOn, kind: 'workplace_visit', purpose: 'hidden_job', staffUserIds: both });
  fixed.push({
    date: hire.hiredOn,
    kind: random.chance(0.5) ? 'workplace_visit' : 'call',
    purpose: 'recruitment',
    staffUserIds: [candidate.coachId],
  });
  const followUpOn = toWeekday(addDays(hire.startDate, random.integer(7, 21)));
  if (followUpOn <= yesterday && followUpOn > hire.hiredOn && (hire.endedOn === null || followUpOn <= hire.endedOn)) {
    fixed.push({ date: followUpOn, kind: 'workplace_visit', purpose: 'follow_up', staffUserIds: [candidate.coachId] });
  }
  return fixed;
}

export function generateEmployerArea(input: {
  seed: number;
  today: string;
  area: EmployerArea;
  profiles: readonly EmployerProfile[];
  candidates: readonly CandidateEnrolment[];
  hires: readonly Hire[];
  lookups: ReferenceLookups;
  into: EmployerRows;
}): void {
  const { seed, today, area, lookups, into } = input;
  const yesterday = addDays(today, -1);
  const tourism = tourismAreas.has(area.spec.slug);
  const recruitment = createRecruitment(seed, area.spec.slug, area.organisationId, today, input.candidates, input.hires);

  const states: EmployerState[] = input.profiles.map((profile) => {
    const hires = input.hires.filter((hire) => hire.employer === profile);
    const timeline = buildTimeline(profile, {
      today,
      recruitedOn: hires.length > 0 ? hires.map((hire) => hire.hiredOn).reduce(minDate) : null,
      metBy: hires.length > 0 ? hires.map((hire) => hire.foundOn).reduce(minDate) : null,
      fixed: hires.flatMap((hire) => hireInteractions(hire, yesterday)),
    });
    const jobs = profile.describesJobs && timeline.metOn ? describeJobs(profile, timeline.metOn, lookups) : null;
    return { profile, timeline, jobs, hires };
  });

  for (const { profile, timeline, jobs, hires } of states) {
    for (const hire of hires) {
      const positions = hire.random.chance(0.8) ? 1 : 2;
      const opportunity = buildOpportunity(
        profile,
        jobs,
        {
          kind: hire.kind,
          foundOn: hire.foundOn,
          createdBy: hire.random.chance(0.5) ? profile.ownerUserId : hire.candidate.coachId,
          // The placement service marks an opportunity filled when its last position is taken.
          status: positions === 1 ? 'filled' : 'open',
          statusChangedOn: positions === 1 ? hire.hiredOn : hire.foundOn,
          positions,
          startDate: hire.startDate,
          carve: hire.random.chance(0.6),
          tourism,
        },
        lookups,
      );
      into.opportunities.push(opportunity.row);
      into.opportunityTasks.push(...opportunity.taskLinks);
      if (!hire.viaAssignment) {
        const target = { employer: profile, assignmentId: null, opportunityId: opportunity.id };
        recruitment.hire(hire, target, opportunity, timestampOn(hire.proposedOn, hire.random.integer(0, 419)));
        continue;
      }
      const wanted = hire.random.chance(0.7) ? 1 : 2;
      const assignment = buildAssignment({
        employer: profile,
        receivedOn: hire.foundOn,
        opportunity,
        candidatesWanted: wanted,
        timing: hireTiming(hire.random, hire, area.spec.slug, wanted, today),
      });
      into.assignments.push(assignment.row);
      const target = { employer: profile, assignmentId: assignment.id, opportunityId: opportunity.id };
      const [hiredAt, ...others] = assignment.timing.proposalTimes;
      recruitment.hire(hire, target, opportunity, hiredAt as Date);
      const taken = new Set([hire.candidate.clientId]);
      for (const at of others) recruitment.propose(target, at, true, taken);
    }
    addOrdinaryOpportunities({ profile, timeline, jobs, hires }, { today, tourism, lookups, into, recruitment });
  }
  addOrdinaryAssignments(states, { seed, today, area, lookups, tourism, into, recruitment });

  for (const { profile, timeline, jobs } of states) {
    into.employers.push({
      ...profile.row,
      stage: timeline.stage,
      stageChangedOn: timeline.stageChangedOn,
      lastContactOn: timeline.lastContactOn,
      createdAt: timeline.createdAt,
      updatedAt: timeline.createdAt,
    });
    into.employerWorkplaces.push(...profile.workplaces.map((workplace) => ({ ...workplace, createdAt: timeline.createdAt })));
    into.employerContacts.push(...timeline.contacts);
    into.employerStageChanges.push(...timeline.stageChanges);
    into.employerInteractions.push(...timeline.interactions);
    into.employerJobs.push(...(jobs?.jobRows ?? []));
    into.jobTasks.push(...(jobs?.taskRows ?? []));
  }
  into.assignmentResponseSettings.push(responseSettingsRow(area.organisationId, area.spec.slug, area.teamLeadId, addDays(today, -200)));
  const recruited = recruitment.finish();
  for (const key of Object.keys(recruited) as (keyof RecruitmentRows)[]) (into[key] as unknown[]).push(...recruited[key]);
}

type Shared = {
  today: string;
  tourism: boolean;
  lookups: ReferenceLookups;
  into: EmployerRows;
  recruitment: ReturnType<typeof createRecruitment>;
};

/** Jobs found through the relationship that nobody was hired into through us (yet). */
function addOrdinaryOpportunities(state: EmployerState, shared: Shared): void {
  const { profile, timeline, jobs } = state;
  const { random } = profile;
  const from = timeline.metOn ?? timeline.contactedOn;
  if (!from || from > timeline.activeUntil) return;
  const count = (random.chance(0.75) ? random.integer(1, 2) : 0) + (profile.sizeClass === 'large' ? 1 : 0);
  for (let index = 0; index < count; index++) {
    // Recent finds outnumber old ones: the register is kept up to date.
    const foundOn = addDays(from, Math.floor(random.next() ** 0.6 * daysBetween(from, timeline.activeUntil)));
    const picked = pickExtraKind(random);
    // Without a personal meeting only an advertised vacancy is known.
    const kind = timeline.metOn ? picked : 'advertised_vacancy';
    const { status, statusChangedOn } = statusByAge(random, foundOn, shared.today);
    const opportunity = buildOpportunity(
      profile,
      jobs,
      {
        kind,
        foundOn,
        createdBy: profile.ownerUserId,
        status,
        statusChangedOn,
        positions: pickPositions(random),
        carve: random.chance(0.6),
        tourism: shared.tourism,
      },
      shared.lookups,
    );
    shared.into.opportunities.push(opportunity.row);
    shared.into.opportunityTasks.push(...opportunity.taskLinks);
    const target = { employer: profile, assignmentId: null, opportunityId: opportunity.id };
    const taken = new Set<string>();
    const proposals = status === 'open' ? random.integer(0, 2) : random.integer(0, 1);
    for (let proposal = 0; proposal < proposals; proposal++) {
      const latest = status === 'open' ? addDays(shared.today, -1) : statusChangedOn;
      const at = timestampOn(minDate(addDays(foundOn, random.integer(1, 20)), latest), random.integer(0, 419));
      if (at < startOfToday(shared.today)) shared.recruitment.propose(target, at, status !== 'open', taken);
    }
  }
}

/** Requests for candidates from employers we are in contact with; a few are still unanswered past their due time. */
function addOrdinaryAssignments(states: readonly EmployerState[], shared: Shared & { seed: number; area: EmployerArea }): void {
  const { today } = shared;
  const random = createRandom(deriveSeed(shared.seed, hashText(`assignments/${shared.area.spec.slug}`)));
  const contacted = states.filter((state) => state.timeline.contactedOn !== null);
  if (contacted.length === 0) return;
  const weighted = (candidates: readonly EmployerState[]) => candidates.map((state) => [state, state.timeline.metOn ? 2 : 1] as const);
  const pickState = weightedPicker(weighted(contacted));
  const active = contacted.filter((state) => state.timeline.activeUntil === addDays(today, -1));
  const pickActive = active.length > 0 ? weightedPicker(weighted(active)) : null;
  const count = Math.round(states.length * 0.3);
  const overdue = pickActive ? Math.max(1, Math.round(count * 0.08)) : 0;
  for (let index = 0; index < count; index++) {
    const isOverdue = index < overdue;
    const state = isOverdue && pickActive ? pickActive(random) : pickState(random);
    const { profile, timeline } = state;
    const earliest = maxDate(timeline.contactedOn as string, addDays(today, -180));
    if (earliest > timeline.activeUntil) continue;
    const receivedOn = isOverdue
      ? maxDate(earliest, addDays(today, -random.integer(6, 15)))
      : addDays(earliest, Math.floor(random.next() ** 0.7 * daysBetween(earliest, timeline.activeUntil)));
    const wanted = random.chance(0.6) ? 1 : random.integer(2, 3);
    const assignment = buildAssignment({
      employer: profile,
      receivedOn,
      earliest,
      opportunity: null,
      candidatesWanted: wanted,
      timing: isOverdue ? overdueTiming : ordinaryTiming(random, shared.area.spec.slug, today, wanted),
    });
    let opportunityId: string | null = null;
    if (random.chance(0.25)) {
      // Recorded as a vacancy of its own: it closes with the assignment.
      const closedOn = assignment.timing.closedAt?.toISOString().slice(0, 10) ?? null;
      const opportunity = buildOpportunity(
        profile,
        state.jobs,
        {
          kind: 'advertised_vacancy',
          foundOn: receivedOn,
          createdBy: profile.ownerUserId,
          status: closedOn ? (assignment.timing.result === 'cancelled_by_employer' ? 'cancelled' : 'expired') : 'open',
          statusChangedOn: closedOn ?? receivedOn,
          positions: wanted,
          carve: false,
          tourism: shared.tourism,
        },
        shared.lookups,
      );
      shared.into.opportunities.push(opportunity.row);
      opportunityId = opportunity.id;
      assignment.row.opportunityId = opportunity.id;
      assignment.row.requestedRole = opportunity.title;
    }
    shared.into.assignments.push(assignment.row);
    const target = { employer: profile, assignmentId: assignment.id, opportunityId };
    const taken = new Set<string>();
    for (const at of assignment.timing.proposalTimes) shared.recruitment.propose(target, at, assignment.timing.status === 'closed', taken);
  }
}
