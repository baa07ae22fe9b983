import { date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../auth/auth.tables.js';
import { clients } from '../clients/clients.tables.js';
import { organisations } from '../organisations/organisations.tables.js';

export const planGoals = pgTable(
  'plan_goals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    title: text('title').notNull(),
    targetDate: date('target_date', { mode: 'string' }),
    status: text('status').notNull(),
    /** Optimistic concurrency, as on clients: an update names the version it read. */
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('plan_goals_client_idx').on(table.clientId)],
);

export const planActions = pgTable(
  'plan_actions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    goalId: uuid('goal_id')
      .notNull()
      .references(() => planGoals.id),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    description: text('description').notNull(),
    owner: text('owner').notNull(),
    dueDate: date('due_date', { mode: 'string' }),
    status: text('status').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('plan_actions_goal_idx').on(table.goalId), index('plan_actions_client_idx').on(table.clientId)],
);
