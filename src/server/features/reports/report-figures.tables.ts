import { boolean, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { Figure } from '../../../contract/reports.js';
import type { StoredScope } from './figure-key.js';

/**
 * Dashboard figures computed ahead of the request (figure-store.ts): one row per indicator, scope
 * and suppression rule, named by a hash of the aggregation query itself, so a changed indicator
 * definition or cut never finds an old row. Figures are aggregates: no person is named.
 */
export const reportFigures = pgTable(
  'report_figures',
  {
    key: text('key').primaryKey(),
    indicatorId: text('indicator_id').notNull(),
    /** The organisations the figure counts (row-level security: all must be visible). */
    organisationIds: uuid('organisation_ids').array().notNull(),
    /** The scope to compute it again with; `now` is taken afresh each time. */
    scope: jsonb('scope').$type<StoredScope>().notNull(),
    suppress: boolean('suppress').notNull(),
    figure: jsonb('figure').$type<Figure>().notNull(),
    computedAt: timestamp('computed_at', { withTimezone: true }).notNull(),
    /** The last time a request asked for it: the refresh keeps only figures in use current. */
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('report_figures_requested_idx').on(table.requestedAt)],
);
