import { and, eq, inArray, isNull, or, type SQL } from 'drizzle-orm';
import type { IndustrySection } from '../../../contract/employers.js';
import type { JobDemand, Licence } from '../../../contract/opportunities.js';
import type { Transaction } from '../../db/transaction.js';
import { consents } from '../clients/clients.tables.js';
import { listProfilesForMatching, type MatchingProfile } from '../competence-profiles/matching-source.js';
import { employers, employerWorkplaces } from '../employers/employers.tables.js';
import { enrolments } from '../enrolments/enrolments.tables.js';
import { locate, type MatchReference } from './engine/reference.js';
import type { LanguageLevel, MatchOpportunity, MatchProfile, MatchSkillLevel, WorkingTimeForm } from './engine/types.js';
import { opportunities } from '../opportunities/opportunities.tables.js';
import { processModels, programmes } from '../programmes/programmes.tables.js';

/**
 * Turns stored rows into the engine's inputs. The engine never reads the database; these are read
 * inside a system-scoped transaction because the index serves every organisation of the process
 * (each query then names the organisations its user may see).
 */

/** An employer_proposal consent's days: from givenOn to the last valid day (null = open-ended). */
export type ConsentWindow = { from: string; until: string | null };

export type LoadedProfile = { profile: MatchProfile; consentWindows: ConsentWindow[] };

/** The profile stores three levels; the engine scores four (basic 60 %, working 80 %, advanced and expert 100 %). */
const skillLevels: Record<string, MatchSkillLevel> = { basic: 1, good: 3, expert: 4 };

/**
 * Phases in which a person is looking for work. Process models do not mark them yet, so the
 * shipped models' job-search phases are named here; a model may list its own in `jobSearchPhases`.
 */
const defaultJobSearchPhases = ['job_search', 'working_towards_goals'];

function jobSearchPhasesOf(definition: unknown): readonly string[] {
  const own = (definition as { jobSearchPhases?: unknown }).jobSearchPhases;
  return Array.isArray(own) ? own.filter((phase): phase is string => typeof phase === 'string') : defaultJobSearchPhases;
}

const dayBefore = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/** A consent stops on the day it is revoked (see proposals/employer-consent.ts). */
function windowOf(row: { givenOn: string; validUntil: string | null; revokedOn: string | null }): ConsentWindow {
  const revokedUntil = row.revokedOn ? dayBefore(row.revokedOn) : null;
  const ends = [row.validUntil, revokedUntil].filter((end): end is string => end !== null).sort();
  return { from: row.givenOn, until: ends[0] ?? null };
}

export const consentActiveOn = (windows: readonly ConsentWindow[], day: string) =>
  windows.some((window) => window.from <= day && (window.until === null || window.until >= day));

/** Work forms a person accepts: full time, flexible and seasonal work always; part time and shifts when they said so. */
function acceptedForms(profile: MatchingProfile): WorkingTimeForm[] {
  const forms: WorkingTimeForm[] = ['full_time', 'flexible', 'seasonal'];
  if (profile.partTimeOk) forms.push('part_time');
  if (profile.shiftWorkOk) forms.push('shift_work');
  return forms;
}

const occupations = (uris: readonly string[], iscoCodes: readonly string[]) =>
  uris.map((uri, index) => ({ escoUri: uri, iscoCode: iscoCodes[index] ?? null }));

function toMatchProfile(
  reference: MatchReference,
  stored: MatchingProfile,
  status: { proposable: boolean; inJobSearch: boolean },
): MatchProfile {
  return {
    id: stored.clientId,
    organisationId: stored.organisationId,
    occupationsOfInterest: occupations(stored.occupationUris, stored.occupationIscoCodes),
    pastOccupations: occupations(stored.pastOccupationUris, stored.pastOccupationIscoCodes),
    skills: stored.skills.map((skill) => ({ uri: skill.uri, level: skillLevels[skill.level] ?? 1 })),
    languages: stored.languages,
    licences: stored.licences,
    hoursMin: stored.hoursPerWeekMin,
    hoursMax: stored.hoursPerWeekMax,
    workingTimeForms: acceptedForms(stored),
    wantsRemote: stored.remoteWanted,
    maxCommuteKm: stored.maxCommuteKm,
    earliestStart: stored.earliestStartDate,
    avoidDemands: stored.demandsToAvoid,
    home: locate(reference, stored.postalCode, stored.municipalityCode),
    municipalityCode: stored.municipalityCode,
    preferredSections: stored.industrySections,
    proposable: status.proposable,
    inJobSearch: status.inJobSearch,
  };
}

