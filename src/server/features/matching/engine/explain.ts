import { industrySections } from '../../../../contract/employers.js';
import type { HardFilter, MatchComponent, MatchExplanation } from '../../../../contract/matching.js';
import { jobDemands, languageLevels, licences, workingTimeForms } from '../../../../contract/opportunities.js';
import { filterBit, type CompiledWeights } from './components.js';
import type { CompiledOpportunity } from './opportunity-store.js';
import { occupationEntrySize, profileFlags, type ProfileStore } from './profile-store.js';
import { newFacts, scoreContext, scorePair } from './score.js';
import { dayToIso, maskValues, type Vocabulary } from './vocabulary.js';

const fits = ['same_occupation', 'same_isco_group', 'same_isco_minor_group', 'same_isco_sub_major_group'] as const;
const points = (milli: number) => Math.round(milli / 100) / 10;
const level = (value: number) => (value >= 1 && value <= 6 ? languageLevels[value - 1]! : null);
const finite = (value: number) => (Number.isFinite(value) ? value : null);

/** Scores the pair with the one scoring function and turns its facts into the explanation the user sees. */
export function explainPair(
  weights: CompiledWeights,
  vocabulary: Vocabulary,
  opportunity: CompiledOpportunity,
  people: ProfileStore,
  row: number,
): MatchExplanation {
  const facts = newFacts();
  const outcome = scoreContext(weights, opportunity, people);
  outcome.facts = facts;
  const score = scorePair(outcome, row);
  const [occupation, essential, optional, languages, licencePoints, hours, start, commute, preferences] = facts.points.map(points);
  const source = weights.source;

  const occupations = people.occupations.values(row);
  const entry = facts.occupationEntry * occupationEntrySize;
  const occupationComponent: MatchComponent = {
    kind: 'occupation',
    points: occupation!,
    maxPoints: source.occupation,
    fit: facts.occupationTier < 0 ? 'none' : fits[facts.occupationTier]!,
    personOccupationUri: facts.occupationEntry < 0 || occupations[entry]! < 0 ? null : vocabulary.occupations.values[occupations[entry]!]!,
    personIscoCode:
      facts.occupationEntry < 0 || occupations[entry + 1]! < 0 ? null : vocabulary.iscoGroups.values[occupations[entry + 1]!]!,
    pastOccupation: facts.occupationEntry >= 0 && occupations[entry + 4] === 1,
  };

  const skillComponent = (
    kind: 'essential_skills' | 'optional_skills',
    matched: number[],
    tag: number,
    value: number,
    max: number,
  ): MatchComponent => {
    const matchedIds = new Set(matched.map((packed) => packed >> 3));
    return {
      kind,
      points: value,
      maxPoints: max,
      matched: matched.map((packed) => ({ uri: vocabulary.skills.values[packed >> 3]!, level: packed & 7 })),
      missing: [...opportunity.skills]
        .filter((packed) => (packed & 1) === tag && !matchedIds.has(packed >> 1))
        .map((packed) => vocabulary.skills.values[packed >> 1]!),
    };
  };

  const held = people.languages.values(row);
  const languageDetails = [...opportunity.languages].map((packed) => {
    const own = held.find((value) => value >> 3 === packed >> 3);
    return {
      code: vocabulary.languages.values[packed >> 3]!,
      required: level(packed & 7)!,
      held: own === undefined ? null : level(own & 7),
    };
  });

  const heldLicences = people.licences[row]!;
  const flags = people.flags[row]!;
  const components: MatchComponent[] = [
    occupationComponent,
    skillComponent('essential_skills', facts.matchedEssential, 0, essential!, source.essentialSkills),
    skillComponent('optional_skills', facts.matchedOptional, 1, optional!, source.optionalSkills),
    { kind: 'languages', points: languages!, maxPoints: source.languages, languages: languageDetails },
    {
      kind: 'licences',
      points: licencePoints!,
      maxPoints: source.licences,
      held: maskValues(opportunity.licences & heldLicences, licences),
      missing: maskValues(opportunity.licences & ~heldLicences, licences),
    },
    {
      kind: 'hours',
      points: hours!,
      maxPoints: source.hours,
      hoursPerWeek: finite(opportunity.hours),
      preferredMin: finite(people.hoursMin[row]!),
      preferredMax: finite(people.hoursMax[row]!),
      workingTimeForm: maskValues(opportunity.workingTimeForm, workingTimeForms)[0] ?? null,
      formAccepted: facts.formAccepted,
    },
    {
      kind: 'start_date',
      points: start!,
      maxPoints: source.startDate,
      startDate: dayToIso(opportunity.startDay),
      earliestStart: dayToIso(people.earliestStart[row]!),
      daysTooEarly: facts.daysTooEarly,
    },
    {
      kind: 'commute',
      points: commute!,
      maxPoints: source.commute,
      distanceKm: Number.isNaN(outcome.distanceKm) ? null : Math.round(outcome.distanceKm * 10) / 10,
      maxKm: facts.maxCommuteKm,
    },
    {
      kind: 'preferences',
      points: preferences!,
      maxPoints: source.preferences,
      industrySection: maskValues(opportunity.section, industrySections)[0] ?? null,
      sectorPreferred: people.preferredSections[row] === 0 ? null : (people.preferredSections[row]! & opportunity.section) !== 0,
      remoteWanted: (flags & profileFlags.wantsRemote) !== 0,
      remotePossible: opportunity.remotePossible,
    },
  ];

  const excludedBy: HardFilter[] = [
    ...maskValues(opportunity.demands & people.avoidDemands[row]!, jobDemands).map((demand) => ({
      filter: 'demand_avoided' as const,
      demand,
    })),
    ...maskValues(opportunity.licences & ~heldLicences, licences).map((licence) => ({ filter: 'licence_missing' as const, licence })),
    ...(outcome.failureKinds & filterBit.beyond_commute
      ? [{ filter: 'beyond_commute' as const, distanceKm: Math.round(outcome.distanceKm * 10) / 10, maxKm: facts.maxCommuteKm }]
      : []),
  ];
  const maxScore = [
    source.occupation,
    source.essentialSkills,
    source.optionalSkills,
    source.languages,
    source.licences,
    source.hours,
    source.startDate,
    source.commute,
    source.preferences,
  ].reduce((sum, value) => sum + value, 0);
  return { score: points(score), maxScore, components, excludedBy, nearMiss: outcome.nearMiss ? excludedBy[0]! : null };
}
