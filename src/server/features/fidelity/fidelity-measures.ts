import type { FidelityEvidence } from '../../../contract/fidelity.js';
import { daysBetween } from '../../time.js';

/**
 * The fidelity items Polku can measure from recorded work, each mapped to its item's 1–5 anchors.
 * Where the scale leaves room (what counts as "different", "on average"), the reading is written
 * next to the rule and shown to the reviewers, who confirm or override every pre-filled score.
 */
export type Score = 1 | 2 | 3 | 4 | 5;
export type Measured = { score: Score | null; evidence: FidelityEvidence };
export type MeasuredOf<Kind extends FidelityEvidence['kind']> = {
  score: Score | null;
  evidence: Extract<FidelityEvidence, { kind: Kind }>;
};
export type Period = { start: string; end: string };

export type EnrolmentFact = {
  startDate: string;
  endDate: string | null;
  outcome: string | null;
  referralSource: string;
  /** First activity with an employer taking part, met face to face or at the workplace. */
  firstFaceToFaceEmployerContactOn: string | null;
};
export type InteractionFact = { employerId: string; occurredOn: string; inPerson: boolean; staffUserIds: string[] };
export type PlacementFact = {
  clientId: string;
  employerId: string;
  type: string;
  supportGranted: string[];
  /** ISCO-08 unit group of the job, else its ESCO occupation; null when the placement names neither. */
  jobType: string | null;
  startDate: string;
  endedOn: string | null;
};

export const within = (date: string | null, period: Period) => date !== null && date >= period.start && date <= period.end;
const oneDecimal = (value: number) => Math.round(value * 10) / 10;
const ratio = (part: number, whole: number) => (whole === 0 ? null : part / whole);

/** First threshold the value reaches, else 1. Thresholds are listed from score 5 down. */
function scoreFromMinimums(value: number, minimums: readonly [number, number, number, number]): Score {
  const index = minimums.findIndex((minimum) => value >= minimum);
  return index === -1 ? 1 : ((5 - index) as Score);
}

/** Share anchors as "N–M % of jobs": compared in whole numbers, so 17 of 20 is exactly 85 %. */
function scoreShare(part: number, whole: number, minimumPercents: readonly [number, number, number, number]): Score {
  const index = minimumPercents.findIndex((percent) => part * 100 >= percent * whole);
  return index === -1 ? 1 : ((5 - index) as Score);
}

/** Item 1: clients per employment specialist at the end of the period, rounded to whole clients. ≤20 → 5, 21–25 → 4, 26–30 → 3, 31–40 → 2, ≥41 → 1. */
export function measureCaseload(clientsPerCoach: readonly number[]): MeasuredOf<'caseload_size'> {
  const coaches = clientsPerCoach.length;
  const clients = clientsPerCoach.reduce((sum, value) => sum + value, 0);
  const average = coaches === 0 ? null : clients / coaches;
  const evidence = {
    kind: 'caseload_size' as const,
    coaches,
    clients,
    ratio: average === null ? null : oneDecimal(average),
    largestCaseload: Math.max(0, ...clientsPerCoach),
  };
  if (average === null) return { score: null, evidence };
  const rounded = Math.round(average);
  const score: Score = rounded <= 20 ? 5 : rounded <= 25 ? 4 : rounded <= 30 ? 3 : rounded <= 40 ? 2 : 1;
  return { score, evidence };
}

/** Outcomes that, reached quickly and before any employer was met, look like being judged "not ready". */
export const readinessOutcomes = ['rehabilitation', 'sick_leave', 'pension', 'outside_working_life_other'] as const;
const readinessExitDays = 90;

/**
 * Item 9. Polku records no refusals, so exclusion shows as a proxy: enrolments ended within 90 days
 * to rehabilitation, sick leave, pension or "outside working life" before any face-to-face employer
 * contact. Half or more of the ended enrolments → 2, some → 3; none → 4, or 5 when the period's
 * new clients came from at least 3 referral sources ("referrals from many sources").
 */