async function consentWindowsOf(tx: Transaction, clientIds: readonly string[]): Promise<Map<string, ConsentWindow[]>> {
  const rows = await tx
    .select({ clientId: consents.clientId, givenOn: consents.givenOn, validUntil: consents.validUntil, revokedOn: consents.revokedOn })
    .from(consents)
    .where(and(inArray(consents.clientId, [...clientIds]), eq(consents.kind, 'employer_proposal')));
  const windows = new Map<string, ConsentWindow[]>();
  for (const row of rows) windows.set(row.clientId, [...(windows.get(row.clientId) ?? []), windowOf(row)]);
  return windows;
}

async function clientsInJobSearch(tx: Transaction, clientIds: readonly string[]): Promise<Set<string>> {
  const rows = await tx
    .select({ clientId: enrolments.clientId, phase: enrolments.currentPhase, definition: processModels.definition })
    .from(enrolments)
    .innerJoin(programmes, eq(programmes.id, enrolments.programmeId))
    .innerJoin(processModels, eq(processModels.id, programmes.processModelId))
    .where(and(inArray(enrolments.clientId, [...clientIds]), isNull(enrolments.endDate)));
  return new Set(rows.filter((row) => jobSearchPhasesOf(row.definition).includes(row.phase)).map((row) => row.clientId));
}

/**
 * Profiles with their consent and phase: the given clients, or one keyset page of all. A client
 * asked for but not returned has no profile any more and leaves the index.
 */
export async function loadMatchProfiles(
  tx: Transaction,
  reference: MatchReference,
  today: string,
  options: { clientIds?: readonly string[]; afterClientId?: string; limit?: number },
): Promise<LoadedProfile[]> {
  const stored = await listProfilesForMatching(tx, options);
  if (stored.length === 0) return [];
  const ids = stored.map((profile) => profile.clientId);
  const [windows, searching] = await Promise.all([consentWindowsOf(tx, ids), clientsInJobSearch(tx, ids)]);
  return stored.map((profile) => {
    const consentWindows = windows.get(profile.clientId) ?? [];
    const status = { proposable: consentActiveOn(consentWindows, today), inJobSearch: searching.has(profile.clientId) };
    return { profile: toMatchProfile(reference, profile, status), consentWindows };
  });
}

export type OpportunitySelection = { ids?: readonly string[]; workplaceIds?: readonly string[]; employerIds?: readonly string[] };

/**
 * Open opportunities (all, or those named or at the named workplaces or employers) with where the
 * work is: the workplace's postcode or municipality, else the opportunity's or the employer's municipality.
 */
export async function loadMatchOpportunities(
  tx: Transaction,
  reference: MatchReference,
  selection: OpportunitySelection = {},
): Promise<MatchOpportunity[]> {
  const named: SQL[] = [];
  if (selection.ids?.length) named.push(inArray(opportunities.id, [...selection.ids]));
  if (selection.workplaceIds?.length) named.push(inArray(opportunities.workplaceId, [...selection.workplaceIds]));
  if (selection.employerIds?.length) named.push(inArray(opportunities.employerId, [...selection.employerIds]));
  const selective = selection.ids !== undefined || selection.workplaceIds !== undefined || selection.employerIds !== undefined;
  if (selective && named.length === 0) return [];
  const rows = await tx
    .select({
      opportunity: opportunities,
      industrySection: employers.industrySection,
      employerMunicipality: employers.municipalityCode,
      workplacePostalCode: employerWorkplaces.postalCode,
      workplaceMunicipality: employerWorkplaces.municipalityCode,
    })
    .from(opportunities)
    .innerJoin(employers, eq(employers.id, opportunities.employerId))
    .leftJoin(employerWorkplaces, eq(employerWorkplaces.id, opportunities.workplaceId))
    .where(and(eq(opportunities.status, 'open'), selective ? or(...named) : undefined));
  return rows.map(({ opportunity, ...place }) => {
    const municipalityCode = place.workplaceMunicipality ?? opportunity.municipalityCode ?? place.employerMunicipality;
    return {
      id: opportunity.id,
      organisationId: opportunity.organisationId,
      escoUri: opportunity.escoOccupationUri,
      iscoCode: opportunity.iscoCode,
      requiredSkills: opportunity.requiredSkills.flatMap((skill) => (skill.uri ? [skill.uri] : [])),
      niceToHaveSkills: opportunity.niceToHaveSkills.flatMap((skill) => (skill.uri ? [skill.uri] : [])),
      languages: opportunity.languages.map((language) => ({ code: language.code, level: language.level as LanguageLevel })),
      licences: opportunity.licences as Licence[],
      demands: opportunity.demands as JobDemand[],
      hoursPerWeek: opportunity.hoursPerWeek,
      workingTimeForm: opportunity.workingTimeForm as WorkingTimeForm | null,
      startDate: opportunity.startDate,
      location: locate(reference, place.workplacePostalCode, municipalityCode),
      municipalityCode,
      industrySection: place.industrySection as IndustrySection | null,
      // Opportunities do not record remote work yet.
      remotePossible: false,
    };
  });
}
