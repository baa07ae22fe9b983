/** Opportunity vocabulary. Request and response schemas are added beside these. */

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
