import { commuteClass, commuteClasses, LocationCells } from './cells.js';
import { grow, nextCapacity, PostingIndex } from './lists.js';
import { Pool } from './pool.js';
import type { MatchReference } from './reference.js';
import type { MatchProfile } from './types.js';
import {
  dayNumber,
  demandMask,
  iscoLevels,
  languageLevelNumber,
  licenceMask,
  sectionMask,
  workingTimeFormMask,
  type Vocabulary,
} from './vocabulary.js';

export const profileFlags = { live: 1, proposable: 2, inJobSearch: 4, wantsRemote: 8 } as const;
/** Occupation entries in the pool: ESCO id, ISCO unit, minor and sub-major group ids (-1 = none), past (0/1). */
export const occupationEntrySize = 5;

/**
 * Job seekers' profiles in columns (one typed array per field, one row per person) with posting
 * lists by skill and by occupation group, and member lists by organisation and municipality.
 */
export class ProfileStore {
  ids: string[] = [];
  readonly rowById = new Map<string, number>();
  private readonly freeRows: number[] = [];
  size = 0;
  live = 0;

  organisation = new Uint32Array(0);
  municipality = new Uint16Array(0);
  flags = new Uint8Array(0);
  lat = new Float64Array(0);
  lon = new Float64Array(0);
  /** NaN = not stated. */
  maxCommuteKm = new Float32Array(0);
  hoursMin = new Float32Array(0);
  hoursMax = new Float32Array(0);
  workingTimeForms = new Uint8Array(0);
  licences = new Uint16Array(0);
  avoidDemands = new Uint32Array(0);
  preferredSections = new Uint32Array(0);
  earliestStart = new Int32Array(0);
  /** Sorted skillId * 8 + level. */
  readonly skills = new Pool(0, 1024);
  readonly occupations = new Pool(0, 256);
  /** languageId * 8 + CEFR level (1–6). */
  readonly languages = new Pool(0, 256);

  /** Tag = skill level. */
  readonly bySkill = new PostingIndex();
  /** By ESCO occupation id / ISCO group id; tag 1 = only as a past occupation. */
  readonly byOccupation = new PostingIndex();
  readonly byIscoGroup = new PostingIndex();
  readonly byOrganisation = new PostingIndex();
  readonly byMunicipality = new PostingIndex();
  /** Home grid cells; each person's reach group is cell × commuteClasses + commute class (cells.ts). */
  readonly cells = new LocationCells();
  reachGroup = new Uint32Array(0);
  readonly byReachGroup = new PostingIndex();

  constructor(
    private readonly vocabulary: Vocabulary,
    private readonly reference: MatchReference,
  ) {}

  upsert(profile: MatchProfile): number {
    const existing = this.rowById.get(profile.id);
    if (existing !== undefined) this.unlink(existing);
    const row = existing ?? this.freeRows.pop() ?? this.size++;
    if (row >= this.flags.length) this.resize(row + 1);
    this.ids[row] = profile.id;
    this.rowById.set(profile.id, row);
    if (existing === undefined) this.live++;
    this.write(row, profile);
    return row;
  }

  remove(id: string): boolean {
    const row = this.rowById.get(id);
    if (row === undefined) return false;
    this.unlink(row);
    this.rowById.delete(id);
    this.flags[row] = 0;
    this.skills.clear(row);
    this.occupations.clear(row);
    this.languages.clear(row);
    this.freeRows.push(row);
    this.live--;
    return true;
  }

