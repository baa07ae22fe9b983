import {
  employerStages,
  inPersonInteractionKinds,
  type EmployerInteractionKind,
  type EmployerStage,
} from '../../src/contract/employers.js';
import type { employerInteractions, employerStageChanges } from '../../src/server/db/schema.js';
import { addDays, daysBetween, maxDate, minDate, timestampOn, weekdayOnOrBefore } from './dates.js';
import { interactionTexts, type InteractionPurpose } from './employer-texts.js';
import type { ContactRow, EmployerProfile } from './employers.js';
import { weightedPicker, type Random } from './random.js';

export type InteractionRow = typeof employerInteractions.$inferInsert;
export type StageChangeRow = typeof employerStageChanges.$inferInsert;

/** An interaction the employer's other records call for, e.g. the visit where a hidden job was found. */
export type FixedInteraction = { date: string; kind: EmployerInteractionKind; purpose: InteractionPurpose; staffUserIds: string[] };

export type TimelineInput = {
  today: string;
  /** The first hire through us: the relationship reaches "recruited" that day. */
  recruitedOn: string | null;
  /** An opportunity found at the workplace needs a personal meeting first. */
  metBy: string | null;
  fixed: readonly FixedInteraction[];
};

export type Timeline = {
  stage: EmployerStage;
  stageChangedOn: string;
  lastContactOn: string | null;
  identifiedOn: string;
  /** The first contact of any kind, and the first personal meeting. */
  contactedOn: string | null;
  metOn: string | null;
  /** The last day of an active relationship: yesterday, or long ago for a relationship gone quiet. */
  activeUntil: string;
  createdAt: Date;
  interactions: InteractionRow[];
  stageChanges: StageChangeRow[];
  contacts: ContactRow[];
};

const pickOpenStage = weightedPicker<EmployerStage>([
  ['identified', 14],
  ['contacted', 22],
  ['met', 26],
  ['cooperating', 38],
]);
const pickRemoteKind = weightedPicker<EmployerInteractionKind>([
  ['call', 55],
  ['email', 35],
  ['video_meeting', 10],
]);
const pickAnyKind = weightedPicker<EmployerInteractionKind>([
  ['workplace_visit', 35],
  ['call', 25],
  ['email', 20],
  ['video_meeting', 8],
  ['meeting', 7],
  ['event', 5],
]);
const pickFirstMeetingKind = weightedPicker<EmployerInteractionKind>([
  ['workplace_visit', 65],
  ['meeting', 15],
  ['event', 20],
]);

const isInPerson = (kind: EmployerInteractionKind) => inPersonInteractionKinds.includes(kind);

/** Stage dates in order, each before its upper bound, leaving room for the stages after it. */
function stageDates(
  random: Random,
  stages: readonly EmployerStage[],
  upper: string[],
  yearAgo: string,
  recruitedOn: string | null,
): string[] {
  for (let index = stages.length - 2; index >= 0; index--)
    upper[index] = minDate(upper[index] as string, addDays(upper[index + 1] as string, -3));
  const firstUpper = upper[0] as string;
  const dates: string[] = [];
  const share = stages.length === 1 ? 1 : 0.6;
  dates.push(firstUpper <= yearAgo ? firstUpper : addDays(yearAgo, Math.floor(random.next() * share * daysBetween(yearAgo, firstUpper))));
  for (let index = 1; index < stages.length; index++) {
    const previous = dates[index - 1] as string;
    if (recruitedOn && index === stages.length - 1) {
      dates.push(maxDate(recruitedOn, previous));
      continue;
    }
    // A squeezed history (a hire soon after the relationship began) may put two stages on one day.
    const room = Math.max(0, daysBetween(previous, upper[index] as string));
    const step = room <= 3 ? room : 3 + Math.floor(random.next() ** 1.5 * (room - 3) * 0.8);
    dates.push(weekdayOnOrBefore(addDays(previous, step), previous));
  }
  return dates;
}

/**
 * The relationship history of one employer, with exactly the semantics the employer service keeps:
 * the first contact makes an identified employer contacted, the first personal meeting makes it met
 * (straight from identified when the first contact was a visit or an event), cooperating and
 * recruited are set by hand; last_contact_on is the latest interaction, stage_changed_on the latest change.
 */
