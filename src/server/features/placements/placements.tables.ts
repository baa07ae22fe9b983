import { boolean, date, index, integer, numeric, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../auth/auth.tables.js';
import { clients } from '../clients/clients.tables.js';
import { employers } from '../employers/employers.tables.js';
import { enrolments } from '../enrolments/enrolments.tables.js';
import { opportunities } from '../opportunities/opportunities.tables.js';
import { organisations } from '../organisations/organisations.tables.js';
import { proposals } from '../proposals/proposals.tables.js';

/** A job seeker starting at an employer: employment, work trial, pay-subsidy job, apprenticeship, summer job. */
export const placements = pgTable(
  'placements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id),
    employerId: uuid('employer_id')
      .notNull()
      .references(() => employers.id),
    enrolmentId: uuid('enrolment_id').references(() => enrolments.id),
    opportunityId: uuid('opportunity_id').references(() => opportunities.id),
    proposalId: uuid('proposal_id').references(() => proposals.id),
    type: text('type').notNull(),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    /** Planned end of a fixed-term placement; null for open-ended employment. */
    plannedEndDate: date('planned_end_date', { mode: 'string' }),
    hoursPerWeek: numeric('hours_per_week', { precision: 4, scale: 1, mode: 'number' }),
    duties: text('duties'),
    /** Wage subsidy or other support granted, e.g. pay_subsidy, apprenticeship_training_compensation. */
    supportGranted: text('support_granted').array().notNull(),
    supportNote: text('support_note'),
    endedOn: date('ended_on', { mode: 'string' }),
    endReason: text('end_reason'),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('placements_client_idx').on(table.clientId), index('placements_employer_idx').on(table.employerId)],
);

/**
 * IPS phase 4: what the coach does at the workplace, what the employer does, the contact rhythm
 * and the adjustments agreed. Shown to the employer only with the client's consent.
 */
export const supportAgreements = pgTable('support_agreements', {
  placementId: uuid('placement_id')
    .primaryKey()
    .references(() => placements.id),
  organisationId: uuid('organisation_id')
    .notNull()
    .references(() => organisations.id),
  coachTasks: text('coach_tasks'),
  employerTasks: text('employer_tasks'),
  contactRhythm: text('contact_rhythm'),
  adjustments: text('adjustments').array().notNull(),
  adjustmentsNote: text('adjustments_note'),
  agreedOn: date('agreed_on', { mode: 'string' }).notNull(),
  sharedWithEmployer: boolean('shared_with_employer').notNull(),
  version: integer('version').notNull().default(1),
  updatedBy: uuid('updated_by')
    .notNull()
    .references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});
