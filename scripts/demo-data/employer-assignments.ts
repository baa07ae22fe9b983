import type { AssignmentStatus, ResponseTimeUnit } from '../../src/contract/assignments.js';
import type { assignmentResponseSettings, assignments } from '../../src/server/db/schema.js';
import { addWorkingTime, type Workday } from '../../src/server/features/assignments/working-time.js';
import { addDays, timestampOn, toWeekday, weekdayOnOrBefore } from './dates.js';
import { assignmentDetails } from './employer-texts.js';
import type { EmployerProfile } from './employers.js';
import { jobTemplatesOf } from './job-templates.js';
import { weightedPicker, type Random } from './random.js';

/**
 * Employer assignments (toimeksiannot) with the semantics of the assignment and proposal services:
 * the due time is computed once from the organisation's agreed response time; the first response is
 * recorded when someone answers (new → in progress) or, failing that, by the first proposal
 * (→ candidates proposed) or by closing it; an assignment the employer cancelled may stay unanswered.
 */
export type AssignmentRow = typeof assignments.$inferInsert;
export type ResponseSettingsRow = typeof assignmentResponseSettings.$inferInsert;

type Settings = { amount: number; unit: ResponseTimeUnit; workday: Workday };

/** Each area has agreed its own response time, to show that it is configurable. */
const settingsByArea: Record<string, Settings> = {
  oulu: { amount: 2, unit: 'working_days', workday: { startMinute: 8 * 60, endMinute: 16 * 60 } },
  rovaniemi: { amount: 12, unit: 'working_hours', workday: { startMinute: 8 * 60, endMinute: 16 * 60 } },
  koillismaa: { amount: 3, unit: 'working_days', workday: { startMinute: 7 * 60 + 45, endMinute: 15 * 60 + 45 } },
};
const defaultSettings: Settings = { amount: 2, unit: 'working_days', workday: { startMinute: 8 * 60, endMinute: 16 * 60 } };

export function settingsOf(slug: string): Settings {
  return settingsByArea[slug] ?? defaultSettings;
}

export function responseSettingsRow(organisationId: string, slug: string, updatedBy: string, updatedOn: string): ResponseSettingsRow {
  const settings = settingsOf(slug);
  return {
    organisationId,
    amount: settings.amount,
    unit: settings.unit,
    workdayStartMinute: settings.workday.startMinute,
    workdayEndMinute: settings.workday.endMinute,
    updatedBy,
    updatedAt: timestampOn(updatedOn, 60),
  };
}

const pickChannel = weightedPicker([
  ['phone', 35],
  ['email', 35],
  ['visit', 10],
  ['web_form', 10],
  ['event', 5],
  ['other', 5],
] as const);
const pickWanted = weightedPicker([
  [1, 55],
  [2, 30],
  [3, 15],
] as const);

/** Midnight starting the demo's today in Helsinki, or a little before it: nothing in the data happens later. */
export function startOfToday(today: string): Date {
  return new Date(Date.parse(`${today}T00:00:00Z`) - 3 * 3_600_000);
}

/** The agreed time in working hours, so a response can be placed inside it or after it. */
function agreedWorkingHours(settings: Settings): number {
  const day = (settings.workday.endMinute - settings.workday.startMinute) / 60;
  return settings.unit === 'working_days' ? settings.amount * day : settings.amount;
}

/** When someone answered: inside the agreed time, or late by up to two working days. */
export function responseMoment(random: Random, receivedAt: Date, settings: Settings, late: boolean): Date {
  const agreed = agreedWorkingHours(settings);
  const hours = late ? agreed + random.integer(1, 16) : Math.max(0.5, random.integer(1, Math.max(1, Math.floor(agreed) - 1)));
  return addWorkingTime(receivedAt, hours, 'working_hours', settings.workday);
}

export type AssignmentTiming = {
  status: AssignmentStatus;
  result: string | null;
  firstResponseAt: Date | null;
  closedAt: Date | null;
  /** When candidates were proposed; the proposal generator fills each with a consenting client. */
  proposalTimes: Date[];
};

export type AssignmentInput = {
  employer: EmployerProfile;
  receivedOn: string;
  /** Not before this day, e.g. the first contact with the employer. */
  earliest?: string;
  opportunity: { id: string; title: string } | null;
  candidatesWanted?: number;
  timing: (receivedAt: Date, dueAt: Date) => AssignmentTiming;
};

export type PlannedAssignment = { id: string; row: AssignmentRow & { id: string }; timing: AssignmentTiming; employer: EmployerProfile };

export function buildAssignment(input: AssignmentInput): PlannedAssignment {
  const { employer } = input;
  const { random, area } = employer;
  const settings = settingsOf(area.spec.slug);
  // Requests come in on working days: a weekend date moves back to Friday (forward could pass the demo's today).
  const receivedOn = weekdayOnOrBefore(input.receivedOn, input.earliest ?? addDays(input.receivedOn, -2));
  const receivedAt = timestampOn(receivedOn, random.integer(0, 419));
  const dueAt = addWorkingTime(receivedAt, settings.amount, settings.unit, settings.workday);
  const timing = input.timing(receivedAt, dueAt);
  const changes = [timing.firstResponseAt, ...timing.proposalTimes, timing.closedAt].filter((moment): moment is Date => moment !== null);
  const roll = random.next();
  const contacts = employer.contacts.filter((contact) => !contact.leaves);
  const id = employer.nextId();
  return {
    id,
    employer,
    timing,
    row: {
      id,
      organisationId: area.organisationId,
      employerId: employer.id,
      contactId: contacts.length > 0 ? random.pick(contacts).id : null,
      opportunityId: input.opportunity?.id ?? null,
      receivedAt,
      channel: pickChannel(random),
      requestedRole: input.opportunity?.title ?? random.pick(jobTemplatesOf(employer.section)).title,
      details: random.chance(0.6) ? random.pick(assignmentDetails) : null,
      candidatesWanted: input.candidatesWanted ?? pickWanted(random),
      // A named responder, or the assignment group (a team) until someone takes it.
      responderUserId: roll < 0.5 ? employer.ownerUserId : roll < 0.8 ? random.pick(area.coachIds) : null,
      responderTeamId: roll < 0.8 ? null : random.pick(area.teamIds),
      responseTimeAmount: settings.amount,
      responseTimeUnit: settings.unit,
      responseDueAt: dueAt,
      firstResponseAt: timing.firstResponseAt,
      status: timing.status,
      result: timing.result,
      closedAt: timing.closedAt,
      version: 1 + changes.length,
      createdBy: employer.ownerUserId,
      createdAt: receivedAt,
      updatedAt: changes.reduce((latest, moment) => (moment > latest ? moment : latest), receivedAt),
    },
  };
}

/** An instant a few days after another, inside office hours, never later than the demo's yesterday. */
export function daysAfter(random: Random, moment: Date, minimum: number, maximum: number, today: string): Date | null {
  const date = addDays(moment.toISOString().slice(0, 10), random.integer(minimum, maximum));
  const later = timestampOn(toWeekday(date), random.integer(0, 419));
  const result = later > moment ? later : new Date(+moment + 3_600_000);
  return result < startOfToday(today) ? result : null;
}
