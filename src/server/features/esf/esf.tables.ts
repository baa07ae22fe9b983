import { boolean, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { esfAnswers, esfGenders, labourMarketStatuses, sixMonthImprovements } from '../../../contract/esf.js';
import { users } from '../../auth/auth.tables.js';
import { clients } from '../clients/clients.tables.js';
import { enrolments } from '../enrolments/enrolments.tables.js';
import { organisations } from '../organisations/organisations.tables.js';

type Answer = (typeof esfAnswers)[number];

/**
 * ESF+ participant data (Regulation (EU) 2021/1057, Annex I) of one enrolment in an ESF+ funded
 * programme. Kept apart from the client record because disability and minority status are
 * special-category data (GDPR Art. 9) with their own policy actions (client.esf.read/write).
 * The situation at entry is a snapshot, so a report stays reproducible when the client record changes.
 */
export const esfParticipants = pgTable(
  'esf_participants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    enrolmentId: uuid('enrolment_id')
      .notNull()
      .references(() => enrolments.id),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    /** women / men / non-binary as the regulation breaks data down. */
    gender: text('gender').$type<(typeof esfGenders)[number]>().notNull(),
    /** unemployed, inactive, employed, self_employed. */
    labourMarketStatus: text('labour_market_status').$type<(typeof labourMarketStatuses)[number]>().notNull(),
    /** Start of the current unemployment spell; long-term unemployment is derived from it at entry. */
    unemployedSince: date('unemployed_since', { mode: 'string' }),
    iscedLevel: integer('isced_level').notNull(),
    /** yes / no / declined: the person may decline to answer (special-category or sensitive data). */
    disability: text('disability').$type<Answer>().notNull(),
    foreignBackground: text('foreign_background').$type<Answer>().notNull(),
    minority: text('minority').$type<Answer>().notNull(),
    homeless: text('homeless').$type<Answer>().notNull(),
    thirdCountryNational: boolean('third_country_national').notNull(),
    ruralArea: boolean('rural_area').notNull(),
    entryRecordedBy: uuid('entry_recorded_by')
      .notNull()
      .references(() => users.id),
    /** The situation within four weeks of leaving; null until recorded. */
    exitObservedOn: date('exit_observed_on', { mode: 'string' }),
    exitJobSearching: boolean('exit_job_searching'),
    exitInEducation: boolean('exit_in_education'),
    exitQualification: boolean('exit_qualification'),
    exitEmployed: boolean('exit_employed'),
    /** For those employed at entry: how the situation improved six months after leaving, or 'none'. */
    sixMonthImprovement: text('six_month_improvement').$type<(typeof sixMonthImprovements)[number]>(),
    exitRecordedBy: uuid('exit_recorded_by').references(() => users.id),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    uniqueIndex('esf_participants_enrolment_unique').on(table.enrolmentId),
    index('esf_participants_client_idx').on(table.clientId),
  ],
);
