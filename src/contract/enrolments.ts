import { z } from 'zod';
import { id, isoDate, optionalText } from './common.js';
import { processModel, programme } from './programmes.js';

/** Where the job seeker came from (työelämätulkki reporting categories). */
export const referralSources = [
  'employment_counsellor',
  'international_services',
  'self_referral',
  'settling_in_services',
  'ohjaamo',
  'other_partner',
  'employer',
  'health_services',
  'social_services',
] as const;

export const startingSituations = [
  'threat_of_unemployment',
  'part_time_work',
  'laid_off',
  'unemployed',
  'outside_labour_force',
  'from_outside_region',
] as const;

/** The situation when the enrolment ends and at each follow-up. */
export const outcomes = [
  'work',
  'education',
  'entrepreneurship',
  'rehabilitation',
  'pension',
  'sick_leave',
  'outside_working_life_other',
  'moved_away',
  'job_seeking',
] as const;

export const intensities = ['intensive', 'occasional'] as const;

/** Where the situation at a follow-up was learnt. */
export const followUpInformationSources = ['client', 'employer', 'register', 'partner', 'other'] as const;

/** overdue: the due day has passed; due_soon: due within the next three days. */
export const meetingStatuses = ['overdue', 'due_soon', 'ok'] as const;
export type MeetingStatus = (typeof meetingStatuses)[number];

const optionalId = id.nullish().transform((value) => value ?? null);

export const createEnrolmentRequest = z.object({
  programmeId: id,
  referralSource: z.enum(referralSources),
  startingSituation: z.enum(startingSituations),
  /** Defaults to the user creating the enrolment. */
  coachId: optionalId,
  coCoachId: optionalId,
  intensity: z.enum(intensities),
  startDate: isoDate,
});
export type CreateEnrolmentRequest = z.infer<typeof createEnrolmentRequest>;

export const updateEnrolmentRequest = z.object({
  referralSource: z.enum(referralSources),
  startingSituation: z.enum(startingSituations),
  coachId: id,
  coCoachId: optionalId,
  intensity: z.enum(intensities),
  version: z.number().int().min(1),
});
export type UpdateEnrolmentRequest = z.infer<typeof updateEnrolmentRequest>;

export const phaseChangeRequest = z.object({ phase: z.string().trim().min(1).max(60), changedOn: isoDate });
export const endEnrolmentRequest = z.object({ endDate: isoDate, outcome: z.enum(outcomes) });
export const followUpRequest = z.object({
  completedOn: isoDate,
  situation: z.enum(outcomes),
  informationSource: z
    .enum(followUpInformationSources)
    .nullish()
    .transform((value) => value ?? null),
  note: optionalText(2000),
});

/** Texts of the process model come in the request's language. */
export const phase = z.object({ key: z.string(), name: z.string(), description: z.string() });

export const phaseChange = z.object({ phase: z.string(), phaseName: z.string(), changedOn: isoDate, changedByName: z.string() });

export const followUp = z.object({
  id,
  enrolmentId: id,
  monthsAfterEnd: z.number().int(),
  dueOn: isoDate,
  completedOn: isoDate.nullable(),
  situation: z.enum(outcomes).nullable(),
  informationSource: z.enum(followUpInformationSources).nullable(),
  note: z.string().nullable(),
  /** Not yet recorded and its due day has come. */
  due: z.boolean(),
});
export type FollowUp = z.infer<typeof followUp>;

/** Null dates and statuses once the enrolment has ended or the model sets no such rule. */
export const meetingStatusSummary = z.object({
  lastMeetingOn: isoDate.nullable(),
  nextMeetingDueOn: isoDate.nullable(),
  status: z.enum(meetingStatuses).nullable(),
  /** Why this interval applies, from the process model's rule. */
  reason: z.string().nullable(),
  firstEmployerContactOn: isoDate.nullable(),
  firstEmployerContactDueOn: isoDate.nullable(),
  firstEmployerContactStatus: z.enum(meetingStatuses).nullable(),
});

export const enrolment = z.object({
  id,
  clientId: id,
  programmeId: id,
  programmeName: z.string(),
  /** The programme is ESF+ funded: the enrolment collects ESF+ participant data. */
  esfFunded: z.boolean(),
  processModelKey: z.string(),
  referralSource: z.enum(referralSources),
  startingSituation: z.enum(startingSituations),
  coachId: id,
  coachName: z.string(),
  coCoachId: id.nullable(),
  coCoachName: z.string().nullable(),
  intensity: z.enum(intensities),
  startDate: isoDate,
  endDate: isoDate.nullable(),
  outcome: z.enum(outcomes).nullable(),
  currentPhase: z.string(),
  currentPhaseName: z.string(),
  phaseStartedOn: isoDate,
  daysInPhase: z.number().int(),
  phases: z.array(phase),
  phaseHistory: z.array(phaseChange),
  followUps: z.array(followUp),
  meeting: meetingStatusSummary,
  version: z.number().int(),
});
export type Enrolment = z.infer<typeof enrolment>;

export const clientEnrolments = z.object({
  items: z.array(enrolment),
  /** What the current user may do, from the authorization policy. */
  permissions: z.object({ write: z.boolean(), followUpWrite: z.boolean() }),
});

/** The programmes a user can enrol clients in, with the process model each one follows. */
export const programmeWithModel = programme.extend({ processModel });
export const programmeList = z.object({ items: z.array(programmeWithModel) });
export const processModelList = z.object({ items: z.array(processModel) });
