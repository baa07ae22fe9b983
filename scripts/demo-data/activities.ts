import type { FieldCipher } from '../../src/server/crypto/field-encryption.js';
import type { activities, referrals } from '../../src/server/db/schema.js';
import { addDays, daysBetween, maxDate, minDate, notBefore, timestampOn, toWeekday } from './dates.js';
import type { EnrolmentPlan, PhaseChange } from './enrolments.js';
import { weightedPicker, type Random } from './random.js';
import {
  employerSummaries,
  familySummaries,
  genericSummaries,
  messageSummaries,
  networkSummaries,
  protectedNotes,
  referralNotes,
  summariesByPhase,
} from './texts.js';

export type ActivityRow = typeof activities.$inferInsert;
export type ReferralRow = typeof referrals.$inferInsert;

type EnrolmentFacts = {
  plan: EnrolmentPlan;
  enrolmentId: string;
  clientId: string;
  organisationId: string;
  today: string;
  nextId: () => string;
};

const pickClientMode = weightedPicker([
  ['face_to_face', 58],
  ['phone', 15],
  ['remote_video', 9],
  ['message', 10],
  ['workplace_visit', 8],
] as const);
const pickInWorkMode = weightedPicker([
  ['workplace_visit', 40],
  ['face_to_face', 30],
  ['phone', 20],
  ['message', 10],
] as const);
const pickEmployerMode = weightedPicker([
  ['workplace_visit', 45],
  ['face_to_face', 25],
  ['phone', 25],
  ['message', 5],
] as const);
const durationRange: Record<string, [number, number]> = {
  face_to_face: [30, 90],
  workplace_visit: [45, 120],
  remote_video: [30, 60],
  phone: [10, 30],
  message: [5, 5],
};

function pickMode(random: Random, employer: boolean, phase: string): string {
  if (employer) return pickEmployerMode(random);
  return phase === 'in_work_support' ? pickInWorkMode(random) : pickClientMode(random);
}

/** Who took part and the team-visible summary; employer contacts may be without the client. */
function describeActivity(random: Random, employer: boolean, mode: string, phase: string): { participants: string[]; summary: string } {
  if (employer) {
    if (mode === 'phone' || mode === 'message') return { participants: ['employer'], summary: random.pick(employerSummaries.remote) };
    return random.chance(0.5)
      ? { participants: ['client', 'employer'], summary: random.pick(employerSummaries.visitWithClient) }
      : { participants: ['employer'], summary: random.pick(employerSummaries.visit) };
  }
  if (mode === 'message') return { participants: ['client'], summary: random.pick(messageSummaries) };
  if (random.chance(0.05)) return { participants: ['client', 'network_member'], summary: random.pick(networkSummaries) };
  if (random.chance(0.03)) return { participants: ['client', 'family'], summary: random.pick(familySummaries) };
  return { participants: ['client'], summary: random.pick(summariesByPhase[phase] ?? genericSummaries) };
}

/** Days until the next meeting: IPS meets weekly in the first month of a new job, others by intensity. */
function gapAfter(random: Random, plan: EnrolmentPlan, phase: PhaseChange, date: string): number {
  if (phase.phase === 'in_work_support' && daysBetween(phase.changedOn, date) < 30) return random.integer(5, 8);
  return plan.intensity === 'intensive' ? random.integer(5, 14) : random.integer(14, 32);
}

function phaseOn(phases: readonly PhaseChange[], date: string): PhaseChange {
  let current = phases[0] as PhaseChange;
  for (const change of phases) if (change.changedOn <= date) current = change;
  return current;
}

/** Meeting dates: the natural rhythm, or exactly `count` dates spread evenly (benchmark volume mode). */
function activityDates(random: Random, facts: EnrolmentFacts, count: number | undefined): string[] {
  const { plan, today } = facts;
  const last = plan.lastActivityDate;
  if (last < plan.startDate) return [];
  const span = daysBetween(plan.startDate, last) + 1;
  if (count !== undefined) {
    return Array.from({ length: count }, (_, index) =>
      addDays(plan.startDate, index === 0 ? 0 : Math.floor(((index + random.next()) * span) / count)),
    );
  }
  const dates: string[] = [];
  for (let date = plan.startDate; date <= last; date = addDays(date, gapAfter(random, plan, phaseOn(plan.phases, date), date))) {
    const weekday = toWeekday(date);
    dates.push(weekday <= last ? weekday : date);
  }
  // An active client who is not deliberately left overdue has been met recently.
  const recentEnough = addDays(today, -14);
  if (plan.endDate === null && last >= addDays(today, -1) && (dates.at(-1) ?? '') < recentEnough) {
    dates.push(maxDate(plan.startDate, addDays(today, -random.integer(1, 10))));
  }
  return dates;
}

