import { z } from 'zod';
import { industrySections } from './employers.js';
import { jobDemands, languageLevels, licences, workingTimeForms } from './opportunities.js';

/**
 * Matching: the weights that configure the score (per organisation) and the explanation every
 * match carries. The score is the sum of the components' points; each component says why it got
 * the points it got, so the user can see what was met and what was missed.
 */

export const matchComponentKinds = [
  'occupation',
  'essential_skills',
  'optional_skills',
  'languages',
  'licences',
  'hours',
  'start_date',
  'commute',
  'preferences',
] as const;
export type MatchComponentKind = (typeof matchComponentKinds)[number];

/** A hard filter excludes a pair outright; the explanation names which one. */
export const hardFilterKinds = ['demand_avoided', 'licence_missing', 'beyond_commute'] as const;
export type HardFilterKind = (typeof hardFilterKinds)[number];

/** Person's self-rated skill level: 1 basic, 2 working knowledge, 3 advanced, 4 expert. */
export const matchSkillLevels = [1, 2, 3, 4] as const;

const points = (fallback: number) => z.number().min(0).max(100).default(fallback);
const factor = (fallback: number) => z.number().min(0).max(1).default(fallback);

/**
 * Weights (points out of 100 with the defaults) and the rules' tolerances. Defaults:
 * - occupation 30: same ESCO occupation 100 %, same ISCO-08 unit group (4 digits) 70 %, same minor
 *   group (3 digits) 40 %, same sub-major group (2 digits) 20 % of the points; an occupation the person
 *   has done before but did not name as an interest counts at 80 % of that.
 * - essential skills 25 and optional skills 10: the share of the opportunity's essential (the
 *   occupation's essential skills in ESCO plus the opportunity's own required skills) and optional
 *   (ESCO's optional skills plus nice-to-have) skills the person has, each skill weighted by the
 *   person's level (basic 60 %, working 80 %, advanced and expert 100 %). No skills listed → 0 points.
 * - languages 5: the share of required languages held at the level (one CEFR level below counts half).
 * - licences 5: the share of required licences held (a missing one is also a hard filter).
 * - hours 5: half for weekly hours within the person's range (falling linearly to 0 at 10 h outside),
 *   half for a working-time form the person accepts.
 * - start date 5: full when the job starts on or after the person's earliest start, falling
 *   linearly to 0 at 60 days before it.
 * - commute 10: full at 0 km, falling linearly to 0 at the person's maximum commute (default 50 km when
 *   they have stated none); farther is a hard filter.
 * - preferences 5: the person's preferred sectors (TOL 2008) and remote work.
 * Requirements the opportunity does not state (no language, licence, hours, start date) give full points.
 */
export const matchWeights = z.object({
  occupation: points(30),
  essentialSkills: points(25),
  optionalSkills: points(10),
  languages: points(5),
  licences: points(5),
  hours: points(5),
  startDate: points(5),
  commute: points(10),
  preferences: points(5),
  sameIscoGroupFactor: factor(0.7),
  sameIscoMinorGroupFactor: factor(0.4),
  sameIscoSubMajorGroupFactor: factor(0.2),
  pastOccupationFactor: factor(0.8),
  /** Credit of a skill at levels 1–4. */
  skillLevelFactors: z.tuple([factor(0.6), factor(0.8), factor(1), factor(1)]).default([0.6, 0.8, 1, 1]),
  languageOneLevelBelowFactor: factor(0.5),
  hoursToleranceHours: z.number().min(1).max(80).default(10),
  startDateToleranceDays: z.number().int().min(1).max(365).default(60),
  defaultMaxCommuteKm: z.number().min(1).max(1000).default(50),
  /**
   * Which hard filters make a near miss ("misses exactly one requirement"). Distance is left out by
   * default: job carving and training can remove a demand or get a licence, not move a workplace.
   */
  nearMissFilters: z.array(z.enum(hardFilterKinds)).default(['demand_avoided', 'licence_missing']),
});
export type MatchWeights = z.infer<typeof matchWeights>;
export type MatchWeightsInput = z.input<typeof matchWeights>;
export const defaultMatchWeights: MatchWeights = matchWeights.parse({});

