import { boolean, date, index, integer, jsonb, numeric, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../auth/auth.tables.js';
import { clients } from '../clients/clients.tables.js';
import { organisations } from '../organisations/organisations.tables.js';

export type StoredSkill = { uri: string; level: string };
export type StoredLanguage = { code: string; level: string };
export type StoredEducation = { iscedLevel: number; field: string | null; qualification: string | null; completedYear: number | null };
export type StoredWork = { employerName: string; title: string; occupationUri: string | null; from: string; to: string | null };

/**
 * One row per job seeker with the profile in typed columns, so the matching index loads every
 * profile of an organisation in one sequential read (listProfilesForMatching). The ISCO codes of
 * the chosen ESCO occupations are stored beside them, and the skill URIs as a plain array beside
 * the levels, so that SQL (and a GIN index, should a query need one) can compare without unpacking JSON.
 */
export const competenceProfiles = pgTable(
  'competence_profiles',
  {
    clientId: uuid('client_id')
      .primaryKey()
      .references(() => clients.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    occupationUris: text('occupation_uris').array().notNull(),
    occupationIscoCodes: text('occupation_isco_codes').array().notNull(),
    pastOccupationUris: text('past_occupation_uris').array().notNull(),
    pastOccupationIscoCodes: text('past_occupation_isco_codes').array().notNull(),
    skills: jsonb('skills').$type<StoredSkill[]>().notNull(),
    skillUris: text('skill_uris').array().notNull(),
    education: jsonb('education').$type<StoredEducation[]>().notNull(),
    licences: text('licences').array().notNull(),
    languages: jsonb('languages').$type<StoredLanguage[]>().notNull(),
    workHistory: jsonb('work_history').$type<StoredWork[]>().notNull(),
    industrySections: text('industry_sections').array().notNull(),
    hoursPerWeekMin: numeric('hours_per_week_min', { precision: 4, scale: 1, mode: 'number' }),
    hoursPerWeekMax: numeric('hours_per_week_max', { precision: 4, scale: 1, mode: 'number' }),
    partTimeOk: boolean('part_time_ok').notNull(),
    shiftWorkOk: boolean('shift_work_ok').notNull(),
    remoteWanted: boolean('remote_wanted').notNull(),
    maxCommuteKm: integer('max_commute_km'),
    maxCommuteMinutes: integer('max_commute_minutes'),
    earliestStartDate: date('earliest_start_date', { mode: 'string' }),
    /** Job demands the person must not be given: work ability expressed without a diagnosis. */
    demandsToAvoid: text('demands_to_avoid').array().notNull(),
    version: integer('version').notNull(),
    updatedBy: uuid('updated_by').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('competence_profiles_organisation_idx').on(table.organisationId, table.updatedAt)],
);

/**
 * Every saved version in full, with who saved it and which parts changed: the history the
 * person and their coach can read, and what a rectification or export can rebuild from.
 */
export const competenceProfileVersions = pgTable(
  'competence_profile_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    version: integer('version').notNull(),
    changedParts: text('changed_parts').array().notNull(),
    /** The profile as saved (the request's fields after checking), for rebuilding any version. */
    snapshot: jsonb('snapshot').notNull(),
    changedBy: uuid('changed_by').references(() => users.id),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull(),
  },
  (table) => [uniqueIndex('competence_profile_versions_client_version_idx').on(table.clientId, table.version)],
);
