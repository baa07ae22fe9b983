import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../test-support/test-database.js';
import {
  auditedBy,
  caseWorkExpectations,
  clientReadExpectations,
  createCaseWorkWorld,
  expectMatrix,
  fieldErrors,
  type CaseWorkWorld,
  type EndpointMatrix,
} from '../../test-support/case-work-test-world.js';

export const consentsAuthorizationMatrix: EndpointMatrix = {
  'GET /api/clients/:id/consents': clientReadExpectations,
  'POST /api/clients/:id/consents': caseWorkExpectations(201),
  'POST /api/consents/:id/revoke': caseWorkExpectations(200),
};

const paperConsent = {
  kind: 'data_processing',
  channel: 'paper',
  givenOn: '2026-11-20',
  validUntil: '2027-11-20',
  scope: 'Kelan työkykyneuvoja',
};

describe.each(testEngines)('consents on %s', (engine) => {
  let world: CaseWorkWorld;
  const consentsUrl = () => `/api/clients/${world.clientId}/consents`;
  const recordConsent = async (body: object = paperConsent) => (await world.agents.assigned.post(consentsUrl(), body)).json();
  const listed = async () => (await world.agents.assigned.get(consentsUrl())).json().items;

  beforeAll(async () => {
    world = await createCaseWorkWorld(engine);
  });
  afterAll(() => world.close());

  it('records a consent with who recorded it and lists it as active', async () => {
    const response = await world.agents.assigned.post(consentsUrl(), paperConsent);
    expect(response.statusCode).toBe(201);
    const created = response.json();
    expect(created).toMatchObject({
      ...paperConsent,
      clientId: world.clientId,
      revokedOn: null,
      status: 'active',
      recordedBy: world.users.assigned,
    });
    expect(await listed()).toContainEqual(created);
  });

  it('derives the status from today: past its last valid day it is expired, once revoked it is revoked', async () => {
    const expired = await recordConsent({ kind: 'enrolment', channel: 'in_person', givenOn: '2025-11-01', validUntil: '2026-11-22' });
    const lastDay = await recordConsent({ kind: 'enrolment', channel: 'electronic', givenOn: '2025-11-01', validUntil: '2026-11-23' });
    expect(expired.status).toBe('expired');
    expect(lastDay.status).toBe('active');
    const revoked = await world.agents.assigned.post(`/api/consents/${lastDay.id}/revoke`, { revokedOn: '2026-11-23' });
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json()).toMatchObject({ revokedOn: '2026-11-23', status: 'revoked' });
  });

  it('answers each invalid consent with a field error and records nothing', async () => {
    const before = await listed();
    const cases: [object, string][] = [
      [{ ...paperConsent, kind: 'marketing' }, 'kind:invalid_option'],
      [{ ...paperConsent, channel: 'fax' }, 'channel:invalid_option'],
      [{ ...paperConsent, givenOn: undefined }, 'givenOn:required'],
      [{ ...paperConsent, givenOn: '2026-13-01' }, 'givenOn:invalid_date'],
      [{ ...paperConsent, givenOn: '2026-11-24', validUntil: null }, 'givenOn:date_in_future'],
      [{ ...paperConsent, validUntil: '2026-11-19' }, 'validUntil:end_before_start'],
    ];
    for (const [body, expected] of cases) {
      const response = await world.agents.assigned.post(consentsUrl(), body);
      expect({ status: response.statusCode, fields: fieldErrors(response) }).toEqual({ status: 400, fields: [expected] });
    }
    expect(await listed()).toEqual(before);
  });

  it('refuses a revocation before the consent was given or in the future, and a second revocation with 409', async () => {
    const consent = await recordConsent();
    const revoke = (revokedOn: string) => world.agents.assigned.post(`/api/consents/${consent.id}/revoke`, { revokedOn });
    expect(fieldErrors(await revoke('2026-11-19'))).toEqual(['revokedOn:end_before_start']);
    expect(fieldErrors(await revoke('2026-11-24'))).toEqual(['revokedOn:date_in_future']);
    expect(fieldErrors(await revoke('23.11.2026'))).toEqual(['revokedOn:invalid_date']);
    expect((await listed()).find((item: { id: string }) => item.id === consent.id)).toEqual(consent);
    expect((await revoke('2026-11-21')).statusCode).toBe(200);
    const again = await revoke('2026-11-22');
    expect(again.statusCode).toBe(409);
    expect(fieldErrors(again)).toEqual(['revokedOn:already_revoked']);
    expect((await listed()).find((item: { id: string }) => item.id === consent.id)).toMatchObject({
      revokedOn: '2026-11-21',
      status: 'revoked',
    });
  });

  it("answers 404 for an unknown consent and for another organisation's consent, which stays as it was", async () => {
    expect((await world.agents.assigned.post(`/api/consents/${crypto.randomUUID()}/revoke`, { revokedOn: '2026-11-23' })).statusCode).toBe(
      404,
    );
    const foreign = (await world.agents.foreign.post(`/api/clients/${world.otherClientId}/consents`, paperConsent)).json();
    expect((await world.agents.lead.post(`/api/consents/${foreign.id}/revoke`, { revokedOn: '2026-11-23' })).statusCode).toBe(404);
    expect((await world.agents.assigned.get(`/api/clients/${world.otherClientId}/consents`)).statusCode).toBe(404);
    const theirs = (await world.agents.foreign.get(`/api/clients/${world.otherClientId}/consents`)).json().items;
    expect(theirs).toEqual([expect.objectContaining({ id: foreign.id, revokedOn: null, status: 'active' })]);
  });

  it('lets the organisation read consents but only the coaches working with the client record them', async () => {
    await expectMatrix(world, consentsAuthorizationMatrix, {
      'GET /api/clients/:id/consents': async () => ({ method: 'GET', url: consentsUrl() }),
      'POST /api/clients/:id/consents': async () => ({ method: 'POST', url: consentsUrl(), body: paperConsent }),
      'POST /api/consents/:id/revoke': async () => ({
        method: 'POST',
        url: `/api/consents/${(await recordConsent()).id}/revoke`,
        body: { revokedOn: '2026-11-23' },
      }),
    });
  });

  it('writes an audit entry for every read, refused ones included', async () => {
    const read = await auditedBy(world.db, world.clientId, () => world.agents.coordinator.get(consentsUrl()));
    expect(read.response.statusCode).toBe(200);
    expect(read.entries).toEqual([{ action: 'client.read', outcome: 'success', actorUserId: world.users.coordinator }]);
    const refused = await auditedBy(world.db, world.clientId, () => world.agents.analyst.get(consentsUrl()));
    expect(refused.response.statusCode).toBe(404);
    expect(refused.entries).toEqual([{ action: 'client.read', outcome: 'denied', actorUserId: world.users.analyst }]);
  });
});
