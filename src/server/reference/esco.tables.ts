import { index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** ISCO-08 occupation groups (levels 1–4) as ESCO v1.1.1 uses them. */
export const iscoGroups = pgTable('ref_isco_groups', {
  code: text('code').primaryKey(),
  level: integer('level').notNull(),
  parentCode: text('parent_code'),
  labelFi: text('label_fi').notNull(),
  labelSv: text('label_sv').notNull(),
  labelEn: text('label_en').notNull(),
});

/** ESCO occupations; the alternative labels ('|'-joined) are kept for search. */
export const escoOccupations = pgTable(
  'ref_esco_occupations',
  {
    uri: text('uri').primaryKey(),
    iscoCode: text('isco_code').notNull(),
    labelFi: text('label_fi').notNull(),
    labelSv: text('label_sv').notNull(),
    labelEn: text('label_en').notNull(),
    altLabelsFi: text('alt_labels_fi').notNull(),
    altLabelsEn: text('alt_labels_en').notNull(),
    /** ESCO's occupation → skill relations, limited to the shipped skills (kept as arrays: 92,000 rows would slow every start). */
    essentialSkillUris: text('essential_skill_uris').array().notNull(),
    optionalSkillUris: text('optional_skill_uris').array().notNull(),
    /** Every label and alternative label in lower case: what the search matches against. */
    searchText: text('search_text').notNull(),
  },
  (table) => [index('ref_esco_occupations_isco_idx').on(table.iscoCode)],
);

/** The ESCO skills Polku ships (the 3,000 linked to the most occupations). */
export const escoSkills = pgTable('ref_esco_skills', {
  uri: text('uri').primaryKey(),
  skillType: text('skill_type').notNull(),
  labelFi: text('label_fi').notNull(),
  labelSv: text('label_sv').notNull(),
  labelEn: text('label_en').notNull(),
  /** 1 = linked to the most occupations; orders equally good search matches. */
  rank: integer('rank').notNull(),
  searchText: text('search_text').notNull(),
});

/** Which version of a large shipped dataset the database holds, so start-up reloads it only when the files changed. */
export const referenceDatasets = pgTable('ref_datasets', {
  name: text('name').primaryKey(),
  contentHash: text('content_hash').notNull(),
  loadedAt: timestamp('loaded_at', { withTimezone: true }).notNull(),
});
