import {
  commutePoints,
  filterBit,
  hoursPoints,
  languagePoints,
  licencePoints,
  preferencePoints,
  skillPoints,
  startDatePoints,
  type CompiledWeights,
} from './components.js';
import { haversineKm } from './geo.js';
import type { CompiledOpportunity } from './opportunity-store.js';
import { occupationEntrySize, profileFlags, type ProfileStore } from './profile-store.js';
import { noDay, popcount } from './vocabulary.js';

/** The facts behind each component, collected only when an explanation is asked for. */
export type PairFacts = {
  points: number[];
  occupationEntry: number;
  occupationTier: number;
  /** Packed person skills (skillId * 8 + level) that matched, essential and optional. */
  matchedEssential: number[];
  matchedOptional: number[];
  maxCommuteKm: number;
  daysTooEarly: number;
  formAccepted: boolean | null;
};

/**
 * One scoring's inputs and outputs. A search sets `threshold` (the score a pair must reach to enter
 * the current top lists) so the scoring can stop as soon as the pair cannot reach it, and may pass
 * the occupation + skill points its posting lists already summed (`knownPartial`) or a bound of them.
 */
export type ScoreContext = {
  weights: CompiledWeights;
  opportunity: CompiledOpportunity;
  people: ProfileStore;
  threshold: number;
  /** Whether near misses are collected; when not, any failed requirement ends the scoring. */
  nearMisses: boolean;
  knownPartial: number;
  /** When the partial is not known exactly: an upper bound of it, to stop before computing it. */
  partialBound: number;
  facts: PairFacts | null;
  /** Out: requirements failed (each avoided demand and each missing licence counts once). */
  failures: number;
  failureKinds: number;
  nearMiss: boolean;
  distanceKm: number;
};

export const scoreContext = (
  weights: CompiledWeights,
  opportunity: CompiledOpportunity,
  people: ProfileStore,
  nearMisses = true,
): ScoreContext => ({
  weights,
  opportunity,
  people,
  threshold: Number.NEGATIVE_INFINITY,
  nearMisses,
  knownPartial: -1,
  partialBound: weights.occupationMax + weights.essential + weights.optional,
  facts: null,
  failures: 0,
  failureKinds: 0,
  nearMiss: false,
  distanceKm: Number.NaN,
});

export const newFacts = (): PairFacts => ({
  points: [],
  occupationEntry: -1,
  occupationTier: -1,
  matchedEssential: [],
  matchedOptional: [],
  maxCommuteKm: 0,
  daysTooEarly: 0,
  formAccepted: null,
});

/** Returned when the pair is excluded (and not a wanted near miss) or cannot reach the threshold. */
export const notRanked = -1;

/**
 * THE scoring function: every path (the pruned index, the brute-force scan, explanations and the
 * tests) scores a pair with it. Returns the score in thousandths of a point, or `notRanked`; the
 * hard filters failed and the near-miss verdict are left in the context.
 */
export function scorePair(context: ScoreContext, row: number): number {
  const { weights, opportunity, people, facts } = context;
  const source = weights.source;
  const held = people.licences[row]!;
  const avoided = opportunity.demands & people.avoidDemands[row]!;
  const missing = opportunity.licences & ~held;
  const stated = people.maxCommuteKm[row]!;
  const maxKm = Number.isNaN(stated) ? source.defaultMaxCommuteKm : stated;
  const distance = haversineKm(people.lat[row]!, people.lon[row]!, opportunity.lat, opportunity.lon);
  const failures = popcount(avoided) + popcount(missing) + (distance > maxKm ? 1 : 0);
  const failureKinds =
    (avoided ? filterBit.demand_avoided : 0) |
    (missing ? filterBit.licence_missing : 0) |
    (distance > maxKm ? filterBit.beyond_commute : 0);
  context.failures = failures;
  context.failureKinds = failureKinds;
  context.nearMiss = failures === 1 && (failureKinds & weights.nearMissMask) !== 0;
  context.distanceKm = distance;
  // Excluded and not a near miss that is asked for: nothing more to compute (the hard filters are the cheapest part).
  if (!facts && failures > 0 && !(context.nearMiss && context.nearMisses)) return notRanked;

  const licences = licencePoints(weights.licences, opportunity.licences, held);
  const hours = hoursPoints(
    weights.hours,
    source.hoursToleranceHours,
    opportunity.hours,
    opportunity.workingTimeForm,
    people.hoursMin[row]!,
    people.hoursMax[row]!,
    people.workingTimeForms[row]!,
  );
  const earliest = people.earliestStart[row]!;
  const daysTooEarly = earliest === noDay || opportunity.startDay === noDay ? 0 : earliest - opportunity.startDay;
  const start = startDatePoints(weights.startDate, source.startDateToleranceDays, daysTooEarly);
  const flags = people.flags[row]!;
  const preferences = preferencePoints(
    weights.preferences,
    opportunity.section,
    people.preferredSections[row]!,
    (flags & profileFlags.wantsRemote) !== 0,
    opportunity.remotePossible,
  );
  const commute = commutePoints(weights.commute, distance, maxKm);
  const cheap = licences + hours + start + preferences + commute;

  let occupation = 0;
  let essential = 0;
  let optional = 0;
  if (context.knownPartial >= 0 && !facts) {
    occupation = context.knownPartial;
  } else {
    if (cheap + context.partialBound + weights.languages < context.threshold) return notRanked;
    occupation = occupationScore(weights, opportunity, people, row, facts);
    skillScore(weights, opportunity, people, row, facts);
    essential = skillSums[0]!;
    optional = skillSums[1]!;
  }
  const sure = occupation + essential + optional + cheap;
  if (sure + weights.languages < context.threshold) return notRanked;
  const languages = languageScore(weights, opportunity, people, row);

  if (facts) {
    facts.points = [occupation, essential, optional, languages, licences, hours, start, commute, preferences];
    facts.maxCommuteKm = maxKm;
    facts.daysTooEarly = Math.max(0, daysTooEarly);
    const accepted = people.workingTimeForms[row]!;
    facts.formAccepted = opportunity.workingTimeForm === 0 ? null : accepted === 0 || (accepted & opportunity.workingTimeForm) !== 0;
  }
  return sure + languages;
}

