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
  type CaseWorkWorld,
  type EndpointMatrix,
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
  version: 1,
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
    expect(corrected.json()).toEqual({ ...created, ...correction, version: 2 });
    expect((await enrolment(enrolmentId)).lastMeetingOn).toBe('2026-11-20');

    const future = await world.agents.assigned.put(url, { ...correction, occurredOn: '2026-11-24', version: 2 });
    expect(fieldErrors(future)).toEqual(['occurredOn:date_in_future']);
    expect((await world.agents.assigned.put(url, { ...correction, mode: undefined, version: 2 })).statusCode).toBe(400);
    expect((await world.agents.lead.put(url, { ...correction, summary: 'Muutettu', version: 2 })).statusCode).toBe(403);
    expect((await world.agents.assigned.delete(url)).statusCode).toBe(404);
    expect((await listed(clientId)).items).toEqual([corrected.json()]);

    expect((await world.agents.assigned.put(`/api/activities/${crypto.randomUUID()}`, correction)).statusCode).toBe(404);
    const foreign = (await world.agents.foreign.post(activitiesUrl(world.otherClientId), {})).json();
    expect((await world.agents.lead.put(`/api/activities/${foreign.id}`, correction)).statusCode).toBe(404);
    expect((await world.agents.lead.get(activitiesUrl(world.otherClientId))).statusCode).toBe(404);
  });

  it('answers a correction of a stale version with 409 and changes nothing; the fresh version saves and moves on', async () => {
    const { clientId, enrolmentId } = await freshClient();
    const created = await logMeeting({ occurredOn: '2026-11-22' }, clientId);
    expect(created.version).toBe(1);
    const url = `/api/activities/${created.id}`;
    // The recorder corrects the entry in one tab; another tab still holds version 1.
    expect((await world.agents.assigned.put(url, { ...correction, summary: 'Ensimmäinen korjaus' })).json().version).toBe(2);
    const before = await listed(clientId);
    const lastMeetingBefore = (await enrolment(enrolmentId)).lastMeetingOn;

    const stale = await world.agents.assigned.put(url, { ...correction, occurredOn: '2026-11-01', summary: 'Vanha lomake' });
    expect(stale.statusCode).toBe(409);
    expect(fieldErrors(stale)).toEqual(['version:stale_version']);
    expect(await listed(clientId)).toEqual(before);
    expect((await enrolment(enrolmentId)).lastMeetingOn).toBe(lastMeetingBefore);

    const fresh = await world.agents.assigned.put(url, { ...correction, summary: 'Toinen korjaus', version: 2 });
    expect(fresh.statusCode).toBe(200);
    expect(fresh.json()).toMatchObject({ summary: 'Toinen korjaus', version: 3 });
    expect((await listed(clientId)).items).toEqual([fresh.json()]);
    expect(fieldErrors(await world.agents.assigned.put(url, { ...correction, version: undefined }))).toEqual(['version:required']);
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
