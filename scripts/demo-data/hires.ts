import type { OpportunityKind } from '../../src/contract/opportunities.js';
import type { PlacementType } from '../../src/contract/placements.js';
import type { CandidateEnrolment } from './candidates.js';
import { addDays, addMonths, daysBetween, maxDate, minDate } from './dates.js';
import type { EmployerProfile } from './employers.js';
import { createRandom, deriveSeed, weightedPicker, type Random } from './random.js';
import { hashText } from './staff.js';

/**
 * Job seekers who started work through us. They are chosen from the clients' own histories, so the
 * placement agrees with the enrolment: an IPS client placed while running is in in-work support
 * since the placement's start (the phase change the client generator wrote), one who lost the job
 * went back to job search on the day it ended, and the hire is recorded on or after the start,
 * as the proposal service requires.
 */
export type Hire = {
  candidate: CandidateEnrolment;
  employer: EmployerProfile;
  random: Random;
  type: PlacementType;
  kind: OpportunityKind;
  /** The opportunity was found, the client proposed, started and was marked hired, in this order. */
  foundOn: string;
  proposedOn: string;
  startDate: string;
  hiredOn: string;
  plannedEndDate: string | null;
  endedOn: string | null;
  endReason: string | null;
  viaAssignment: boolean;
};

/** How far back placements go: the employer histories cover the past year. */
const placementWindowDays = 270;

const pickIpsType = weightedPicker<PlacementType>([
  ['employment', 65],
  ['pay_subsidy_job', 25],
  ['apprenticeship', 5],
  ['summer_job', 5],
]);
const pickInterpreterType = weightedPicker<PlacementType>([
  ['work_trial', 35],
  ['pay_subsidy_job', 25],
  ['employment', 30],
  ['apprenticeship', 10],
]);
const pickEmploymentKind = weightedPicker<OpportunityKind>([
  ['hidden_job', 55],
  ['advertised_vacancy', 35],
  ['seasonal_job', 10],
]);
const pickLostJobReason = weightedPicker([
  ['quit_by_client', 35],
  ['ended_by_employer', 25],
  ['health_reasons', 25],
  ['other', 15],
] as const);
const pickEarlyEndReason = weightedPicker([
  ['quit_by_client', 30],
  ['ended_by_employer', 25],
  ['health_reasons', 20],
  ['moved_to_education', 15],
  ['other', 10],
] as const);
const capacity: Record<string, number> = { micro: 1, small: 2, medium: 3, large: 6, unknown: 1 };
const sizeWeight: Record<string, number> = { micro: 1, small: 2, medium: 3, large: 4, unknown: 1.5 };

/** Months a fixed-term placement of each type usually runs; employment is open-ended unless it says otherwise. */
function plannedEnd(random: Random, type: PlacementType, startDate: string): string | null {
  switch (type) {
    case 'work_trial':
      return addMonths(startDate, random.integer(1, 4));
    case 'pay_subsidy_job':
      return addMonths(startDate, random.integer(6, 10));
    case 'apprenticeship':
      return addMonths(startDate, random.integer(24, 36));
    case 'summer_job':
      return addMonths(startDate, random.integer(2, 3));
    default:
      return random.chance(0.3) ? addMonths(startDate, random.integer(6, 12)) : null;
  }
}

type Start = { startDate: string; current: boolean; lostOn: string | null; ips: boolean };

/** When this enrolment's client started work, if they did within the window and are picked. */
function startOf(random: Random, candidate: CandidateEnrolment, today: string): Start | null {
  const earliest = addDays(today, -placementWindowDays);
  const latest = addDays(today, -3);
  const inWindow = (date: string) => date >= earliest && date <= latest;
  const phases = candidate.phases;
  const inWorkIndex = phases.map((change) => change.phase).lastIndexOf('in_work_support');
  const inWork = phases[inWorkIndex];
  if (candidate.programmeKey === 'ips') {
    if (!inWork || !inWindow(inWork.changedOn) || !random.chance(0.8)) return null;
    const after = phases[inWorkIndex + 1];
    if (candidate.endDate === null && candidate.currentPhase === 'in_work_support')
      return { startDate: inWork.changedOn, current: true, lostOn: null, ips: true };
    if (candidate.endDate === null && after?.phase === 'job_search')
      return { startDate: inWork.changedOn, current: false, lostOn: after.changedOn, ips: true };
    if (candidate.endDate !== null && candidate.outcome === 'work')
      return { startDate: inWork.changedOn, current: true, lostOn: null, ips: true };
    return null;
  }
  if (candidate.endDate === null && candidate.currentPhase === 'working_towards_goals') {
    const from = maxDate(addDays(candidate.phaseStartedOn, 14), earliest);
    if (from > latest || !random.chance(0.12)) return null;
    return { startDate: addDays(from, random.integer(0, daysBetween(from, latest))), current: false, lostOn: null, ips: false };
  }
  if (candidate.endDate !== null && candidate.outcome === 'work' && inWindow(candidate.endDate) && random.chance(0.8)) {
    const startDate = maxDate(addDays(candidate.endDate, -random.integer(5, 30)), addDays(candidate.startDate, 14));
    return startDate <= candidate.endDate ? { startDate, current: true, lostOn: null, ips: false } : null;
  }
  return null;
}

