import { asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Locale } from '../../contract/common.js';
import type { EscoOccupation, EscoSkill, IscoGroup, OccupationSkills } from '../../contract/esco.js';
import type { Transaction } from '../db/transaction.js';
import { escoOccupations, escoSkills, iscoGroups } from './esco.tables.js';
import { escapeLike } from '../db/like.js';

type Search = { search: string; language: Locale; limit: number };

const labelColumn = {
  occupation: { fi: escoOccupations.labelFi, sv: escoOccupations.labelSv, en: escoOccupations.labelEn },
  skill: { fi: escoSkills.labelFi, sv: escoSkills.labelSv, en: escoSkills.labelEn },
};

/**
 * Best matches first: the whole label in the asked language, its beginning, the beginning of a
 * word in it, anywhere in it; then the other languages' labels; last the alternative labels.
 */
function matchRank(term: string, preferred: PgColumn, others: PgColumn[]): SQL {
  const anywhere = `%${escapeLike(term)}%`;
  return sql`case
    when lower(${preferred}) = ${term} then 0
    when lower(${preferred}) like ${`${escapeLike(term)}%`} then 1
    when lower(${preferred}) like ${`% ${escapeLike(term)}%`} or lower(${preferred}) like ${`%-${escapeLike(term)}%`} then 2
    when lower(${preferred}) like ${anywhere} then 3
    ${sql.join(
      others.map((column) => sql`when lower(${column}) like ${anywhere} then 4`),
      sql` `,
    )}
    else 5 end`;
}

const labelsOf = (row: { labelFi: string; labelSv: string; labelEn: string }) => ({ fi: row.labelFi, sv: row.labelSv, en: row.labelEn });

type OccupationRow = typeof escoOccupations.$inferSelect & { group: typeof iscoGroups.$inferSelect | null };

function toOccupation(row: OccupationRow, term?: string): EscoOccupation {
  const preferredMatches =
    term !== undefined && [row.labelFi, row.labelSv, row.labelEn].some((label) => label.toLowerCase().includes(term));
  const alternative =
    term === undefined || preferredMatches
      ? null
      : ([...row.altLabelsFi.split('|'), ...row.altLabelsEn.split('|')].find((label) => label.toLowerCase().includes(term)) ?? null);
  return {
    uri: row.uri,
    iscoCode: row.iscoCode,
    label: labelsOf(row),
    iscoGroup: row.group ? { code: row.group.code, label: labelsOf(row.group) } : null,
    matchedAlternativeLabel: alternative,
  };
}

const occupationSelection = { occupation: escoOccupations, group: iscoGroups };
const flatten = (rows: { occupation: typeof escoOccupations.$inferSelect; group: typeof iscoGroups.$inferSelect | null }[]) =>
  rows.map((row) => ({ ...row.occupation, group: row.group }));

/** Occupations by label in fi/sv/en (also alternative labels), or by ISCO code when the search is 1–4 digits. */
export async function searchOccupations(tx: Transaction, query: Search): Promise<EscoOccupation[]> {
  const term = query.search.toLowerCase();
  const base = tx.select(occupationSelection).from(escoOccupations).leftJoin(iscoGroups, eq(iscoGroups.code, escoOccupations.iscoCode));
  if (/^\d{1,4}$/.test(term)) {
    const rows = await base
      .where(sql`${escoOccupations.iscoCode} like ${`${term}%`}`)
      .orderBy(asc(escoOccupations.iscoCode), asc(labelColumn.occupation[query.language]))
      .limit(query.limit);
    return flatten(rows).map((row) => toOccupation(row));
  }
  const preferred = labelColumn.occupation[query.language];
  const others = Object.values(labelColumn.occupation).filter((column) => column !== preferred);
  const rows = await base
    .where(sql`${escoOccupations.searchText} like ${`%${escapeLike(term)}%`}`)
    .orderBy(matchRank(term, preferred, others), sql`length(${preferred})`, asc(preferred))
    .limit(query.limit);
  return flatten(rows).map((row) => toOccupation(row, term));
}

function toSkill(row: typeof escoSkills.$inferSelect): EscoSkill {
  return { uri: row.uri, skillType: row.skillType, label: labelsOf(row) };
}

/** Skills by label in fi/sv/en; among equal matches the skills linked to more occupations first. */
export async function searchSkills(tx: Transaction, query: Search): Promise<EscoSkill[]> {
  const term = query.search.toLowerCase();
  const preferred = labelColumn.skill[query.language];
  const others = Object.values(labelColumn.skill).filter((column) => column !== preferred);
  const rows = await tx
    .select()
    .from(escoSkills)
    .where(sql`${escoSkills.searchText} like ${`%${escapeLike(term)}%`}`)
    .orderBy(matchRank(term, preferred, others), asc(escoSkills.rank))
    .limit(query.limit);
  return rows.map(toSkill);
}

export async function findOccupation(tx: Transaction, uri: string): Promise<EscoOccupation | undefined> {
  const rows = await tx
    .select(occupationSelection)
    .from(escoOccupations)
    .leftJoin(iscoGroups, eq(iscoGroups.code, escoOccupations.iscoCode))
    .where(eq(escoOccupations.uri, uri));
  const [row] = flatten(rows);
  return row ? toOccupation(row) : undefined;
}

export async function findIscoGroup(tx: Transaction, code: string): Promise<IscoGroup | undefined> {
  const [row] = await tx.select().from(iscoGroups).where(eq(iscoGroups.code, code));
  return row ? { code: row.code, label: labelsOf(row) } : undefined;
}

/** The shipped skills among the given URIs, by URI. */
export async function skillsByUri(tx: Transaction, uris: readonly string[]): Promise<Map<string, EscoSkill>> {
  if (uris.length === 0) return new Map();
  const rows = await tx
    .select()
    .from(escoSkills)
    .where(inArray(escoSkills.uri, [...new Set(uris)]));
  return new Map(rows.map((row) => [row.uri, toSkill(row)]));
}

export async function occupationSkills(tx: Transaction, uri: string): Promise<OccupationSkills | undefined> {
  const occupation = await findOccupation(tx, uri);
  if (!occupation) return undefined;
  const [relations] = await tx
    .select({ essential: escoOccupations.essentialSkillUris, optional: escoOccupations.optionalSkillUris })
    .from(escoOccupations)
    .where(eq(escoOccupations.uri, uri));
  const skills = await skillsByUri(tx, [...relations!.essential, ...relations!.optional]);
  const inOrder = (uris: string[]) => uris.flatMap((skillUri) => skills.get(skillUri) ?? []);
  return { occupation, essential: inOrder(relations!.essential), optional: inOrder(relations!.optional) };
}
