import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction } from '../../db/transaction.js';
import { auditTrail } from '../../test-support/case-work-test-world.js';
import { testEngines } from '../../test-support/test-database.js';
import { clients } from '../clients/clients.tables.js';
import { profileRequest } from '../competence-profiles/profile-test-support.js';
import { esco } from '../opportunities/opportunity-test-world.js';
import { createMatchingWorld, type MatchingWorld } from './matching-test-world.js';

/**
 * The match lists through the API: who is ranked for an opportunity and why, who never is
 * (no consent, another organisation), the filters, the person's own list, and proposing from a row.
 */
const weakProfile = {
  occupationsOfInterest: [{ uri: esco.warehouseWorker.uri }],
  pastOccupations: [],
  skills: [],
  workHistory: [],
};

describe.each(testEngines)('matching lists on %s', (engine) => {
  let world: MatchingWorld;
  let opportunityId: string;
  let strong: string;
  let weak: string;
  let withoutConsent: string;
  let avoidsCustomerContact: string;
  let foreign: string;

  beforeAll(async () => {
    world = await createMatchingWorld(engine);
    strong = await world.newProfiledCandidate({ firstName: 'Vahva' });
    weak = await world.newProfiledCandidate({ firstName: 'Heikko', profile: weakProfile });
    withoutConsent = await world.newProfiledCandidate({ firstName: 'Kielto', consent: null });
    avoidsCustomerContact = await world.newProfiledCandidate({ firstName: 'Vältti', profile: { demandsToAvoid: ['customer_contact'] } });
    foreign = await world.newForeignCandidate();
    opportunityId = await world.newMatchedOpportunity();
  });
  afterAll(() => world.close());

  it('ranks the consenting candidates of the organisation with each score component explained', async () => {
    const list = await world.candidates(world.agents.coordinator, opportunityId);
    expect(list.open).toBe(true);
    expect(list.items.map((row) => row.clientId)).toEqual([strong, weak]);
    const [best] = list.items;
    expect(best!.score).toBeGreaterThan(list.items[1]!.score);
    expect(best!.explanation.components.map((component) => component.kind)).toEqual(
      expect.arrayContaining(['occupation', 'essential_skills', 'languages', 'licences', 'hours', 'start_date', 'commute', 'preferences']),
    );
    const occupation = best!.explanation.components.find((component) => component.kind === 'occupation');
    expect(occupation).toMatchObject({ fit: 'same_occupation', personOccupationUri: esco.cook.uri });
    const commute = best!.explanation.components.find((component) => component.kind === 'commute');
    expect(commute).toMatchObject({ distanceKm: 0, maxKm: 30 });
    expect(list.labels.occupations[esco.cook.uri]?.fi).toBe('kokki');
    expect(list.labels.skills[esco.customerService]?.fi).toBeTruthy();
    expect(best).toMatchObject({ firstName: 'Vahva', lastName: 'Korhonen', proposal: null, canPropose: true });
  });

  it('lists a person who misses one requirement as a near miss naming it', async () => {
    const list = await world.candidates(world.agents.coordinator, opportunityId);
    expect(list.nearMisses.map((row) => row.clientId)).toEqual([avoidsCustomerContact]);
    expect(list.nearMisses[0]!.explanation.nearMiss).toEqual({ filter: 'demand_avoided', demand: 'customer_contact' });
  });

  it('never shows a person without consent or of another organisation, as a match or a near miss', async () => {
    for (const agent of [world.agents.coordinator, world.agents.lead, world.agents.assigned]) {
      const list = await world.candidates(agent, opportunityId);
      const shown = [...list.items, ...list.nearMisses].map((row) => row.clientId);
      expect(shown).not.toContain(withoutConsent);
      expect(shown).not.toContain(foreign);
    }
  });

  it('lets a coach see the organisation’s candidates but propose only their own clients', async () => {
    const list = await world.candidates(world.agents.colleague, opportunityId);
    expect(list.items.map((row) => row.clientId)).toEqual([strong, weak]);
    expect(list.items.every((row) => row.canPropose === false)).toBe(true);
  });

  it('audits the list naming every client shown', async () => {
    await world.candidates(world.agents.lead, opportunityId);
    const strongTrail = await auditTrail(world.db, strong);
    expect(strongTrail.at(-1)).toMatchObject({ action: 'opportunity.match.read', outcome: 'success', actorUserId: world.users.lead });
    const hiddenTrail = await auditTrail(world.db, withoutConsent);
    expect(hiddenTrail.some((entry) => entry.action === 'opportunity.match.read')).toBe(false);
  });

  it('filters by home municipality, distance and job-search phase', async () => {
    // Kempele's centroid is 34 km from Oulu's: within this person's 50 km, outside a 20 km filter.
    const inKempele = await world.newProfiledCandidate({
      firstName: 'Kempele',
      profile: { preferences: { ...profileRequest().preferences, maxCommuteKm: 50 } },
    });
    // Written straight to the table: the index hears of it from the database, whichever path wrote it.
    await inTransaction(world.db, 'system', (tx) => tx.update(clients).set({ municipalityCode: '244' }).where(eq(clients.id, inKempele)));

    const oulu = await world.candidates(world.agents.coordinator, opportunityId, '?municipality=564');
    expect(oulu.items.map((row) => row.clientId)).toEqual([strong, weak]);
    const kempele = await world.candidates(world.agents.coordinator, opportunityId, '?municipality=244');
    expect(kempele.items.map((row) => row.clientId)).toEqual([inKempele]);
    const near = await world.candidates(world.agents.coordinator, opportunityId, '?maxDistanceKm=20');
    expect(near.items.map((row) => row.clientId)).not.toContain(inKempele);

    expect((await world.candidates(world.agents.coordinator, opportunityId, '?onlyInJobSearch=true')).items).toEqual([]);
    await world.moveToPhase(world.agents.assigned, weak, 'job_search');
    const searching = await world.candidates(world.agents.coordinator, opportunityId, '?onlyInJobSearch=true');
    expect(searching.items.map((row) => [row.clientId, row.inJobSearch])).toEqual([[weak, true]]);
  });

  it('answers bad filters with field errors and an unknown or foreign opportunity with 404', async () => {
    const bad = await world.agents.coordinator.get(`/api/opportunities/${opportunityId}/matches?maxDistanceKm=0&municipality=x`);
    expect(bad.statusCode).toBe(400);
    const unknown = await world.agents.coordinator.get('/api/opportunities/00000000-0000-4000-8000-000000000000/matches');
    expect(unknown.statusCode).toBe(404);
    const foreignOpportunity = await world.newOpportunity({ employerId: world.otherEmployerId });
    expect((await world.agents.coordinator.get(`/api/opportunities/${foreignOpportunity}/matches`)).statusCode).toBe(404);
  });

  it('ranks open opportunities of the person’s own organisation for them', async () => {
    const other = await world.newMatchedOpportunity({ title: 'Varastotyöntekijä', escoOccupationUri: esco.warehouseWorker.uri });
    await world.newOpportunity({ employerId: world.otherEmployerId });
    const list = await world.opportunitiesFor(world.agents.assigned, strong);
    expect(list).toMatchObject({ hasProfile: true, proposable: true, canPropose: true });
    expect(list.items.map((row) => row.opportunityId).slice(0, 2)).toEqual([opportunityId, other]);
    expect(list.items[0]).toMatchObject({ title: 'Keittiöapulainen', employerName: 'Oulun Kone Oy', municipalityCode: '564' });
    const withoutProfile = await world.opportunitiesFor(world.agents.assigned, world.clientId);
    expect(withoutProfile).toMatchObject({ hasProfile: false, items: [] });
    const noConsent = await world.opportunitiesFor(world.agents.assigned, withoutConsent);
    expect(noConsent.proposable).toBe(false);
    expect((await auditTrail(world.db, strong)).at(-1)).toMatchObject({ action: 'client.match.read', actorUserId: world.users.assigned });
  });

  it('proposes a candidate in one step through the proposal flow and shows the proposal on the row', async () => {
    const proposed = await world.agents.coordinator.post('/api/proposals', { clientId: strong, opportunityId });
    expect(proposed.statusCode, proposed.body).toBe(201);
    const list = await world.candidates(world.agents.coordinator, opportunityId);
    expect(list.items.find((row) => row.clientId === strong)?.proposal).toEqual({ id: proposed.json().id, status: 'proposed' });
    const mine = await world.opportunitiesFor(world.agents.assigned, strong);
    expect(mine.items.find((row) => row.opportunityId === opportunityId)?.proposal?.status).toBe('proposed');
  });
});
