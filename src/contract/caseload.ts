import { z } from 'zod';
import { id, isoDate, page, pageQuery } from './common.js';
import { meetingStatuses } from './enrolments.js';

export const caseloadSorts = ['name', 'daysInPhase', 'nextMeetingDue'] as const;
export const sortDirections = ['asc', 'desc'] as const;
/** all: every row; overdue / due_soon: by the next meeting's status. */
export const caseloadStatusFilters = ['all', 'overdue', 'due_soon'] as const;

export const caseloadQuery = pageQuery.extend({
  search: z.string().trim().max(100).optional(),
  programmeId: id.optional(),
  phase: z.string().trim().max(60).optional(),
  status: z.enum(caseloadStatusFilters).default('all'),
  /** Only clients with a follow-up whose due day has come. */
  followUpsDue: z.stringbool().default(false),
  sort: z.enum(caseloadSorts).default('nextMeetingDue'),
  direction: z.enum(sortDirections).default('asc'),
});
export type CaseloadQuery = z.infer<typeof caseloadQuery>;

export const teamCaseloadQuery = caseloadQuery.extend({ coachId: id.optional() });
export type TeamCaseloadQuery = z.infer<typeof teamCaseloadQuery>;

/**
 * One row per client. The enrolment columns come from the client's active enrolment whose next
 * meeting is due first; they are null for a client with no active enrolment (e.g. follow-ups only).
 */
export const caseloadRow = z.object({
  clientId: id,
  firstName: z.string(),
  lastName: z.string(),
  enrolmentId: id.nullable(),
  programmeId: id.nullable(),
  programmeName: z.string().nullable(),
  /** The coach of the enrolment shown (its coach, not a co-coach). */
  coachId: id.nullable(),
  coachName: z.string().nullable(),
  /** The client's personal coach (omavalmentaja), who may be someone else than the enrolment's coach. */
  personalCoachId: id.nullable(),
  personalCoachName: z.string().nullable(),
  currentPhase: z.string().nullable(),
  currentPhaseName: z.string().nullable(),
  daysInPhase: z.number().int().nullable(),
  lastMeetingOn: isoDate.nullable(),
  nextMeetingDueOn: isoDate.nullable(),
  meetingStatus: z.enum(meetingStatuses).nullable(),
  meetingReason: z.string().nullable(),
  firstEmployerContactDueOn: isoDate.nullable(),
  firstEmployerContactStatus: z.enum(meetingStatuses).nullable(),
  followUpsDue: z.number().int(),
});
export type CaseloadRow = z.infer<typeof caseloadRow>;

/** Header counts over the whole caseload (the coach filter applies, the other filters do not). */
export const caseloadSummary = z.object({
  clients: z.number().int(),
  overdue: z.number().int(),
  dueSoon: z.number().int(),
  followUpsDue: z.number().int(),
});

export const caseload = page(caseloadRow).extend({ summary: caseloadSummary });
export type Caseload = z.infer<typeof caseload>;

/** The team view's client list: the organisation's caseload, or one coach's (coachId). */
export const teamCaseload = caseload;
export type TeamCaseload = Caseload;

/** A coach's load: the clients of their running enrolments, and how many of those are overdue a meeting. */
export const coachCaseloadCount = z.object({ coachId: id, name: z.string(), activeClients: z.number().int(), overdue: z.number().int() });
export type CoachCaseloadCount = z.infer<typeof coachCaseloadCount>;
export const teamCoachSorts = ['name', 'activeClients', 'overdue'] as const;
/** The organisation's coaches with their loads: a large area has hundreds, so they are searched and paged. */
export const teamCoachesQuery = pageQuery.extend({
  /** Every word must appear in the name. */
  search: z.string().trim().max(100).optional(),
  /** One coach, e.g. the one a shared link filters by. */
  coachId: id.optional(),
  sort: z.enum(teamCoachSorts).default('name'),
  direction: z.enum(sortDirections).default('asc'),
});
export type TeamCoachesQuery = z.infer<typeof teamCoachesQuery>;
export const teamCoachList = page(coachCaseloadCount);
export type TeamCoachList = z.infer<typeof teamCoachList>;