const hardFilter = z.discriminatedUnion('filter', [
  z.object({ filter: z.literal('demand_avoided'), demand: z.enum(jobDemands) }),
  z.object({ filter: z.literal('licence_missing'), licence: z.enum(licences) }),
  z.object({ filter: z.literal('beyond_commute'), distanceKm: z.number(), maxKm: z.number() }),
]);
export type HardFilter = z.infer<typeof hardFilter>;

const languageDetail = z.object({ code: z.string(), required: z.enum(languageLevels), held: z.enum(languageLevels).nullable() });

/** Each component with its points (one decimal), its maximum and the facts behind it. */
export const matchComponent = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('occupation'),
    points: z.number(),
    maxPoints: z.number(),
    /** How the person's occupation relates to the opportunity's, and which of the person's occupations it was. */
    fit: z.enum(['same_occupation', 'same_isco_group', 'same_isco_minor_group', 'same_isco_sub_major_group', 'none']),
    personOccupationUri: z.string().nullable(),
    personIscoCode: z.string().nullable(),
    pastOccupation: z.boolean(),
  }),
  z.object({
    kind: z.enum(['essential_skills', 'optional_skills']),
    points: z.number(),
    maxPoints: z.number(),
    matched: z.array(z.object({ uri: z.string(), level: z.number().int() })),
    missing: z.array(z.string()),
  }),
  z.object({ kind: z.literal('languages'), points: z.number(), maxPoints: z.number(), languages: z.array(languageDetail) }),
  z.object({
    kind: z.literal('licences'),
    points: z.number(),
    maxPoints: z.number(),
    held: z.array(z.enum(licences)),
    missing: z.array(z.enum(licences)),
  }),
  z.object({
    kind: z.literal('hours'),
    points: z.number(),
    maxPoints: z.number(),
    hoursPerWeek: z.number().nullable(),
    preferredMin: z.number().nullable(),
    preferredMax: z.number().nullable(),
    workingTimeForm: z.enum(workingTimeForms).nullable(),
    formAccepted: z.boolean().nullable(),
  }),
  z.object({
    kind: z.literal('start_date'),
    points: z.number(),
    maxPoints: z.number(),
    startDate: z.string().nullable(),
    earliestStart: z.string().nullable(),
    /** How many days before the person's earliest start the job starts (0 when not before). */
    daysTooEarly: z.number().int(),
  }),
  z.object({
    kind: z.literal('commute'),
    points: z.number(),
    maxPoints: z.number(),
    /** Great-circle distance from home to the workplace; null when either location is unknown (half points). */
    distanceKm: z.number().nullable(),
    maxKm: z.number(),
  }),
  z.object({
    kind: z.literal('preferences'),
    points: z.number(),
    maxPoints: z.number(),
    industrySection: z.enum(industrySections).nullable(),
    /** null: the person named no preferred sector, so any sector suits. */
    sectorPreferred: z.boolean().nullable(),
    remoteWanted: z.boolean(),
    remotePossible: z.boolean(),
  }),
]);
export type MatchComponent = z.infer<typeof matchComponent>;

export const matchExplanation = z.object({
  /** Points out of maxScore (100 with the default weights), one decimal. */
  score: z.number(),
  maxScore: z.number(),
  components: z.array(matchComponent),
  /** Every hard filter the pair fails; empty for a match. */
  excludedBy: z.array(hardFilter),
  /**
   * A near miss fails exactly one of the near-miss filters and nothing else; this is that filter.
   * Lists show near misses only when they score at least as high as the last match shown: people
   * who would be among the matches but for one requirement.
   */
  nearMiss: hardFilter.nullable(),
});
export type MatchExplanation = z.infer<typeof matchExplanation>;

/** One ranked row: a candidate (client id) for an opportunity, or an opportunity for a person. */
export const matchResult = z.object({ id: z.string(), score: z.number(), explanation: matchExplanation });
export type MatchResult = z.infer<typeof matchResult>;
export const matchList = z.object({ items: z.array(matchResult), nearMisses: z.array(matchResult) });
export type MatchList = z.infer<typeof matchList>;
