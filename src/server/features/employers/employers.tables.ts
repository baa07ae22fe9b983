import { bigint, boolean, date, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../auth/auth.tables.js';
import { organisations } from '../organisations/organisations.tables.js';

/**
 * Employer clients of an organisation. Each organisation keeps its own employer register (the
 * relationship is the organisation's), so every table carries organisation_id for row-level security.
 */
export const employers = pgTable(
  'employers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    name: text('name').notNull(),
    /** Y-tunnus, validated with its check digit; unique within the organisation's register. */
    businessId: text('business_id'),
    /** TOL 2008 main class (section letter A–U). */
    industrySection: text('industry_section'),
    sizeClass: text('size_class').notNull(),
    economySector: text('economy_sector').notNull(),
    municipalityCode: text('municipality_code'),
    website: text('website'),
    notes: text('notes'),
    ownerUserId: uuid('owner_user_id').references(() => users.id),
    stage: text('stage').notNull(),
    stageChangedOn: date('stage_changed_on', { mode: 'string' }).notNull(),
    /** Derived whenever an interaction is recorded. */
    lastContactOn: date('last_contact_on', { mode: 'string' }),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    index('employers_organisation_name_idx').on(table.organisationId, table.name),
    uniqueIndex('employers_business_id_unique').on(table.organisationId, table.businessId),
    index('employers_owner_idx').on(table.ownerUserId),
  ],
);

/** Relationship stage history: identified → contacted → met → cooperating → recruited through us. */
export const employerStageChanges = pgTable(
  'employer_stage_changes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    employerId: uuid('employer_id')
      .notNull()
      .references(() => employers.id),
    stage: text('stage').notNull(),
    changedOn: date('changed_on', { mode: 'string' }).notNull(),
    changedBy: uuid('changed_by')
      .notNull()
      .references(() => users.id),
    /** Stable order for several changes on the same day. */
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    /** Insertion order: several changes on one day (or in one request, under a fixed clock) keep their order. */
    sequence: bigint('sequence', { mode: 'number' }).generatedAlwaysAsIdentity(),
  },
  (table) => [index('employer_stage_changes_employer_idx').on(table.employerId, table.changedOn)],
);

/** Addresses and workplaces (toimipaikat) of an employer. */
export const employerWorkplaces = pgTable(
  'employer_workplaces',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    employerId: uuid('employer_id')
      .notNull()
      .references(() => employers.id),
    name: text('name').notNull(),
    streetAddress: text('street_address'),
    postalCode: text('postal_code'),
    municipalityCode: text('municipality_code'),
    isHeadOffice: boolean('is_head_office').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('employer_workplaces_employer_idx').on(table.employerId)],
);

/** Contact persons at the employer: personal data of the employer's staff. */
export const employerContacts = pgTable(
  'employer_contacts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    employerId: uuid('employer_id')
      .notNull()
      .references(() => employers.id),
    name: text('name').notNull(),
    /** Their role at the employer, e.g. "HR manager", "shift supervisor". */
    title: text('title'),
    email: text('email'),
    phone: text('phone'),
    preferredChannel: text('preferred_channel').notNull(),
    /** Contacts who have left are kept for the history but not offered in forms. */
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('employer_contacts_employer_idx').on(table.employerId)],
);

/** Visits, calls, e-mails and events with an employer: who met whom and what was agreed. */
export const employerInteractions = pgTable(
  'employer_interactions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    employerId: uuid('employer_id')
      .notNull()
      .references(() => employers.id),
    kind: text('kind').notNull(),
    occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
    /** Personal meetings (visit at the workplace, meeting elsewhere, event) are counted apart from calls and e-mails. */
    inPerson: boolean('in_person').notNull(),
    staffUserIds: uuid('staff_user_ids').array().notNull(),
    contactIds: uuid('contact_ids').array().notNull(),
    summary: text('summary').notNull(),
    agreed: text('agreed'),
    recordedBy: uuid('recorded_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('employer_interactions_employer_idx').on(table.employerId, table.occurredOn)],
);

/** Sector-based ownership: the TOL sections a coordinator or coach knows and answers for. */
export const userIndustrySections = pgTable(
  'user_industry_sections',
  {
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    industrySection: text('industry_section').notNull(),
  },
  (table) => [primaryKey({ columns: [table.organisationId, table.userId, table.industrySection] })],
);
