import { date, index, integer, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../auth/auth.tables.js';
import { organisations, teams } from '../organisations/organisations.tables.js';

/**
 * Job seekers. Every client-data table carries organisation_id so row-level security can
 * isolate organisations without joins.
 */
export const clients = pgTable(
  'clients',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    teamId: uuid('team_id').references(() => teams.id),
    responsibleUserId: uuid('responsible_user_id').references(() => users.id),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    /** AES-256-GCM ciphertext; readable only through the client.identity_code.read action. */
    identityCodeEncrypted: text('identity_code_encrypted'),
    /** HMAC of the code: finds duplicates and import matches without decrypting. */
    identityCodeHash: text('identity_code_hash'),
    dateOfBirth: date('date_of_birth', { mode: 'string' }),
    gender: text('gender').notNull(),
    municipalityCode: text('municipality_code').notNull(),
    email: text('email'),
    phone: text('phone'),
    streetAddress: text('street_address'),
    postalCode: text('postal_code'),
    motherTongue: text('mother_tongue'),
    languages: text('languages').array().notNull(),
    iscedLevel: integer('isced_level'),
    targetGroups: text('target_groups').array().notNull(),
    unemployedSince: date('unemployed_since', { mode: 'string' }),
    /** GDPR Art. 9 data, encrypted; readable only through client.protected.read. */
    workAbilityNoteEncrypted: text('work_ability_note_encrypted'),
    workAbilityNoteUpdatedAt: timestamp('work_ability_note_updated_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    index('clients_organisation_idx').on(table.organisationId, table.lastName, table.firstName),
    index('clients_responsible_idx').on(table.responsibleUserId),
    index('clients_identity_code_hash_idx').on(table.organisationId, table.identityCodeHash),
    // The reports' municipality filter: which municipalities an organisation has clients in, one probe each.
    index('clients_municipality_idx').on(table.municipalityCode, table.organisationId),
    // The target of enrolments' (client_id, organisation_id) foreign key.
    unique('clients_id_organisation_unique').on(table.id, table.organisationId),
  ],
);

/** Consent is data: who, to whom, for what, from when, until when, revoked when. */
export const consents = pgTable(
  'consents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    kind: text('kind').notNull(),
    scope: text('scope'),
    channel: text('channel').notNull(),
    givenOn: date('given_on', { mode: 'string' }).notNull(),
    validUntil: date('valid_until', { mode: 'string' }),
    revokedOn: date('revoked_on', { mode: 'string' }),
    recordedBy: uuid('recorded_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('consents_client_idx').on(table.clientId)],
);