function pickEmployer(random: Random, employers: readonly EmployerProfile[], used: Map<string, number>, type: PlacementType) {
  const weights = employers.map((employer) => {
    if ((used.get(employer.id) ?? 0) >= (capacity[employer.sizeClass] ?? 1)) return 0;
    const supported = (type === 'work_trial' || type === 'pay_subsidy_job') && employer.economySector !== 'private';
    return (sizeWeight[employer.sizeClass] ?? 1) * (supported ? 2 : 1);
  });
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  if (total === 0) return null;
  let target = random.next() * total;
  for (const [index, weight] of weights.entries()) {
    target -= weight;
    if (target < 0 && weight > 0) return employers[index] as EmployerProfile;
  }
  return null;
}

export function planHires(
  seed: number,
  candidates: readonly CandidateEnrolment[],
  employers: readonly EmployerProfile[],
  today: string,
): Hire[] {
  const yesterday = addDays(today, -1);
  const maximum = Math.round(employers.length * 0.45);
  const used = new Map<string, number>();
  const hiredClients = new Set<string>();
  const hires: Hire[] = [];
  for (const candidate of candidates) {
    if (hires.length >= maximum) break;
    if (hiredClients.has(candidate.clientId)) continue;
    const random = createRandom(deriveSeed(seed, hashText(`hire/${candidate.enrolmentId}`)));
    const start = startOf(random, candidate, today);
    if (!start) continue;
    let type: PlacementType = start.ips
      ? pickIpsType(random)
      : start.current
        ? random.chance(0.6)
          ? 'employment'
          : 'pay_subsidy_job'
        : pickInterpreterType(random);
    const month = Number(start.startDate.slice(5, 7));
    if (type === 'summer_job' && (month < 5 || month > 7)) type = 'employment';
    // Hiring records the placement, so it happens on or after the start, while the enrolment still runs.
    const hiredOn = [addDays(start.startDate, random.integer(0, 4)), yesterday, candidate.endDate ?? yesterday].reduce(minDate);
    let plannedEndDate = plannedEnd(random, type, start.startDate);
    let endedOn: string | null = null;
    let endReason: string | null = null;
    if (start.lostOn) {
      endedOn = start.lostOn;
      endReason = pickLostJobReason(random);
      if (plannedEndDate !== null && plannedEndDate < endedOn) plannedEndDate = null;
    } else if (plannedEndDate !== null && plannedEndDate <= yesterday) {
      if (start.current) {
        // Still in work: a short job that would have ended is a longer contract.
        if (type === 'work_trial' || type === 'summer_job') type = 'employment';
        plannedEndDate = addDays(today, random.integer(20, 200));
      } else {
        endedOn = plannedEndDate;
        endReason = random.chance(0.85) ? 'planned_end' : 'continued_elsewhere_same_employer';
      }
    } else if (!start.current && random.chance(0.25)) {
      endedOn = addDays(hiredOn, random.integer(0, daysBetween(hiredOn, yesterday)));
      endReason = pickEarlyEndReason(random);
    }
    const employer = pickEmployer(random, employers, used, type);
    if (!employer) break;
    used.set(employer.id, (used.get(employer.id) ?? 0) + 1);
    hiredClients.add(candidate.clientId);
    const proposedOn = minDate(maxDate(addDays(hiredOn, -random.integer(10, 35)), candidate.startDate), addDays(hiredOn, -1));
    const kind: OpportunityKind = type === 'employment' ? pickEmploymentKind(random) : type;
    hires.push({
      candidate,
      employer,
      random,
      type,
      kind,
      foundOn: addDays(proposedOn, -random.integer(3, 25)),
      proposedOn,
      startDate: start.startDate,
      hiredOn,
      plannedEndDate,
      endedOn,
      endReason,
      viaAssignment: kind !== 'work_trial' && kind !== 'apprenticeship' && random.chance(0.3),
    });
  }
  return hires;
}
