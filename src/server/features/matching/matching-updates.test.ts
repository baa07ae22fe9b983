import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultMatchWeights } from '../../../contract/matching.js';
import { fieldErrors } from '../../test-support/case-work-test-world.js';
import { testPassword } from '../../test-support/builders.js';
import { defaultTestNow, loginAs } from '../../test-support/test-app.js';
import { testEngines } from '../../test-support/test-database.js';
import { opportunityRequest } from '../opportunities/opportunity-test-world.js';
import { createMatchingWorld, type MatchingWorld } from './matching-test-world.js';

/**
 * The index is kept current without a batch: a change saved through the API (or written by any
 * other path) is in the very next list. And the organisation's weights change the ranking.
 */
describe.each(testEngines)('matching kept current on %s', (engine) => {
  let world: MatchingWorld;
  let opportunityId: string;
  let candidate: string;

  const shown = async () => {
    const list = await world.candidates(world.agents.coordinator, opportunityId);
    return { items: list.items.map((row) => row.clientId), nearMisses: list.nearMisses.map((row) => row.clientId), list };
  };

  beforeAll(async () => {
    world = await createMatchingWorld(engine);
    candidate = await world.newProfiledCandidate();
    opportunityId = await world.newMatchedOpportunity();
  });
  afterAll(() => world.close());

  it('shows a profile change saved through the API in the next candidate list', async () => {
    expect((await shown()).items).toEqual([candidate]);
    await world.saveProfile(candidate, { demandsToAvoid: ['customer_contact'] });
    const after = await shown();
    expect(after.items).toEqual([]);
    expect(after.nearMisses).toEqual([candidate]);
    await world.saveProfile(candidate, { demandsToAvoid: [] });
    expect((await shown()).items).toEqual([candidate]);
  });

  it('ranks a person saved a moment ago, and an opportunity created a moment ago', async () => {
    const newcomer = await world.newProfiledCandidate({ firstName: 'Uusi' });
    expect((await shown()).items).toContain(newcomer);
    const fresh = await world.newMatchedOpportunity({ title: 'Kokki' });
    const mine = await world.opportunitiesFor(world.agents.assigned, newcomer);
    expect(mine.items.map((row) => row.opportunityId)).toContain(fresh);
  });

  it('shows an opportunity’s changed requirements and its closing in the next lists', async () => {
    const opportunity = (await world.agents.coordinator.get(`/api/opportunities/${opportunityId}`)).json() as { version: number };
    const updated = await world.agents.coordinator.put(
      `/api/opportunities/${opportunityId}`,
      opportunityRequest({ licences: ['hygiene_passport', 'forklift'], version: opportunity.version }),
    );
    expect(updated.statusCode, updated.body).toBe(200);
    const list = (await shown()).list;
    expect(list.items.map((row) => row.clientId)).not.toContain(candidate);
    const nearMiss = list.nearMisses.find((row) => row.clientId === candidate);
    expect(nearMiss?.explanation.nearMiss).toEqual({ filter: 'licence_missing', licence: 'forklift' });

    const closed = await world.agents.coordinator.post(`/api/opportunities/${opportunityId}/status`, {
      status: 'filled',
      version: updated.json().version,
    });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(await world.candidates(world.agents.coordinator, opportunityId)).toMatchObject({ open: false, items: [], nearMisses: [] });
    const mine = await world.opportunitiesFor(world.agents.assigned, candidate);
    expect(mine.items.map((row) => row.opportunityId)).not.toContain(opportunityId);
  });

  it('drops a person the moment their consent is revoked, and when it ends at midnight', async () => {
    const open = await world.newMatchedOpportunity();
    const revoking = await world.newProfiledCandidate({ firstName: 'Peruu' });
    const ending = await world.newProfiledCandidate({ firstName: 'Päättyy', consent: null });
    const staying = await world.newProfiledCandidate({ firstName: 'Jatkaa' });
    await world.giveConsent(ending, { givenOn: '2026-11-01', validUntil: '2026-11-23' });
    const ids = async () => (await world.candidates(world.agents.coordinator, open)).items.map((row) => row.clientId);
    expect(await ids()).toEqual(expect.arrayContaining([revoking, ending]));

    const consents = (await world.agents.assigned.get(`/api/clients/${revoking}/consents`)).json() as {
      items: { id: string; kind: string }[];
    };
    const consent = consents.items.find((item) => item.kind === 'employer_proposal')!;
    const revoked = await world.agents.assigned.post(`/api/consents/${consent.id}/revoke`, { revokedOn: '2026-11-23' });
    expect(revoked.statusCode, revoked.body).toBe(200);
    expect(await ids()).not.toContain(revoking);
    expect(await ids()).toContain(ending);

    // The next morning (a new session: the old one has timed out overnight).
    world.test.setNow('2026-11-24T08:00:00+02:00');
    const nextMorning = await loginAs(world.test.app, 'coordinator@example.fi', testPassword);
    const list = await world.candidates(nextMorning, open);
    world.test.setNow(defaultTestNow);
    expect(list.items.map((row) => row.clientId)).not.toContain(ending);
    expect(list.items.map((row) => row.clientId)).toContain(staying);
  });

  it('ranks with the organisation’s own weights once a manager saves them', async () => {
    const lead = world.agents.lead;
    const defaults = await lead.get('/api/matching/weights');
    expect(defaults.statusCode, defaults.body).toBe(200);
    expect(defaults.json()).toMatchObject({
      organisationId: world.organisationId,
      customised: false,
      version: 0,
      weights: defaultMatchWeights,
    });

    const open = await world.newMatchedOpportunity();
    const before = (await world.candidates(world.agents.coordinator, open)).items[0]!;
    const occupationFirst = { ...defaultMatchWeights, occupation: 60 };
    const saved = await lead.put('/api/matching/weights', { weights: occupationFirst, version: 0 });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ customised: true, version: 1, weights: { occupation: 60 } });

    const after = (await world.candidates(world.agents.coordinator, open)).items.find((row) => row.clientId === before.clientId)!;
    expect(after.explanation.maxScore).toBe(before.explanation.maxScore + 30);
    expect(after.explanation.components.find((component) => component.kind === 'occupation')?.maxPoints).toBe(60);

    const stale = await lead.put('/api/matching/weights', { weights: defaultMatchWeights, version: 0 });
    expect(stale.statusCode).toBe(409);
    const invalid = await lead.put('/api/matching/weights', { weights: { ...defaultMatchWeights, occupation: 101 }, version: 1 });
    expect(invalid.statusCode).toBe(400);
    expect(fieldErrors(invalid)).toEqual(['weights.occupation:too_large']);
  });
});
