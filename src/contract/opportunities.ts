import { z } from 'zod';
import { languageCode } from './clients.js';
import { id, isoDate, optionalText, page, pageQuery, requiredText } from './common.js';
import { escoLabels, escoOccupation, escoUri, iscoCode, iscoGroup } from './esco.js';

/** Opportunity vocabulary, request and response schemas. */

export const opportunityKinds = [
  'advertised_vacancy',
  'hidden_job',
  'work_trial',
  'pay_subsidy_job',
  'apprenticeship',
  'summer_job',
  'seasonal_job',
] as const;
export type OpportunityKind = (typeof opportunityKinds)[number];

export const opportunityStatuses = ['open', 'filled', 'cancelled', 'expired'] as const;
export type OpportunityStatus = (typeof opportunityStatuses)[number];

export const workingTimeForms = ['full_time', 'part_time', 'shift_work', 'flexible', 'seasonal'] as const;

/**
 * Job demands, the shared vocabulary of job carving (what a task asks of the worker) and of
 * matching (what a person's work ability asks them to avoid) — never a diagnosis.
 */
export const physicalDemands = [
  'heavy_lifting',
  'standing_long',
  'repetitive_movements',
  'fine_motor_work',
  'outdoor_work',
  'cold_or_heat',
  'noise',
  'heights',
  'driving',
] as const;
export const cognitiveDemands = [
  'customer_contact',
  'time_pressure',
  'multitasking',
  'working_alone',
  'complex_instructions',
  'night_work',
  'shift_work',
  'reading_and_writing',
] as const;
export const jobDemands = [...physicalDemands, ...cognitiveDemands] as const;
export type JobDemand = (typeof jobDemands)[number];

/** Licences and cards employers ask for (driving licence categories, hygiene passport, safety card …). */
export const licences = [
  'driving_b',
  'driving_c',
  'driving_ce',
  'driving_d',
  'forklift',
  'hygiene_passport',
  'occupational_safety_card',
  'first_aid',
  'hot_work_card',
  'electrical_safety_card',
  'road_safety_card',
  'security_guard_card',
  'alcohol_passport',
] as const;
export type Licence = (typeof licences)[number];

/** CEFR levels for language requirements. */
export const languageLevels = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;

/** The statuses an opportunity may move to next: filled and expired ones can be reopened, a cancelled one is final. */
export const opportunityTransitions: Record<OpportunityStatus, readonly OpportunityStatus[]> = {
  open: ['filled', 'cancelled', 'expired'],
  filled: ['open'],
  expired: ['open'],
  cancelled: [],
};

const unique = <T>(values: T[]) => [...new Set(values)];
const nullable = <Schema extends z.ZodType>(schema: Schema) => schema.nullish().transform((value) => value ?? null);

/** Weekly hours with at most one decimal (the column holds 999.9); a week has at most 80 working hours here. */
export const weeklyHours = z
  .number()
  .min(0.5)
  .max(80)
  .transform((value) => Math.round(value * 10) / 10);

/** A skill asked for: an ESCO skill (uri) or, where ESCO has none, the employer's own words (uri null). */
export const skillRequirement = z.object({ uri: nullable(escoUri), label: requiredText(200) });
export type SkillRequirementInput = z.input<typeof skillRequirement>;
export const languageRequirement = z.object({ code: languageCode, level: z.enum(languageLevels) });

const skillList = z.array(skillRequirement).max(50).default([]);

export const opportunityFields = z.object({
  title: requiredText(200),
  kind: z.enum(opportunityKinds),
  description: optionalText(4000),
  escoOccupationUri: nullable(escoUri),
  /** Derived from the occupation when one is given; otherwise an ISCO-08 group of its own. */
  iscoCode: nullable(iscoCode),
  requiredSkills: skillList,
  niceToHaveSkills: skillList,
  languages: z.array(languageRequirement).max(10).default([]),
  licences: z.array(z.enum(licences)).max(licences.length).default([]).transform(unique),
  demands: z.array(z.enum(jobDemands)).max(jobDemands.length).default([]).transform(unique),
  workplaceId: nullable(id),
  municipalityCode: nullable(z.string().regex(/^\d{3}$/, 'unknown_municipality')),
  hoursPerWeek: nullable(weeklyHours),
  workingTimeForm: nullable(z.enum(workingTimeForms)),
  startDate: nullable(isoDate),
  durationMonths: nullable(z.number().int().min(1).max(120)),
  positions: z.number().int().min(1).max(999).default(1),
  /**
   * Job carving: the tasks, from one or more of the same employer's jobs, that make up this role.
   * When there are any, the server derives requiredSkills, demands and hoursPerWeek from them and
   * the values sent for those fields are not used.
   */
  taskIds: z.array(id).max(100).default([]).transform(unique),
});
export type OpportunityFields = z.infer<typeof opportunityFields>;
export type OpportunityFieldsInput = z.input<typeof opportunityFields>;
export const createOpportunityRequest = opportunityFields;
export const updateOpportunityRequest = opportunityFields.extend({ version: z.number().int() });
export const opportunityStatusRequest = z.object({ status: z.enum(opportunityStatuses), version: z.number().int() });

