import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction } from '../../db/transaction.js';
import { testEngines } from '../../test-support/test-database.js';
import { enrolments } from '../enrolments/enrolments.tables.js';
import { activities } from './activities.tables.js';
import {
  auditedBy,
  caseWorkExpectations,
  clientReadExpectations,
  createCaseWorkWorld,
  expectMatrix,
  fieldErrors,
  insertClient,
  insertEnrolment,
  protectedReadExpectations,
  send,
  type CaseWorkWorld,
  type EndpointMatrix,
  type MatrixRequest,
} from '../../test-support/case-work-test-world.js';

export const activitiesAuthorizationMatrix: EndpointMatrix = {
  'GET /api/clients/:id/activities': clientReadExpectations,
  'POST /api/clients/:id/activities': caseWorkExpectations(201),
  // Only the person who recorded the entry corrects it, so a team lead cannot either.
  'PUT /api/activities/:id': { ...caseWorkExpectations(200), lead: 403 },
  'GET /api/activities/:id/protected-note': protectedReadExpectations,
};

const today = '2026-11-23';
const correction = {
  occurredOn: '2026-11-20',
  durationMinutes: 45,
  mode: 'workplace_visit',
  participants: ['client', 'employer'],
  summary: 'Työpaikkakäynti',
};

describe.each(testEngines)('activities on %s', (engine) => {
  let world: CaseWorkWorld;
  const activitiesUrl = (clientId = world.clientId) => `/api/clients/${clientId}/activities`;
  const logMeeting = async (body: object = {}, clientId = world.clientId) =>
    (await world.agents.assigned.post(activitiesUrl(clientId), body)).json();
  const listed = async (clientId = world.clientId) => (await world.agents.assigned.get(`${activitiesUrl(clientId)}?pageSize=200`)).json();
  const enrolment = (id: string) =>
    inTransaction(world.db, 'system', async (tx) => (await tx.select().from(enrolments).where(eq(enrolments.id, id)))[0]!);
  /** A client of the assigned coach with an enrolment of their own, so meeting dates do not mix between tests. */
  const freshClient = async () => {
    const clientId = await insertClient(world.db, world.organisationId, world.users.assigned);
    return { clientId, enrolmentId: await insertEnrolment(world.db, { clientId, coachId: world.users.assigned }) };
  };

  beforeAll(async () => {
    world = await createCaseWorkWorld(engine);
  });
  afterAll(() => world.close());

  it('logs a meeting from the quick log with an empty body, derives every default and moves the next meeting due date', async () => {
    const { clientId, enrolmentId } = await freshClient();
    const response = await world.agents.assigned.post(activitiesUrl(clientId), {});
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      clientId,
      enrolmentId,
      occurredOn: today,
      durationMinutes: 60,
      mode: 'face_to_face',
      participants: ['client'],
      summary: null,
      hasProtectedNote: false,
      recordedBy: world.users.assigned,
    });
    const after = await enrolment(enrolmentId);
    expect(after.lastMeetingOn).toBe(today);
    expect(after.nextMeetingDueOn! > today).toBe(true);
  });

  it('links a meeting to the enrolment the user coaches, else to the only active one, else to none', async () => {
    const clientId = await insertClient(world.db, world.organisationId, null, 'Sanni');
    const colleagues = await insertEnrolment(world.db, { clientId, coachId: world.users.colleague, startDate: '2026-11-01' });
    const mine = await insertEnrolment(world.db, {
      clientId,
      coachId: world.users.lead,
      coCoachId: world.users.assigned,
      startDate: '2026-09-01',
    });
    expect((await logMeeting({}, clientId)).enrolmentId).toBe(mine);
    expect((await world.agents.colleague.post(activitiesUrl(clientId), {})).json().enrolmentId).toBe(colleagues);
    expect((await logMeeting({ enrolmentId: null }, clientId)).enrolmentId).toBeNull();

    const single = await insertClient(world.db, world.organisationId, null, 'Onni');
    await insertEnrolment(world.db, { clientId: single, coachId: world.users.colleague, startDate: '2025-01-01', endDate: '2025-12-31' });
    expect((await world.agents.lead.post(activitiesUrl(single), {})).json().enrolmentId).toBeNull();
    const active = await insertEnrolment(world.db, { clientId: single, coachId: world.users.colleague });
    expect((await world.agents.lead.post(activitiesUrl(single), {})).json().enrolmentId).toBe(active);
  });

  it('answers each invalid meeting with a field error and records nothing', async () => {
    const { clientId } = await freshClient();
    const neighboursEnrolment = (await freshClient()).enrolmentId;
    const cases: [object, string][] = [
      [{ occurredOn: '2026-11-24' }, 'occurredOn:date_in_future'],
      [{ occurredOn: '24.11.2026' }, 'occurredOn:invalid_date'],
      [{ durationMinutes: 0 }, 'durationMinutes:too_small'],
      [{ durationMinutes: 1441 }, 'durationMinutes:too_large'],
      [{ mode: 'carrier_pigeon' }, 'mode:invalid_option'],
      [{ participants: [] }, 'participants:too_small'],
      [{ participants: ['client', 'boss'] }, 'participants.1:invalid_option'],
      [{ summary: 'x'.repeat(4001) }, 'summary:too_long'],
      [{ enrolmentId: 'not-an-id' }, 'enrolmentId:invalid'],
      [{ enrolmentId: neighboursEnrolment }, 'enrolmentId:unknown_enrolment'],
    ];
    for (const [body, expected] of cases) {
      const response = await world.agents.assigned.post(activitiesUrl(clientId), body);
      expect({ body, status: response.statusCode, fields: fieldErrors(response) }).toEqual({ body, status: 400, fields: [expected] });
    }
    const fraction = await world.agents.assigned.post(activitiesUrl(clientId), { durationMinutes: 30.5 });
    expect(fraction.json().error.fields).toEqual([expect.objectContaining({ path: 'durationMinutes' })]);
    expect((await listed(clientId)).total).toBe(0);
  });

  it('keeps the protected note encrypted, out of every list, and readable only by the assigned coach', async () => {
    const note = 'Lääkitys vaihtunut, uniongelmia';
    const created = await logMeeting({ summary: 'Kuulumiset', protectedNote: note });
    expect(created.hasProtectedNote).toBe(true);
    for (const reader of [world.agents.assigned, world.agents.lead, world.agents.colleague]) {
      const list = await reader.get(activitiesUrl());
      expect(list.json().items).toContainEqual(created);
      expect(list.body).not.toContain('uniongelmia');
    }
    const [stored] = await inTransaction(world.db, 'system', (tx) => tx.select().from(activities).where(eq(activities.id, created.id)));
    expect(stored!.protectedNoteEncrypted).not.toContain('uniongelmia');

    const noteUrl = `/api/activities/${created.id}/protected-note`;
    const read = await auditedBy(world.db, world.clientId, () => world.agents.assigned.get(noteUrl));
    expect(read.response.json()).toEqual({ note });
    expect(read.entries).toEqual([{ action: 'client.protected.read', outcome: 'success', actorUserId: world.users.assigned }]);
    expect((await world.agents.colleague.get(noteUrl)).statusCode).toBe(403);
    expect((await world.agents.lead.get(noteUrl)).statusCode).toBe(403);
    expect((await world.agents.foreign.get(noteUrl)).statusCode).toBe(404);
    expect((await world.agents.assigned.get(`/api/activities/${crypto.randomUUID()}/protected-note`)).statusCode).toBe(404);
    expect((await world.agents.assigned.get(`/api/activities/${(await logMeeting()).id}/protected-note`)).json()).toEqual({ note: null });
  });

  it('refuses a protected note from a user who may log meetings but not write protected notes, and records nothing', async () => {
    const { clientId } = await freshClient();
    const refused = await world.agents.lead.post(activitiesUrl(clientId), { summary: 'Tapaaminen', protectedNote: 'Terveystietoa' });
    expect(refused.statusCode).toBe(403);
    expect((await listed(clientId)).total).toBe(0);
    expect((await world.agents.lead.post(activitiesUrl(clientId), { summary: 'Tapaaminen' })).statusCode).toBe(201);
  });

  it('lets only the recorder correct a meeting, within the same rules, and offers no way to delete it', async () => {
    const { clientId, enrolmentId } = await freshClient();
    const created = await logMeeting({}, clientId);
    const url = `/api/activities/${created.id}`;
    const corrected = await world.agents.assigned.put(url, correction);
    expect(corrected.statusCode).toBe(200);
    expect(corrected.json()).toEqual({ ...created, ...correction });
    expect((await enrolment(enrolmentId)).lastMeetingOn).toBe('2026-11-20');

    const future = await world.agents.assigned.put(url, { ...correction, occurredOn: '2026-11-24' });
    expect(fieldErrors(future)).toEqual(['occurredOn:date_in_future']);
    expect((await world.agents.assigned.put(url, { ...correction, mode: undefined })).statusCode).toBe(400);
    expect((await world.agents.lead.put(url, { ...correction, summary: 'Muutettu' })).statusCode).toBe(403);
    expect((await world.agents.assigned.delete(url)).statusCode).toBe(404);
    expect((await listed(clientId)).items).toEqual([corrected.json()]);

    expect((await world.agents.assigned.put(`/api/activities/${crypto.randomUUID()}`, correction)).statusCode).toBe(404);
    const foreign = (await world.agents.foreign.post(activitiesUrl(world.otherClientId), {})).json();
    expect((await world.agents.lead.put(`/api/activities/${foreign.id}`, correction)).statusCode).toBe(404);
    expect((await world.agents.lead.get(activitiesUrl(world.otherClientId))).statusCode).toBe(404);
  });

  it('lists meetings newest first, one page at a time', async () => {
    const { clientId } = await freshClient();
    for (const occurredOn of ['2026-11-01', '2026-11-15', '2026-11-10']) await logMeeting({ occurredOn }, clientId);
    const dates = async (query: string) => {
      const page = (await world.agents.colleague.get(`${activitiesUrl(clientId)}?${query}`)).json();
      return { total: page.total, dates: page.items.map((item: { occurredOn: string }) => item.occurredOn) };
    };
    expect(await dates('page=1&pageSize=2')).toEqual({ total: 3, dates: ['2026-11-15', '2026-11-10'] });
    expect(await dates('page=2&pageSize=2')).toEqual({ total: 3, dates: ['2026-11-01'] });
  });

  it('lets the organisation read meetings, the coaches working with the client log them and only the assigned coach read notes', async () => {
    const noted = async () => (await logMeeting({ protectedNote: 'Luottamuksellinen' })).id;
    await expectMatrix(world, activitiesAuthorizationMatrix, {
      'GET /api/clients/:id/activities': async () => ({ method: 'GET', url: activitiesUrl() }),
      'POST /api/clients/:id/activities': async () => ({ method: 'POST', url: activitiesUrl(), body: {} }),
      'PUT /api/activities/:id': async () => ({ method: 'PUT', url: `/api/activities/${(await logMeeting()).id}`, body: correction }),
      'GET /api/activities/:id/protected-note': async () => ({ method: 'GET', url: `/api/activities/${await noted()}/protected-note` }),
    });
  });

  it('writes an audit entry for every read of the meeting list', async () => {
    const read = await auditedBy(world.db, world.clientId, () => world.agents.coordinator.get(activitiesUrl()));
    expect(read.response.statusCode).toBe(200);
    expect(read.entries).toEqual([{ action: 'client.read', outcome: 'success', actorUserId: world.users.coordinator }]);
    const refused = await auditedBy(world.db, world.clientId, () => world.agents.partner.get(activitiesUrl()));
    expect(refused.response.statusCode).toBe(404);
    expect(refused.entries).toEqual([{ action: 'client.read', outcome: 'denied', actorUserId: world.users.partner }]);
  });
});

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
    const move = (status: string, note: string | null = healthCheck.note) =>
      world.agents.lead.put(`/api/referrals/${referral.id}`, { status, note });
    const refused = await move('completed');
    expect(refused.statusCode).toBe(409);
    expect(fieldErrors(refused)).toEqual(['status:transition_not_allowed']);
    expect(await stored(referral.id)).toEqual(referral);
    for (const status of ['sent', 'accepted', 'completed']) expect((await move(status)).statusCode).toBe(200);
    expect((await move('completed', 'Tarkastus tehty 15.12.')).json()).toMatchObject({
      status: 'completed',
      note: 'Tarkastus tehty 15.12.',
    });
    for (const status of ['cancelled', 'planned', 'sent']) expect((await move(status)).statusCode).toBe(409);
    expect(await stored(referral.id)).toMatchObject({ status: 'completed', note: 'Tarkastus tehty 15.12.' });
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
      [{ method: 'PUT', url: `/api/referrals/${referral.id}`, body: { status: 'lost', note: null } }, 'status:invalid_option'],
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
    expect((await world.agents.assigned.put(`/api/referrals/${crypto.randomUUID()}`, { status: 'sent', note: null })).statusCode).toBe(404);
    const foreigner = world.agents.foreign;
    const foreign = (await foreigner.post(referralsUrl(world.otherClientId), healthCheck)).json();
    expect((await world.agents.lead.put(`/api/referrals/${foreign.id}`, { status: 'cancelled', note: null })).statusCode).toBe(404);
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
        body: { status: 'sent', note: null },
      }),
    });
  });

  it('writes an audit entry for every read of the referrals', async () => {
    const read = await auditedBy(world.db, world.clientId, () => world.agents.lead.get(referralsUrl()));
    expect(read.response.statusCode).toBe(200);
    expect(read.entries).toEqual([{ action: 'client.read', outcome: 'success', actorUserId: world.users.lead }]);
  });
});
