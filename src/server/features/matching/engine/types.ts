import type { IndustrySection } from '../../../../contract/employers.js';
import type { JobDemand, Licence } from '../../../../contract/opportunities.js';
import type { languageLevels, workingTimeForms } from '../../../../contract/opportunities.js';

/** The engine's normalised inputs: the wiring turns database rows into these, the engine never reads a database. */

export type LanguageLevel = (typeof languageLevels)[number];
export type WorkingTimeForm = (typeof workingTimeForms)[number];
export type GeoPoint = { lat: number; lon: number };
/** An occupation as ESCO URI and/or ISCO-08 code (1–4 digits); the ISCO code is derived from ESCO when missing. */
export type MatchOccupation = { escoUri: string | null; iscoCode: string | null };
/** Skill level 1 basic, 2 working knowledge, 3 advanced, 4 expert. */
export type MatchSkillLevel = 1 | 2 | 3 | 4;

export type MatchProfile = {
  /** The client id. */
  id: string;
  organisationId: string;
  occupationsOfInterest: MatchOccupation[];
  pastOccupations: MatchOccupation[];
  skills: { uri: string; level: MatchSkillLevel }[];
  languages: { code: string; level: LanguageLevel }[];
  licences: Licence[];
  /** Preferred weekly hours; either end may be open. */
  hoursMin: number | null;
  hoursMax: number | null;
  /** Working-time forms the person accepts (part time, shift work …); empty = any. */
  workingTimeForms: WorkingTimeForm[];
  wantsRemote: boolean;
  /** null = not stated: the weights' default maximum commute applies. */
  maxCommuteKm: number | null;
  /** ISO date. */
  earliestStart: string | null;
  /** Work-ability considerations as job demands to avoid (never a diagnosis). */
  avoidDemands: JobDemand[];
  /** Home location: the postcode's coordinates, else the home municipality's centroid. */
  home: GeoPoint | null;
  municipalityCode: string | null;
  preferredSections: IndustrySection[];
  /** The person's consent allows proposing them to employers. */
  proposable: boolean;
  /** The person's enrolment is in a job-search phase. */
  inJobSearch: boolean;
};

export type MatchOpportunity = {
  id: string;
  organisationId: string;
  escoUri: string | null;
  iscoCode: string | null;
  /** ESCO skill URIs; skills in the employer's own words (no URI) are not matched. */
  requiredSkills: string[];
  niceToHaveSkills: string[];
  languages: { code: string; level: LanguageLevel }[];
  licences: Licence[];
  demands: JobDemand[];
  hoursPerWeek: number | null;
  workingTimeForm: WorkingTimeForm | null;
  startDate: string | null;
  location: GeoPoint | null;
  municipalityCode: string | null;
  industrySection: IndustrySection | null;
  remotePossible: boolean;
};

/** Filters of a candidate query (opportunity → people). */
export type CandidateQuery = {
  /** Only people of these organisations (the ones the user may see). Required: visibility is never implicit. */
  organisationIds: readonly string[];
  limit?: number;
  nearMissLimit?: number;
  municipalityCodes?: readonly string[];
  /** Distance from the workplace, on top of each person's own maximum commute. */
  maxDistanceKm?: number;
  onlyInJobSearch?: boolean;
  /** Only people whose consent allows proposing them. Defaults to true. */
  onlyProposable?: boolean;
  /** Leave out these people (e.g. already proposed). */
  excludeIds?: readonly string[];
};

/** Filters of an opportunity query (person → opportunities). */
export type OpportunityQuery = {
  /** Only opportunities of these organisations; omitted = all in the index. */
  organisationIds?: readonly string[];
  limit?: number;
  nearMissLimit?: number;
  municipalityCodes?: readonly string[];
  maxDistanceKm?: number;
  excludeIds?: readonly string[];
};
