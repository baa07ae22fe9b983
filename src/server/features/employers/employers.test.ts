import { desc } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../audit/audit.tables.js';
import { inTransaction } from '../../db/transaction.js';
import { createUser, testPassword } from '../../test-support/builders.js';
import { createCaseWorkWorld, fieldErrors, type CaseWorkWorld } from '../../test-support/case-work-test-world.js';
import { loginAs } from '../../test-support/test-app.js';
import { testEngines } from '../../test-support/test-database.js';
import { createEmployer, makeBusinessId, newEmployerRequest, withWrongCheckDigit } from './employer-test-support.js';

describe.each(testEngines)('the employer register on %s', (engine) => {
  let world: CaseWorkWorld;

  beforeAll(async () => {
    world = await createCaseWorkWorld(engine);
  });
  afterAll(() => world.close());

  const latestAudit = () =>
    inTransaction(world.db, 'system', async (tx) => (await tx.select().from(auditLog).orderBy(desc(auditLog.sequence)).limit(1))[0]!);

  it('creates an employer at the stage identified, dated today, with the first entry of its stage history', async () => {
    const businessId = makeBusinessId(1_000_001);
    const response = await world.agents.coordinator.post(
      '/api/employers',
      newEmployerRequest({ name: '  Kahvila Kuppi Oy ', businessId, industrySection: 'I', ownerUserId: world.users.coordinator }),
    );
    expect(response.statusCode, response.body).toBe(201);
    const created = response.json();
    expect(created).toMatchObject({
      organisationId: world.organisationId,
      name: 'Kahvila Kuppi Oy',
      businessId,
      industrySection: 'I',
      sizeClass: 'small',
      economySector: 'private',
      municipalityCode: '564',
      ownerUserId: world.users.coordinator,
      ownerName: 'coordinator',
      stage: 'identified',
      stageChangedOn: '2026-11-23',
      lastContactOn: null,
      version: 1,
      contacts: [],
      workplaces: [],
      interactions: [],
      personalMeetingCount: 0,
      permissions: { write: true },
    });
    expect(created.stageHistory).toEqual([
      {
        id: expect.any(String),
        stage: 'identified',
        changedOn: '2026-11-23',
        changedBy: { id: world.users.coordinator, name: 'coordinator' },
        createdAt: '2026-11-23T07:00:00.000Z',
      },
    ]);
    expect(await latestAudit()).toMatchObject({ action: 'employer.write', outcome: 'success', targetId: created.id, clientIds: [] });
    expect((await world.agents.colleague.get(`/api/employers/${created.id}`)).json()).toEqual(created);
  });

  it('refuses a business ID with a wrong check digit or in the wrong format, in the caller’s language', async () => {
    for (const businessId of [withWrongCheckDigit(makeBusinessId(1_000_002)), '1234567', '12345678', 'FI12345678']) {
      const response = await world.agents.coordinator.post('/api/employers', newEmployerRequest({ businessId }));
      expect(response.statusCode).toBe(400);
      expect(fieldErrors(response)).toEqual(['businessId:invalid_business_id']);
    }
    const swedish = await world.test.app.inject({
      method: 'POST',
      url: '/api/employers',
      headers: { ...(await sessionHeaders()), 'accept-language': 'sv' },
      payload: newEmployerRequest({ businessId: '1234567-0' }),
    });
    expect(swedish.json().error.fields[0].message).toBe('FO-numret är ogiltigt (formen 1234567-8 och kontrollsiffran).');
  });

  async function sessionHeaders() {
    const login = await world.test.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'coordinator@example.fi', password: testPassword },
    });
    const cookie = login.cookies.find((candidate) => candidate.name === 'polku_session')!;
    return { cookie: `polku_session=${cookie.value}`, 'x-csrf-token': login.json().csrfToken as string };
  }

  it('refuses a business ID already in the organisation’s register with 409 naming businessId; another organisation may have it', async () => {
    const businessId = makeBusinessId(1_000_003);
    await createEmployer(world.agents.coordinator, { businessId });
    const duplicate = await world.agents.lead.post('/api/employers', newEmployerRequest({ name: 'Toinen nimi', businessId }));
    expect(duplicate.statusCode).toBe(409);
    expect(fieldErrors(duplicate)).toEqual(['businessId:already_exists']);
    const elsewhere = await world.agents.foreign.post('/api/employers', newEmployerRequest({ businessId }));
    expect(elsewhere.statusCode).toBe(201);
    expect(elsewhere.json().organisationId).toBe(world.otherOrganisationId);
  });

  it('checks the sector, size class, sector of the economy and municipality against the reference data', async () => {
    const bad = await world.agents.coordinator.post(
      '/api/employers',
      newEmployerRequest({
        industrySection: 'X' as never,
        sizeClass: 'huge' as never,
        economySector: 'mixed' as never,
        municipalityCode: '999',
      }),
    );
    expect(bad.statusCode).toBe(400);
    expect(fieldErrors(bad).sort()).toEqual([
      'economySector:invalid_option',
      'industrySection:unknown_industry_section',
      'sizeClass:invalid_option',
    ]);
    const unknownMunicipality = await world.agents.coordinator.post('/api/employers', newEmployerRequest({ municipalityCode: '999' }));
    expect(fieldErrors(unknownMunicipality)).toEqual(['municipalityCode:unknown_municipality']);
    const malformed = await world.agents.coordinator.post('/api/employers', newEmployerRequest({ municipalityCode: 'Oulu' }));
    expect(fieldErrors(malformed)).toEqual(['municipalityCode:unknown_municipality']);
    const nameless = await world.agents.coordinator.post('/api/employers', newEmployerRequest({ name: '   ' }));
    expect(fieldErrors(nameless)).toEqual(['name:required']);
  });

  it('takes as owner only a coach, coordinator or team lead of the employer’s organisation', async () => {
    for (const owner of [world.users.analyst, world.users.admin, world.users.foreign, world.users.partner]) {
      const response = await world.agents.coordinator.post('/api/employers', newEmployerRequest({ ownerUserId: owner }));
      expect(response.statusCode).toBe(400);
      expect(fieldErrors(response)).toEqual(['ownerUserId:unknown_user']);
    }
    for (const owner of [world.users.assigned, world.users.coordinator, world.users.lead]) {
      expect((await world.agents.coordinator.post('/api/employers', newEmployerRequest({ ownerUserId: owner }))).statusCode).toBe(201);
    }
  });

  it('makes a user of several organisations name the organisation, and refuses one where they may not work with employers', async () => {
    await createUser(world.db, {
      email: 'two-places@example.fi',
      roles: [
        { organisationId: world.organisationId, role: 'employer_coordinator' },
        { organisationId: world.otherOrganisationId, role: 'coach' },
      ],
    });
    const twoPlaces = await loginAs(world.test.app, 'two-places@example.fi', testPassword);
    const unnamed = await twoPlaces.post('/api/employers', newEmployerRequest());
    expect(unnamed.statusCode).toBe(400);
    expect(fieldErrors(unnamed)).toEqual(['organisationId:required']);
    const named = await twoPlaces.post('/api/employers', newEmployerRequest({ organisationId: world.otherOrganisationId }));
    expect(named.statusCode).toBe(201);
    expect(named.json().organisationId).toBe(world.otherOrganisationId);
    const notAllowed = await world.agents.coordinator.post(
      '/api/employers',
      newEmployerRequest({ organisationId: world.otherOrganisationId }),
    );
    expect(notAllowed.statusCode).toBe(403);
  });

  it('updates the profile with optimistic locking: a stale version answers 409 and changes nothing', async () => {
    const employer = await createEmployer(world.agents.coordinator, { businessId: makeBusinessId(1_000_004) });
    const update = (version: number, overrides = {}) =>
      world.agents.lead.put(`/api/employers/${employer.id}`, {
        ...newEmployerRequest({ businessId: makeBusinessId(1_000_004), name: 'Uusi Nimi Oy', sizeClass: 'medium', ...overrides }),
        version,
      });
    const saved = await update(1);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ name: 'Uusi Nimi Oy', sizeClass: 'medium', version: 2, stage: 'identified' });
    const stale = await update(1, { name: 'Vanha versio Oy' });
    expect(stale.statusCode).toBe(409);
    expect(fieldErrors(stale)).toEqual(['version:stale_version']);
    expect((await world.agents.lead.get(`/api/employers/${employer.id}`)).json().name).toBe('Uusi Nimi Oy');
  });

  it('refuses an update to a business ID another employer of the organisation has', async () => {
    const taken = makeBusinessId(1_000_005);
    await createEmployer(world.agents.coordinator, { businessId: taken });
    const employer = await createEmployer(world.agents.coordinator, { businessId: makeBusinessId(1_000_006) });
    const response = await world.agents.coordinator.put(`/api/employers/${employer.id}`, {
      ...newEmployerRequest({ businessId: taken }),
      version: 1,
    });
    expect(response.statusCode).toBe(409);
    expect(fieldErrors(response)).toEqual(['businessId:already_exists']);
    const invalid = await world.agents.coordinator.put(`/api/employers/${employer.id}`, {
      ...newEmployerRequest({ ownerUserId: world.users.foreign }),
      version: 1,
    });
    expect(fieldErrors(invalid)).toEqual(['ownerUserId:unknown_user']);
  });

  it('answers 404 for an unknown employer and for another organisation’s, 400 for a malformed id', async () => {
    const foreignEmployer = await createEmployer(world.agents.foreign);
    expect((await world.agents.lead.get(`/api/employers/${foreignEmployer.id}`)).statusCode).toBe(404);
    expect((await world.agents.lead.put(`/api/employers/${foreignEmployer.id}`, { ...newEmployerRequest(), version: 1 })).statusCode).toBe(
      404,
    );
    expect((await world.agents.lead.get('/api/employers/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await world.agents.lead.get('/api/employers/not-an-id')).statusCode).toBe(400);
  });

  it('refuses every employer endpoint to staff who do not work with employers', async () => {
    const employer = await createEmployer(world.agents.coordinator);
    for (const role of ['admin', 'analyst', 'partner'] as const) {
      expect((await world.agents[role].get('/api/employers')).statusCode).toBe(403);
      expect((await world.agents[role].get(`/api/employers/${employer.id}`)).statusCode).toBe(403);
      expect((await world.agents[role].post('/api/employers', newEmployerRequest())).statusCode).toBe(403);
    }
    expect((await world.test.app.inject({ method: 'GET', url: '/api/employers' })).statusCode).toBe(401);
  });
});
