import { bigint, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../auth/auth.tables.js';
import { assignments } from '../assignments/assignments.tables.js';
import { clients } from '../clients/clients.tables.js';
import { employers } from '../employers/employers.tables.js';
import { opportunities } from '../opportunities/opportunities.tables.js';
import { organisations } from '../organisations/organisations.tables.js';

/**
 * A job seeker proposed to an employer for an assignment or an opportunity (at least one of the two),
 * moving proposed → employer interested → interview → hired / not selected / withdrawn by the client.
 */
export const proposals = pgTable(
  'proposals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id),
    employerId: uuid('employer_id')
      .notNull()
      .references(() => employers.id),
    assignmentId: uuid('assignment_id').references(() => assignments.id),
    opportunityId: uuid('opportunity_id').references(() => opportunities.id),
    status: text('status').notNull(),
    /** Why not selected, or why the client withdrew. */
    reason: text('reason'),
    note: text('note'),
    proposedBy: uuid('proposed_by')
      .notNull()
      .references(() => users.id),
    proposedAt: timestamp('proposed_at', { withTimezone: true }).notNull(),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    index('proposals_client_idx').on(table.clientId),
    index('proposals_assignment_idx').on(table.assignmentId),
    index('proposals_opportunity_idx').on(table.opportunityId),
  ],
);

export const proposalStatusChanges = pgTable(
  'proposal_status_changes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    proposalId: uuid('proposal_id')
      .notNull()
      .references(() => proposals.id),
    status: text('status').notNull(),
    reason: text('reason'),
    changedBy: uuid('changed_by')
      .notNull()
      .references(() => users.id),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull(),
    /** Insertion order: several changes on one day (or in one request, under a fixed clock) keep their order. */
    sequence: bigint('sequence', { mode: 'number' }).generatedAlwaysAsIdentity(),
  },
  (table) => [index('proposal_status_changes_proposal_idx').on(table.proposalId, table.changedAt)],
);