export function measureZeroExclusion(enrolments: readonly EnrolmentFact[], period: Period): MeasuredOf<'zero_exclusion'> {
  const started = enrolments.filter((enrolment) => within(enrolment.startDate, period));
  const ended = enrolments.filter((enrolment) => within(enrolment.endDate, period));
  const readinessExits = ended.filter(
    (enrolment) =>
      (readinessOutcomes as readonly string[]).includes(enrolment.outcome ?? '') &&
      daysBetween(enrolment.startDate, enrolment.endDate!) <= readinessExitDays &&
      (enrolment.firstFaceToFaceEmployerContactOn === null || enrolment.firstFaceToFaceEmployerContactOn > enrolment.endDate!),
  ).length;
  const referralSources = new Set(started.map((enrolment) => enrolment.referralSource)).size;
  const evidence = {
    kind: 'zero_exclusion' as const,
    enrolmentsStarted: started.length,
    enrolmentsEnded: ended.length,
    readinessExits,
    referralSources,
  };
  if (started.length === 0 && ended.length === 0) return { score: null, evidence };
  if (readinessExits > 0) return { score: readinessExits * 2 >= ended.length ? 2 : 3, evidence };
  return { score: referralSources >= 3 ? 5 : 4, evidence };
}

/**
 * Item 15: days from entry to the first face-to-face employer contact, averaged over the enrolments
 * that started in the period and have had one (rounded to whole days). ≤30 → 5, 31–60 → 4,
 * 61–150 → 3, 151–270 → 2, ≥271 → 1. Those still waiting past 30 days are shown beside it.
 */
export function measureRapidSearch(enrolments: readonly EnrolmentFact[], period: Period): MeasuredOf<'rapid_search'> {
  const started = enrolments.filter((enrolment) => within(enrolment.startDate, period));
  const days = started
    .filter((enrolment) => enrolment.firstFaceToFaceEmployerContactOn !== null)
    .map((enrolment) => Math.max(0, daysBetween(enrolment.startDate, enrolment.firstFaceToFaceEmployerContactOn!)))
    .sort((first, second) => first - second);
  const waitingOver30Days = started.filter((enrolment) => {
    if (enrolment.firstFaceToFaceEmployerContactOn !== null) return false;
    const until = enrolment.endDate !== null && enrolment.endDate < period.end ? enrolment.endDate : period.end;
    return daysBetween(enrolment.startDate, until) > 30;
  }).length;
  const mean = days.length === 0 ? null : days.reduce((sum, value) => sum + value, 0) / days.length;
  const middle = Math.floor(days.length / 2);
  const median = days.length === 0 ? null : days.length % 2 === 1 ? days[middle]! : (days[middle - 1]! + days[middle]!) / 2;
  const evidence = {
    kind: 'rapid_search' as const,
    enrolmentsStarted: started.length,
    withContact: days.length,
    meanDays: mean === null ? null : oneDecimal(mean),
    medianDays: median,
    waitingOver30Days,
  };
  if (mean === null) return { score: null, evidence };
  const rounded = Math.round(mean);
  const score: Score = rounded <= 30 ? 5 : rounded <= 60 ? 4 : rounded <= 150 ? 3 : rounded <= 270 ? 2 : 1;
  return { score, evidence };
}

/**
 * Item 17: in-person employer contacts (visits, meetings, events) per employment specialist per week,
 * each specialist rated and the rates averaged. The anchors name 2, 4, 5 and 6 a week; the scale
 * says to use the closest anchor, so <2 → 1, 2–<3 → 2, 3–<4.5 → 3, 4.5–<5.5 → 4, ≥5.5 → 5.
 */
export function measureEmployerContactFrequency(
  interactions: readonly InteractionFact[],
  coachIds: readonly string[],
  period: Period,
): MeasuredOf<'employer_contact_frequency'> {
  const weeks = (daysBetween(period.start, period.end) + 1) / 7;
  const inPerson = interactions.filter(
    (interaction) =>
      interaction.inPerson && within(interaction.occurredOn, period) && interaction.staffUserIds.some((id) => coachIds.includes(id)),
  );
  const rates = coachIds.map((coachId) => inPerson.filter((interaction) => interaction.staffUserIds.includes(coachId)).length / weeks);
  const average = rates.length === 0 ? null : rates.reduce((sum, value) => sum + value, 0) / rates.length;
  const evidence = {
    kind: 'employer_contact_frequency' as const,
    coaches: coachIds.length,
    weeks: oneDecimal(weeks),
    inPersonContacts: inPerson.length,
    perCoachPerWeek: average === null ? null : oneDecimal(average),
  };
  if (average === null) return { score: null, evidence };
  return { score: scoreFromMinimums(average, [5.5, 4.5, 3, 2]), evidence };
}

/**
 * Item 18, read from what is recorded: no contacts → 1; under a quarter in person (leads asked by
 * phone or e-mail) → 2; under half in person → 3; mostly in person → 4; and, when at least half
 * of the employers met in person were met more than once in the period (relationships built by
 * repeated visits) → 5. What was discussed is for the reviewers to judge from the interviews.
 */
