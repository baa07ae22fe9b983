import { z } from 'zod';
import { id, isoDate, optionalText, page, pageQuery } from './common.js';

export const activityModes = ['face_to_face', 'workplace_visit', 'remote_video', 'phone', 'message'] as const;
export const activityParticipants = ['client', 'employer', 'network_member', 'family'] as const;
export type ActivityMode = (typeof activityModes)[number];

const participants = z
  .array(z.enum(activityParticipants))
  .min(1)
  .max(activityParticipants.length)
  .transform((values) => [...new Set(values)]);
/** The version the editor read: a change made in between answers 409 stale_version instead of being overwritten. */
const version = z.number().int().min(1);
const durationMinutes = z
  .number()
  .int()
  .min(1)
  .max(24 * 60);

/** What the recorder may correct afterwards; the enrolment and the protected note stay as logged. */
const activityFields = z.object({
  occurredOn: isoDate,
  durationMinutes,
  mode: z.enum(activityModes),
  participants,
  summary: optionalText(4000),
});
export const correctActivityRequest = activityFields.extend({ version });
export type CorrectActivityRequest = z.infer<typeof correctActivityRequest>;

/**
 * Every field has a default so that the caseload's quick log can send `{}`: a face-to-face
 * meeting with the client today, one hour, in the enrolment the user coaches.
 */
export const createActivityRequest = activityFields.extend({
  occurredOn: isoDate.optional(),
  durationMinutes: durationMinutes.default(60),
  mode: z.enum(activityModes).default('face_to_face'),
  participants: participants.default(['client']),
  /** Detailed notes (may hold GDPR Art. 9 data): stored encrypted, read only through the protected-note endpoint. */
  protectedNote: optionalText(20000),
  enrolmentId: id.nullish(),
});
export type CreateActivityRequest = z.infer<typeof createActivityRequest>;

export const activity = z.object({
  id,
  clientId: id,
  enrolmentId: id.nullable(),
  occurredOn: isoDate,
  durationMinutes: z.number().int(),
  mode: z.enum(activityModes),
  participants: z.array(z.enum(activityParticipants)),
  summary: z.string().nullable(),
  hasProtectedNote: z.boolean(),
  version: z.number().int(),
  recordedBy: id,
  recordedByName: z.string().nullable(),
  createdAt: z.string(),
});
export type Activity = z.infer<typeof activity>;

export const activityListQuery = pageQuery;
export const activityList = page(activity);
export const protectedNoteResponse = z.object({ note: z.string().nullable() });

export const referralServices = [
  'health_check',
  'kela_vocational_rehabilitation',
  'work_ability_assessment',
  'training',
  'social_work',
  'mental_health_services',
  'substance_abuse_services',
  'study_counselling',
  'career_psychologist',
  'other',
] as const;
export const referralStatuses = ['planned', 'sent', 'accepted', 'completed', 'declined', 'cancelled'] as const;
export type ReferralStatus = (typeof referralStatuses)[number];

/** The statuses a referral may move to next; the web app offers only these. */
export const referralTransitions: Record<ReferralStatus, readonly ReferralStatus[]> = {
  planned: ['sent', 'cancelled'],
  sent: ['accepted', 'declined', 'cancelled'],
  accepted: ['completed', 'cancelled'],
  completed: [],
  declined: [],
  cancelled: [],
};

export const createReferralRequest = z.object({
  service: z.enum(referralServices),
  /** A referral may be recorded after the fact in the status it has already reached. */
  status: z.enum(referralStatuses).default('planned'),
  referredOn: isoDate,
  note: optionalText(2000),
  enrolmentId: id.nullish(),
});
export type CreateReferralRequest = z.infer<typeof createReferralRequest>;

export const updateReferralRequest = z.object({ status: z.enum(referralStatuses), note: optionalText(2000), version });
export type UpdateReferralRequest = z.infer<typeof updateReferralRequest>;

export const referral = z.object({
  id,
  clientId: id,
  enrolmentId: id.nullable(),
  service: z.enum(referralServices),
  status: z.enum(referralStatuses),
  referredOn: isoDate,
  note: z.string().nullable(),
  version: z.number().int(),
  createdBy: id,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Referral = z.infer<typeof referral>;

export const referralList = z.object({ items: z.array(referral) });
