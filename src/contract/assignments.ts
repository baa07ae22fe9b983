import { z } from 'zod';
import { id, optionalText, page, pageQuery } from './common.js';

/** Employer assignment (toimeksianto) vocabulary. Request and response schemas are added beside these. */

export const assignmentChannels = ['phone', 'email', 'visit', 'web_form', 'event', 'other'] as const;
export const assignmentStatuses = ['new', 'in_progress', 'candidates_proposed', 'closed'] as const;
export type AssignmentStatus = (typeof assignmentStatuses)[number];
export const assignmentResults = ['filled', 'partly_filled', 'not_filled', 'cancelled_by_employer', 'no_suitable_candidates'] as const;
export type AssignmentResult = (typeof assignmentResults)[number];

/** The agreed response time is counted in working hours or working days (weekends and Finnish public holidays skipped). */
export const responseTimeUnits = ['working_hours', 'working_days'] as const;
export type ResponseTimeUnit = (typeof responseTimeUnits)[number];

/**
 * The assignment's life: new → in progress → candidates proposed → closed. An open assignment may be
 * closed from any status (the employer may cancel, or nobody suitable is found); closing needs a
 * result. Any other move, including reopening, answers 409.
 */
export const assignmentStatusTransitions: Record<AssignmentStatus, readonly AssignmentStatus[]> = {
  new: ['in_progress', 'candidates_proposed', 'closed'],
  in_progress: ['candidates_proposed', 'closed'],
  candidates_proposed: ['closed'],
  closed: [],
};

/**
 * Where an assignment stands against its agreed response time (now = the request's clock):
 * overdue — no response, still open, due time passed; due_soon — no response, open, due by the end of
 * the next working day's working hours; waiting — no response, open, due later; answered_in_time /
 * answered_late — first response at or before / after the due time; closed_unanswered — closed
 * without any response recorded (only when the employer cancelled; see closing in the service).
 */
export const assignmentDueStates = ['overdue', 'due_soon', 'waiting', 'answered_in_time', 'answered_late', 'closed_unanswered'] as const;
export type AssignmentDueState = (typeof assignmentDueStates)[number];
/** Board filters: one due state, or every assignment still waiting for its first response. */
export const assignmentDueFilters = ['unanswered', ...assignmentDueStates] as const;

/** An instant with its UTC offset, e.g. 2026-11-23T09:00:00+02:00; answers use UTC (Z). */
const instant = z.iso.datetime({ offset: true });
const optionalId = id.nullish().transform((value) => value ?? null);

export const assignmentResponseSettings = z.object({
  organisationId: id,
  amount: z.number().int(),
  unit: z.enum(responseTimeUnits),
  /** Minutes from midnight, Europe/Helsinki local time. */
  workdayStartMinute: z.number().int(),
  workdayEndMinute: z.number().int(),
  /** True until a team lead or admin has agreed the organisation's own response time. */
  isDefault: z.boolean(),
  updatedAt: instant.nullable(),
  updatedByName: z.string().nullable(),
});
export type AssignmentResponseSettings = z.infer<typeof assignmentResponseSettings>;

export const organisationQuery = z.object({ organisationId: id.optional() });

export const updateAssignmentResponseSettingsRequest = z.object({
  organisationId: id.optional(),
  amount: z.number().int().min(1).max(200),
  unit: z.enum(responseTimeUnits),
  workdayStartMinute: z
    .number()
    .int()
    .min(0)
    .max(24 * 60),
  workdayEndMinute: z
    .number()
    .int()
    .min(0)
    .max(24 * 60),
});
export type UpdateAssignmentResponseSettingsRequest = z.infer<typeof updateAssignmentResponseSettingsRequest>;

const assignmentFields = {
  channel: z.enum(assignmentChannels),
  contactId: optionalId,
  /** Required unless a linked opportunity names the role. */
  requestedRole: optionalText(200),
  opportunityId: optionalId,
  details: optionalText(4000),
  candidatesWanted: z.number().int().min(1).max(100),
  /** A named responder, the assignment group (a team), or both; at least one. */
  responderUserId: optionalId,
  responderTeamId: optionalId,
};

export const createAssignmentRequest = z.object({ ...assignmentFields, receivedAt: instant });
export type CreateAssignmentRequest = z.infer<typeof createAssignmentRequest>;

/** The received time starts the agreed clock and is fixed when the assignment is recorded. */
export const updateAssignmentRequest = z.object({ ...assignmentFields, version: z.number().int().min(1) });
export type UpdateAssignmentRequest = z.infer<typeof updateAssignmentRequest>;

