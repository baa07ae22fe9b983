import { describe, expect, it } from 'vitest';
import type { MatchComponent, MatchWeightsInput } from '../../../../contract/matching.js';
import { matchWeights } from '../../../../contract/matching.js';
import { MatchIndex } from './index.js';
import { occupations, opportunity, places, profile, skill } from './test-fixtures.js';
import type { MatchOpportunity, MatchProfile } from './types.js';

const index = new MatchIndex();
const explain = (person: MatchProfile, job: MatchOpportunity, weights?: MatchWeightsInput) =>
  index.explain(person, job, weights ? matchWeights.parse(weights) : undefined)!;
const component = <K extends MatchComponent['kind']>(person: MatchProfile, job: MatchOpportunity, kind: K) =>
  explain(person, job).components.find((entry) => entry.kind === kind) as Extract<MatchComponent, { kind: K }>;

describe('occupation fit', () => {
  const job = opportunity({ escoUri: occupations.cook });
  const interest = (escoUri: string | null, iscoCode: string | null = null) => profile({ occupationsOfInterest: [{ escoUri, iscoCode }] });

  it('gives all 30 points for the same ESCO occupation, fewer the farther apart the ISCO groups', () => {
    expect(component(interest(occupations.cook), job, 'occupation')).toMatchObject({ fit: 'same_occupation', points: 30 });
    expect(component(interest(occupations.dietCook), job, 'occupation')).toMatchObject({
      fit: 'same_isco_group',
      points: 21,
      personIscoCode: '5120',
    });
    const waiterJob = opportunity({ escoUri: occupations.waiter });
    expect(component(interest(null, '5132'), waiterJob, 'occupation')).toMatchObject({ fit: 'same_isco_minor_group', points: 12 });
    expect(component(interest(occupations.waiter), job, 'occupation')).toMatchObject({ fit: 'same_isco_sub_major_group', points: 6 });
    expect(component(interest(occupations.cloudEngineer), job, 'occupation')).toMatchObject({ fit: 'none', points: 0 });
  });

  it('counts a past occupation the person did not name as an interest at 80 %, and takes the best of several', () => {
    const past = profile({ pastOccupations: [{ escoUri: occupations.cook, iscoCode: null }] });
    expect(component(past, job, 'occupation')).toMatchObject({ fit: 'same_occupation', points: 24, pastOccupation: true });
    const both = profile({
      occupationsOfInterest: [{ escoUri: occupations.dietCook, iscoCode: null }],
      pastOccupations: [{ escoUri: occupations.cook, iscoCode: null }],
    });
    expect(component(both, job, 'occupation')).toMatchObject({ points: 24, personOccupationUri: occupations.cook });
  });
});

describe('skill coverage', () => {
  const job = opportunity({ requiredSkills: [skill('a'), skill('b'), skill('c'), skill('d')], niceToHaveSkills: [skill('e'), skill('f')] });

  it('shares the points among the listed skills and weighs each by the person’s level', () => {
    const person = profile({
      skills: [
        { uri: skill('a'), level: 3 },
        { uri: skill('b'), level: 4 },
        { uri: skill('e'), level: 1 },
        { uri: skill('z'), level: 4 },
      ],
    });
    expect(component(person, job, 'essential_skills')).toMatchObject({
      points: 12.5,
      maxPoints: 25,
      matched: [
        { uri: skill('a'), level: 3 },
        { uri: skill('b'), level: 4 },
      ],
      missing: [skill('c'), skill('d')],
    });
    expect(component(person, job, 'optional_skills')).toMatchObject({
      points: 3,
      matched: [{ uri: skill('e'), level: 1 }],
      missing: [skill('f')],
    });
  });

  it('takes an occupation’s essential skills from ESCO, and gives nothing when no skills are listed', () => {
    const cookJob = opportunity({ escoUri: occupations.cook });
    const essentials = index.reference.occupationSkills.get(occupations.cook)!.essential;
    const expert = profile({ skills: essentials.map((uri) => ({ uri, level: 4 as const })) });
    expect(component(expert, cookJob, 'essential_skills')).toMatchObject({ points: 25, missing: [] });
    expect(component(expert, opportunity(), 'essential_skills')).toMatchObject({ points: 0, matched: [], missing: [] });
  });
});

