import { afterEach, describe, expect, it } from 'vitest';
import { industrySections } from '../../../../contract/employers.js';
import { jobDemands, licences } from '../../../../contract/opportunities.js';
import { matchWeights, type MatchWeights } from '../../../../contract/matching.js';
import { MatchIndex, type MatchSearchResult } from './index.js';
import { occupations, opportunity, places, profile, skill } from './test-fixtures.js';
import { matchTuning } from './tuning.js';
import type { MatchOccupation, MatchOpportunity, MatchProfile } from './types.js';

/** A small random world with few distinct values, so many pairs tie and pruning is tested at its edges. */
function randomWorld(seed: number) {
  let state = seed;
  const random = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 4294967296;
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const some = <T>(list: readonly T[], share: number) => list.filter(() => random() < share);
  const occupationPool: MatchOccupation[] = [
    ...Object.values(occupations).map((escoUri) => ({ escoUri, iscoCode: null })),
    { escoUri: null, iscoCode: '5132' },
    { escoUri: null, iscoCode: '5120' },
    { escoUri: null, iscoCode: '9333' },
  ];
  const cookSkills = [...new MatchIndex().reference.occupationSkills.get(occupations.cook)!.essential].slice(0, 8);
  const skills = [...Array.from({ length: 12 }, (_, n) => skill(String(n))), ...cookSkills];
  const point = () => pick([places.oulu, places.north25, places.helsinki, null]);
  const municipality = (home: object | null) => (home === places.helsinki ? '091' : home ? '564' : null);
  const people: MatchProfile[] = Array.from({ length: 1500 }, (_, n) => {
    const home = point();
    return profile({
      id: `p${String(n).padStart(4, '0')}`,
      organisationId: pick(['org-a', 'org-b', 'org-c']),
      occupationsOfInterest: some(occupationPool, 0.2),
      pastOccupations: some(occupationPool, 0.1),
      skills: some(skills, 0.3).map((uri) => ({ uri, level: pick([1, 2, 3, 4] as const) })),
      languages: some(
        [
          { code: 'fi', level: 'C2' as const },
          { code: 'en', level: 'B1' as const },
          { code: 'sv', level: 'A2' as const },
        ],
        0.6,
      ),
      licences: some(licences, 0.3),
      hoursMin: pick([null, 20, 30]),
      hoursMax: pick([null, 30, 40]),
      workingTimeForms: some(['full_time', 'part_time', 'shift_work'] as const, 0.3),
      wantsRemote: random() < 0.2,
      maxCommuteKm: pick([null, 10, 30, 600]),
      earliestStart: pick([null, '2026-12-01', '2027-01-15']),
      avoidDemands: some(jobDemands, 0.05),
      home,
      municipalityCode: municipality(home),
      preferredSections: some(industrySections, 0.05),
      proposable: random() < 0.85,
      inJobSearch: random() < 0.6,
    });
  });
  const jobs: MatchOpportunity[] = Array.from({ length: 300 }, (_, n) => {
    const location = point();
    const occupation = random() < 0.7 ? pick(occupationPool) : { escoUri: null, iscoCode: null };
    return opportunity({
      id: `o${String(n).padStart(4, '0')}`,
      organisationId: pick(['org-a', 'org-b', 'org-c']),
      escoUri: occupation.escoUri,
      iscoCode: occupation.iscoCode,
      requiredSkills: some(skills, 0.15),
      niceToHaveSkills: some(skills, 0.1),
      languages: some(
        [
          { code: 'fi', level: 'B2' as const },
          { code: 'en', level: 'B2' as const },
        ],
        0.4,
      ),
      licences: some(licences, 0.08),
      demands: some(jobDemands, 0.08),
      hoursPerWeek: pick([null, 20, 37.5]),
      workingTimeForm: pick([null, 'full_time', 'part_time'] as const),
      startDate: pick([null, '2026-12-01', '2027-01-01']),
      location,
      municipalityCode: municipality(location),
      industrySection: pick([null, 'I', 'C'] as const),
      remotePossible: random() < 0.1,
    });
  });
  return { people, jobs, pick, random };
}

const signature = (result: MatchSearchResult | null) => ({
  items: result!.items.map((entry) => `${entry.id}:${entry.score}`),
  nearMisses: result!.nearMisses.map((entry) => `${entry.id}:${entry.score}`),
});

