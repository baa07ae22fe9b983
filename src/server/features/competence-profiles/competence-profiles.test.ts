import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditedBy, createCaseWorkWorld, expectMatrix, fieldErrors, type CaseWorkWorld } from '../../test-support/case-work-test-world.js';
import { testEngines } from '../../test-support/test-database.js';
import { esco } from '../opportunities/opportunity-test-world.js';
import { competenceProfileAuthorizationMatrix, profileRequest } from './profile-test-support.js';

describe.each(testEngines)('competence profiles on %s', (engine) => {
  let world: CaseWorkWorld;
  const url = (clientId = world.clientId) => `/api/clients/${clientId}/competence-profile`;
  const read = async () => (await world.agents.assigned.get(url())).json();
  const save = (body: object, agent = world.agents.assigned) => agent.put(url(), body);

  beforeAll(async () => {
    world = await createCaseWorkWorld(engine);
  });
  afterAll(() => world.close());

  it('reads a profile never saved as an empty one at version 0, writable only by the coaches working with the client', async () => {
    const profile = await read();
    expect(profile).toMatchObject({ clientId: world.clientId, skills: [], occupationsOfInterest: [], version: 0, updatedBy: null });
    expect(profile.preferences).toMatchObject({ partTimeOk: false, maxCommuteKm: null });
    expect(profile.permissions.write).toBe(true);
    expect((await world.agents.colleague.get(url())).json().permissions.write).toBe(false);
    expect((await world.agents.coordinator.get(url())).json().permissions.write).toBe(false);
  });

  it('saves a whole profile with the ESCO labels and ISCO groups of its occupations and skills', async () => {
    const response = await save(profileRequest());
    expect(response.statusCode, response.body).toBe(200);
    const saved = response.json();
    expect(saved).toMatchObject({
      version: 1,
      updatedBy: { userId: world.users.assigned },
      licences: ['driving_b', 'hygiene_passport'],
      demandsToAvoid: ['heavy_lifting', 'night_work'],
      languages: [
        { code: 'fi', level: 'C2' },
        { code: 'en', level: 'B1' },
      ],
      preferences: { industrySections: ['I', 'H'], hoursPerWeekMin: 20, hoursPerWeekMax: 37.5, maxCommuteMinutes: 45 },
    });
    expect(saved.occupationsOfInterest).toEqual([
      expect.objectContaining({ uri: esco.cook.uri, iscoCode: '5120', label: expect.objectContaining({ fi: 'kokki', en: 'cook' }) }),
    ]);
    expect(saved.occupationsOfInterest[0].iscoGroup.code).toBe('5120');
    expect(saved.pastOccupations[0].iscoCode).toBe(esco.warehouseWorker.iscoCode);
    expect(saved.skills[0]).toMatchObject({ uri: esco.customerService, level: 'good', label: { fi: expect.any(String) } });
    expect(saved.workHistory[0]).toMatchObject({
      employerName: 'Oulun Ravintolat Oy',
      to: '2024-05-31',
      occupation: { uri: esco.cook.uri },
    });
    expect(await read()).toEqual(saved);
  });

  it('refuses a save over a version someone else has already replaced with 409 and keeps their version', async () => {
    const current = await read();
    const stale = await save(profileRequest({ version: current.version - 1, licences: [] }));
    expect(stale.statusCode).toBe(409);
    expect(fieldErrors(stale)).toEqual(['version:stale_version']);
    const ahead = await save(profileRequest({ version: current.version + 5 }));
    expect(ahead.statusCode).toBe(409);
    expect(await read()).toEqual(current);
  });

  it('keeps each saved version in the history with who changed which parts and when; a save without changes adds none', async () => {
    const before = await read();
    const changed = await save(
      profileRequest({ version: before.version, skills: [{ uri: esco.cleaning, level: 'expert' }], demandsToAvoid: ['heavy_lifting'] }),
      world.agents.lead,
    );
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().version).toBe(before.version + 1);
    const unchanged = await save(
      profileRequest({
        version: changed.json().version,
        skills: [{ uri: esco.cleaning, level: 'expert' }],
        demandsToAvoid: ['heavy_lifting'],
      }),
    );
    expect(unchanged.json().version).toBe(changed.json().version);

    const history = await world.agents.colleague.get(`${url()}/history`);
    expect(history.statusCode).toBe(200);
    const items = history.json().items;
    expect(items.map((item: { version: number }) => item.version)).toEqual([2, 1]);
    expect(items[0]).toMatchObject({ changedBy: { userId: world.users.lead }, changedParts: ['skills', 'demandsToAvoid'] });
    expect(items[0].changedBy.name).not.toBe('');
    expect(items[1]).toMatchObject({ changedBy: { userId: world.users.assigned } });
    expect(items[1].changedParts).toEqual([
      'occupationsOfInterest',
      'pastOccupations',
      'skills',
      'education',
      'licences',
      'languages',
      'workHistory',
      'preferences',
      'demandsToAvoid',
    ]);
    expect(items[0].changedAt).toBe(new Date('2026-11-23T07:00:00Z').toISOString());
  });

  it('answers each invalid part with a translated field error and writes nothing', async () => {
    const before = await read();
    const base = (overrides: Record<string, unknown>) => profileRequest({ version: before.version, ...overrides });
    const preferences = (changes: Record<string, unknown>) => ({ ...profileRequest().preferences, ...changes });
    const work = (changes: Record<string, unknown>) => [{ ...profileRequest().workHistory[0], ...changes }];
    const cases: [object, string[]][] = [
      [
        base({ occupationsOfInterest: [{ uri: 'http://data.europa.eu/esco/occupation/none' }] }),
        ['occupationsOfInterest.0.uri:unknown_occupation'],
      ],
      [base({ pastOccupations: [{ uri: esco.cook.uri }, { uri: esco.cook.uri }] }), ['pastOccupations.1.uri:already_exists']],
      [base({ skills: [{ uri: esco.cleaning, level: 'master' }] }), ['skills.0.level:invalid_option']],
      [base({ skills: [{ uri: 'http://data.europa.eu/esco/skill/none', level: 'good' }] }), ['skills.0.uri:unknown_skill']],
      [base({ education: [{ iscedLevel: 9, field: '10' }] }), ['education.0.iscedLevel:too_large']],
      [base({ education: [{ iscedLevel: 3, field: '11' }] }), ['education.0.field:invalid_option']],
      [base({ licences: ['pilot_licence'] }), ['licences.0:invalid_option']],
      [base({ languages: [{ code: 'fi', level: 'D1' }] }), ['languages.0.level:invalid_option']],
      [
        base({
          languages: [
            { code: 'fi', level: 'C2' },
            { code: 'fi', level: 'B1' },
          ],
        }),
        ['languages.1.code:already_exists'],
      ],
      [base({ workHistory: work({ employerName: ' ' }) }), ['workHistory.0.employerName:required']],
      [base({ workHistory: work({ to: '2019-01-01' }) }), ['workHistory.0.to:end_before_start']],
      [base({ workHistory: work({ from: '2026-12-01', to: null }) }), ['workHistory.0.from:date_in_future']],
      [base({ workHistory: work({ occupationUri: 'x' }) }), ['workHistory.0.occupationUri:unknown_occupation']],
      [base({ preferences: preferences({ industrySections: ['Z'] }) }), ['preferences.industrySections.0:unknown_industry_section']],
      [base({ preferences: preferences({ hoursPerWeekMin: 30, hoursPerWeekMax: 20 }) }), ['preferences.hoursPerWeekMax:too_small']],
      [base({ preferences: preferences({ maxCommuteKm: 0 }) }), ['preferences.maxCommuteKm:too_small']],
      [base({ preferences: preferences({ earliestStartDate: '2026-02-30' }) }), ['preferences.earliestStartDate:invalid_date']],
      [base({ demandsToAvoid: ['back_pain'] }), ['demandsToAvoid.0:invalid_option']],
      [base({ version: undefined }), ['version:required']],
    ];
    for (const [body, expected] of cases) {
      const response = await save(body);
      expect({ status: response.statusCode, fields: fieldErrors(response) }, JSON.stringify(body)).toEqual({
        status: 400,
        fields: expected,
      });
    }
    const translated = await world.agents.assigned.put(url(), base({ skills: [{ uri: esco.cleaning, level: 'master' }] }));
    expect(translated.json().error.fields[0].message).toEqual(expect.any(String));
    expect(await read()).toEqual(before);
  });

  it("answers 404 for another organisation's client and for an unknown one", async () => {
    expect((await world.agents.assigned.get(url(world.otherClientId))).statusCode).toBe(404);
    expect((await world.agents.lead.put(url(world.otherClientId), profileRequest())).statusCode).toBe(404);
    expect((await world.agents.lead.get(`${url('00000000-0000-4000-8000-000000000000')}/history`)).statusCode).toBe(404);
  });

  it('lets the organisation read the profile and only the coaches working with the client and the team lead edit it', async () => {
    const currentVersion = async () => (await world.agents.lead.get(url())).json().version as number;
    await expectMatrix(world, competenceProfileAuthorizationMatrix, {
      'GET /api/clients/:id/competence-profile': async () => ({ method: 'GET', url: url() }),
      'PUT /api/clients/:id/competence-profile': async () => {
        const version = await currentVersion();
        // Every allowed save changes something, so each makes a version of its own.
        return {
          method: 'PUT',
          url: url(),
          body: profileRequest({ version, preferences: { ...profileRequest().preferences, maxCommuteKm: version + 1 } }),
        };
      },
      'GET /api/clients/:id/competence-profile/history': async () => ({ method: 'GET', url: `${url()}/history` }),
    });
  });

  it('writes an audit entry naming the client for every read and write, refused ones included', async () => {
    const readByCoordinator = await auditedBy(world.db, world.clientId, () => world.agents.coordinator.get(url()));
    expect(readByCoordinator.entries).toEqual([
      { action: 'client.profile.read', outcome: 'success', actorUserId: world.users.coordinator },
    ]);
    const history = await auditedBy(world.db, world.clientId, () => world.agents.lead.get(`${url()}/history`));
    expect(history.entries).toEqual([{ action: 'client.profile.read', outcome: 'success', actorUserId: world.users.lead }]);
    const version = (await read()).version;
    const written = await auditedBy(world.db, world.clientId, () => save(profileRequest({ version, licences: ['forklift'] })));
    expect(written.response.statusCode).toBe(200);
    expect(written.entries.at(-1)).toEqual({ action: 'client.profile.write', outcome: 'success', actorUserId: world.users.assigned });
    const refusedRead = await auditedBy(world.db, world.clientId, () => world.agents.analyst.get(url()));
    expect(refusedRead.entries).toEqual([{ action: 'client.profile.read', outcome: 'denied', actorUserId: world.users.analyst }]);
    const refusedWrite = await auditedBy(world.db, world.clientId, () =>
      save(profileRequest({ version: version + 1 }), world.agents.colleague),
    );
    expect(refusedWrite.response.statusCode).toBe(403);
    expect(refusedWrite.entries).toEqual([{ action: 'client.profile.write', outcome: 'denied', actorUserId: world.users.colleague }]);
  });
});
