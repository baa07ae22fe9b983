import { LocationCells } from './cells.js';
import { grow, PostingIndex } from './lists.js';
import type { MatchReference } from './reference.js';
import type { MatchOpportunity } from './types.js';
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

/** An opportunity with its strings interned, skills resolved to essential/optional, dates as day numbers. */
export type CompiledOpportunity = {
  source: MatchOpportunity;
  organisation: number;
  municipality: number;
  occupation: number;
  /** ISCO unit, minor and sub-major group ids (-1 = none). */
  groups: [number, number, number];
  /** Sorted skillId * 2 + (0 essential, 1 optional). */
  skills: Int32Array;
  essentialCount: number;
  optionalCount: number;
  /** Sorted languageId * 8 + CEFR level (1–6). */
  languages: Int32Array;
  licences: number;
  demands: number;
  hours: number;
  workingTimeForm: number;
  startDay: number;
  lat: number;
  lon: number;
  section: number;
  remotePossible: boolean;
  /** Location grid cell in the store (0 until stored or when the location is unknown). */
  cell: number;
};

/** The essential skills are the ESCO occupation's essential ones plus the opportunity's required ones. */
export function compileOpportunity(opportunity: MatchOpportunity, vocabulary: Vocabulary, reference: MatchReference): CompiledOpportunity {
  const occupationSkills = opportunity.escoUri ? reference.occupationSkills.get(opportunity.escoUri) : undefined;
  const essential = new Set([...(occupationSkills?.essential ?? []), ...opportunity.requiredSkills]);
  const optional = new Set([...(occupationSkills?.optional ?? []), ...opportunity.niceToHaveSkills].filter((uri) => !essential.has(uri)));
  const skills = Int32Array.from([
    ...[...essential].map((uri) => vocabulary.skills.intern(uri) * 2),
    ...[...optional].map((uri) => vocabulary.skills.intern(uri) * 2 + 1),
  ]).sort();
  const isco = opportunity.iscoCode ?? (opportunity.escoUri ? (reference.occupationIsco.get(opportunity.escoUri) ?? null) : null);
  const groups = iscoLevels(isco).map((code) => (code ? vocabulary.iscoGroups.intern(code) : -1)) as [number, number, number];
  const languages = new Map<number, number>();
  for (const language of opportunity.languages) {
    const id = vocabulary.languages.intern(language.code);
    languages.set(id, Math.max(languages.get(id) ?? 0, languageLevelNumber(language.level)));
  }
  return {
    source: opportunity,
    organisation: vocabulary.organisations.intern(opportunity.organisationId),
    municipality: vocabulary.municipalities.intern(opportunity.municipalityCode ?? ''),
    occupation: opportunity.escoUri ? vocabulary.occupations.intern(opportunity.escoUri) : -1,
    groups,
    skills,
    essentialCount: essential.size,
    optionalCount: optional.size,
    languages: Int32Array.from(languages, ([id, level]) => id * 8 + level).sort(),
    licences: licenceMask(opportunity.licences),
    demands: demandMask(opportunity.demands),
    hours: opportunity.hoursPerWeek ?? Number.NaN,
    workingTimeForm: workingTimeFormMask(opportunity.workingTimeForm ? [opportunity.workingTimeForm] : []),
    startDay: dayNumber(opportunity.startDate),
    lat: opportunity.location?.lat ?? Number.NaN,
    lon: opportunity.location?.lon ?? Number.NaN,
    section: sectionMask(opportunity.industrySection ? [opportunity.industrySection] : []),
    remotePossible: opportunity.remotePossible,
    cell: 0,
  };
}

/** Open opportunities with posting lists by skill (tag 0 essential, 1 optional), occupation, ISCO group and municipality. */
export class OpportunityStore {
  readonly items: (CompiledOpportunity | undefined)[] = [];
  readonly rowById = new Map<string, number>();
  private readonly freeRows: number[] = [];
  /** Column copies of each row's skill counts, read per posting by the person search. */
  essentialCount = new Uint16Array(0);
  optionalCount = new Uint16Array(0);
  readonly bySkill = new PostingIndex();
  readonly byOccupation = new PostingIndex();
  readonly byIscoGroup = new PostingIndex();
  readonly byMunicipality = new PostingIndex();
  /** Workplace grid cells (cells.ts) and each cell's opportunities. */
  readonly cells = new LocationCells();
  readonly byCell = new PostingIndex();

  constructor(
    private readonly vocabulary: Vocabulary,
    private readonly reference: MatchReference,
  ) {}

  get size(): number {
    return this.items.length;
  }

  get live(): number {
    return this.rowById.size;
  }

  upsert(opportunity: MatchOpportunity): number {
    const existing = this.rowById.get(opportunity.id);
    if (existing !== undefined) this.unlink(existing);
    const row = existing ?? this.freeRows.pop() ?? this.items.length;
    const compiled = compileOpportunity(opportunity, this.vocabulary, this.reference);
    this.items[row] = compiled;
    this.essentialCount = grow(this.essentialCount, row + 1);
    this.optionalCount = grow(this.optionalCount, row + 1);
    this.essentialCount[row] = compiled.essentialCount;
    this.optionalCount[row] = compiled.optionalCount;
    this.rowById.set(opportunity.id, row);
    for (const packed of compiled.skills) this.bySkill.add(packed >> 1, row, packed & 1);
    if (compiled.occupation >= 0) this.byOccupation.add(compiled.occupation, row);
    for (const group of compiled.groups) if (group >= 0) this.byIscoGroup.add(group, row);
    this.byMunicipality.add(compiled.municipality, row);
    compiled.cell = this.cells.cellOf(compiled.lat, compiled.lon);
    this.byCell.add(compiled.cell, row);
    return row;
  }

  remove(id: string): boolean {
    const row = this.rowById.get(id);
    if (row === undefined) return false;
    this.unlink(row);
    this.items[row] = undefined;
    this.rowById.delete(id);
    this.freeRows.push(row);
    return true;
  }

  private unlink(row: number): void {
    const compiled = this.items[row]!;
    for (const packed of compiled.skills) this.bySkill.remove(packed >> 1, row);
    if (compiled.occupation >= 0) this.byOccupation.remove(compiled.occupation, row);
    for (const group of compiled.groups) if (group >= 0) this.byIscoGroup.remove(group, row);
    this.byMunicipality.remove(compiled.municipality, row);
    this.byCell.remove(compiled.cell, row);
  }
}
