import { addDays, daysBetween, minDate } from './dates.js';
import type { ProgrammeContext } from './organisations.js';
import { weightedPicker, type Random } from './random.js';

/** Enrolment timelines: when each enrolment ran, how it ended and which phases it went through. */
export const outcomes = [
  'work',
  'education',
  'entrepreneurship',
  'rehabilitation',
  'pension',
  'sick_leave',
  'outside_working_life_other',
  'moved_away',
  'job_seeking',
] as const;
export type Outcome = (typeof outcomes)[number];

/** Near the seeds' figures: about half end in work, education or entrepreneurship. */
export const pickOutcome = weightedPicker<Outcome>([
  ['work', 35],
  ['education', 13],
  ['entrepreneurship', 3],
  ['rehabilitation', 8],
  ['pension', 2],
  ['sick_leave', 5],
  ['outside_working_life_other', 6],
  ['moved_away', 4],
  ['job_seeking', 24],
]);

/** An earlier enrolment that ended and was later followed by a new one rarely ended in lasting work. */
const pickEarlierOutcome = weightedPicker<Outcome>([
  ['work', 20],
  ['education', 8],
  ['rehabilitation', 15],
  ['sick_leave', 15],
  ['outside_working_life_other', 7],
  ['job_seeking', 35],
]);

const pickIpsReferralSource = weightedPicker([
  ['health_services', 30],
  ['employment_counsellor', 30],
  ['social_services', 20],
  ['self_referral', 10],
  ['other_partner', 5],
  ['ohjaamo', 5],
] as const);
const pickInterpreterReferralSource = weightedPicker([
  ['employment_counsellor', 35],
  ['international_services', 8],
  ['self_referral', 10],
  ['settling_in_services', 5],
  ['ohjaamo', 10],
  ['other_partner', 12],
  ['employer', 5],
  ['social_services', 10],
  ['health_services', 5],
] as const);
const pickImmigrantReferralSource = weightedPicker([
  ['international_services', 45],
  ['settling_in_services', 30],
  ['employment_counsellor', 20],
  ['self_referral', 5],
] as const);
const pickStartingSituation = weightedPicker([
  ['unemployed', 60],
  ['outside_labour_force', 12],
  ['threat_of_unemployment', 8],
  ['part_time_work', 8],
  ['laid_off', 6],
  ['from_outside_region', 6],
] as const);
const pickIpsStartingSituation = weightedPicker([
  ['unemployed', 55],
  ['outside_labour_force', 30],
  ['part_time_work', 7],
  ['threat_of_unemployment', 5],
  ['laid_off', 3],
] as const);

/** Typical days spent in each phase; unknown phases of an organisation's own model get a middle value. */
const phaseDays: Record<string, [number, number]> = {
  entry: [5, 21],
  vocational_profile: [14, 45],
  job_search: [45, 300],
  employer_agreement: [7, 30],
  in_work_support: [60, 400],
  mapping: [14, 45],
  working_towards_goals: [60, 300],
  ending: [7, 30],
};
const defaultPhaseDays: [number, number] = [14, 60];

export type PhaseChange = { phase: string; changedOn: string };

export type EnrolmentPlan = {
  programme: ProgrammeContext;
  coachId: string;
  coCoachId: string | null;
  referralSource: string;
  startingSituation: string;
  intensity: 'intensive' | 'occasional';
  startDate: string;
  endDate: string | null;
  outcome: Outcome | null;
  phases: PhaseChange[];
  /** Activities stop here: the end date, or a date well in the past for clients left overdue. */
  lastActivityDate: string;
  /** IPS expects a first employer contact within about 30 days; some are left without one on purpose. */
  withoutEmployerContact: boolean;
};

export function planEnrolments(
  random: Random,
  input: {
    today: string;
    programme: ProgrammeContext;
    otherProgrammes: readonly ProgrammeContext[];
    coachId: string;
    areaCoachIds: readonly string[];
    immigrant: boolean;
  },
): EnrolmentPlan[] {
  const { today } = input;
  const plans: EnrolmentPlan[] = [];
  const latestEnded = random.chance(0.32);
  let latestStart: string;
  let latestEnd: string | null = null;
  if (latestEnded) {
    latestEnd = addDays(today, -random.integer(1, 420));
    latestStart = addDays(latestEnd, -random.integer(input.programme.key === 'ips' ? 90 : 60, input.programme.key === 'ips' ? 540 : 365));
  } else {
    // Skewed towards recent starts: caseloads turn over.
    latestStart = addDays(today, -Math.max(3, Math.round(random.next() ** 1.4 * 600)));
  }

  if (random.chance(0.07)) {
    const earlierEnd = addDays(latestStart, -random.integer(30, 240));
    const earlierProgramme = random.chance(0.6) ? input.programme : random.pick([input.programme, ...input.otherProgrammes]);
    const coachId = random.chance(0.7) ? input.coachId : random.pick(input.areaCoachIds);
    plans.push(
      planOne(
        random,
        { ...input, programme: earlierProgramme, coachId },
        addDays(earlierEnd, -random.integer(30, 300)),
        earlierEnd,
        pickEarlierOutcome(random),
      ),
    );
  }
  plans.push(planOne(random, input, latestStart, latestEnd, latestEnd ? pickOutcome(random) : null));
  return plans;
}