/**
 * The best of the person's occupations. Each occupation is compared on every level (same ESCO
 * occupation, same ISCO unit, minor and sub-major group) and the best-paying level counts, which
 * is exactly what the index's posting lists sum.
 */
function occupationScore(
  weights: CompiledWeights,
  opportunity: CompiledOpportunity,
  people: ProfileStore,
  row: number,
  facts: PairFacts | null,
): number {
  const pool = people.occupations;
  const start = pool.offset[row]!;
  const end = start + pool.length[row]!;
  const data = pool.data;
  const groups = opportunity.groups;
  let best = 0;
  for (let entry = start; entry < end; entry += occupationEntrySize) {
    const table = weights.occupation[data[entry + 4] === 1 ? 1 : 0];
    for (let tier = 0; tier < 4; tier++) {
      const wanted = tier === 0 ? opportunity.occupation : groups[tier - 1]!;
      if (wanted < 0 || data[entry + tier] !== wanted || table[tier]! <= best) continue;
      best = table[tier]!;
      if (facts) {
        facts.occupationEntry = (entry - start) / occupationEntrySize;
        facts.occupationTier = tier;
      }
    }
  }
  return best;
}

const skillSums = new Int32Array(2);

/** Walks the person's and the opportunity's sorted skill lists together; sums into skillSums. */
function skillScore(
  weights: CompiledWeights,
  opportunity: CompiledOpportunity,
  people: ProfileStore,
  row: number,
  facts: PairFacts | null,
): void {
  const wanted = opportunity.skills;
  const pool = people.skills;
  const data = pool.data;
  let index = pool.offset[row]!;
  const end = index + pool.length[row]!;
  const essentialEach = opportunity.essentialCount === 0 ? 0 : weights.essential / opportunity.essentialCount;
  const optionalEach = opportunity.optionalCount === 0 ? 0 : weights.optional / opportunity.optionalCount;
  const factors = weights.levelFactors;
  let essential = 0;
  let optional = 0;
  let cursor = 0;
  const wantedEnd = wanted.length;
  while (index < end && cursor < wantedEnd) {
    const own = data[index]!;
    const personSkill = own >> 3;
    const wantedSkill = wanted[cursor]! >> 1;
    if (personSkill < wantedSkill) index++;
    else if (personSkill > wantedSkill) cursor++;
    else {
      if ((wanted[cursor]! & 1) === 0) {
        essential += skillPoints(essentialEach, factors[(own & 7) - 1]!);
        facts?.matchedEssential.push(own);
      } else {
        optional += skillPoints(optionalEach, factors[(own & 7) - 1]!);
        facts?.matchedOptional.push(own);
      }
      index++;
      cursor++;
    }
  }
  skillSums[0] = essential;
  skillSums[1] = optional;
}

function languageScore(weights: CompiledWeights, opportunity: CompiledOpportunity, people: ProfileStore, row: number): number {
  const required = opportunity.languages;
  if (required.length === 0) return weights.languages;
  const pool = people.languages;
  const data = pool.data;
  const start = pool.offset[row]!;
  const end = start + pool.length[row]!;
  let credit = 0;
  for (let index = 0; index < required.length; index++) {
    const language = required[index]! >> 3;
    const level = required[index]! & 7;
    for (let own = start; own < end; own++) {
      if (data[own]! >> 3 !== language) continue;
      const ownLevel = data[own]! & 7;
      credit += ownLevel >= level ? 1 : ownLevel === level - 1 ? weights.source.languageOneLevelBelowFactor : 0;
    }
  }
  return languagePoints(weights.languages, credit, required.length);
}
