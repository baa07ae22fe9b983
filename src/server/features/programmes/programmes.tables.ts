import { boolean, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { ProcessModelDefinition } from '../../../contract/programmes.js';
import { organisations } from '../organisations/organisations.tables.js';

/** A coaching process (IPS, working-life interpreter, or an organisation's own) as data. */
export const processModels = pgTable('process_models', {
  id: uuid('id').primaryKey().defaultRandom(),
  key: text('key').notNull().unique(),
  /** null for the models shipped with Polku, otherwise the organisation that defined it. */
  organisationId: uuid('organisation_id').references(() => organisations.id),
  definition: jsonb('definition').$type<ProcessModelDefinition>().notNull(),
});

export const programmes = pgTable(
  'programmes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    name: text('name').notNull(),
    fundingCode: text('funding_code'),
    processModelId: uuid('process_model_id')
      .notNull()
      .references(() => processModels.id),
    followUpMonths: integer('follow_up_months').array().notNull(),
    active: boolean('active').notNull().default(true),
    /** Funded by the ESF+: its enrolments collect the participant data of Regulation (EU) 2021/1057, Annex I. */
    esfFunded: boolean('esf_funded').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('programmes_organisation_idx').on(table.organisationId)],
);
