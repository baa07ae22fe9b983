import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction } from '../../db/transaction.js';
import { createCaseWorkWorld, type CaseWorkWorld } from '../../test-support/case-work-test-world.js';
import { testEngines } from '../../test-support/test-database.js';
import { esco } from '../opportunities/opportunity-test-world.js';
import { profileRequest } from './profile-test-support.js';
import { listenForProfileChanges, listProfilesForMatching } from './matching-source.js';

/** Waits until `condition` holds: notifications arrive asynchronously after the commit. */
async function eventually(condition: () => boolean, timeoutMs = 2000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe.each(testEngines)('the competence profiles the matching index reads on %s', (engine) => {
  let world: CaseWorkWorld;
  const heard: string[] = [];
  let stopListening: () => Promise<void>;

  beforeAll(async () => {
    world = await createCaseWorkWorld(engine);
    stopListening = await listenForProfileChanges(world.db, (clientId) => heard.push(clientId));
  });
  afterAll(async () => {
    await stopListening();
    await world.close();
  });

  it('lists every profile of an organisation in one typed shape with the home municipality, never another organisation’s', async () => {
    expect((await world.agents.assigned.put(`/api/clients/${world.clientId}/competence-profile`, profileRequest())).statusCode).toBe(200);
    expect((await world.agents.foreign.put(`/api/clients/${world.otherClientId}/competence-profile`, profileRequest())).statusCode).toBe(
      200,
    );

    const profiles = await inTransaction(world.db, 'system', (tx) =>
      listProfilesForMatching(tx, { organisationIds: [world.organisationId] }),
    );
    expect(profiles).toEqual([
      {
        clientId: world.clientId,
        organisationId: world.organisationId,
        municipalityCode: '564',
        postalCode: null,
        occupationUris: [esco.cook.uri],
        occupationIscoCodes: ['5120'],
        pastOccupationUris: [esco.warehouseWorker.uri],
        pastOccupationIscoCodes: [esco.warehouseWorker.iscoCode],
        skills: [
          { uri: esco.customerService, level: 'good' },
          { uri: esco.operateForklift, level: 'basic' },
        ],
        licences: ['driving_b', 'hygiene_passport'],
        languages: [
          { code: 'fi', level: 'C2' },
          { code: 'en', level: 'B1' },
        ],
        highestIscedLevel: 3,
        educationFields: ['10'],
        industrySections: ['I', 'H'],
        hoursPerWeekMin: 20,
        hoursPerWeekMax: 37.5,
        partTimeOk: true,
        shiftWorkOk: false,
        remoteWanted: false,
        maxCommuteKm: 30,
        maxCommuteMinutes: 45,
        earliestStartDate: '2026-12-01',
        demandsToAvoid: ['heavy_lifting', 'night_work'],
        version: 1,
        updatedAt: expect.any(Date),
      },
    ]);
    const both = await inTransaction(world.db, 'system', (tx) => listProfilesForMatching(tx));
    expect(both.map((profile) => profile.clientId).sort()).toEqual([world.clientId, world.otherClientId].sort());
  });

  it('answers one client, a page after a client id, or those changed since an instant', async () => {
    const [first, second] = [world.clientId, world.otherClientId].sort();
    await inTransaction(world.db, 'system', async (tx) => {
      expect((await listProfilesForMatching(tx, { clientIds: [world.otherClientId] })).map((p) => p.clientId)).toEqual([
        world.otherClientId,
      ]);
      expect((await listProfilesForMatching(tx, { limit: 1 })).map((p) => p.clientId)).toEqual([first]);
      expect((await listProfilesForMatching(tx, { afterClientId: first, limit: 1 })).map((p) => p.clientId)).toEqual([second]);
      expect(await listProfilesForMatching(tx, { updatedSince: new Date('2030-01-01') })).toEqual([]);
      expect(await listProfilesForMatching(tx, { clientIds: [] })).toEqual([]);
    });
  });

  it('row-level security keeps a transaction scoped to one organisation from reading the other’s profiles', async () => {
    const scoped = await inTransaction(world.db, { organisationIds: [world.otherOrganisationId] }, (tx) => listProfilesForMatching(tx));
    expect(scoped.map((profile) => profile.clientId)).toEqual([world.otherClientId]);
  });

  it('notifies listeners of each committed change by client id, and of none when the save is refused', async () => {
    await eventually(() => heard.includes(world.clientId) && heard.includes(world.otherClientId));
    heard.length = 0;
    const stale = await world.agents.assigned.put(
      `/api/clients/${world.clientId}/competence-profile`,
      profileRequest({ version: 0, licences: [] }),
    );
    expect(stale.statusCode).toBe(409);
    const saved = await world.agents.assigned.put(
      `/api/clients/${world.clientId}/competence-profile`,
      profileRequest({ version: 1, licences: [] }),
    );
    expect(saved.statusCode).toBe(200);
    await eventually(() => heard.length > 0);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(heard).toEqual([world.clientId]);
  });
});
