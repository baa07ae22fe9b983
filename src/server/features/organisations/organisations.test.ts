import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../test-support/test-database.js';
import type { UserAgent } from '../../test-support/test-app.js';
import {
  createCaseWorkWorld,
  expectMatrix,
  fieldErrors,
  type CaseWorkWorld,
  type EndpointMatrix,
} from '../../test-support/case-work-test-world.js';
import { adminOnly, latestAuditEntry, loginAsNewAdmin } from '../users/administration-test-support.js';

export const organisationsAuthorizationMatrix: EndpointMatrix = {
  'GET /api/admin/organisations': adminOnly(200),
  'POST /api/admin/organisations': adminOnly(201),
  'PUT /api/admin/organisations/:id': adminOnly(200),
  'POST /api/admin/organisations/:id/teams': adminOnly(201),
  'PUT /api/admin/teams/:id': adminOnly(200),
};

const partner = { name: 'Pohjoisen Tukiverkko ry', type: 'ngo', businessId: '0187690-1', municipalityCode: '564' };

describe.each(testEngines)('organisation administration on %s', (engine) => {
  let world: CaseWorkWorld;
  let admin: UserAgent;
  let otherAdmin: UserAgent;
  let otherTeamId: string;

  beforeAll(async () => {
    world = await createCaseWorkWorld(engine);
    admin = world.agents.admin;
    otherAdmin = await loginAsNewAdmin(world.test, 'admin@lappi.fi', [world.otherOrganisationId]);
    otherTeamId = (await otherAdmin.get('/api/admin/organisations')).json().items[0].teams[0].id;
  });
  afterAll(() => world.close());

  it('lets only admins administer organisations and teams', async () => {
    let counter = 0;
    const unique = () => `Tiimi ${++counter}`;
    await expectMatrix(world, organisationsAuthorizationMatrix, {
      'GET /api/admin/organisations': async () => ({ method: 'GET', url: '/api/admin/organisations' }),
      'POST /api/admin/organisations': async () => ({
        method: 'POST',
        url: '/api/admin/organisations',
        body: { name: unique(), type: 'ngo' },
      }),
      'PUT /api/admin/organisations/:id': async () => ({
        method: 'PUT',
        url: `/api/admin/organisations/${world.organisationId}`,
        body: { name: 'Oulun työllisyysalue', type: 'employment_area', municipalityCode: '564' },
      }),
      'POST /api/admin/organisations/:id/teams': async () => ({
        method: 'POST',
        url: `/api/admin/organisations/${world.organisationId}/teams`,
        body: { name: unique() },
      }),
      'PUT /api/admin/teams/:id': async () => {
        const team = await admin.post(`/api/admin/organisations/${world.organisationId}/teams`, { name: unique() });
        return { method: 'PUT', url: `/api/admin/teams/${team.json().id}`, body: { name: unique() } };
      },
    });
  });

  it("lists only the admin's own organisations, each with its teams", async () => {
    const response = await admin.get('/api/admin/organisations');
    expect(response.statusCode).toBe(200);
    const ids = response.json().items.map((organisation: { id: string }) => organisation.id);
    expect(ids).toContain(world.organisationId);
    expect(ids).not.toContain(world.otherOrganisationId);
    const own = response.json().items.find((organisation: { id: string }) => organisation.id === world.organisationId);
    expect(own).toMatchObject({
      type: 'employment_area',
      municipalityCode: '564',
      teams: expect.arrayContaining([expect.objectContaining({ name: 'Oulun työllisyysalue tiimi' })]),
    });
  });

  it('creates a partner organisation whose creator becomes its admin, and audits it', async () => {
    const creator = await loginAsNewAdmin(world.test, 'creator@oulu.fi', [world.organisationId]);
    const response = await creator.post('/api/admin/organisations', partner);
    expect(response.statusCode).toBe(201);
    const created = response.json();
    expect(created).toMatchObject({ ...partner, teams: [] });
    expect((await creator.get('/api/auth/session')).json().memberships).toContainEqual(
      expect.objectContaining({ organisationId: created.id, role: 'admin' }),
    );
    const team = await creator.post(`/api/admin/organisations/${created.id}/teams`, { name: 'Työvalmentajat' });
    expect(team.statusCode).toBe(201);
    expect(await latestAuditEntry(world.db)).toMatchObject({
      action: 'team.create',
      actorUserId: creator.userId,
      organisationId: created.id,
      clientIds: [],
    });
    // The other admins of the creator's organisation did not create it and do not administer it.
    expect((await admin.put(`/api/admin/organisations/${created.id}`, partner)).statusCode).toBe(404);
  });

  it('checks the business ID, the municipality and the type, and creates nothing on bad input', async () => {
    const before = (await admin.get('/api/admin/organisations')).json().items.length;
    const cases: [object, string[]][] = [
      [{ ...partner, businessId: '0187690-2' }, ['businessId:invalid_business_id']],
      [{ ...partner, businessId: '187690-1' }, ['businessId:invalid_business_id']],
      [{ ...partner, municipalityCode: '999' }, ['municipalityCode:unknown_municipality']],
      [{ ...partner, municipalityCode: 'Oulu' }, ['municipalityCode:unknown_municipality']],
      [{ ...partner, type: 'company' }, ['type:invalid_option']],
      [{ ...partner, name: ' ' }, ['name:required']],
    ];
    for (const [body, expected] of cases) {
      const response = await admin.post('/api/admin/organisations', body);
      expect({ status: response.statusCode, fields: fieldErrors(response) }).toEqual({ status: 400, fields: expected });
    }
    expect((await admin.get('/api/admin/organisations')).json().items.length).toBe(before);
  });

  it('updates an organisation and clears optional fields given blank', async () => {
    const created = (await admin.post('/api/admin/organisations', partner)).json();
    const response = await admin.put(`/api/admin/organisations/${created.id}`, {
      ...partner,
      name: 'Tukiverkko ry',
      businessId: '',
      municipalityCode: '',
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ name: 'Tukiverkko ry', businessId: null, municipalityCode: null });
    expect(await latestAuditEntry(world.db)).toMatchObject({ action: 'organisation.update', organisationId: created.id });
  });

  it("answers 404 for another organisation's organisation and teams, and for unknown ids", async () => {
    expect((await admin.put(`/api/admin/organisations/${world.otherOrganisationId}`, partner)).statusCode).toBe(404);
    expect((await admin.post(`/api/admin/organisations/${world.otherOrganisationId}/teams`, { name: 'Soluttautujat' })).statusCode).toBe(
      404,
    );
    expect((await admin.put(`/api/admin/teams/${otherTeamId}`, { name: 'Soluttautujat' })).statusCode).toBe(404);
    expect((await admin.put('/api/admin/teams/00000000-0000-4000-8000-000000000000', { name: 'Ei ole' })).statusCode).toBe(404);
    expect((await admin.put('/api/admin/organisations/not-a-uuid', partner)).statusCode).toBe(400);
  });

  it('refuses a second team of the same name in one organisation with 409, but allows it elsewhere', async () => {
    const teamsUrl = `/api/admin/organisations/${world.organisationId}/teams`;
    const first = await admin.post(teamsUrl, { name: 'Nuoret' });
    expect(first.statusCode).toBe(201);
    const duplicate = await admin.post(teamsUrl, { name: 'Nuoret' });
    expect({ status: duplicate.statusCode, fields: fieldErrors(duplicate) }).toEqual({ status: 409, fields: ['name:already_exists'] });
    expect((await otherAdmin.post(`/api/admin/organisations/${world.otherOrganisationId}/teams`, { name: 'Nuoret' })).statusCode).toBe(201);
    const second = (await admin.post(teamsUrl, { name: 'Aikuiset' })).json();
    expect((await admin.put(`/api/admin/teams/${second.id}`, { name: 'Nuoret' })).statusCode).toBe(409);
    const renamed = await admin.put(`/api/admin/teams/${second.id}`, { name: 'Aikuiset ja nuoret aikuiset' });
    expect(renamed.json()).toEqual({ id: second.id, organisationId: world.organisationId, name: 'Aikuiset ja nuoret aikuiset' });
  });
});
