import { bigint, date, foreignKey, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { users } from '../../auth/auth.tables.js';
import { clients } from '../clients/clients.tables.js';
import { organisations } from '../organisations/organisations.tables.js';
import { programmes } from '../programmes/programmes.tables.js';

/** Asiakkuus: a client's enrolment in a programme, moving through the phases of its process model. */
export const enrolments = pgTable(
  'enrolments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id),
    referralSource: text('referral_source').notNull(),
    startingSituation: text('starting_situation').notNull(),
    coachId: uuid('coach_id')
      .notNull()
      .references(() => users.id),
    coCoachId: uuid('co_coach_id').references(() => users.id),
    intensity: text('intensity').notNull(),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }),
    outcome: text('outcome'),
    currentPhase: text('current_phase').notNull(),
    phaseStartedOn: date('phase_started_on', { mode: 'string' }).notNull(),
    /** Derived by the meeting rules whenever a meeting is logged or the phase changes. */
    lastMeetingOn: date('last_meeting_on', { mode: 'string' }),
    nextMeetingDueOn: date('next_meeting_due_on', { mode: 'string' }),
    nextMeetingRule: integer('next_meeting_rule'),
    firstEmployerContactOn: date('first_employer_contact_on', { mode: 'string' }),
    firstEmployerContactDueOn: date('first_employer_contact_due_on', { mode: 'string' }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    // An enrolment belongs to its client's organisation: the reports count enrolments by their own
    // organisation without joining the client when no cut needs the person.
    foreignKey({
      name: 'enrolments_client_organisation_fk',
      columns: [table.clientId, table.organisationId],
      foreignColumns: [clients.id, clients.organisationId],
    }),
    index('enrolments_client_idx').on(table.clientId),
    index('enrolments_coach_active_idx').on(table.coachId, table.endDate, table.nextMeetingDueOn),
    index('enrolments_co_coach_active_idx').on(table.coCoachId, table.endDate),
    index('enrolments_organisation_active_idx').on(table.organisationId, table.endDate, table.nextMeetingDueOn),
  ],
);

export const phaseChanges = pgTable(
  'phase_changes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    enrolmentId: uuid('enrolment_id')
      .notNull()
      .references(() => enrolments.id),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    phase: text('phase').notNull(),
    changedOn: date('changed_on', { mode: 'string' }).notNull(),
    changedBy: uuid('changed_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    /** Insertion order: several changes on one day (or in one request, under a fixed clock) keep their order. */
    sequence: bigint('sequence', { mode: 'number' }).generatedAlwaysAsIdentity(),
  },
  (table) => [index('phase_changes_enrolment_idx').on(table.enrolmentId)],
);

/** Seuranta: the person's situation N months after the enrolment ended. */
export const followUps = pgTable(
  'follow_ups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    enrolmentId: uuid('enrolment_id')
      .notNull()
      .references(() => enrolments.id),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    monthsAfterEnd: integer('months_after_end').notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    completedOn: date('completed_on', { mode: 'string' }),
    situation: text('situation'),
    /** Where the situation was learnt: the client, the employer, a register, a partner, other. */
    informationSource: text('information_source'),
    note: text('note'),
    recordedBy: uuid('recorded_by').references(() => users.id),
  },
  (table) => [
    index('follow_ups_enrolment_idx').on(table.enrolmentId),
    index('follow_ups_due_idx').on(table.organisationId, table.completedOn, table.dueOn),
    // A coach's caseload counts each of their clients' open follow-ups.
    index('follow_ups_client_open_idx')
      .on(table.clientId, table.dueOn)
      .where(sql`${table.completedOn} is null`),
  ],
);