export function measureEmployerContactQuality(
  interactions: readonly InteractionFact[],
  coachIds: readonly string[],
  period: Period,
): MeasuredOf<'employer_contact_quality'> {
  const contacts = interactions.filter(
    (interaction) => within(interaction.occurredOn, period) && interaction.staffUserIds.some((id) => coachIds.includes(id)),
  );
  const inPerson = contacts.filter((interaction) => interaction.inPerson);
  const visitsPerEmployer = new Map<string, number>();
  for (const interaction of inPerson)
    visitsPerEmployer.set(interaction.employerId, (visitsPerEmployer.get(interaction.employerId) ?? 0) + 1);
  const repeated = [...visitsPerEmployer.values()].filter((visits) => visits >= 2).length;
  const evidence = {
    kind: 'employer_contact_quality' as const,
    contacts: contacts.length,
    inPersonContacts: inPerson.length,
    inPersonShare: ratio(inPerson.length, contacts.length),
    employersMetInPerson: visitsPerEmployer.size,
    employersMetRepeatedly: repeated,
    repeatedShare: ratio(repeated, visitsPerEmployer.size),
  };
  if (contacts.length === 0) return { score: 1, evidence };
  if (inPerson.length * 4 < contacts.length) return { score: 2, evidence };
  if (inPerson.length * 2 < contacts.length) return { score: 3, evidence };
  return { score: repeated * 2 >= visitsPerEmployer.size ? 5 : 4, evidence };
}

const startedIn = (placements: readonly PlacementFact[], period: Period) =>
  placements.filter((placement) => within(placement.startDate, period));

/**
 * Item 19: of the jobs started in the period whose occupation is known, the share that are of
 * different types = distinct occupations (ISCO-08 unit group) ÷ jobs. ≥85 % → 5, 70–84 → 4,
 * 60–69 → 3, 50–59 → 2, <50 → 1.
 */
export function measureJobTypeDiversity(placements: readonly PlacementFact[], period: Period): MeasuredOf<'job_type_diversity'> {
  const jobs = startedIn(placements, period);
  const typed = jobs.filter((job) => job.jobType !== null);
  const distinctTypes = new Set(typed.map((job) => job.jobType)).size;
  const evidence = {
    kind: 'job_type_diversity' as const,
    jobs: jobs.length,
    jobsWithType: typed.length,
    distinctTypes,
    share: ratio(distinctTypes, typed.length),
  };
  return { score: typed.length === 0 ? null : scoreShare(distinctTypes, typed.length, [85, 70, 60, 50]), evidence };
}

/** Item 20: distinct employers ÷ jobs started in the period, with the same anchors as item 19. */
export function measureEmployerDiversity(placements: readonly PlacementFact[], period: Period): MeasuredOf<'employer_diversity'> {
  const jobs = startedIn(placements, period);
  const distinctEmployers = new Set(jobs.map((job) => job.employerId)).size;
  const evidence = {
    kind: 'employer_diversity' as const,
    jobs: jobs.length,
    distinctEmployers,
    share: ratio(distinctEmployers, jobs.length),
  };
  return { score: jobs.length === 0 ? null : scoreShare(distinctEmployers, jobs.length, [85, 70, 60, 50]), evidence };
}

/**
 * Competitive (open-market) work: an employment contract or apprenticeship without pay subsidy.
 * Work trials are not jobs, pay-subsidised jobs are not open to anyone on equal terms, and summer
 * jobs are time-limited.
 */
export function isCompetitive(placement: Pick<PlacementFact, 'type' | 'supportGranted'>): boolean {
  return (placement.type === 'employment' || placement.type === 'apprenticeship') && !placement.supportGranted.includes('pay_subsidy');
}

/** Item 21: competitive ÷ all placements started in the period. ≥95 % → 5, 85–94 → 4, 75–84 → 3, 65–74 → 2, ≤64 → 1. */
export function measureCompetitiveJobs(placements: readonly PlacementFact[], period: Period): MeasuredOf<'competitive_jobs'> {
  const jobs = startedIn(placements, period);
  const competitive = jobs.filter(isCompetitive).length;
  const evidence = { kind: 'competitive_jobs' as const, jobs: jobs.length, competitive, share: ratio(competitive, jobs.length) };
  return { score: jobs.length === 0 ? null : scoreShare(competitive, jobs.length, [95, 85, 75, 65]), evidence };
}
