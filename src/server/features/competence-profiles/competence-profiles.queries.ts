import { desc, eq, inArray } from 'drizzle-orm';
import type { CompetenceProfileFields, ProfileOccupation, ProfilePart } from '../../../contract/competence-profiles.js';
import { users } from '../../auth/auth.tables.js';
import type { Transaction } from '../../db/transaction.js';
import { escoOccupations, iscoGroups } from '../../reference/esco.tables.js';
import { iscedLevels } from '../../reference/reference.tables.js';
import { competenceProfiles, competenceProfileVersions } from './competence-profiles.tables.js';

export type ProfileRow = typeof competenceProfiles.$inferSelect;

/** The stored row, locked for the rest of the transaction when a write is about to follow. */
export async function findProfileRow(tx: Transaction, clientId: string, options: { lock?: boolean } = {}): Promise<ProfileRow | undefined> {
  const query = tx.select().from(competenceProfiles).where(eq(competenceProfiles.clientId, clientId));
  const [row] = options.lock ? await query.for('update') : await query;
  return row;
}

/** The profile's fields as the API takes them, rebuilt from the typed columns. */
export function fieldsOfRow(row: ProfileRow): CompetenceProfileFields {
  return {
    occupationsOfInterest: row.occupationUris.map((uri) => ({ uri })),
    pastOccupations: row.pastOccupationUris.map((uri) => ({ uri })),
    skills: row.skills as CompetenceProfileFields['skills'],
    education: row.education as CompetenceProfileFields['education'],
    licences: row.licences as CompetenceProfileFields['licences'],
    languages: row.languages as CompetenceProfileFields['languages'],
    workHistory: row.workHistory,
    preferences: {
      industrySections: row.industrySections as CompetenceProfileFields['preferences']['industrySections'],
      hoursPerWeekMin: row.hoursPerWeekMin,
      hoursPerWeekMax: row.hoursPerWeekMax,
      partTimeOk: row.partTimeOk,
      shiftWorkOk: row.shiftWorkOk,
      remoteWanted: row.remoteWanted,
      maxCommuteKm: row.maxCommuteKm,
      maxCommuteMinutes: row.maxCommuteMinutes,
      earliestStartDate: row.earliestStartDate,
    },
    demandsToAvoid: row.demandsToAvoid as CompetenceProfileFields['demandsToAvoid'],
  };
}

/**
 * The typed columns of a profile. `iscoCodeOf` gives each chosen ESCO occupation's ISCO-08 unit
 * group; exported so that generators (demo data, benchmarks) store profiles exactly as the API does.
 */
export function profileColumns(fields: CompetenceProfileFields, iscoCodeOf: (uri: string) => string) {
  return {
    occupationUris: fields.occupationsOfInterest.map((occupation) => occupation.uri),
    occupationIscoCodes: fields.occupationsOfInterest.map((occupation) => iscoCodeOf(occupation.uri)),
    pastOccupationUris: fields.pastOccupations.map((occupation) => occupation.uri),
    pastOccupationIscoCodes: fields.pastOccupations.map((occupation) => iscoCodeOf(occupation.uri)),
    skills: fields.skills,
    skillUris: fields.skills.map((skill) => skill.uri),
    education: fields.education,
    licences: fields.licences,
    languages: fields.languages,
    workHistory: fields.workHistory,
    industrySections: fields.preferences.industrySections,
    hoursPerWeekMin: fields.preferences.hoursPerWeekMin,
    hoursPerWeekMax: fields.preferences.hoursPerWeekMax,
    partTimeOk: fields.preferences.partTimeOk,
    shiftWorkOk: fields.preferences.shiftWorkOk,
    remoteWanted: fields.preferences.remoteWanted,
    maxCommuteKm: fields.preferences.maxCommuteKm,
    maxCommuteMinutes: fields.preferences.maxCommuteMinutes,
    earliestStartDate: fields.preferences.earliestStartDate,
    demandsToAvoid: fields.demandsToAvoid,
  };
}

/** The ESCO occupations among the URIs, each with its ISCO-08 unit group, by URI. */
export async function occupationsByUri(tx: Transaction, uris: readonly string[]): Promise<Map<string, ProfileOccupation>> {
  if (uris.length === 0) return new Map();
  const rows = await tx
    .select({ occupation: escoOccupations, group: iscoGroups })
    .from(escoOccupations)
    .leftJoin(iscoGroups, eq(iscoGroups.code, escoOccupations.iscoCode))
    .where(inArray(escoOccupations.uri, [...new Set(uris)]));
  const labels = (row: { labelFi: string; labelSv: string; labelEn: string }) => ({ fi: row.labelFi, sv: row.labelSv, en: row.labelEn });
  return new Map(
    rows.map(({ occupation, group }) => [
      occupation.uri,
      {
        uri: occupation.uri,
        iscoCode: occupation.iscoCode,
        label: labels(occupation),
        iscoGroup: group ? { code: group.code, label: labels(group) } : null,
      },
    ]),
  );
}

export async function knownIscedLevels(tx: Transaction): Promise<Set<number>> {
  return new Set((await tx.select({ level: iscedLevels.level }).from(iscedLevels)).map((row) => row.level));
}

export async function userNames(tx: Transaction, userIds: readonly (string | null)[]): Promise<Map<string, string>> {
  const ids = [...new Set(userIds.filter((userId): userId is string => userId !== null))];
  if (ids.length === 0) return new Map();
  const rows = await tx.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, ids));
  return new Map(rows.map((row) => [row.id, row.name]));
}

export async function insertVersion(
  tx: Transaction,
  values: {
    clientId: string;
    organisationId: string;
    version: number;
    changedParts: ProfilePart[];
    snapshot: CompetenceProfileFields;
    changedBy: string;
    changedAt: Date;
  },
): Promise<void> {
  await tx.insert(competenceProfileVersions).values(values);
}

export function listVersions(tx: Transaction, clientId: string) {
  return tx
    .select({
      version: competenceProfileVersions.version,
      changedParts: competenceProfileVersions.changedParts,
      changedBy: competenceProfileVersions.changedBy,
      changedAt: competenceProfileVersions.changedAt,
    })
    .from(competenceProfileVersions)
    .where(eq(competenceProfileVersions.clientId, clientId))
    .orderBy(desc(competenceProfileVersions.version));
}
