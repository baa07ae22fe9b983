import { date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../auth/auth.tables.js';
import { clients } from '../clients/clients.tables.js';
import { enrolments } from '../enrolments/enrolments.tables.js';
import { organisations } from '../organisations/organisations.tables.js';

/** Meetings and contacts. The summary is for the team; the detailed note is encrypted and protected. */
export const activities = pgTable(
  'activities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    enrolmentId: uuid('enrolment_id').references(() => enrolments.id),
    occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    mode: text('mode').notNull(),
    participants: text('participants').array().notNull(),
    summary: text('summary'),
    protectedNoteEncrypted: text('protected_note_encrypted'),
    /** Optimistic concurrency, as on clients: a correction names the version it read. */
    version: integer('version').notNull().default(1),
    recordedBy: uuid('recorded_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    // Mode, enrolment and organisation ride along so that counting a client's meetings in a period
    // (the reports' meetings per client-month) reads only the index.
    index('activities_client_idx').on(table.clientId, table.occurredOn, table.mode, table.enrolmentId, table.organisationId),
  ],
);

/** Ohjaus: a referral to another service and how it went. */
export const referrals = pgTable(
  'referrals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    enrolmentId: uuid('enrolment_id').references(() => enrolments.id),
    service: text('service').notNull(),
    status: text('status').notNull(),
    referredOn: date('referred_on', { mode: 'string' }).notNull(),
    note: text('note'),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('referrals_client_idx').on(table.clientId)],
);