export function generateActivities(
  random: Random,
  facts: EnrolmentFacts & { cipher: FieldCipher; sensitive: boolean; count?: number },
): { rows: ActivityRow[]; lastMeetingOn: string | null; firstEmployerContactOn: string | null } {
  const { plan } = facts;
  const ips = plan.programme.key === 'ips';
  const meetingModes = new Set(plan.programme.meetingModes);
  // IPS aims at a first employer contact within about 30 days of entry.
  const firstEmployerContactAround = toWeekday(addDays(plan.startDate, random.integer(5, 25)));
  const dates = activityDates(random, facts, facts.count);
  if (ips && !plan.withoutEmployerContact && facts.count === undefined && firstEmployerContactAround <= plan.lastActivityDate) {
    dates.push(firstEmployerContactAround);
    dates.sort();
  }
  let employerContacted = false;
  let lastMeetingOn: string | null = null;
  let firstEmployerContactOn: string | null = null;
  const rows: ActivityRow[] = [];

  for (const [index, date] of dates.entries()) {
    const phase = phaseOn(plan.phases, date).phase;
    const laterPhase =
      phase === 'job_search' || phase === 'employer_agreement' || phase === 'in_work_support' || phase === 'working_towards_goals';
    // Every enrolment opens with a face-to-face meeting with the client.
    const opening = index === 0;
    const employer =
      !opening &&
      !plan.withoutEmployerContact &&
      ((ips && !employerContacted && date >= firstEmployerContactAround) || random.chance(laterPhase ? (ips ? 0.3 : 0.15) : 0.03));
    const mode = opening ? 'face_to_face' : pickMode(random, employer, phase);
    const { participants, summary } = describeActivity(random, employer, mode, phase);
    const [shortest, longest] = durationRange[mode] ?? [30, 60];
    const hasProtectedNote = mode !== 'message' && !employer && random.chance(facts.sensitive ? 0.1 : 0.03);

    rows.push({
      id: facts.nextId(),
      clientId: facts.clientId,
      organisationId: facts.organisationId,
      enrolmentId: facts.enrolmentId,
      occurredOn: date,
      durationMinutes: shortest + 5 * random.integer(0, (longest - shortest) / 5),
      mode,
      participants,
      summary,
      protectedNoteEncrypted: hasProtectedNote ? facts.cipher.encrypt(random.pick(protectedNotes)) : null,
      recordedBy: plan.coCoachId && random.chance(0.3) ? plan.coCoachId : plan.coachId,
      createdAt: timestampOn(date, random.integer(0, 419)),
    });
    if (meetingModes.has(mode) && (lastMeetingOn === null || date > lastMeetingOn)) lastMeetingOn = date;
    if (employer) {
      employerContacted = true;
      if (firstEmployerContactOn === null || date < firstEmployerContactOn) firstEmployerContactOn = date;
    }
  }
  return { rows, lastMeetingOn, firstEmployerContactOn };
}

const pickIpsService = weightedPicker([
  ['mental_health_services', 20],
  ['kela_vocational_rehabilitation', 20],
  ['work_ability_assessment', 15],
  ['health_check', 10],
  ['social_work', 10],
  ['substance_abuse_services', 8],
  ['training', 7],
  ['study_counselling', 5],
  ['career_psychologist', 3],
  ['other', 2],
] as const);
const pickInterpreterService = weightedPicker([
  ['training', 25],
  ['study_counselling', 20],
  ['social_work', 10],
  ['kela_vocational_rehabilitation', 8],
  ['work_ability_assessment', 7],
  ['health_check', 8],
  ['career_psychologist', 10],
  ['other', 12],
] as const);
const pickSettledStatus = weightedPicker([
  ['completed', 35],
  ['accepted', 30],
  ['sent', 20],
  ['declined', 10],
  ['cancelled', 5],
] as const);

/** Ohjaukset to the service network, resolved more often the longer ago they were made. */
export function generateReferrals(random: Random, facts: EnrolmentFacts): ReferralRow[] {
  const { plan, today } = facts;
  const roll = random.next();
  const count = roll < 0.4 ? 0 : roll < 0.85 ? 1 : 2;
  const last = maxDate(plan.startDate, minDate(plan.lastActivityDate, addDays(today, -1)));
  const span = daysBetween(plan.startDate, last);
  const rows: ReferralRow[] = [];
  for (let index = 0; index < count; index++) {
    const service = plan.programme.key === 'ips' ? pickIpsService(random) : pickInterpreterService(random);
    const referredOn = addDays(plan.startDate, random.integer(0, span));
    const age = daysBetween(referredOn, today);
    const status = age < 14 ? (random.chance(0.5) ? 'planned' : 'sent') : pickSettledStatus(random);
    const updatedOn = minDate(addDays(referredOn, status === 'planned' ? 0 : random.integer(1, 40)), today);
    const createdAt = timestampOn(referredOn, random.integer(0, 419));
    rows.push({
      id: facts.nextId(),
      clientId: facts.clientId,
      organisationId: facts.organisationId,
      enrolmentId: facts.enrolmentId,
      service,
      status,
      referredOn,
      note: referralNotes[service] ?? null,
      createdBy: plan.coachId,
      createdAt,
      updatedAt: notBefore(timestampOn(updatedOn, random.integer(0, 419)), createdAt),
    });
  }
  return rows;
}