describe('languages, licences, hours, start date, preferences', () => {
  it('counts a language one CEFR level below the requirement as half', () => {
    const job = opportunity({
      languages: [
        { code: 'fi', level: 'B2' },
        { code: 'en', level: 'B1' },
      ],
    });
    const person = profile({
      languages: [
        { code: 'fi', level: 'C2' },
        { code: 'en', level: 'A2' },
      ],
    });
    expect(component(person, job, 'languages')).toMatchObject({
      points: 3.8, // 5 × (1 + 0.5) / 2 = 3.75
      languages: [
        { code: 'fi', required: 'B2', held: 'C2' },
        { code: 'en', required: 'B1', held: 'A2' },
      ],
    });
    expect(component(person, opportunity(), 'languages').points).toBe(5);
  });

  it('gives the share of required licences held', () => {
    const job = opportunity({ licences: ['driving_b', 'forklift'] });
    expect(component(profile({ licences: ['driving_b', 'first_aid'] }), job, 'licences')).toMatchObject({
      points: 2.5,
      held: ['driving_b'],
      missing: ['forklift'],
    });
    expect(component(profile(), opportunity(), 'licences').points).toBe(5);
  });

  it('fits hours within the person’s range and a working-time form they accept', () => {
    const job = opportunity({ hoursPerWeek: 20, workingTimeForm: 'part_time' });
    expect(component(profile({ hoursMin: 15, hoursMax: 25 }), job, 'hours')).toMatchObject({ points: 5, formAccepted: true });
    expect(component(profile({ hoursMin: 25, hoursMax: 40, workingTimeForms: ['part_time'] }), job, 'hours').points).toBe(3.8); // 5 h short: 0.5 hours share
    expect(component(profile({ hoursMin: 30, hoursMax: 40, workingTimeForms: ['full_time'] }), job, 'hours')).toMatchObject({
      points: 0,
      formAccepted: false,
    });
  });

  it('takes points off a job that starts before the person can', () => {
    const job = opportunity({ startDate: '2026-12-01' });
    expect(component(profile({ earliestStart: '2026-12-31' }), job, 'start_date')).toMatchObject({ points: 2.5, daysTooEarly: 30 });
    expect(component(profile({ earliestStart: '2026-11-01' }), job, 'start_date')).toMatchObject({ points: 5, daysTooEarly: 0 });
  });

  it('rewards a preferred sector and remote work when wanted', () => {
    const job = opportunity({ industrySection: 'I' });
    expect(component(profile({ preferredSections: ['I'] }), job, 'preferences')).toMatchObject({ points: 5, sectorPreferred: true });
    expect(component(profile({ preferredSections: ['C'] }), job, 'preferences')).toMatchObject({ points: 2.5, sectorPreferred: false });
    expect(component(profile({ wantsRemote: true }), job, 'preferences')).toMatchObject({
      points: 2.5,
      remoteWanted: true,
      remotePossible: false,
    });
    expect(component(profile({ wantsRemote: true }), opportunity({ remotePossible: true }), 'preferences').points).toBe(5);
  });
});

describe('commute', () => {
  it('falls linearly from full points at home to none at the person’s maximum commute', () => {
    expect(component(profile(), opportunity(), 'commute')).toMatchObject({ points: 10, distanceKm: 0, maxKm: 50 });
    expect(component(profile(), opportunity({ location: places.north25 }), 'commute')).toMatchObject({ points: 5, distanceKm: 25 });
    expect(component(profile({ maxCommuteKm: 100 }), opportunity({ location: places.north25 }), 'commute').points).toBe(7.5);
    expect(component(profile({ home: null }), opportunity(), 'commute')).toMatchObject({ points: 5, distanceKm: null });
  });
});

describe('hard filters and near misses', () => {
  it('excludes a job with a demand the person must avoid, and calls it a near miss when that is all', () => {
    const result = explain(
      profile({ avoidDemands: ['heavy_lifting', 'night_work'] }),
      opportunity({ demands: ['heavy_lifting', 'noise'] }),
    );
    expect(result.excludedBy).toEqual([{ filter: 'demand_avoided', demand: 'heavy_lifting' }]);
    expect(result.nearMiss).toEqual({ filter: 'demand_avoided', demand: 'heavy_lifting' });
  });

  it('excludes for a missing required licence; two missing is no near miss', () => {
    const job = opportunity({ licences: ['forklift', 'driving_c'] });
    const one = explain(profile({ licences: ['driving_c'] }), job);
    expect(one.excludedBy).toEqual([{ filter: 'licence_missing', licence: 'forklift' }]);
    expect(one.nearMiss).toEqual({ filter: 'licence_missing', licence: 'forklift' });
    const two = explain(profile(), job);
    expect(two.excludedBy).toHaveLength(2);
    expect(two.nearMiss).toBeNull();
  });

  it('excludes a workplace beyond the maximum commute; distance is a near miss only when configured so', () => {
    const far = explain(profile({ maxCommuteKm: 20 }), opportunity({ location: places.north25 }));
    expect(far.excludedBy).toEqual([{ filter: 'beyond_commute', distanceKm: 25, maxKm: 20 }]);
    expect(far.nearMiss).toBeNull();
    const configured = explain(profile({ maxCommuteKm: 20 }), opportunity({ location: places.north25 }), {
      nearMissFilters: ['beyond_commute'],
    });
    expect(configured.nearMiss).toMatchObject({ filter: 'beyond_commute' });
    expect(explain(profile(), opportunity({ location: places.helsinki })).excludedBy).toMatchObject([
      { filter: 'beyond_commute', maxKm: 50 },
    ]);
  });

  it('adds the components up to 100 for a perfect match with the default weights', () => {
    const job = opportunity({ escoUri: occupations.cook, requiredSkills: [skill('a')] });
    const essentials = index.reference.occupationSkills.get(occupations.cook)!;
    const person = profile({
      occupationsOfInterest: [{ escoUri: occupations.cook, iscoCode: null }],
      skills: [...essentials.essential, ...essentials.optional, skill('a')].map((uri) => ({ uri, level: 4 as const })),
    });
    const result = explain(person, job);
    expect(result).toMatchObject({ score: 100, maxScore: 100, excludedBy: [], nearMiss: null });
  });
});
