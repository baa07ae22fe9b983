import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../test-support/test-database.js';
import {
  auditedBy,
  caseWorkExpectations,
  clientReadExpectations,
  createCaseWorkWorld,
  expectMatrix,
  fieldErrors,
  insertClient,
  insertEnrolment,
  send,
  type CaseWorkWorld,
  type EndpointMatrix,
  type MatrixRequest,
} from '../../test-support/case-work-test-world.js';

export const referralsAuthorizationMatrix: EndpointMatrix = {
  'GET /api/clients/:id/referrals': clientReadExpectations,
  'POST /api/clients/:id/referrals': caseWorkExpectations(201),
  'PUT /api/referrals/:id': caseWorkExpectations(200),
};

const healthCheck = { service: 'health_check', referredOn: '2026-11-20', note: 'Työterveyshuolto' };

describe.each(testEngines)('referrals on %s', (engine) => {
  let world: CaseWorkWorld;
  const referralsUrl = (clientId = world.clientId) => `/api/clients/${clientId}/referrals`;
  const refer = async (body: object = healthCheck) => (await world.agents.assigned.post(referralsUrl(), body)).json();
  const listed = async () => (await world.agents.assigned.get(referralsUrl())).json().items;
  const stored = async (id: string) => (await listed()).find((item: { id: string }) => item.id === id);

  beforeAll(async () => {
    world = await createCaseWorkWorld(engine);
  });
  afterAll(() => world.close());

  it('records a referral as planned unless told otherwise, in the enrolment the user coaches', async () => {
    const planned = await world.agents.assigned.post(referralsUrl(), { service: 'training', referredOn: '2026-12-01' });
    expect(planned.statusCode).toBe(201);
    expect(planned.json()).toMatchObject({
      service: 'training',
      status: 'planned',
      referredOn: '2026-12-01',
      note: null,
      enrolmentId: world.enrolmentId,
    });
    const sent = await refer({ ...healthCheck, status: 'sent', enrolmentId: null });
    expect(sent).toMatchObject({ ...healthCheck, status: 'sent', enrolmentId: null, createdBy: world.users.assigned });
    const newestFirst = (await listed()).map((item: { id: string }) => item.id);
    expect(newestFirst.indexOf(planned.json().id)).toBeLessThan(newestFirst.indexOf(sent.id));
  });

  it('moves a referral only along the allowed status transitions and answers others with 409', async () => {
    const referral = await refer();
    // Each move names the version it read, as the web form does.
    const move = async (status: string, note: string | null = healthCheck.note) =>
      world.agents.lead.put(`/api/referrals/${referral.id}`, { status, note, version: (await stored(referral.id)).version });
    const refused = await move('completed');
    expect(refused.statusCode).toBe(409);
    expect(fieldErrors(refused)).toEqual(['status:transition_not_allowed']);
    expect(await stored(referral.id)).toEqual(referral);
    for (const status of ['sent', 'accepted', 'completed']) expect((await move(status)).statusCode).toBe(200);
    expect((await move('completed', 'Tarkastus tehty 15.12.')).json()).toMatchObject({
      status: 'completed',
      note: 'Tarkastus tehty 15.12.',
      version: 5,
    });
    for (const status of ['cancelled', 'planned', 'sent'])
      expect(fieldErrors(await move(status))).toEqual(['status:transition_not_allowed']);
    expect(await stored(referral.id)).toMatchObject({ status: 'completed', note: 'Tarkastus tehty 15.12.', version: 5 });
  });

  it('answers a referral changed from a stale version with 409 and changes nothing; the fresh version saves and moves on', async () => {
    const referral = await refer();
    expect(referral.version).toBe(1);
    const url = `/api/referrals/${referral.id}`;
    // A colleague sends the referral while this editor still holds the planned one at version 1.
    expect((await world.agents.lead.put(url, { status: 'sent', note: null, version: 1 })).json()).toMatchObject({
      status: 'sent',
      version: 2,
    });
    const before = await stored(referral.id);

    // 'cancelled' is allowed from both statuses, so only the version can refuse it.
    const stale = await world.agents.assigned.put(url, { status: 'cancelled', note: 'Peruttu', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(fieldErrors(stale)).toEqual(['version:stale_version']);
    // A transition judged against the status the stale form saw is reported as stale, not as a bad transition.
    expect(fieldErrors(await world.agents.assigned.put(url, { status: 'sent', note: null, version: 1 }))).toEqual([
      'version:stale_version',
    ]);
    expect(await stored(referral.id)).toEqual(before);

    const fresh = await world.agents.assigned.put(url, { status: 'accepted', note: 'Aika sovittu', version: 2 });
    expect(fresh.statusCode).toBe(200);
    expect(fresh.json()).toMatchObject({ status: 'accepted', note: 'Aika sovittu', version: 3 });
    expect(await stored(referral.id)).toEqual(fresh.json());
  });

  it('answers each invalid referral with a field error and changes nothing', async () => {
    const referral = await refer();
    const otherClient = await insertClient(world.db, world.organisationId, world.users.assigned);
    const otherEnrolment = await insertEnrolment(world.db, { clientId: otherClient, coachId: world.users.assigned });
    const before = await listed();
    const cases: [MatrixRequest, string][] = [
      [{ method: 'POST', url: referralsUrl(), body: { ...healthCheck, service: 'dentist' } }, 'service:invalid_option'],
      [{ method: 'POST', url: referralsUrl(), body: { ...healthCheck, status: 'lost' } }, 'status:invalid_option'],
      [{ method: 'POST', url: referralsUrl(), body: { ...healthCheck, referredOn: undefined } }, 'referredOn:required'],
      [
        { method: 'POST', url: referralsUrl(), body: { ...healthCheck, status: 'sent', referredOn: '2026-11-24' } },
        'referredOn:date_in_future',
      ],
      [{ method: 'POST', url: referralsUrl(), body: { ...healthCheck, note: 'x'.repeat(2001) } }, 'note:too_long'],
      [{ method: 'POST', url: referralsUrl(), body: { ...healthCheck, enrolmentId: otherEnrolment } }, 'enrolmentId:unknown_enrolment'],
      [{ method: 'PUT', url: `/api/referrals/${referral.id}`, body: { status: 'lost', note: null, version: 1 } }, 'status:invalid_option'],
      [{ method: 'PUT', url: `/api/referrals/${referral.id}`, body: { status: 'sent', note: null } }, 'version:required'],
    ];
    for (const [request, expected] of cases) {
      const response = await send(world.agents.assigned, request);
      expect({ body: request.body, status: response.statusCode, fields: fieldErrors(response) }).toEqual({
        body: request.body,
        status: 400,
        fields: [expected],
      });
    }
    expect(await listed()).toEqual(before);
  });

  it("answers 404 for an unknown referral and for another organisation's, which stays as it was", async () => {
    const unknown = `/api/referrals/${crypto.randomUUID()}`;
    expect((await world.agents.assigned.put(unknown, { status: 'sent', note: null, version: 1 })).statusCode).toBe(404);
    const foreigner = world.agents.foreign;
    const foreign = (await foreigner.post(referralsUrl(world.otherClientId), healthCheck)).json();
    expect((await world.agents.lead.put(`/api/referrals/${foreign.id}`, { status: 'cancelled', note: null, version: 1 })).statusCode).toBe(
      404,
    );
    expect((await world.agents.lead.get(referralsUrl(world.otherClientId))).statusCode).toBe(404);
    expect((await foreigner.get(referralsUrl(world.otherClientId))).json().items).toEqual([foreign]);
  });

  it('lets the organisation read referrals but only the coaches working with the client make them', async () => {
    await expectMatrix(world, referralsAuthorizationMatrix, {
      'GET /api/clients/:id/referrals': async () => ({ method: 'GET', url: referralsUrl() }),
      'POST /api/clients/:id/referrals': async () => ({ method: 'POST', url: referralsUrl(), body: healthCheck }),
      'PUT /api/referrals/:id': async () => ({
        method: 'PUT',
        url: `/api/referrals/${(await refer()).id}`,
        body: { status: 'sent', note: null, version: 1 },
      }),
    });
  });

  it('writes an audit entry for every read of the referrals', async () => {
    const read = await auditedBy(world.db, world.clientId, () => world.agents.lead.get(referralsUrl()));
    expect(read.response.statusCode).toBe(200);
    expect(read.entries).toEqual([{ action: 'client.read', outcome: 'success', actorUserId: world.users.lead }]);
  });
});
