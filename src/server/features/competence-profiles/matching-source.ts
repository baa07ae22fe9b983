import { and, asc, eq, gt, inArray, sql, type SQL } from 'drizzle-orm';
import type { EducationField, SkillLevel } from '../../../contract/competence-profiles.js';
import type { IndustrySection } from '../../../contract/employers.js';
import type { JobDemand, Licence, languageLevels } from '../../../contract/opportunities.js';
import type { Database } from '../../db/engine.js';
import type { Transaction } from '../../db/transaction.js';
import { clients } from '../clients/clients.tables.js';
import { competenceProfiles } from './competence-profiles.tables.js';

/**
 * What the matching engine reads from competence profiles, and how it hears of changes.
 *
 * - `listProfilesForMatching(tx, options)`: every stored profile of the given organisations (or
 *   the given clients) as plain typed objects, with the client's home municipality and postal
 *   code for the commute distance; one query over one table joined to clients by primary key, in
 *   client id order, so a full index build can page through it with `afterClientId` + `limit`.
 *   It does not apply the authorization policy or consent: the caller runs it inside a transaction
 *   scoped to the organisations it indexes and filters candidates by consent and visibility itself.
 * - `profileChangedChannel`: every saved profile change sends `NOTIFY competence_profile_changed,
 *   '<clientId>'` inside the writing transaction, so listeners hear of it only once it commits
 *   (PostgreSQL and PGlite alike). On a notification, reload that one client with
 *   `listProfilesForMatching(tx, { clientIds: [clientId] })`.
 * - `listenForProfileChanges(db, onChange)`: subscribes on either engine; returns the unsubscribe.
 */
export const profileChangedChannel = 'competence_profile_changed';

type CefrLevel = (typeof languageLevels)[number];

export type MatchingProfile = {
  clientId: string;
  organisationId: string;
  /** The client's home municipality (3 digits) and postal code: where the commute starts. */
  municipalityCode: string;
  postalCode: string | null;
  /** ESCO occupation URIs the person wants to work in, and the ISCO-08 unit group of each (same order). */
  occupationUris: string[];
  occupationIscoCodes: string[];
  /** Occupations the person has worked in. */
  pastOccupationUris: string[];
  pastOccupationIscoCodes: string[];
  skills: { uri: string; level: SkillLevel }[];
  licences: Licence[];
  languages: { code: string; level: CefrLevel }[];
  /** The highest ISCED level of the person's education, null when none is recorded. */
  highestIscedLevel: number | null;
  educationFields: EducationField[];
  industrySections: IndustrySection[];
  hoursPerWeekMin: number | null;
  hoursPerWeekMax: number | null;
  partTimeOk: boolean;
  shiftWorkOk: boolean;
  remoteWanted: boolean;
  maxCommuteKm: number | null;
  maxCommuteMinutes: number | null;
  earliestStartDate: string | null;
  /** Hard filter: an opportunity with any of these demands must not be offered. */
  demandsToAvoid: JobDemand[];
  version: number;
  updatedAt: Date;
};

export type MatchingProfileQuery = {
  organisationIds?: readonly string[];
  clientIds?: readonly string[];
  /** Only profiles saved after this instant (catching up after a lost connection). */
  updatedSince?: Date;
  /** Keyset paging for large builds: profiles after this client id, at most `limit` of them. */
  afterClientId?: string;
  limit?: number;
};

export async function listProfilesForMatching(tx: Transaction, options: MatchingProfileQuery = {}): Promise<MatchingProfile[]> {
  if ((options.organisationIds?.length ?? 1) === 0 || (options.clientIds?.length ?? 1) === 0) return [];
  const conditions: SQL[] = [];
  if (options.organisationIds) conditions.push(inArray(competenceProfiles.organisationId, [...options.organisationIds]));
  if (options.clientIds) conditions.push(inArray(competenceProfiles.clientId, [...options.clientIds]));
  if (options.updatedSince) conditions.push(gt(competenceProfiles.updatedAt, options.updatedSince));
  if (options.afterClientId) conditions.push(gt(competenceProfiles.clientId, options.afterClientId));
  const query = tx
    .select({ profile: competenceProfiles, municipalityCode: clients.municipalityCode, postalCode: clients.postalCode })
    .from(competenceProfiles)
    .innerJoin(clients, eq(clients.id, competenceProfiles.clientId))
    .where(and(...conditions))
    .orderBy(asc(competenceProfiles.clientId));
  const rows = options.limit === undefined ? await query : await query.limit(options.limit);
  return rows.map(({ profile, municipalityCode, postalCode }) => ({
    clientId: profile.clientId,
    organisationId: profile.organisationId,
    municipalityCode,
    postalCode,
    occupationUris: profile.occupationUris,
    occupationIscoCodes: profile.occupationIscoCodes,
    pastOccupationUris: profile.pastOccupationUris,
    pastOccupationIscoCodes: profile.pastOccupationIscoCodes,
    skills: profile.skills as MatchingProfile['skills'],
    licences: profile.licences as Licence[],
    languages: profile.languages as MatchingProfile['languages'],
    highestIscedLevel: profile.education.length === 0 ? null : Math.max(...profile.education.map((entry) => entry.iscedLevel)),
    educationFields: [...new Set(profile.education.flatMap((entry) => (entry.field ? [entry.field as EducationField] : [])))],
    industrySections: profile.industrySections as IndustrySection[],
    hoursPerWeekMin: profile.hoursPerWeekMin,
    hoursPerWeekMax: profile.hoursPerWeekMax,
    partTimeOk: profile.partTimeOk,
    shiftWorkOk: profile.shiftWorkOk,
    remoteWanted: profile.remoteWanted,
    maxCommuteKm: profile.maxCommuteKm,
    maxCommuteMinutes: profile.maxCommuteMinutes,
    earliestStartDate: profile.earliestStartDate,
    demandsToAvoid: profile.demandsToAvoid as JobDemand[],
    version: profile.version,
    updatedAt: profile.updatedAt,
  }));
}

/** Called inside the writing transaction: the notification is delivered when (and only if) it commits. */
export async function notifyProfileChanged(tx: Transaction, clientId: string): Promise<void> {
  await tx.execute(sql`select pg_notify(${profileChangedChannel}, ${clientId})`);
}

type PgliteClient = { listen: (channel: string, callback: (payload: string) => void) => Promise<() => Promise<void>> };
type PoolClient = {
  query: (text: string) => Promise<unknown>;
  on: (event: 'notification', listener: (message: { channel: string; payload?: string }) => void) => void;
  release: () => void;
};
type PgPool = { connect: () => Promise<PoolClient> };

/**
 * Calls `onChange(clientId)` for every committed profile change. On PostgreSQL this holds one
 * pooled connection for LISTEN until the returned function is called.
 */
export async function listenForProfileChanges(db: Database, onChange: (clientId: string) => void): Promise<() => Promise<void>> {
  const client = (db as unknown as { $client: PgliteClient | PgPool }).$client;
  if ('listen' in client) return client.listen(profileChangedChannel, onChange);
  const connection = await client.connect();
  connection.on('notification', (message) => {
    if (message.channel === profileChangedChannel && message.payload) onChange(message.payload);
  });
  await connection.query(`LISTEN ${profileChangedChannel}`);
  return async () => {
    await connection.query(`UNLISTEN ${profileChangedChannel}`);
    connection.release();
  };
}
