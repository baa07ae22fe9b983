/** Placement and support agreement vocabulary with their request and response schemas. */
import { z } from 'zod';
import { id, isoDate, optionalText } from './common.js';

export const placementTypes = ['employment', 'work_trial', 'pay_subsidy_job', 'apprenticeship', 'summer_job'] as const;
export type PlacementType = (typeof placementTypes)[number];

/** Support granted for the placement. */
export const placementSupports = [
  'pay_subsidy',
  'apprenticeship_training_compensation',
  'workplace_adjustment_grant',
  'start_up_grant',
  'other',
] as const;
export type PlacementSupport = (typeof placementSupports)[number];

export const placementEndReasons = [
  'planned_end',
  'continued_elsewhere_same_employer',
  'quit_by_client',
  'ended_by_employer',
  'health_reasons',
  'moved_to_education',
  'other',
] as const;

/** Adjustments agreed with the employer (IPS phase 4). */
export const workplaceAdjustments = [
  'quiet_workspace',
  'weekly_plan',
  'regular_feedback_talk',
  'flexible_hours',
  'gradual_start',
  'written_instructions',
  'named_workplace_mentor',
  'assistive_equipment',
] as const;
export type WorkplaceAdjustment = (typeof workplaceAdjustments)[number];

const optionalDate = isoDate.nullish().transform((value) => value ?? null);
const optionalHours = z
  .number()
  .min(0.5)
  .max(80)
  .multipleOf(0.5)
  .nullish()
  .transform((value) => value ?? null);

const plannedEndNotBeforeStart = <T extends { startDate: string; plannedEndDate: string | null }>(placement: T) =>
  placement.plannedEndDate === null || placement.plannedEndDate >= placement.startDate;
const plannedEndRule = { message: 'end_before_start', path: ['plannedEndDate'] };

/**
 * What hiring asks: the placement's terms. The enrolment moved into in-work support is the one
 * named, else the client's only running one.
 */
export const placementDetails = z
  .object({
    type: z.enum(placementTypes),
    startDate: isoDate,
    plannedEndDate: optionalDate,
    hoursPerWeek: optionalHours,
    duties: optionalText(2000),
    supportGranted: z.array(z.enum(placementSupports)).max(placementSupports.length).default([]),
    supportNote: optionalText(1000),
    enrolmentId: id.nullish().transform((value) => value ?? null),
  })
  .refine(plannedEndNotBeforeStart, plannedEndRule);
export type PlacementDetails = z.infer<typeof placementDetails>;

/** A placement recorded directly on the client, e.g. a job the person found themself. */
export const createPlacementRequest = placementDetails.safeExtend({
  employerId: id,
  opportunityId: id.nullish().transform((value) => value ?? null),
});
export type CreatePlacementRequest = z.infer<typeof createPlacementRequest>;

/** The start date and the employer are not edited: the start moved the enrolment's phase. */
export const updatePlacementRequest = z.object({
  type: z.enum(placementTypes),
  plannedEndDate: optionalDate,
  hoursPerWeek: optionalHours,
  duties: optionalText(2000),
  supportGranted: z.array(z.enum(placementSupports)).max(placementSupports.length),
  supportNote: optionalText(1000),
  version: z.number().int().min(1),
});
export type UpdatePlacementRequest = z.infer<typeof updatePlacementRequest>;

export const endPlacementRequest = z.object({ endedOn: isoDate, endReason: z.enum(placementEndReasons) });

export const placement = z.object({
  id,
  clientId: id,
  clientName: z.string(),
  employerId: id,
  employerName: z.string(),
  enrolmentId: id.nullable(),
  opportunityId: id.nullable(),
  opportunityTitle: z.string().nullable(),
  proposalId: id.nullable(),
  type: z.enum(placementTypes),
  startDate: isoDate,
  plannedEndDate: isoDate.nullable(),
  hoursPerWeek: z.number().nullable(),
  duties: z.string().nullable(),
  supportGranted: z.array(z.enum(placementSupports)),
  supportNote: z.string().nullable(),
  endedOn: isoDate.nullable(),
  endReason: z.enum(placementEndReasons).nullable(),
  hasSupportAgreement: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
  /** The current user may change it (client.placement.write). */
  canWrite: z.boolean(),
});
export type Placement = z.infer<typeof placement>;

export const placementList = z.object({ items: z.array(placement) });

/**
 * What starting work did to the enrolment: moved into the process model's in-work phase, or left
 * as it was because the model has no such phase or the client has no running enrolment.
 */
export const workPhaseOutcomes = ['moved', 'no_in_work_phase', 'no_running_enrolment'] as const;
export const workPhaseChange = z.object({
  outcome: z.enum(workPhaseOutcomes),
  enrolmentId: id.nullable(),
  phase: z.string().nullable(),
  phaseName: z.string().nullable(),
});
export type WorkPhaseChange = z.infer<typeof workPhaseChange>;

export const placementStarted = z.object({ placement, workPhase: workPhaseChange });
export type PlacementStarted = z.infer<typeof placementStarted>;

/** IPS phase 4. version 0 creates the agreement; later saves send the version they read. */
export const supportAgreementRequest = z.object({
  coachTasks: optionalText(4000),
  employerTasks: optionalText(4000),
  contactRhythm: optionalText(500),
  adjustments: z.array(z.enum(workplaceAdjustments)).max(workplaceAdjustments.length).default([]),
  adjustmentsNote: optionalText(2000),
  agreedOn: isoDate,
  sharedWithEmployer: z.boolean(),
  version: z.number().int().min(0),
});
export type SupportAgreementRequest = z.infer<typeof supportAgreementRequest>;

export const supportAgreement = z.object({
  placementId: id,
  coachTasks: z.string().nullable(),
  employerTasks: z.string().nullable(),
  contactRhythm: z.string().nullable(),
  adjustments: z.array(z.enum(workplaceAdjustments)),
  adjustmentsNote: z.string().nullable(),
  agreedOn: isoDate,
  sharedWithEmployer: z.boolean(),
  /** Shared and the client's consent is still active: sharing stops the moment consent ends. */
  visibleToEmployer: z.boolean(),
  updatedByName: z.string().nullable(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type SupportAgreement = z.infer<typeof supportAgreement>;

export const supportAgreementResponse = z.object({
  agreement: supportAgreement.nullable(),
  /** Whether the client's employer_proposal consent is active today, so the form can explain sharing. */
  employerConsentActive: z.boolean(),
});

export const clientPlacementList = placementList.extend({ permissions: z.object({ write: z.boolean() }) });
