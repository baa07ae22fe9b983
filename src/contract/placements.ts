/** Placement and support agreement vocabulary. Request and response schemas are added beside these. */

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
