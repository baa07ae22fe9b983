import { integer, jsonb, pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { MatchWeightsInput } from '../../../contract/matching.js';
import { users } from '../../auth/auth.tables.js';
import { organisations } from '../organisations/organisations.tables.js';

/**
 * An organisation's own matching weights as saved. No row = the documented defaults
 * (contract/matching.ts); a stored row is parsed again when read, so a setting added later gets its default.
 */
export const matchingWeights = pgTable('matching_weights', {
  organisationId: uuid('organisation_id')
    .primaryKey()
    .references(() => organisations.id),
  weights: jsonb('weights').$type<MatchWeightsInput>().notNull(),
  version: integer('version').notNull().default(1),
  updatedBy: uuid('updated_by')
    .notNull()
    .references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});
