import { date, index, integer, jsonb, numeric, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { FinancingTier } from '../../../contract/benefit-financing.js';
import { users } from '../../auth/auth.tables.js';
import { clients } from '../clients/clients.tables.js';
import { organisations } from '../organisations/organisations.tables.js';

/**
 * An organisation's reading of the municipal share of unemployment benefits (Act 555/1998 as
 * amended from 2025): the tiers and the daily amount are entered with their sources; Polku ships
 * no percentages of its own.
 */
export const benefitFinancingSettings = pgTable('benefit_financing_settings', {
  organisationId: uuid('organisation_id')
    .primaryKey()
    .references(() => organisations.id),
  tiers: jsonb('tiers').$type<FinancingTier[]>().notNull(),
  legalSource: text('legal_source'),
  dailyAmount: numeric('daily_amount', { precision: 8, scale: 2, mode: 'number' }),
  dailyAmountSource: text('daily_amount_source'),
  version: integer('version').notNull().default(1),
  updatedBy: uuid('updated_by')
    .notNull()
    .references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});

/** A client's count of paid unemployment benefit days as of a date (from Kela's billing list, the person, or an import). */
export const clientBenefitDays = pgTable(
  'client_benefit_days',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id),
    benefitDays: integer('benefit_days').notNull(),
    asOf: date('as_of', { mode: 'string' }).notNull(),
    recordedBy: uuid('recorded_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('client_benefit_days_client_idx').on(table.clientId, table.asOf)],
);
