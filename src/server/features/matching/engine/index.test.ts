import { describe, expect, it } from 'vitest';
import { MatchIndex } from './index.js';
import { occupations, opportunity, places, profile, skill } from './test-fixtures.js';

const cookJob = opportunity({ id: 'cook-job', escoUri: occupations.cook, licences: ['hygiene_passport'], demands: ['standing_long'] });
const cook = (id: string, overrides: Parameters<typeof profile>[0] = {}) =>
  profile({ id, occupationsOfInterest: [{ escoUri: occupations.cook, iscoCode: null }], licences: ['hygiene_passport'], ...overrides });
const ids = (list: { id: string }[] | undefined) => (list ?? []).map((entry) => entry.id);

function world() {
  const index = new MatchIndex();
  index.upsertProfile(cook('cook-a'));
  index.upsertProfile(cook('cook-other-org', { organisationId: 'org-b' }));
  index.upsertProfile(cook('cook-no-consent', { proposable: false }));
  index.upsertProfile(cook('cook-not-searching', { inJobSearch: false }));
  index.upsertProfile(cook('cook-far', { home: places.helsinki, municipalityCode: '091' }));
  index.upsertProfile(cook('cook-no-passport', { licences: [] }));
  index.upsertProfile(cook('cook-avoids-standing', { avoidDemands: ['standing_long'] }));
  index.upsertProfile(cook('cook-two-misses', { licences: [], avoidDemands: ['standing_long'] }));
  index.upsertProfile(
    profile({
      id: 'diet-cook',
      occupationsOfInterest: [{ escoUri: occupations.dietCook, iscoCode: null }],
      licences: ['hygiene_passport'],
    }),
  );
  index.upsertProfile(
    profile({
      id: 'engineer',
      occupationsOfInterest: [{ escoUri: occupations.cloudEngineer, iscoCode: null }],
      licences: ['hygiene_passport'],
    }),
  );
  index.upsertOpportunity(cookJob);
  return index;
}

describe('candidates for an opportunity', () => {
  it('ranks the visible, consenting people who pass every hard filter, best first', () => {
    const result = world().topCandidates('cook-job', { organisationIds: ['org-a'] })!;
    expect(ids(result.items)).toEqual(['cook-a', 'cook-not-searching', 'diet-cook', 'engineer']);
    expect(result.items[0]!.explanation.components[0]).toMatchObject({ kind: 'occupation', fit: 'same_occupation' });
  });

  it('never shows another organisation’s client or one whose consent does not allow proposing', () => {
    const index = world();
    const visible = ids(index.topCandidates('cook-job', { organisationIds: ['org-a'], nearMissLimit: 50 })!.items);
    expect(visible).not.toContain('cook-other-org');
    expect(visible).not.toContain('cook-no-consent');
    expect(ids(index.topCandidates('cook-job', { organisationIds: ['org-b'] })!.items)).toEqual(['cook-other-org']);
    expect(ids(index.topCandidates('cook-job', { organisationIds: [] })!.items)).toEqual([]);
  });

  it('lists near misses with the one requirement they miss', () => {
    const result = world().topCandidates('cook-job', { organisationIds: ['org-a'] })!;
    expect(result.nearMisses.map((entry) => [entry.id, entry.explanation.nearMiss])).toEqual([
      ['cook-avoids-standing', { filter: 'demand_avoided', demand: 'standing_long' }],
      ['cook-no-passport', { filter: 'licence_missing', licence: 'hygiene_passport' }],
    ]);
  });

  it('shows a near miss only when it would rank among the matches but for the one requirement', () => {
    const index = world();
    const skilled = index.reference.occupationSkills.get(occupations.cook)!.essential.map((uri) => ({ uri, level: 4 as const }));
    index.upsertProfile(cook('skilled-no-passport', { licences: [], skills: skilled }));
    const result = index.topCandidates('cook-job', { organisationIds: ['org-a'], limit: 1 })!;
    expect(ids(result.items)).toEqual(['cook-a']);
    // The skilled one outscores the only match and the one avoiding standing ties with it; without the
    // passport the licence points are lost, so the plain cook without one scores below and is left out.
    expect(ids(result.nearMisses)).toEqual(['skilled-no-passport', 'cook-avoids-standing']);
  });

  it('filters by job-search phase, municipality and distance, and leaves out the excluded ids', () => {
    const index = world();
    expect(ids(index.topCandidates('cook-job', { organisationIds: ['org-a'], onlyInJobSearch: true })!.items)).not.toContain(
      'cook-not-searching',
    );
    index.upsertProfile(cook('cook-north', { home: places.north25, municipalityCode: '564', maxCommuteKm: 100 }));
    expect(ids(index.topCandidates('cook-job', { organisationIds: ['org-a'], maxDistanceKm: 10 })!.items)).not.toContain('cook-north');
    expect(ids(index.topCandidates('cook-job', { organisationIds: ['org-a'], maxDistanceKm: 30 })!.items)).toContain('cook-north');
    expect(ids(index.topCandidates('cook-job', { organisationIds: ['org-a'], municipalityCodes: ['091'] })!.items)).toEqual([]);
    expect(ids(index.topCandidates('cook-job', { organisationIds: ['org-a'], excludeIds: ['cook-a'] })!.items)).not.toContain('cook-a');
    expect(index.topCandidates('no-such-job', { organisationIds: ['org-a'] })).toBeNull();
  });
});