/** A skill as answered: ESCO skills carry their reference labels in every language. */
export const skillView = z.object({ uri: z.string().nullable(), label: z.string(), labels: escoLabels.nullable() });
export type SkillView = z.infer<typeof skillView>;

export const taskFields = z.object({
  description: requiredText(1000),
  skills: z.array(skillRequirement).max(30).default([]),
  physicalDemands: z.array(z.enum(physicalDemands)).max(physicalDemands.length).default([]).transform(unique),
  cognitiveDemands: z.array(z.enum(cognitiveDemands)).max(cognitiveDemands.length).default([]).transform(unique),
  hoursPerWeek: weeklyHours,
});
export type TaskFields = z.infer<typeof taskFields>;
export const createJobRequest = z.object({ title: requiredText(200), tasks: z.array(taskFields).max(50).default([]) });
export const updateJobRequest = z.object({ title: requiredText(200) });

const taskBody = {
  id,
  description: z.string(),
  skills: z.array(skillView),
  physicalDemands: z.array(z.enum(physicalDemands)),
  cognitiveDemands: z.array(z.enum(cognitiveDemands)),
  hoursPerWeek: z.number(),
};
export const jobTask = z.object({
  ...taskBody,
  jobId: id,
  /** The carved opportunities this task has moved to. */
  carvedInto: z.array(z.object({ opportunityId: id, title: z.string(), status: z.enum(opportunityStatuses) })),
});
export type JobTask = z.infer<typeof jobTask>;
export const employerJob = z.object({ id, employerId: id, title: z.string(), tasks: z.array(jobTask), createdAt: z.string() });
export type EmployerJob = z.infer<typeof employerJob>;
export const employerJobList = z.object({ items: z.array(employerJob) });

/** A source job of a carved opportunity with all its tasks: those that moved into the opportunity and those that stayed. */
export const sourceJob = z.object({ id, title: z.string(), tasks: z.array(z.object({ ...taskBody, moved: z.boolean() })) });
export type SourceJob = z.infer<typeof sourceJob>;

export const opportunity = z.object({
  id,
  organisationId: id,
  employerId: id,
  employerName: z.string(),
  workplaceId: id.nullable(),
  workplaceName: z.string().nullable(),
  kind: z.enum(opportunityKinds),
  title: z.string(),
  description: z.string().nullable(),
  occupation: escoOccupation.nullable(),
  iscoCode: z.string().nullable(),
  iscoGroup: iscoGroup.nullable(),
  requiredSkills: z.array(skillView),
  niceToHaveSkills: z.array(skillView),
  languages: z.array(z.object({ code: z.string(), level: z.enum(languageLevels) })),
  licences: z.array(z.enum(licences)),
  demands: z.array(z.enum(jobDemands)),
  municipalityCode: z.string().nullable(),
  hoursPerWeek: z.number().nullable(),
  workingTimeForm: z.enum(workingTimeForms).nullable(),
  startDate: isoDate.nullable(),
  durationMonths: z.number().int().nullable(),
  positions: z.number().int(),
  status: z.enum(opportunityStatuses),
  statusChangedOn: isoDate,
  /** Job carving: the tasks in their order, and their source jobs with the tasks that moved and those that stayed. */
  carved: z.boolean(),
  taskIds: z.array(id),
  sourceJobs: z.array(sourceJob),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  permissions: z.object({ write: z.boolean() }),
});
export type Opportunity = z.infer<typeof opportunity>;

export const opportunitySortKeys = ['title', 'employer', 'status', 'startDate', 'updatedAt'] as const;
export const opportunityListQuery = pageQuery.extend({
  kind: z.enum(opportunityKinds).optional(),
  status: z.enum(opportunityStatuses).optional(),
  employerId: id.optional(),
  /** An ESCO occupation URI. */
  occupation: escoUri.optional(),
  /** An ISCO-08 group at any level: 1 to 4 digits match every occupation under it. */
  iscoCode: iscoCode.optional(),
  municipality: z
    .string()
    .regex(/^\d{3}$/, 'unknown_municipality')
    .optional(),
  /** Words in the title or the employer's name. */
  search: z.string().trim().max(100).optional(),
  sort: z.enum(opportunitySortKeys).default('updatedAt'),
  order: z.enum(['asc', 'desc']).default('desc'),
});
export type OpportunityListQuery = z.infer<typeof opportunityListQuery>;
export const opportunityListItem = z.object({
  id,
  title: z.string(),
  kind: z.enum(opportunityKinds),
  status: z.enum(opportunityStatuses),
  employerId: id,
  employerName: z.string(),
  occupationLabel: escoLabels.nullable(),
  iscoCode: z.string().nullable(),
  municipalityCode: z.string().nullable(),
  hoursPerWeek: z.number().nullable(),
  positions: z.number().int(),
  startDate: isoDate.nullable(),
  carved: z.boolean(),
  statusChangedOn: isoDate,
  updatedAt: z.string(),
});
export type OpportunityListItem = z.infer<typeof opportunityListItem>;
export const opportunityList = page(opportunityListItem);
export const employerParams = z.object({ employerId: id });