const weightSets: [string, MatchWeights][] = [
  ['default weights', matchWeights.parse({})],
  [
    'distance as a near miss, heavy occupation',
    matchWeights.parse({ occupation: 60, commute: 3, nearMissFilters: ['beyond_commute', 'licence_missing'] }),
  ],
  [
    'skills only, non-monotonic ISCO factors',
    matchWeights.parse({ occupation: 10, sameIscoGroupFactor: 0.2, sameIscoSubMajorGroupFactor: 0.9, languages: 0, commute: 0 }),
  ],
];

describe('the pruned index returns exactly what scoring every row returns', () => {
  const defaultSkip = matchTuning.skippedListPoints;
  afterEach(() => {
    matchTuning.force = null;
    matchTuning.skippedListPoints = defaultSkip;
  });

  for (const [name, weights] of weightSets) {
    for (const [strategy, skip] of [
      ['indexed', 0],
      ['indexed', defaultSkip],
      ['indexed', 30_000],
      ['direct', 0],
      [null, defaultSkip],
    ] as const) {
      it(`${name}, ${strategy ?? 'automatic'} strategy, lists worth ${skip / 1000} points skipped`, () => {
        matchTuning.skippedListPoints = skip;
        const { people, jobs, pick, random } = randomWorld(name.length * 31 + (strategy?.length ?? 0) + skip);
        const index = new MatchIndex();
        for (const person of people) index.upsertProfile(person);
        for (const job of jobs) index.upsertOpportunity(job);
        index.trim();
        // Updates and removals after trimming, so the lists under test have been rewritten and grown again.
        for (const person of people.slice(0, 200)) index.upsertProfile({ ...person, skills: person.skills.slice(1) });
        for (const person of people.slice(200, 260)) index.removeProfile(person.id);
        for (const job of jobs.slice(0, 30)) index.removeOpportunity(job.id);
        matchTuning.force = strategy;
        for (let query = 0; query < 40; query++) {
          const job = pick(jobs.slice(30));
          const filters = {
            organisationIds: query % 4 === 0 ? ['org-a'] : ['org-a', 'org-b', 'org-c'],
            limit: pick([1, 5, 20]),
            nearMissLimit: pick([0, 10]),
            onlyInJobSearch: random() < 0.3,
            maxDistanceKm: random() < 0.2 ? 30 : undefined,
            municipalityCodes: random() < 0.1 ? ['564'] : undefined,
          };
          expect(signature(index.topCandidates(job.id, filters, weights))).toEqual(
            signature(index.bruteForceCandidates(job.id, filters, weights)),
          );
          const person = pick(people.slice(260)).id;
          const personFilters = { limit: filters.limit, nearMissLimit: filters.nearMissLimit, maxDistanceKm: filters.maxDistanceKm };
          expect(signature(index.topOpportunities(person, personFilters, weights))).toEqual(
            signature(index.bruteForceOpportunities(person, personFilters, weights)),
          );
        }
      });
    }
  }
});

describe('rows no posting list touched', () => {
  const defaultSkip = matchTuning.skippedListPoints;
  afterEach(() => {
    matchTuning.force = null;
    matchTuning.skippedListPoints = defaultSkip;
  });

  it('are still visited when they outscore the last match, after a bucket too low to enter ends the walk', () => {
    matchTuning.force = 'indexed';
    matchTuning.skippedListPoints = 0;
    const index = new MatchIndex();
    const job = opportunity({ id: 'job', niceToHaveSkills: Array.from({ length: 10 }, (_, n) => skill(`x${n}`)) });
    const far = (id: string, maxCommuteKm: number, skills: MatchProfile['skills']) =>
      profile({ id, home: places.north25, maxCommuteKm, skills });
    const eight = Array.from({ length: 8 }, (_, n) => ({ uri: skill(`x${n}`), level: 4 as const }));
    index.upsertProfile(far('far-1', 30, eight)); // 8 skill points + 1.7 commute + 25 = 34.7
    index.upsertProfile(far('far-2', 30, eight));
    index.upsertProfile(far('far-3', 30, [{ uri: skill('x9'), level: 1 }])); // 0.6 skill points: its bucket cannot reach 34.7
    index.upsertProfile(profile({ id: 'near-no-skills' })); // no list touches it; 35 from the other components
    index.upsertOpportunity(job);
    const query = { organisationIds: ['org-a'], limit: 2 };
    expect(signature(index.bruteForceCandidates('job', query)).items).toEqual(['near-no-skills:35', 'far-1:34.7']);
    expect(signature(index.topCandidates('job', query))).toEqual(signature(index.bruteForceCandidates('job', query)));
  });
});
