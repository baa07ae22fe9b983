/** Group activities (ryhmätoiminta): peer-support groups, workshops, card trainings; their sessions and who attended. */
import { z } from 'zod';
import { id, isoDate, optionalText, page, pageQuery, requiredText } from './common.js';

export const groupKinds = ['peer_support', 'workshop', 'card_training', 'company_visit', 'webinar', 'other'] as const;
export type GroupKind = (typeof groupKinds)[number];

export const sessionModes = ['face_to_face', 'remote'] as const;
export type SessionMode = (typeof sessionModes)[number];

const groupFields = z.object({
  name: requiredText(200),
  kind: z.enum(groupKinds),
  /** What the group is for and how it works: no client's data belongs here. */
  description: optionalText(2000),
  startsOn: isoDate,
  endsOn: isoDate.nullish().transform((value) => value ?? null),
});

const endNotBeforeStart = <T extends { startsOn: string; endsOn: string | null }>(group: T) =>
  group.endsOn === null || group.endsOn >= group.startsOn;

export const createGroupRequest = groupFields
  .extend({ organisationId: id.optional() })
  .refine(endNotBeforeStart, { message: 'end_before_start', path: ['endsOn'] });
export type CreateGroupRequest = z.infer<typeof createGroupRequest>;

export const updateGroupRequest = groupFields
  .extend({ version: z.number().int().min(1) })
  .refine(endNotBeforeStart, { message: 'end_before_start', path: ['endsOn'] });
export type UpdateGroupRequest = z.infer<typeof updateGroupRequest>;

export const groupListQuery = pageQuery.extend({
  /** Running on the day (no end date or an end date from today on), ended, or every group. */
  status: z.enum(['running', 'ended', 'all']).default('running'),
});
export type GroupListQuery = z.infer<typeof groupListQuery>;

export const groupSummary = z.object({
  id,
  organisationId: id,
  name: z.string(),
  kind: z.enum(groupKinds),
  startsOn: isoDate,
  endsOn: isoDate.nullable(),
  participants: z.number().int(),
  /** Recorded sessions, planned ones included. */
  sessions: z.number().int(),
  /** The last session held by today. */
  lastSessionOn: isoDate.nullable(),
});
export type GroupSummary = z.infer<typeof groupSummary>;

export const groupList = page(groupSummary);
export type GroupList = z.infer<typeof groupList>;

export const groupParticipant = z.object({
  clientId: id,
  firstName: z.string(),
  lastName: z.string(),
  joinedOn: isoDate,
  sessionsAttended: z.number().int(),
});
export type GroupParticipant = z.infer<typeof groupParticipant>;

export const groupSession = z.object({
  id,
  heldOn: isoDate,
  topic: z.string().nullable(),
  durationMinutes: z.number().int().nullable(),
  mode: z.enum(sessionModes),
  /** The participants present; everyone else was absent. */
  attendedClientIds: z.array(id),
});
export type GroupSession = z.infer<typeof groupSession>;

export const group = groupSummary.extend({
  description: z.string().nullable(),
  version: z.number().int(),
  createdByName: z.string().nullable(),
  participantList: z.array(groupParticipant),
  sessionList: z.array(groupSession),
});
export type Group = z.infer<typeof group>;

export const addParticipantRequest = z.object({ clientId: id, joinedOn: isoDate });
export type AddParticipantRequest = z.infer<typeof addParticipantRequest>;

export const participantParams = z.object({ id, clientId: id });

export const createSessionRequest = z.object({
  heldOn: isoDate,
  topic: optionalText(200),
  durationMinutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .nullish()
    .transform((value) => value ?? null),
  mode: z.enum(sessionModes),
});
export type CreateSessionRequest = z.infer<typeof createSessionRequest>;

export const sessionParams = z.object({ id, sessionId: id });

/** Replaces the session's attendance: exactly these participants were present. */
export const recordAttendanceRequest = z.object({ attendedClientIds: z.array(id).max(500) });
export type RecordAttendanceRequest = z.infer<typeof recordAttendanceRequest>;

/** A client's groups, for the client page: how many of the sessions held since they joined they attended. */
export const clientGroup = z.object({
  groupId: id,
  name: z.string(),
  kind: z.enum(groupKinds),
  startsOn: isoDate,
  endsOn: isoDate.nullable(),
  joinedOn: isoDate,
  sessionsHeld: z.number().int(),
  sessionsAttended: z.number().int(),
  lastAttendedOn: isoDate.nullable(),
});
export type ClientGroup = z.infer<typeof clientGroup>;

export const clientGroupList = z.object({ items: z.array(clientGroup) });
export type ClientGroupList = z.infer<typeof clientGroupList>;
