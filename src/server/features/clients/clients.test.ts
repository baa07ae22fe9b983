import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganisation, createUser, testPassword } from '../../test-support/builders.js';
import { makeIdentityCode } from '../../../contract/identity-code.js';
import { newClientRequest } from '../../test-support/client-builders.js';
import { createTestApp, loginAs, type TestApp, type UserAgent } from '../../test-support/test-app.js';
import { testEngines } from '../../test-support/test-database.js';

describe.each(testEngines)('clients on %s', (engine) => {
  let test: TestApp;
  let coach: UserAgent;
  let otherCoach: UserAgent;
  let lead: UserAgent;
  let foreignCoach: UserAgent;

  beforeAll(async () => {
    test = await createTestApp(engine);
    const oulu = await createOrganisation(test.deps.db);
    const lappi = await createOrganisation(test.deps.db, 'Lapin työllisyysalue');
    await createUser(test.deps.db, { email: 'coach@oulu.fi', roles: [{ organisationId: oulu.id, role: 'coach', teamId: oulu.team.id }] });
    await createUser(test.deps.db, { email: 'other@oulu.fi', roles: [{ organisationId: oulu.id, role: 'coach' }] });
    await createUser(test.deps.db, { email: 'lead@oulu.fi', roles: [{ organisationId: oulu.id, role: 'team_lead' }] });
    await createUser(test.deps.db, { email: 'coach@lappi.fi', roles: [{ organisationId: lappi.id, role: 'coach' }] });
    coach = await loginAs(test.app, 'coach@oulu.fi', testPassword);
    otherCoach = await loginAs(test.app, 'other@oulu.fi', testPassword);
    lead = await loginAs(test.app, 'lead@oulu.fi', testPassword);
    foreignCoach = await loginAs(test.app, 'coach@lappi.fi', testPassword);
  });
  afterAll(() => test.close());

  it('creates a client, derives date of birth and target groups, and hides the identity code', async () => {
    const response = await coach.post('/api/clients', newClientRequest({ unemployedSince: '2024-01-15' }));
    expect(response.statusCode).toBe(201);
    const client = response.json();
    expect(client).toMatchObject({
      firstName: 'Aino',
      dateOfBirth: '1952-10-13',
      hasIdentityCode: true,
      responsibleUserId: coach.userId,
      derivedTargetGroups: ['long_term_unemployed', 'over_50'],
      permissions: { update: true, readIdentityCode: true, readProtected: true, reassign: false },
    });
    expect(JSON.stringify(client)).not.toContain('131052');
    const code = await coach.get(`/api/clients/${client.id}/identity-code`);
    expect(code.json()).toEqual({ identityCode: '131052-308T' });
  });

  it('answers bad input with field-level errors and creates nothing', async () => {
    const before = (await coach.get('/api/clients')).json().total;
    const response = await coach.post(
      '/api/clients',
      newClientRequest({ identityCode: '131052-308X', municipalityCode: '999', firstName: '' }),
    );
    expect(response.statusCode).toBe(400);
    const fields = response.json().error.fields.map((field: { path: string; code: string }) => `${field.path}:${field.code}`);
    expect(fields).toEqual(expect.arrayContaining(['identityCode:invalid_identity_code', 'firstName:required']));
    const unknownMunicipality = await coach.post('/api/clients', newClientRequest({ identityCode: '', municipalityCode: '999' }));
    expect(unknownMunicipality.statusCode).toBe(400);
    expect(unknownMunicipality.json().error.fields).toEqual([
      expect.objectContaining({ path: 'municipalityCode', code: 'unknown_municipality' }),
    ]);
    expect((await coach.get('/api/clients')).json().total).toBe(before);
  });

  it('refuses a second client with the same identity code with 409', async () => {
    const first = await coach.post(
      '/api/clients',
      newClientRequest({ identityCode: makeIdentityCode('1990-01-01', 124), firstName: 'Eero' }),
    );
    expect(first.statusCode).toBe(201);
    const second = await coach.post(
      '/api/clients',
      newClientRequest({ identityCode: makeIdentityCode('1990-01-01', 124), firstName: 'Eero' }),
    );
    expect(second.statusCode).toBe(409);
    expect(second.json().error.fields).toEqual([expect.objectContaining({ path: 'identityCode', code: 'already_exists' })]);
  });

  it('lets colleagues of the organisation read but only the responsible coach and the team lead edit', async () => {
    const created = (await coach.post('/api/clients', newClientRequest({ identityCode: null, firstName: 'Veikko' }))).json();
    const { id, version, permissions: _permissions, ...rest } = created;
    const update = { ...newClientRequest({ identityCode: null, firstName: 'Veikko' }), phone: '050 999 8888', version };
    expect((await otherCoach.get(`/api/clients/${id}`)).statusCode).toBe(200);
    expect((await otherCoach.put(`/api/clients/${id}`, update)).statusCode).toBe(403);
    expect((await otherCoach.get(`/api/clients/${id}/identity-code`)).statusCode).toBe(403);
    expect((await otherCoach.get(`/api/clients/${id}/work-ability`)).statusCode).toBe(403);
    expect((await foreignCoach.get(`/api/clients/${id}`)).statusCode).toBe(404);
    expect((await foreignCoach.put(`/api/clients/${id}`, update)).statusCode).toBe(404);
    expect(rest.lastName).toBe('Korhonen');
    const updated = await lead.put(`/api/clients/${id}`, update);
    expect(updated.statusCode).toBe(200);
    expect(updated.json()).toMatchObject({ phone: '050 999 8888', version: version + 1 });
    const stale = await coach.put(`/api/clients/${id}`, update);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.fields).toEqual([expect.objectContaining({ path: 'version', code: 'stale_version' })]);
  });

  it('keeps the stored identity code when an update leaves it out, and removes it only when asked with null', async () => {
    const identityCode = makeIdentityCode('1985-06-30', 245);
    const created = (await coach.post('/api/clients', newClientRequest({ identityCode, firstName: 'Ilona' }))).json();
    const { identityCode: _code, ...withoutCode } = newClientRequest({ identityCode, firstName: 'Ilona' });
    const kept = await coach.put(`/api/clients/${created.id}`, { ...withoutCode, phone: '040 123 4567', version: created.version });
    expect(kept.statusCode).toBe(200);
    expect(kept.json()).toMatchObject({ hasIdentityCode: true, dateOfBirth: '1985-06-30', phone: '040 123 4567' });
    expect((await coach.get(`/api/clients/${created.id}/identity-code`)).json()).toEqual({ identityCode });
    const mismatch = await coach.put(`/api/clients/${created.id}`, {
      ...withoutCode,
      dateOfBirth: '1985-07-01',
      version: kept.json().version,
    });
    expect(mismatch.statusCode).toBe(400);
    expect(mismatch.json().error.fields).toEqual([expect.objectContaining({ path: 'dateOfBirth', code: 'identity_code_mismatch' })]);
    const removed = await coach.put(`/api/clients/${created.id}`, { ...withoutCode, identityCode: null, version: kept.json().version });
    expect(removed.statusCode).toBe(200);
    expect(removed.json()).toMatchObject({ hasIdentityCode: false });
  });

  it('keeps the work-ability note apart and readable only by the coach working with the client', async () => {
    const { id } = (await coach.post('/api/clients', newClientRequest({ identityCode: null, firstName: 'Sanna' }))).json();
    expect((await coach.put(`/api/clients/${id}/work-ability`, { note: 'Selkävaiva: ei raskaita nostoja.' })).statusCode).toBe(200);
    expect((await coach.get(`/api/clients/${id}/work-ability`)).json().note).toBe('Selkävaiva: ei raskaita nostoja.');
    expect((await lead.get(`/api/clients/${id}/work-ability`)).statusCode).toBe(403);
    expect(JSON.stringify((await lead.get(`/api/clients/${id}`)).json())).not.toContain('Selkävaiva');
  });

  it('lets the team lead reassign a client to another coach, who can then edit', async () => {
    const { id } = (await coach.post('/api/clients', newClientRequest({ identityCode: null, firstName: 'Mikko' }))).json();
    expect((await coach.post(`/api/clients/${id}/reassign`, { responsibleUserId: otherCoach.userId })).statusCode).toBe(403);
    const reassigned = await lead.post(`/api/clients/${id}/reassign`, { responsibleUserId: otherCoach.userId });
    expect(reassigned.statusCode).toBe(200);
    expect(reassigned.json().responsibleUserId).toBe(otherCoach.userId);
    expect((await otherCoach.get(`/api/clients/${id}`)).json().permissions.update).toBe(true);
    const unknown = await lead.post(`/api/clients/${id}/reassign`, { responsibleUserId: foreignCoach.userId });
    expect(unknown.json().error.fields).toEqual([expect.objectContaining({ path: 'responsibleUserId', code: 'unknown_user' })]);
  });

  it('lists only the clients of the own organisation, searchable and paginated on the server', async () => {
    await foreignCoach.post('/api/clients', newClientRequest({ identityCode: null, firstName: 'Lapin', lastName: 'Asiakas' }));
    const oulu = (await coach.get('/api/clients?pageSize=2')).json();
    expect(oulu.items).toHaveLength(2);
    expect(oulu.total).toBeGreaterThan(2);
    const all = (await coach.get('/api/clients?pageSize=200')).json();
    expect(all.items.map((item: { lastName: string }) => item.lastName)).not.toContain('Asiakas');
    expect((await coach.get('/api/clients?search=Sanna')).json().items).toEqual([expect.objectContaining({ firstName: 'Sanna' })]);
    expect((await foreignCoach.get('/api/clients')).json().total).toBe(1);
  });

  it('answers an unknown client id with 404', async () => {
    expect((await coach.get('/api/clients/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await coach.get('/api/clients/not-a-uuid')).statusCode).toBe(400);
  });
});
