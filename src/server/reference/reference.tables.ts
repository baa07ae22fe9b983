import { doublePrecision, integer, pgTable, text } from 'drizzle-orm/pg-core';

export const regions = pgTable('ref_regions', {
  code: text('code').primaryKey(),
  nameFi: text('name_fi').notNull(),
  nameSv: text('name_sv').notNull(),
  nameEn: text('name_en').notNull(),
});

export const municipalities = pgTable('ref_municipalities', {
  code: text('code').primaryKey(),
  nameFi: text('name_fi').notNull(),
  nameSv: text('name_sv').notNull(),
  regionCode: text('region_code').notNull(),
  latitude: doublePrecision('latitude'),
  longitude: doublePrecision('longitude'),
});

export const postalCodes = pgTable('ref_postal_codes', {
  code: text('code').primaryKey(),
  nameFi: text('name_fi').notNull(),
  nameSv: text('name_sv').notNull(),
  municipalityCode: text('municipality_code').notNull(),
  latitude: doublePrecision('latitude'),
  longitude: doublePrecision('longitude'),
});

export const iscedLevels = pgTable('ref_isced_levels', {
  level: integer('level').primaryKey(),
  labelFi: text('label_fi').notNull(),
  labelEn: text('label_en').notNull(),
  esfGroup: text('esf_group').notNull(),
});

/** TOL 2008 main classes (sections A–U) of Statistics Finland, the sector of an employer. */
export const tolSections = pgTable('ref_industry_sections', {
  code: text('code').primaryKey(),
  nameFi: text('name_fi').notNull(),
  nameSv: text('name_sv').notNull(),
  nameEn: text('name_en').notNull(),
});
