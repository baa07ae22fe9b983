import { date, index, integer, numeric, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../auth/auth.tables.js';
import { organisations } from '../organisations/organisations.tables.js';
import { programmes } from '../programmes/programmes.tables.js';

/**
 * What a programme promised its funder, per organisation (or partner) whose work counts toward it:
 * e.g. persons reached 633, employers 150, share in work or education 0.5 over the project period.
 * The indicator is named by its registry id; shares are stored as fractions (0.5 = 50 %).
 */
export const programmeTargets = pgTable(
  'programme_targets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => programmes.id),
    indicatorId: text('indicator_id').notNull(),
    targetValue: numeric('target_value', { precision: 14, scale: 4, mode: 'number' }).notNull(),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    periodEnd: date('period_end', { mode: 'string' }).notNull(),
    version: integer('version').notNull().default(1),
    updatedBy: uuid('updated_by')
      .notNull()
      .references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    uniqueIndex('programme_targets_unique').on(table.programmeId, table.organisationId, table.indicatorId),
    index('programme_targets_organisation_idx').on(table.organisationId),
  ],
);

/** The budget a manager enters for a programme and its period: the numerator of the cost per client. */
export const programmeBudgets = pgTable('programme_budgets', {
  programmeId: uuid('programme_id')
    .primaryKey()
    .references(() => programmes.id),
  organisationId: uuid('organisation_id')
    .notNull()
    .references(() => organisations.id),
  amountEuros: numeric('amount_euros', { precision: 14, scale: 2, mode: 'number' }).notNull(),
  periodStart: date('period_start', { mode: 'string' }).notNull(),
  periodEnd: date('period_end', { mode: 'string' }).notNull(),
  version: integer('version').notNull().default(1),
  updatedBy: uuid('updated_by')
    .notNull()
    .references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});