function planOne(
  random: Random,
  input: { today: string; programme: ProgrammeContext; coachId: string; areaCoachIds: readonly string[]; immigrant: boolean },
  startDate: string,
  endDate: string | null,
  outcome: Outcome | null,
): EnrolmentPlan {
  const { programme, today } = input;
  const ips = programme.key === 'ips';
  const referralSource =
    input.immigrant && !ips && random.chance(0.7)
      ? pickImmigrantReferralSource(random)
      : ips
        ? pickIpsReferralSource(random)
        : pickInterpreterReferralSource(random);
  const otherCoaches = input.areaCoachIds.filter((id) => id !== input.coachId);
  const elapsed = daysBetween(startDate, today);
  const leftOverdue = endDate === null && elapsed > 50 && random.chance(0.12);
  return {
    programme,
    coachId: input.coachId,
    coCoachId: otherCoaches.length > 0 && random.chance(0.15) ? random.pick(otherCoaches) : null,
    referralSource,
    startingSituation: ips ? pickIpsStartingSituation(random) : pickStartingSituation(random),
    intensity: random.chance(ips ? 0.75 : 0.55) ? 'intensive' : 'occasional',
    startDate,
    endDate,
    outcome,
    phases: endDate
      ? planEndedPhases(random, programme, startDate, endDate, outcome)
      : planActivePhases(random, programme, startDate, today),
    lastActivityDate: endDate ?? (leftOverdue ? addDays(today, -random.integer(40, Math.min(120, elapsed - 5))) : addDays(today, -1)),
    withoutEmployerContact: ips && endDate === null && elapsed > 35 && random.chance(0.15),
  };
}

function durationOf(random: Random, phase: string): number {
  const [minimum, maximum] = phaseDays[phase] ?? defaultPhaseDays;
  return random.integer(minimum, maximum);
}

/** Phases that close an enrolment: an active one is only occasionally in its last weeks. */
const closingPhases = new Set(['ending', 'follow_up']);

/** Walks the open phases in process order until today falls inside one of them. */
function planActivePhases(random: Random, programme: ProgrammeContext, startDate: string, today: string): PhaseChange[] {
  const phases = programme.phases;
  const openPhases = phases.filter((phase) => !closingPhases.has(phase));
  const changes: PhaseChange[] = [{ phase: openPhases[0] ?? (phases[0] as string), changedOn: startDate }];
  let date = startDate;
  for (let index = 0; index < openPhases.length - 1; index++) {
    const next = addDays(date, durationOf(random, openPhases[index] as string));
    if (next >= today) break;
    date = next;
    changes.push({ phase: openPhases[index + 1] as string, changedOn: date });
  }
  const inLastOpenPhase = changes.length === openPhases.length;
  if (inLastOpenPhase && phases.includes('ending') && daysBetween(date, today) > 45 && random.chance(0.15)) {
    changes.push({ phase: 'ending', changedOn: addDays(today, -random.integer(1, 20)) });
  }
  // In IPS a lost job means back to job search, with the same coach.
  const current = changes.at(-1) as PhaseChange;
  const daysInPhase = daysBetween(current.changedOn, today);
  if (current.phase === 'in_work_support' && phases.includes('job_search') && daysInPhase > 90 && random.chance(0.12)) {
    changes.push({ phase: 'job_search', changedOn: addDays(current.changedOn, random.integer(60, daysInPhase - 20)) });
  }
  return changes;
}

/** Lays the phases an ended enrolment reached between its start and end dates. */
function planEndedPhases(
  random: Random,
  programme: ProgrammeContext,
  startDate: string,
  endDate: string,
  outcome: Outcome | null,
): PhaseChange[] {
  const phases = programme.phases;
  const span = daysBetween(startDate, endDate);
  const closesWithFollowUp = phases.at(-1) === 'follow_up' && phases.includes('ending');
  const closingPhases: PhaseChange[] = [];
  let walkedPhases: readonly string[];
  let walkLimit: number;
  if (closesWithFollowUp) {
    const endingOn = addDays(endDate, -Math.min(random.integer(7, 30), Math.floor(span / 3)));
    closingPhases.push({ phase: 'ending', changedOn: endingOn }, { phase: 'follow_up', changedOn: endDate });
    walkedPhases = phases.slice(0, phases.indexOf('ending'));
    walkLimit = daysBetween(startDate, endingOn);
  } else {
    walkedPhases = phases.slice(0, reachedPhaseIndex(random, phases, outcome) + 1);
    walkLimit = Math.floor(span * (0.4 + random.next() * 0.45));
  }
  // Durations of every walked phase except the last, which lasts until the closing phases or the end;
  // squeezed when the enrolment was short so the last walked phase still gets some time.
  const durations = walkedPhases.slice(0, -1).map((phase) => durationOf(random, phase));
  const total = durations.reduce((sum, days) => sum + days, 0);
  const room = walkLimit * 0.8;
  const scale = total > room ? room / total : 1;
  const changes: PhaseChange[] = [];
  let date = startDate;
  for (const [index, phase] of walkedPhases.entries()) {
    changes.push({ phase, changedOn: minDate(date, endDate) });
    const days = durations[index];
    if (days !== undefined) date = addDays(date, Math.max(1, Math.round(days * scale)));
  }
  return [...changes, ...closingPhases];
}

/** How far an IPS-like process got, judged by how it ended. */
function reachedPhaseIndex(random: Random, phases: readonly string[], outcome: Outcome | null): number {
  const indexOf = (phase: string) => {
    const index = phases.indexOf(phase);
    return index === -1 ? phases.length - 1 : index;
  };
  switch (outcome) {
    case 'work':
    case 'entrepreneurship':
      return random.chance(0.85) ? indexOf('in_work_support') : indexOf('employer_agreement');
    case 'education':
      return indexOf('job_search');
    case 'job_seeking':
      return random.chance(0.7)
        ? indexOf('job_search')
        : random.chance(0.5)
          ? indexOf('employer_agreement')
          : indexOf('vocational_profile');
    default:
      return random.integer(0, Math.min(2, phases.length - 1));
  }
}
