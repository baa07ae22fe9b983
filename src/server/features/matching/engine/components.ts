import { defaultMatchWeights, matchWeights, type MatchWeights, type MatchWeightsInput } from '../../../../contract/matching.js';
import { popcount } from './vocabulary.js';

/**
 * The score's components as functions of plain numbers, used by the one scoring function
 * (score.ts) for every path: index, brute force and explanations. Points are integers in
 * thousandths of a point, so sums are exact in any order and the index and the brute-force scan
 * agree to the last digit (ties then break by id).
 */

export const occupationTiers = 4; // same occupation, ISCO unit group, minor group, sub-major group

export type CompiledWeights = {
  source: MatchWeights;
  /** [past ? 1 : 0][tier] → points. */
  occupation: [Int32Array, Int32Array];
  occupationMax: number;
  essential: number;
  optional: number;
  levelFactors: readonly number[];
  languages: number;
  licences: number;
  hours: number;
  startDate: number;
  commute: number;
  preferences: number;
  /** The most the components after occupation and skills can add: the bound the index prunes with. */
  restMax: number;
  nearMissMask: number;
};

const milli = (value: number) => Math.round(value * 1000);

export function compileWeights(input: MatchWeightsInput | MatchWeights = defaultMatchWeights): CompiledWeights {
  const source = matchWeights.parse(input);
  const tierFactors = [1, source.sameIscoGroupFactor, source.sameIscoMinorGroupFactor, source.sameIscoSubMajorGroupFactor];
  const occupation: [Int32Array, Int32Array] = [
    Int32Array.from(tierFactors, (factor) => milli(source.occupation * factor)),
    Int32Array.from(tierFactors, (factor) => milli(source.occupation * factor * source.pastOccupationFactor)),
  ];
  const rest = [source.languages, source.licences, source.hours, source.startDate, source.commute, source.preferences].map(milli);
  return {
    source,
    occupation,
    occupationMax: Math.max(...occupation[0], ...occupation[1]),
    essential: milli(source.essentialSkills),
    optional: milli(source.optionalSkills),
    levelFactors: source.skillLevelFactors,
    languages: rest[0]!,
    licences: rest[1]!,
    hours: rest[2]!,
    startDate: rest[3]!,
    commute: rest[4]!,
    preferences: rest[5]!,
    restMax: rest.reduce((sum, value) => sum + value, 0),
    nearMissMask: source.nearMissFilters.reduce((mask, kind) => mask | filterBit[kind], 0),
  };
}

export const filterBit = { demand_avoided: 1, licence_missing: 2, beyond_commute: 4 } as const;

/**
 * Points of one matched skill: the component's points shared equally among the listed skills,
 * scaled by the person's level. `perSkill` is points / number of skills listed.
 */
export const skillPoints = (perSkill: number, levelFactor: number) => Math.round(perSkill * levelFactor);

/** Points per matched skill at levels 1–4 for a list of `count` skills worth `points` in all. */
export function skillPointTable(points: number, count: number, levelFactors: readonly number[]): Int32Array {
  const perSkill = count === 0 ? 0 : points / count;
  return Int32Array.from(levelFactors, (factor) => skillPoints(perSkill, factor));
}

/** `credit` is the sum of per-language credits (1 held at the level, the below-factor one level under). */
export const languagePoints = (weight: number, credit: number, required: number) =>
  required === 0 ? weight : Math.round((weight * credit) / required);

export function licencePoints(weight: number, requiredMask: number, heldMask: number): number {
  const required = popcount(requiredMask);
  return required === 0 ? weight : Math.round((weight * popcount(requiredMask & heldMask)) / required);
}

/** Hours within the range (open ends ±Infinity; unknown hours NaN) and an accepted working-time form (formMask 0 = any). */
export function hoursPoints(
  weight: number,
  toleranceHours: number,
  hours: number,
  formBit: number,
  minHours: number,
  maxHours: number,
  formMask: number,
): number {
  let hoursShare = 1;
  if (!Number.isNaN(hours)) {
    const gap = hours < minHours ? minHours - hours : hours > maxHours ? hours - maxHours : 0;
    hoursShare = Math.max(0, 1 - gap / toleranceHours);
  }
  const formShare = formBit === 0 || formMask === 0 || (formMask & formBit) !== 0 ? 1 : 0;
  return Math.round(weight * (hoursShare + formShare) * 0.5);
}

/** days = the person's earliest start minus the job's start; positive when the job starts too early. */
export function startDatePoints(weight: number, toleranceDays: number, daysTooEarly: number): number {
  if (daysTooEarly <= 0) return weight;
  return Math.round(weight * Math.max(0, 1 - daysTooEarly / toleranceDays));
}

/** Unknown distance (NaN) gets half the points; the caller excludes distances beyond maxKm. */
export function commutePoints(weight: number, distanceKm: number, maxKm: number): number {
  if (Number.isNaN(distanceKm)) return Math.round(weight / 2);
  return Math.round(weight * Math.max(0, 1 - distanceKm / maxKm));
}

/** Half for the sector (no preference = any sector suits; unknown sector = half), half for remote work. */
export function preferencePoints(
  weight: number,
  sectorBit: number,
  preferredSectors: number,
  wantsRemote: boolean,
  remotePossible: boolean,
): number {
  const sectorShare = preferredSectors === 0 ? 1 : sectorBit === 0 ? 0.5 : (preferredSectors & sectorBit) !== 0 ? 1 : 0;
  const remoteShare = !wantsRemote || remotePossible ? 1 : 0;
  return Math.round(weight * (sectorShare + remoteShare) * 0.5);
}
