import type { FieldCipher } from '../../src/server/crypto/field-encryption.js';
import type { consents, enrolments, followUps, phaseChanges } from '../../src/server/db/schema.js';
import { generateActivities, generateReferrals, type ActivityRow, type ReferralRow } from './activities.js';
import { generatePerson, type ClientRow } from './clients.js';
import { addDays, addMonths, daysBetween, maxDate, minDate, notBefore, timestampOn } from './dates.js';
import { pickOutcome, planEnrolments, type EnrolmentPlan, type Outcome } from './enrolments.js';
import { demoId, demoIdSequence } from './ids.js';
import type { ProcessModelKey, ProgrammeContext } from './organisations.js';
import type { PostalCodePicker } from './places.js';
import { generatePlan, type ActionRow, type GoalRow } from './plans.js';
import { createRandom, deriveSeed, weightedPicker, type Random } from './random.js';
import type { Coach } from './staff.js';
import { followUpNotes } from './texts.js';

/** Everything one batch of clients inserts, table by table, in foreign-key order. */
export type ClientRows = {
  clients: ClientRow[];
  consents: (typeof consents.$inferInsert)[];
  enrolments: (typeof enrolments.$inferInsert)[];
  phaseChanges: (typeof phaseChanges.$inferInsert)[];
  followUps: (typeof followUps.$inferInsert)[];
  planGoals: GoalRow[];
  planActions: ActionRow[];
  activities: ActivityRow[];
  referrals: ReferralRow[];
};

export function emptyClientRows(): ClientRows {
  return {
    clients: [],
    consents: [],
    enrolments: [],
    phaseChanges: [],
    followUps: [],
    planGoals: [],
    planActions: [],
    activities: [],
    referrals: [],
  };
}

export type AreaWorld = {
  organisationId: string;
  programmes: Record<ProcessModelKey, ProgrammeContext>;
  coaches: readonly Coach[];
  coachIds: readonly string[];
  pickMunicipality: (random: Random) => string;
};

export type World = {
  seed: number;
  today: string;
  cipher: FieldCipher;
  pickArea: (random: Random) => AreaWorld;
  pickPostalCode: PostalCodePicker;
  /** Benchmark volume mode: exactly this many activities per client instead of the natural rhythm. */
  activitiesPerClient: number | undefined;
};

const pickConsentChannel = weightedPicker([
  ['in_person', 50],
  ['electronic', 25],
  ['paper', 15],
  ['phone', 10],
] as const);

/**
 * Generates one client and their whole history. Randomness comes only from the seed and the
 * client's index, so a client is the same whatever the batch size or load order.
 */
export function generateClientHistory(world: World, clientIndex: number, into: ClientRows): void {
  const { seed, today } = world;
  const random = createRandom(deriveSeed(seed, clientIndex));
  const nextId = demoIdSequence(seed, `rows-of-client/${clientIndex}`);
  const clientId = demoId(seed, `client/${clientIndex}`);

  const area = world.pickArea(random);
  const coach = random.pick(area.coaches);
  const programme = area.programmes[coach.pickProgramme(random)];
  const person = generatePerson(random, {
    id: clientId,
    organisationId: area.organisationId,
    teamId: coach.teamId,
    responsibleUserId: coach.id,
    municipalityCode: area.pickMunicipality(random),
    pickPostalCode: world.pickPostalCode,
    youth: coach.youth,
    programmeKey: programme.key,
    today,
    cipher: world.cipher,
  });
  const plans = planEnrolments(random, {
    today,
    programme,
    otherProgrammes: Object.values(area.programmes).filter((other) => other.id !== programme.id),
    coachId: coach.id,
    areaCoachIds: area.coachIds,
    immigrant: person.immigrant,
  });
  const activityCounts = splitActivityCount(plans, world.activitiesPerClient);
  const common = { clientId, organisationId: area.organisationId, today, nextId };
  const first = plans[0] as EnrolmentPlan;
  const latest = plans.at(-1) as EnrolmentPlan;
  let lastTouched = first.startDate;

  into.consents.push(consentRow(random, common, 'data_processing', first));
  for (const [index, plan] of plans.entries()) {
    const enrolmentId = nextId();
    into.consents.push(consentRow(random, common, 'enrolment', plan));
    const facts = { ...common, plan, enrolmentId };
    const activity = generateActivities(random, {
      ...facts,
      cipher: world.cipher,
      sensitive: person.hasWorkAbilityNote || plan.programme.key === 'ips',
      count: activityCounts[index],
    });
    into.activities.push(...activity.rows);
    into.referrals.push(...generateReferrals(random, facts));
    for (const change of plan.phases) {
      into.phaseChanges.push({
        id: nextId(),
        enrolmentId,
        clientId,
        organisationId: area.organisationId,
        phase: change.phase,
        changedOn: change.changedOn,
        changedBy: plan.coachId,
        createdAt: timestampOn(change.changedOn, random.integer(0, 419)),
      });
    }
    if (plan.endDate)
      into.followUps.push(...followUpRows(random, { ...facts, endDate: plan.endDate, outcome: plan.outcome ?? 'job_seeking' }));
    const currentPhase = plan.phases.at(-1) as { phase: string; changedOn: string };
    const updatedOn = [plan.endDate ?? plan.startDate, currentPhase.changedOn, activity.lastMeetingOn ?? plan.startDate].reduce(maxDate);
    lastTouched = maxDate(lastTouched, updatedOn);
    const createdAt = timestampOn(plan.startDate, random.integer(0, 60));
    into.enrolments.push({
      id: enrolmentId,
      clientId,
      organisationId: area.organisationId,
      programmeId: plan.programme.id,
      referralSource: plan.referralSource,
      startingSituation: plan.startingSituation,
      coachId: plan.coachId,
      coCoachId: plan.coCoachId,
      intensity: plan.intensity,
      startDate: plan.startDate,
      endDate: plan.endDate,
      outcome: plan.outcome,
      currentPhase: currentPhase.phase,
      phaseStartedOn: currentPhase.changedOn,
      lastMeetingOn: activity.lastMeetingOn,
      firstEmployerContactOn: activity.firstEmployerContactOn,
      // Due dates and the rule that set them are derived by the meeting rules after the load.
      nextMeetingDueOn: null,
      nextMeetingRule: null,
      firstEmployerContactDueOn: null,
      createdAt,
      updatedAt: notBefore(timestampOn(updatedOn, random.integer(0, 419)), createdAt),
    });
  }

  const plan = generatePlan(random, { ...common, plan: latest, immigrant: person.immigrant });
  into.planGoals.push(...plan.goals);
  into.planActions.push(...plan.actions);

  const createdAt = timestampOn(first.startDate, 0);
  const workedOut = latest.endDate !== null && ['work', 'education', 'entrepreneurship'].includes(latest.outcome ?? '');
  into.clients.push({
    ...person.row,
    unemployedSince: workedOut ? null : unemployedSince(random, latest),
    workAbilityNoteUpdatedAt: person.hasWorkAbilityNote ? timestampOn(first.startDate, random.integer(60, 419)) : null,
    createdAt,
    updatedAt: notBefore(timestampOn(lastTouched, random.integer(0, 419)), createdAt),
  });
}