describe('opportunities for a person', () => {
  it('ranks open opportunities and skips those the person cannot take', () => {
    const index = world();
    index.upsertOpportunity(opportunity({ id: 'diet-cook-job', escoUri: occupations.dietCook }));
    index.upsertOpportunity(opportunity({ id: 'engineer-job', escoUri: occupations.cloudEngineer }));
    index.upsertOpportunity(
      opportunity({ id: 'cook-job-helsinki', escoUri: occupations.cook, location: places.helsinki, municipalityCode: '091' }),
    );
    expect(ids(index.topOpportunities('cook-a')!.items)).toEqual(['cook-job', 'diet-cook-job', 'engineer-job']);
    expect(ids(index.topOpportunities('cook-no-passport')!.nearMisses)).toEqual(['cook-job']);
    expect(ids(index.topOpportunities('cook-a', { organisationIds: ['org-b'] })!.items)).toEqual([]);
    expect(index.topOpportunities('nobody')).toBeNull();
  });
});

describe('incremental updates', () => {
  it('shows a changed, added or removed profile in the next query', () => {
    const index = world();
    index.upsertProfile(
      cook('engineer', {
        skills: index.reference.occupationSkills.get(occupations.cook)!.essential.map((uri) => ({ uri, level: 4 as const })),
      }),
    );
    expect(ids(index.topCandidates('cook-job', { organisationIds: ['org-a'] })!.items)[0]).toBe('engineer');
    index.removeProfile('engineer');
    expect(ids(index.topCandidates('cook-job', { organisationIds: ['org-a'] })!.items)).not.toContain('engineer');
    index.upsertProfile(cook('newcomer', { skills: [{ uri: skill('x'), level: 1 }] }));
    expect(ids(index.topCandidates('cook-job', { organisationIds: ['org-a'] })!.items)).toContain('newcomer');
    index.upsertProfile(cook('newcomer', { proposable: false }));
    expect(ids(index.topCandidates('cook-job', { organisationIds: ['org-a'] })!.items)).not.toContain('newcomer');
    expect(index.profileCount).toBe(10);
  });

  it('shows a changed or removed opportunity in the next query', () => {
    const index = world();
    index.upsertOpportunity({ ...cookJob, licences: [] });
    expect(ids(index.topCandidates('cook-job', { organisationIds: ['org-a'] })!.items)).toContain('cook-no-passport');
    index.removeOpportunity('cook-job');
    expect(index.topOpportunities('cook-a')!.items).toEqual([]);
  });
});