  private write(row: number, profile: MatchProfile): void {
    const vocabulary = this.vocabulary;
    const organisation = vocabulary.organisations.intern(profile.organisationId);
    const municipality = vocabulary.municipalities.intern(profile.municipalityCode ?? '');
    this.organisation[row] = organisation;
    this.municipality[row] = municipality;
    this.flags[row] =
      profileFlags.live |
      (profile.proposable ? profileFlags.proposable : 0) |
      (profile.inJobSearch ? profileFlags.inJobSearch : 0) |
      (profile.wantsRemote ? profileFlags.wantsRemote : 0);
    this.lat[row] = profile.home?.lat ?? Number.NaN;
    this.lon[row] = profile.home?.lon ?? Number.NaN;
    this.maxCommuteKm[row] = profile.maxCommuteKm ?? Number.NaN;
    this.hoursMin[row] = profile.hoursMin ?? Number.NEGATIVE_INFINITY;
    this.hoursMax[row] = profile.hoursMax ?? Number.POSITIVE_INFINITY;
    this.workingTimeForms[row] = workingTimeFormMask(profile.workingTimeForms);
    this.licences[row] = licenceMask(profile.licences);
    this.avoidDemands[row] = demandMask(profile.avoidDemands);
    this.preferredSections[row] = sectionMask(profile.preferredSections);
    this.earliestStart[row] = dayNumber(profile.earliestStart);

    const skills = packSorted(
      profile.skills,
      (skill) => vocabulary.skills.intern(skill.uri),
      (skill) => Math.min(4, Math.max(1, Math.round(skill.level))),
    );
    this.skills.set(row, skills);
    for (let index = 0; index < skills.length; index++) this.bySkill.add(skills[index]! >> 3, row, skills[index]! & 7);

    const occupations: number[] = [];
    // Posting keys with tag 0 (interested) or 1 (only a past occupation): tag 0 wins.
    const occupationKeys: number[] = [];
    const groupKeys: number[] = [];
    const addKey = (keys: number[], key: number, past: number) => {
      for (let at = 0; at < keys.length; at += 2) {
        if (keys[at] !== key) continue;
        if (past < keys[at + 1]!) keys[at + 1] = past;
        return;
      }
      keys.push(key, past);
    };
    const addOccupation = (escoUri: string | null, iscoCode: string | null, past: number) => {
      const isco = iscoCode ?? (escoUri ? (this.reference.occupationIsco.get(escoUri) ?? null) : null);
      const esco = escoUri ? vocabulary.occupations.intern(escoUri) : -1;
      const [unit, minor, subMajor] = iscoLevels(isco).map((code) => (code ? vocabulary.iscoGroups.intern(code) : -1)) as [
        number,
        number,
        number,
      ];
      if (esco < 0 && subMajor < 0) return;
      occupations.push(esco, unit, minor, subMajor, past);
      if (esco >= 0) addKey(occupationKeys, esco, past);
      if (unit >= 0) addKey(groupKeys, unit, past);
      if (minor >= 0) addKey(groupKeys, minor, past);
      if (subMajor >= 0) addKey(groupKeys, subMajor, past);
    };
    for (const occupation of profile.occupationsOfInterest) addOccupation(occupation.escoUri, occupation.iscoCode, 0);
    for (const occupation of profile.pastOccupations) addOccupation(occupation.escoUri, occupation.iscoCode, 1);
    this.occupations.set(row, occupations);
    for (let index = 0; index < occupationKeys.length; index += 2)
      this.byOccupation.add(occupationKeys[index]!, row, occupationKeys[index + 1]!);
    for (let index = 0; index < groupKeys.length; index += 2) this.byIscoGroup.add(groupKeys[index]!, row, groupKeys[index + 1]!);

    this.languages.set(
      row,
      packSorted(
        profile.languages,
        (language) => vocabulary.languages.intern(language.code),
        (language) => languageLevelNumber(language.level),
      ),
    );

    this.byOrganisation.add(organisation, row);
    this.byMunicipality.add(municipality, row);
    const cell = this.cells.cellOf(this.lat[row]!, this.lon[row]!);
    this.reachGroup[row] = cell * commuteClasses + commuteClass(profile.maxCommuteKm);
    this.byReachGroup.add(this.reachGroup[row]!, row);
  }

  /** Takes the row out of every posting list (before rewriting or removing it). */
  private unlink(row: number): void {
    for (const packed of this.skills.values(row)) this.bySkill.remove(packed >> 3, row);
    const occupations = this.occupations.values(row);
    const occupationKeys = new Set<number>();
    const groupKeys = new Set<number>();
    for (let entry = 0; entry < occupations.length; entry += occupationEntrySize) {
      if (occupations[entry]! >= 0) occupationKeys.add(occupations[entry]!);
      for (let level = 1; level <= 3; level++) if (occupations[entry + level]! >= 0) groupKeys.add(occupations[entry + level]!);
    }
    for (const key of occupationKeys) this.byOccupation.remove(key, row);
    for (const key of groupKeys) this.byIscoGroup.remove(key, row);
    this.byOrganisation.remove(this.organisation[row]!, row);
    this.byMunicipality.remove(this.municipality[row]!, row);
    this.byReachGroup.remove(this.reachGroup[row]!, row);
  }

  /** Gives back spare capacity of the pools and posting lists (after a bulk load; later upserts grow them again). */
  trim(): void {
    for (const pool of [this.skills, this.occupations, this.languages]) pool.trim();
    for (const index of [this.bySkill, this.byOccupation, this.byIscoGroup, this.byOrganisation, this.byMunicipality, this.byReachGroup])
      index.trim();
  }

  private resize(rows: number): void {
    const size = nextCapacity(this.flags.length, Math.max(rows, 64));
    this.organisation = grow(this.organisation, size);
    this.municipality = grow(this.municipality, size);
    this.flags = grow(this.flags, size);
    this.lat = grow(this.lat, size);
    this.lon = grow(this.lon, size);
    this.maxCommuteKm = grow(this.maxCommuteKm, size);
    this.hoursMin = grow(this.hoursMin, size);
    this.hoursMax = grow(this.hoursMax, size);
    this.workingTimeForms = grow(this.workingTimeForms, size);
    this.licences = grow(this.licences, size);
    this.avoidDemands = grow(this.avoidDemands, size);
    this.preferredSections = grow(this.preferredSections, size);
    this.earliestStart = grow(this.earliestStart, size);
    this.reachGroup = grow(this.reachGroup, size);
    this.skills.resize(size);
    this.occupations.resize(size);
    this.languages.resize(size);
  }
}

/** id * 8 + level, sorted by id, one entry per id with the highest level. */
export function packSorted<T>(items: readonly T[], idOf: (item: T) => number, levelOf: (item: T) => number): Int32Array {
  const packed = new Int32Array(items.length);
  for (let index = 0; index < items.length; index++) packed[index] = idOf(items[index]!) * 8 + levelOf(items[index]!);
  packed.sort();
  let length = 0;
  for (let index = 0; index < packed.length; index++) {
    if (length > 0 && packed[length - 1]! >> 3 === packed[index]! >> 3)
      packed[length - 1] = packed[index]!; // sorted: the later has the higher level
    else packed[length++] = packed[index]!;
  }
  return packed.subarray(0, length);
}