type Common = { clientId: string; organisationId: string; today: string; nextId: () => string };

function consentRow(
  random: Random,
  common: Common,
  kind: 'data_processing' | 'enrolment',
  plan: EnrolmentPlan,
): ClientRows['consents'][number] {
  return {
    id: common.nextId(),
    clientId: common.clientId,
    organisationId: common.organisationId,
    kind,
    scope: kind === 'enrolment' ? plan.programme.name : null,
    channel: pickConsentChannel(random),
    givenOn: plan.startDate,
    validUntil: null,
    revokedOn: null,
    recordedBy: plan.coachId,
    createdAt: timestampOn(plan.startDate, random.integer(0, 60)),
  };
}

/** Seuranta at the programme's months after the end; done when due, with a situation that mostly holds. */
function followUpRows(
  random: Random,
  facts: Common & { plan: EnrolmentPlan; enrolmentId: string; endDate: string; outcome: Outcome },
): ClientRows['followUps'] {
  return facts.plan.programme.followUpMonths.map((months) => {
    const dueOn = addMonths(facts.endDate, months);
    const completed = dueOn < facts.today;
    const lasting = facts.outcome === 'moved_away' || facts.outcome === 'pension' || random.chance(0.7);
    return {
      id: facts.nextId(),
      enrolmentId: facts.enrolmentId,
      clientId: facts.clientId,
      organisationId: facts.organisationId,
      monthsAfterEnd: months,
      dueOn,
      completedOn: completed ? minDate(addDays(dueOn, random.integer(0, 10)), facts.today) : null,
      situation: completed ? (lasting ? facts.outcome : pickOutcome(random)) : null,
      note: completed && random.chance(0.5) ? random.pick(followUpNotes) : null,
      recordedBy: completed ? facts.plan.coachId : null,
    };
  });
}

/** When unemployment began, as recorded at the latest enrolment's start; about a quarter were long-term already. */
function unemployedSince(random: Random, plan: EnrolmentPlan): string | null {
  switch (plan.startingSituation) {
    case 'unemployed':
      return addDays(plan.startDate, -(random.chance(0.25) ? random.integer(365, 1100) : random.integer(14, 200)));
    case 'laid_off':
      return addDays(plan.startDate, -random.integer(7, 180));
    case 'from_outside_region':
      return addDays(plan.startDate, -random.integer(0, 90));
    default:
      return null;
  }
}

/** Volume mode: shares the client's activities between enrolments by how long each ran. */
function splitActivityCount(plans: readonly EnrolmentPlan[], total: number | undefined): (number | undefined)[] {
  if (total === undefined) return plans.map(() => undefined);
  const spans = plans.map((plan) => Math.max(1, daysBetween(plan.startDate, plan.lastActivityDate) + 1));
  const sum = spans.reduce((accumulated, span) => accumulated + span, 0);
  const counts = spans.map((span) => Math.floor((total * span) / sum));
  counts[counts.length - 1] = total - counts.slice(0, -1).reduce((accumulated, count) => accumulated + count, 0);
  return counts;
}
