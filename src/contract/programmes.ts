import { z } from 'zod';
import { id, requiredText } from './common.js';

const localisedText = z.object({ fi: requiredText(200), sv: requiredText(200), en: requiredText(200) });

/**
 * A meeting-interval rule: the first rule whose conditions hold decides how many days may pass
 * between meetings. `withinDaysOfPhaseStart` limits a rule to the first N days of the phase.
 */
export const meetingIntervalRule = z.object({
  phase: z.string().optional(),
  withinDaysOfPhaseStart: z.number().int().positive().optional(),
  maxDaysBetweenMeetings: z.number().int().positive(),
  reason: localisedText,
});

export const processModelDefinition = z.object({
  name: localisedText,
  phases: z.array(z.object({ key: z.string().regex(/^[a-z_]+$/), name: localisedText, description: localisedText })).min(1),
  meetingIntervals: z.array(meetingIntervalRule),
  /** Activity modes that count as a meeting for the interval rules. */
  meetingModes: z.array(z.string()),
  /** IPS: first employer contact within this many days of entry. */
  firstEmployerContactWithinDays: z.number().int().positive().nullable(),
  /** The phase a job seeker enters when they start work (IPS in-work support); models without one keep their phase. */
  inWorkPhase: z.string().optional(),
});
export type ProcessModelDefinition = z.infer<typeof processModelDefinition>;

export const processModel = z.object({ id, key: z.string(), definition: processModelDefinition });
export type ProcessModel = z.infer<typeof processModel>;

export const programme = z.object({
  id,
  organisationId: id,
  name: z.string(),
  fundingCode: z.string().nullable(),
  processModelId: id,
  processModelKey: z.string(),
  followUpMonths: z.array(z.number().int()),
  active: z.boolean(),
  /** ESF+ funded: its enrolments collect the ESF+ participant data. */
  esfFunded: z.boolean(),
});
export type Programme = z.infer<typeof programme>;

export const programmeRequest = z.object({
  name: requiredText(200),
  fundingCode: z
    .string()
    .trim()
    .max(60)
    .nullish()
    .transform((value) => value || null),
  processModelId: id,
  followUpMonths: z.array(z.number().int().min(1).max(36)).max(6).default([3, 6]),
  active: z.boolean().default(true),
  esfFunded: z.boolean().default(false),
});
