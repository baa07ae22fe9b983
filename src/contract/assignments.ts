/** Employer assignment (toimeksianto) vocabulary. Request and response schemas are added beside these. */

export const assignmentChannels = ['phone', 'email', 'visit', 'web_form', 'event', 'other'] as const;
export const assignmentStatuses = ['new', 'in_progress', 'candidates_proposed', 'closed'] as const;
export type AssignmentStatus = (typeof assignmentStatuses)[number];
export const assignmentResults = ['filled', 'partly_filled', 'not_filled', 'cancelled_by_employer', 'no_suitable_candidates'] as const;

/** The agreed response time is counted in working hours or working days (weekends and Finnish public holidays skipped). */
export const responseTimeUnits = ['working_hours', 'working_days'] as const;
export type ResponseTimeUnit = (typeof responseTimeUnits)[number];
