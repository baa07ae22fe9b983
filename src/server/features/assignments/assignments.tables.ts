import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../auth/auth.tables.js';
import { employerContacts, employers } from '../employers/employers.tables.js';
import { opportunities } from '../opportunities/opportunities.tables.js';
import { organisations, teams } from '../organisations/organisations.tables.js';

/**
 * Toimeksianto: an employer asks for candidates. The due time is computed once, when the
 * assignment is received, from the organisation's agreed response time in working hours or days
 * (weekends and Finnish public holidays skipped), so later setting changes do not move old deadlines.
 */
export const assignments = pgTable(
  'assignments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    employerId: uuid('employer_id')
      .notNull()
      .references(() => employers.id),
    contactId: uuid('contact_id').references(() => employerContacts.id),
    opportunityId: uuid('opportunity_id').references(() => opportunities.id),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    channel: text('channel').notNull(),
    requestedRole: text('requested_role').notNull(),
    details: text('details'),
    candidatesWanted: integer('candidates_wanted').notNull(),
    /** A named responder, or the assignment group (a team) when nobody is named yet. */
    responderUserId: uuid('responder_user_id').references(() => users.id),
    responderTeamId: uuid('responder_team_id').references(() => teams.id),
    responseTimeAmount: integer('response_time_amount').notNull(),
    responseTimeUnit: text('response_time_unit').notNull(),
    responseDueAt: timestamp('response_due_at', { withTimezone: true }).notNull(),
    firstResponseAt: timestamp('first_response_at', { withTimezone: true }),
    status: text('status').notNull(),
    result: text('result'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    index('assignments_organisation_status_idx').on(table.organisationId, table.status, table.responseDueAt),
    index('assignments_employer_idx').on(table.employerId),
  ],
);

/** The agreed response time of an organisation; defaults apply until an admin or team lead sets one. */
export const assignmentResponseSettings = pgTable('assignment_response_settings', {
  organisationId: uuid('organisation_id')
    .primaryKey()
    .references(() => organisations.id),
  amount: integer('amount').notNull(),
  unit: text('unit').notNull(),
  /** The working day, in Europe/Helsinki local time, as minutes from midnight. */
  workdayStartMinute: integer('workday_start_minute').notNull(),
  workdayEndMinute: integer('workday_end_minute').notNull(),
  updatedBy: uuid('updated_by').references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});
