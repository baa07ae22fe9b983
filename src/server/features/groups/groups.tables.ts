import { date, foreignKey, index, integer, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import type { GroupKind, SessionMode } from '../../../contract/groups.js';
import { users } from '../../auth/auth.tables.js';
import { clients } from '../clients/clients.tables.js';
import { organisations } from '../organisations/organisations.tables.js';

/** A group activity of an organisation (peer-support group, workshop, card training …). */
export const groups = pgTable(
  'groups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    name: text('name').notNull(),
    kind: text('kind').$type<GroupKind>().notNull(),
    description: text('description'),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    index('groups_organisation_idx').on(table.organisationId, table.startsOn),
    unique('groups_id_organisation_unique').on(table.id, table.organisationId),
  ],
);

/**
 * A client taking part in a group. The foreign keys keep the client, the group and the row in one
 * organisation, so row-level security on the organisation covers all three.
 */
export const groupParticipants = pgTable(
  'group_participants',
  {
    groupId: uuid('group_id').notNull(),
    clientId: uuid('client_id').notNull(),
    organisationId: uuid('organisation_id').notNull(),
    joinedOn: date('joined_on', { mode: 'string' }).notNull(),
    addedBy: uuid('added_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.groupId, table.clientId] }),
    index('group_participants_client_idx').on(table.clientId),
    foreignKey({ columns: [table.groupId, table.organisationId], foreignColumns: [groups.id, groups.organisationId] }),
    foreignKey({ columns: [table.clientId, table.organisationId], foreignColumns: [clients.id, clients.organisationId] }),
  ],
);

/** One meeting of a group. */
export const groupSessions = pgTable(
  'group_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    groupId: uuid('group_id').notNull(),
    organisationId: uuid('organisation_id').notNull(),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    topic: text('topic'),
    durationMinutes: integer('duration_minutes'),
    mode: text('mode').$type<SessionMode>().notNull(),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    index('group_sessions_group_idx').on(table.groupId, table.heldOn),
    index('group_sessions_organisation_idx').on(table.organisationId, table.heldOn),
    unique('group_sessions_id_group_unique').on(table.id, table.groupId),
    foreignKey({ columns: [table.groupId, table.organisationId], foreignColumns: [groups.id, groups.organisationId] }),
  ],
);

/** A participant present at a session; absence is the lack of a row. Only a participant of the session's group can attend. */
export const groupAttendance = pgTable(
  'group_attendance',
  {
    sessionId: uuid('session_id').notNull(),
    groupId: uuid('group_id').notNull(),
    clientId: uuid('client_id').notNull(),
    organisationId: uuid('organisation_id').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.sessionId, table.clientId] }),
    index('group_attendance_client_idx').on(table.clientId, table.sessionId),
    foreignKey({ columns: [table.sessionId, table.groupId], foreignColumns: [groupSessions.id, groupSessions.groupId] }).onDelete(
      'cascade',
    ),
    foreignKey({ columns: [table.groupId, table.clientId], foreignColumns: [groupParticipants.groupId, groupParticipants.clientId] }),
  ],
);