export function buildTimeline(profile: EmployerProfile, input: TimelineInput): Timeline {
  const { random, area } = profile;
  const { today } = input;
  const yearAgo = addDays(today, -365);
  const finalStage = input.recruitedOn ? 'recruited' : pickOpenStage(random);
  const finalIndex = employerStages.indexOf(finalStage);
  const dormant = !input.recruitedOn && finalIndex >= 1 && random.chance(0.18);
  const activeUntil = dormant ? addDays(today, -random.integer(95, 220)) : addDays(today, -1);
  const firstContactInPerson = finalIndex >= 2 && random.chance(0.2);
  const stages = employerStages.slice(0, finalIndex + 1).filter((stage) => !(firstContactInPerson && stage === 'contacted'));
  const upper = stages.map(() => activeUntil);
  if (input.recruitedOn) upper[upper.length - 1] = input.recruitedOn;
  const metIndex = stages.indexOf('met');
  if (input.metBy && metIndex >= 0) upper[metIndex] = minDate(upper[metIndex] as string, input.metBy);
  const dates = stageDates(random, stages, upper, yearAgo, input.recruitedOn);
  const dateOf = (stage: EmployerStage) => dates[stages.indexOf(stage)] ?? null;
  const identifiedOn = dates[0] as string;
  const createdAt = timestampOn(identifiedOn, random.integer(0, 60));

  const leavingOn = addDays(identifiedOn, Math.floor(daysBetween(identifiedOn, activeUntil) / 2));
  const contacts: ContactRow[] = profile.contacts.map((contact) => {
    const archivedAt = contact.leaves ? timestampOn(leavingOn, random.integer(0, 419)) : null;
    return { ...contact.row, archivedAt, createdAt, updatedAt: archivedAt ?? createdAt };
  });
  const contactsOn = (date: string) =>
    profile.contacts.filter((contact) => !contact.leaves || date < leavingOn).map((contact) => contact.id);

  const interactions: InteractionRow[] = [];
  const staffFor = (): string[] => {
    const roll = random.next();
    const coach = random.pick(area.coachIds);
    if (roll < 0.6) return [profile.ownerUserId];
    return roll < 0.85 ? [profile.ownerUserId, coach] : [coach];
  };
  // Minutes of the day keep same-day records in the order they happened: created, contacted, met, cooperating, recruited.
  const add = (
    date: string,
    kind: EmployerInteractionKind,
    purpose: InteractionPurpose,
    options: { staffUserIds?: string[]; agreed?: boolean; minutes?: [number, number] } = {},
  ) => {
    const staffUserIds = options.staffUserIds ?? staffFor();
    const [earliest, latest] = options.minutes ?? [70, 400];
    const texts = interactionTexts[purpose];
    const available = contactsOn(date);
    const row: InteractionRow = {
      id: profile.nextId(),
      organisationId: area.organisationId,
      employerId: profile.id,
      kind,
      occurredOn: date,
      inPerson: isInPerson(kind),
      staffUserIds,
      contactIds: random.chance(0.7) ? available.slice(0, 1) : available.slice(0, 2),
      summary: random.pick(texts.summaries),
      agreed: options.agreed || random.chance(0.4) ? random.pick(texts.agreed) : null,
      recordedBy: staffUserIds[0] as string,
      createdAt: timestampOn(date, random.integer(earliest, latest)),
    };
    interactions.push(row);
    return row;
  };

  const contactedOn = dateOf('contacted');
  const metOn = dateOf('met');
  const cooperatingOn = dateOf('cooperating');
  const stageCause = new Map<EmployerStage, InteractionRow>();
  if (contactedOn)
    stageCause.set('contacted', add(contactedOn, random.chance(0.6) ? 'call' : 'email', 'first_contact', { minutes: [70, 150] }));
  if (metOn) {
    const kind = firstContactInPerson ? random.pick(['event', 'workplace_visit'] as const) : pickFirstMeetingKind(random);
    stageCause.set('met', add(metOn, kind, 'first_meeting', { minutes: [160, 240] }));
  }
  if (cooperatingOn) {
    const kind = random.pick(['workplace_visit', 'meeting', 'video_meeting'] as const);
    stageCause.set('cooperating', add(cooperatingOn, kind, 'cooperation', { agreed: true, minutes: [250, 330] }));
  }
  for (const fixed of input.fixed) {
    const recruits = fixed.purpose === 'recruitment' && fixed.date === input.recruitedOn && !stageCause.has('recruited');
    const row = add(fixed.date, fixed.kind, fixed.purpose, {
      staffUserIds: fixed.staffUserIds,
      agreed: fixed.purpose === 'recruitment',
      minutes: recruits ? [340, 400] : [250, 400],
    });
    if (recruits) stageCause.set('recruited', row);
  }
  // Keeping in touch: every few weeks, and no personal meeting before the first one above.
  const firstContact = contactedOn ?? metOn;
  if (firstContact) {
    for (let date = addDays(firstContact, random.integer(14, 50)); date <= activeUntil; date = addDays(date, random.integer(20, 70))) {
      const day = weekdayOnOrBefore(date, firstContact);
      const kind = metOn && day > metOn ? pickAnyKind(random) : pickRemoteKind(random);
      add(day, kind, 'routine');
    }
  }
  interactions.sort((first, second) => first.occurredOn.localeCompare(second.occurredOn) || +first.createdAt - +second.createdAt);

  const stageChanges: StageChangeRow[] = stages.map((stage, index) => {
    const cause = stageCause.get(stage);
    const changedOn = dates[index] as string;
    return {
      id: profile.nextId(),
      organisationId: area.organisationId,
      employerId: profile.id,
      stage,
      changedOn,
      changedBy: cause?.recordedBy ?? profile.ownerUserId,
      // A stage set by hand is recorded just after the interaction it followed.
      createdAt: cause ? new Date(+cause.createdAt + (stage === 'contacted' || stage === 'met' ? 0 : 60_000)) : createdAt,
    };
  });
  const lastContactOn = interactions.reduce<string | null>(
    (latest, row) => (latest === null || row.occurredOn > latest ? row.occurredOn : latest),
    null,
  );
  return {
    stage: finalStage,
    stageChangedOn: dates.at(-1) as string,
    lastContactOn,
    identifiedOn,
    contactedOn: firstContact,
    metOn,
    activeUntil,
    createdAt,
    interactions,
    stageChanges,
    contacts,
  };
}
