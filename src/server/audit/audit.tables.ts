import { bigint, bigserial, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Append-only: the app role may insert and select, never update or delete (see the RLS migration). */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    sequence: bigint('sequence', { mode: 'number' }).notNull().unique(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorUserId: uuid('actor_user_id'),
    organisationId: uuid('organisation_id'),
    action: text('action').notNull(),
    outcome: text('outcome').notNull(),
    clientIds: uuid('client_ids').array().notNull(),
    /** The non-client record an administrative action changed (user, organisation, team, programme). */
    targetId: text('target_id'),
    requestId: text('request_id'),
    reason: text('reason'),
    previousHash: text('previous_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (table) => [index('audit_log_client_ids_idx').using('gin', table.clientIds), index('audit_log_at_idx').on(table.at)],
);

/** One row: the last sequence and hash, locked while an entry is appended so the chain stays linear. */
export const auditChainHead = pgTable('audit_chain_head', {
  id: integer('id').primaryKey(),
  sequence: bigint('sequence', { mode: 'number' }).notNull(),
  hash: text('hash').notNull(),
});
