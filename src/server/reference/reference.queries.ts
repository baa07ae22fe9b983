import { asc, eq } from 'drizzle-orm';
import type { IndustrySectionName, IscedLevel, Municipality, PostalCode } from '../../contract/reference.js';
import type { Transaction } from '../db/transaction.js';
import { iscedLevels, municipalities, postalCodes, regions, tolSections } from './reference.tables.js';

export async function listMunicipalities(tx: Transaction): Promise<Municipality[]> {
  const rows = await tx
    .select({ municipality: municipalities, region: regions })
    .from(municipalities)
    .innerJoin(regions, eq(regions.code, municipalities.regionCode))
    .orderBy(asc(municipalities.nameFi));
  return rows.map(({ municipality, region }) => ({
    code: municipality.code,
    name: { fi: municipality.nameFi, sv: municipality.nameSv },
    region: { code: region.code, name: { fi: region.nameFi, sv: region.nameSv, en: region.nameEn } },
  }));
}

export async function listIscedLevels(tx: Transaction): Promise<IscedLevel[]> {
  const rows = await tx.select().from(iscedLevels).orderBy(asc(iscedLevels.level));
  return rows.map((row) => ({ level: row.level, label: { fi: row.labelFi, en: row.labelEn }, esfGroup: row.esfGroup }));
}

export async function listPostalCodes(tx: Transaction, municipalityCode: string | undefined): Promise<PostalCode[]> {
  const rows = await tx
    .select()
    .from(postalCodes)
    .where(municipalityCode ? eq(postalCodes.municipalityCode, municipalityCode) : undefined)
    .orderBy(asc(postalCodes.code));
  return rows.map((row) => ({ code: row.code, name: { fi: row.nameFi, sv: row.nameSv }, municipalityCode: row.municipalityCode }));
}

export async function listIndustrySections(tx: Transaction): Promise<IndustrySectionName[]> {
  const rows = await tx.select().from(tolSections).orderBy(asc(tolSections.code));
  return rows.map((row) => ({ code: row.code, name: { fi: row.nameFi, sv: row.nameSv, en: row.nameEn } }));
}
