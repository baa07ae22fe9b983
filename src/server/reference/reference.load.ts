import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { sql } from 'drizzle-orm';
import type { Database } from '../db/engine.js';
import { inTransaction, queryRows } from '../db/transaction.js';
import { iscedLevels, municipalities, postalCodes, regions, tolSections } from './reference.tables.js';

export const referenceDataFolder = fileURLToPath(new URL('../../../reference-data/', import.meta.url));

function readCsv(file: string): Record<string, string>[] {
  return parse(readFileSync(referenceDataFolder + file, 'utf8'), { columns: true, skip_empty_lines: true });
}

const toNumber = (value: string | undefined) => (value ? Number(value) : null);

async function insertInChunks<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < rows.length; start += 500) await insert(rows.slice(start, start + 500));
}

/** Loads the bundled reference files when the database holds none or an older set (row counts differ). */
export async function loadReferenceData(db: Database): Promise<void> {
  const regionRows = readCsv('fi_regions.csv').map((row) => ({
    code: row.region_code!,
    nameFi: row.name_fi!,
    nameSv: row.name_sv!,
    nameEn: row.name_en!,
  }));
  const municipalityRows = readCsv('fi_municipalities.csv').map((row) => ({
    code: row.municipality_code!,
    nameFi: row.name_fi!,
    nameSv: row.name_sv!,
    regionCode: row.region_code!,
    latitude: toNumber(row.centroid_lat),
    longitude: toNumber(row.centroid_lon),
  }));
  const postalRows = readCsv('fi_postal_codes.csv').map((row) => ({
    code: row.postal_code!,
    nameFi: row.name_fi!,
    nameSv: row.name_sv!,
    municipalityCode: row.municipality_code!,
    latitude: toNumber(row.lat),
    longitude: toNumber(row.lon),
  }));
  const iscedRows = readCsv('isced_2011_levels.csv').map((row) => ({
    level: Number(row.isced_level),
    labelFi: row.label_fi!,
    labelEn: row.label_en!,
    esfGroup: row.esf_group!,
  }));
  const industrySectionRows = readCsv('tol_2008_sections.csv').map((row) => ({
    code: row.section!,
    nameFi: row.name_fi!,
    nameSv: row.name_sv!,
    nameEn: row.name_en!,
  }));

  await inTransaction(db, 'system', async (tx) => {
    const count = async (table: string) =>
      Number((await queryRows<{ count: number }>(tx, sql.raw(`select count(*)::int as count from ${table}`)))[0]?.count);
    if ((await count('ref_regions')) !== regionRows.length) {
      await tx.delete(regions);
      await tx.insert(regions).values(regionRows);
    }
    if ((await count('ref_municipalities')) !== municipalityRows.length) {
      await tx.delete(municipalities);
      await insertInChunks(municipalityRows, (chunk) => tx.insert(municipalities).values(chunk));
    }
    if ((await count('ref_postal_codes')) !== postalRows.length) {
      await tx.delete(postalCodes);
      await insertInChunks(postalRows, (chunk) => tx.insert(postalCodes).values(chunk));
    }
    if ((await count('ref_isced_levels')) !== iscedRows.length) {
      await tx.delete(iscedLevels);
      await tx.insert(iscedLevels).values(iscedRows);
    }
    if ((await count('ref_industry_sections')) !== industrySectionRows.length) {
      await tx.delete(tolSections);
      await tx.insert(tolSections).values(industrySectionRows);
    }
  });
}
