import { check, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import type { FidelityEvidence } from '../../../contract/fidelity.js';
import { users } from '../../auth/auth.tables.js';
import { organisations, teams } from '../organisations/organisations.tables.js';
import { programmes } from '../programmes/programmes.tables.js';

/**
 * An IPS fidelity review of a team, a programme, or one programme within a team. The total and
 * band are computed from the item scores when read; the look-back period is what the evidence covers.
 */
export const fidelityReviews = pgTable(
  'fidelity_reviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    teamId: uuid('team_id').references(() => teams.id),
    programmeId: uuid('programme_id').references(() => programmes.id),
    reviewDate: date('review_date', { mode: 'string' }).notNull(),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    periodEnd: date('period_end', { mode: 'string' }).notNull(),
    /** Names as the review report gives them: reviewers are often from outside the organisation. */
    reviewers: text('reviewers').array().notNull(),
    notes: text('notes'),
    actionPlan: text('action_plan'),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    index('fidelity_reviews_organisation_idx').on(table.organisationId, table.reviewDate),
    // One review of a target per day; NULLS NOT DISTINCT makes "the team, no programme" a target of its own.
    unique('fidelity_reviews_target_date_unique')
      .on(table.organisationId, table.teamId, table.programmeId, table.reviewDate)
      .nullsNotDistinct(),
    check('fidelity_reviews_target', sql`${table.teamId} is not null or ${table.programmeId} is not null`),
  ],
);

/** One row per scale item: the pre-filled score with its evidence as measured at creation, and the reviewers' final score. */
export const fidelityReviewItems = pgTable(
  'fidelity_review_items',
  {
    reviewId: uuid('review_id')
      .notNull()
      .references(() => fidelityReviews.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    itemNumber: integer('item_number').notNull(),
    prefilledScore: integer('prefilled_score'),
    evidence: jsonb('evidence').$type<FidelityEvidence>(),
    finalScore: integer('final_score'),
    note: text('note'),
  },
  (table) => [
    primaryKey({ columns: [table.reviewId, table.itemNumber] }),
    check('fidelity_review_items_number', sql`${table.itemNumber} between 1 and 25`),
    check('fidelity_review_items_prefilled', sql`${table.prefilledScore} between 1 and 5`),
    check('fidelity_review_items_final', sql`${table.finalScore} between 1 and 5`),
  ],
);
