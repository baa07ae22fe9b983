import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { TemplateContent } from '../../../contract/feedback.js';
import { users } from '../../auth/auth.tables.js';
import { clients } from '../clients/clients.tables.js';
import { employerContacts, employers } from '../employers/employers.tables.js';
import { enrolments } from '../enrolments/enrolments.tables.js';
import { organisations } from '../organisations/organisations.tables.js';
import { placements } from '../placements/placements.tables.js';

/** An organisation's own wording of a survey; without a row the shipped wording applies. */
export const feedbackTemplates = pgTable(
  'feedback_templates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    kind: text('kind').notNull(),
    content: jsonb('content').$type<TemplateContent>().notNull(),
    version: integer('version').notNull().default(1),
    updatedBy: uuid('updated_by').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [uniqueIndex('feedback_templates_organisation_kind_unique').on(table.organisationId, table.kind)],
);

/**
 * One survey sent to one person. The link carries a random token; only its SHA-256 is searchable,
 * and the token itself is kept encrypted so that a retried send and the reminder repeat the same link.
 */
export const feedbackInvitations = pgTable(
  'feedback_invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    kind: text('kind').notNull(),
    tokenHash: text('token_hash').notNull(),
    tokenEncrypted: text('token_encrypted').notNull(),
    language: text('language').notNull(),
    /** The recipient's municipality when invited (client's home, employer's seat): results are grouped by it. */
    municipalityCode: text('municipality_code'),
    enrolmentId: uuid('enrolment_id').references(() => enrolments.id),
    clientId: uuid('client_id').references(() => clients.id),
    placementId: uuid('placement_id').references(() => placements.id),
    employerId: uuid('employer_id').references(() => employers.id),
    employerContactId: uuid('employer_contact_id').references(() => employerContacts.id),
    requestedBy: uuid('requested_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    reminderSentAt: timestamp('reminder_sent_at', { withTimezone: true }),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    /**
     * Set by the send job when there was nowhere to send (no e-mail address, or the contact person
     * left): the invitation stays, visibly not sent, instead of silently doing nothing.
     */
    notSendableAt: timestamp('not_sendable_at', { withTimezone: true }),
    notSendableReason: text('not_sendable_reason'),
  },
  (table) => [
    uniqueIndex('feedback_invitations_token_unique').on(table.tokenHash),
    // One end-of-service survey per enrolment and one automatic employer survey per placement, however often a job runs.
    uniqueIndex('feedback_invitations_enrolment_unique').on(table.enrolmentId),
    uniqueIndex('feedback_invitations_placement_unique')
      .on(table.placementId)
      .where(sql`requested_by is null`),
    index('feedback_invitations_employer_idx').on(table.employerId),
    index('feedback_invitations_organisation_idx').on(table.organisationId, table.kind, table.sentAt),
    index('feedback_invitations_organisation_created_idx').on(table.organisationId, table.createdAt),
  ],
);

/** The answer: figures and the free text, one per invitation. No name or contact detail is stored here. */
export const feedbackAnswers = pgTable(
  'feedback_answers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    invitationId: uuid('invitation_id')
      .notNull()
      .references(() => feedbackInvitations.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    kind: text('kind').notNull(),
    municipalityCode: text('municipality_code'),
    language: text('language').notNull(),
    recommend: integer('recommend').notNull(),
    grade: integer('grade'),
    effectiveness: integer('effectiveness'),
    helpedMost: text('helped_most').array().notNull(),
    freeText: text('free_text'),
    answeredAt: timestamp('answered_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    uniqueIndex('feedback_answers_invitation_unique').on(table.invitationId),
    index('feedback_answers_organisation_idx').on(table.organisationId, table.kind, table.answeredAt),
    check('feedback_answers_recommend_range', sql`${table.recommend} between 0 and 10`),
    check('feedback_answers_grade_range', sql`${table.grade} is null or ${table.grade} between 4 and 10`),
    check('feedback_answers_effectiveness_range', sql`${table.effectiveness} is null or ${table.effectiveness} between 0 and 10`),
  ],
);