export const assignmentStatusRequest = z.object({
  status: z.enum(assignmentStatuses),
  /** Required when closing, refused otherwise. */
  result: z
    .enum(assignmentResults)
    .nullish()
    .transform((value) => value ?? null),
  version: z.number().int().min(1),
});
export type AssignmentStatusRequest = z.infer<typeof assignmentStatusRequest>;

/** "We have answered the employer": defaults to now; may be a moment ago, never before receipt or in the future. */
export const assignmentRespondedRequest = z.object({
  respondedAt: instant.nullish().transform((value) => value ?? null),
  version: z.number().int().min(1),
});

const namedRecord = z.object({ id, name: z.string() });

export const assignmentSummary = z.object({
  id,
  organisationId: id,
  employer: namedRecord,
  requestedRole: z.string(),
  channel: z.enum(assignmentChannels),
  candidatesWanted: z.number().int(),
  receivedAt: instant,
  responseDueAt: instant,
  firstResponseAt: instant.nullable(),
  status: z.enum(assignmentStatuses),
  result: z.enum(assignmentResults).nullable(),
  responder: namedRecord.nullable(),
  responderTeam: namedRecord.nullable(),
  dueState: z.enum(assignmentDueStates),
  /** Working minutes from receipt to the first response; null while unanswered. */
  workingMinutesToFirstResponse: z.number().int().nullable(),
});
export type AssignmentSummary = z.infer<typeof assignmentSummary>;

export const assignment = assignmentSummary.extend({
  contact: namedRecord.nullable(),
  opportunity: z.object({ id, title: z.string() }).nullable(),
  details: z.string().nullable(),
  responseTimeAmount: z.number().int(),
  responseTimeUnit: z.enum(responseTimeUnits),
  closedAt: instant.nullable(),
  version: z.number().int(),
  createdByName: z.string(),
  createdAt: instant,
  /** Whether the user may change the assignment (assignment.write). */
  canWrite: z.boolean(),
});
export type Assignment = z.infer<typeof assignment>;

export const assignmentSorts = ['due', 'received'] as const;

export const assignmentListQuery = pageQuery.extend({
  organisationId: id.optional(),
  employerId: id.optional(),
  status: z.enum(assignmentStatuses).optional(),
  responderUserId: id.optional(),
  /** Named to me, or to my team with nobody named yet. */
  mine: z.stringbool().optional(),
  due: z.enum(assignmentDueFilters).optional(),
  sort: z.enum(assignmentSorts).default('due'),
});
export type AssignmentListQuery = z.infer<typeof assignmentListQuery>;

export const assignmentBoard = page(assignmentSummary).extend({
  /** Counts over every assignment the user can see, whatever the filters: the board's tiles. */
  summary: z.object({ overdue: z.number().int(), dueSoon: z.number().int(), unanswered: z.number().int(), open: z.number().int() }),
});
export type AssignmentBoard = z.infer<typeof assignmentBoard>;

/**
 * The monthly figure of one organisation, by the Helsinki month in which assignments were received:
 * received — all received that month; answered — those with a first response;
 * answeredInTime — first response at or before the due time; measured — the share's denominator:
 * answered ones plus unanswered ones whose due time has passed, leaving out assignments closed as
 * cancelled by the employer without a response (nothing was owed); pending ones, not answered and
 * not yet due, are not measured until one or the other happens.
 * share = answeredInTime ÷ measured, null when nothing is measured yet.
 */
export const assignmentMonthlyFigure = z.object({
  month: z.string().regex(/^\d{4}-\d{2}$/),
  received: z.number().int(),
  answered: z.number().int(),
  answeredInTime: z.number().int(),
  measured: z.number().int(),
  share: z.number().nullable(),
});
export type AssignmentMonthlyFigure = z.infer<typeof assignmentMonthlyFigure>;

export const assignmentMonthlyQuery = organisationQuery.extend({ months: z.coerce.number().int().min(1).max(36).default(12) });
export const assignmentMonthlyFigures = z.object({
  organisationId: id,
  settings: assignmentResponseSettings,
  /** Oldest month first, ending with the current month; months without assignments count zero. */
  months: z.array(assignmentMonthlyFigure),
});
export type AssignmentMonthlyFigures = z.infer<typeof assignmentMonthlyFigures>;

/** What the assignment form offers for one employer: its contacts, its open opportunities and who can respond. */
export const assignmentFormOptions = z.object({
  employer: namedRecord.extend({ organisationId: id }),
  contacts: z.array(namedRecord.extend({ title: z.string().nullable() })),
  opportunities: z.array(z.object({ id, title: z.string() })),
  responders: z.array(namedRecord),
  teams: z.array(namedRecord),
  settings: assignmentResponseSettings,
  /** The server's clock: the form's default received time, which must not lie in the server's future. */
  now: instant,
});
export type AssignmentFormOptions = z.infer<typeof assignmentFormOptions>;
