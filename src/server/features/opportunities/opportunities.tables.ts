import { date, index, integer, jsonb, numeric, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../auth/auth.tables.js';
import { employers, employerWorkplaces } from '../employers/employers.tables.js';
import { organisations } from '../organisations/organisations.tables.js';

/** A skill requirement: an ESCO skill (uri) or, where ESCO has none, the employer's own words (label only). */
export type SkillRequirement = { uri: string | null; label: string };
export type LanguageRequirement = { code: string; level: string };

/**
 * A concrete way into work at an employer: advertised vacancy, hidden job, work-trial place,
 * pay-subsidy job, apprenticeship place, summer or seasonal job. A carved job is an opportunity
 * composed of tasks (opportunity_tasks) taken from the employer's existing jobs.
 */
export const opportunities = pgTable(
  'opportunities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    employerId: uuid('employer_id')
      .notNull()
      .references(() => employers.id),
    workplaceId: uuid('workplace_id').references(() => employerWorkplaces.id),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    description: text('description'),
    escoOccupationUri: text('esco_occupation_uri'),
    iscoCode: text('isco_code'),
    requiredSkills: jsonb('required_skills').$type<SkillRequirement[]>().notNull(),
    niceToHaveSkills: jsonb('nice_to_have_skills').$type<SkillRequirement[]>().notNull(),
    languages: jsonb('languages').$type<LanguageRequirement[]>().notNull(),
    licences: text('licences').array().notNull(),
    /** Job demands (heavy lifting, night work, customer contact …) a person may need to avoid. */
    demands: text('demands').array().notNull(),
    municipalityCode: text('municipality_code'),
    hoursPerWeek: numeric('hours_per_week', { precision: 4, scale: 1, mode: 'number' }),
    workingTimeForm: text('working_time_form'),
    startDate: date('start_date', { mode: 'string' }),
    durationMonths: integer('duration_months'),
    positions: integer('positions').notNull().default(1),
    status: text('status').notNull(),
    statusChangedOn: date('status_changed_on', { mode: 'string' }).notNull(),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    index('opportunities_employer_idx').on(table.employerId),
    index('opportunities_organisation_status_idx').on(table.organisationId, table.status),
  ],
);

/** The employer's existing jobs, described as tasks so that tasks can be carved into new roles. */
export const employerJobs = pgTable(
  'employer_jobs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    employerId: uuid('employer_id')
      .notNull()
      .references(() => employers.id),
    title: text('title').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('employer_jobs_employer_idx').on(table.employerId)],
);

export const jobTasks = pgTable(
  'job_tasks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    jobId: uuid('job_id')
      .notNull()
      .references(() => employerJobs.id),
    description: text('description').notNull(),
    skills: jsonb('skills').$type<SkillRequirement[]>().notNull(),
    physicalDemands: text('physical_demands').array().notNull(),
    cognitiveDemands: text('cognitive_demands').array().notNull(),
    hoursPerWeek: numeric('hours_per_week', { precision: 4, scale: 1, mode: 'number' }).notNull(),
    /** The task's place in its job's list, as the employer described the job. */
    position: integer('position').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('job_tasks_job_idx').on(table.jobId)],
);

/** Job carving: which tasks moved from which existing jobs into a carved opportunity. */
export const opportunityTasks = pgTable(
  'opportunity_tasks',
  {
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    opportunityId: uuid('opportunity_id')
      .notNull()
      .references(() => opportunities.id),
    taskId: uuid('task_id')
      .notNull()
      .references(() => jobTasks.id),
    position: integer('position').notNull(),
  },
  (table) => [primaryKey({ columns: [table.opportunityId, table.taskId] }), index('opportunity_tasks_task_idx').on(table.taskId)],
);
