import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditedBy, createCaseWorkWorld, fieldErrors, insertClient, type CaseWorkWorld } from '../../test-support/case-work-test-world.js';
import { testEngines } from '../../test-support/test-database.js';

type GroupBody = {
  id: string;
  version: number;
  participants: number;
  sessions: number;
  lastSessionOn: string | null;
  participantList: { clientId: string; sessionsAttended: number }[];
  sessionList: { id: string; heldOn: string; attendedClientIds: string[] }[];
};

const workshop = { name: 'Työnhakupaja', kind: 'workshop', startsOn: '2026-11-01', endsOn: '2026-12-31' };

describe.each(testEngines)('group activities on %s', (engine) => {
  let world: CaseWorkWorld;
  let group: GroupBody;
  let otherClientId: string;
  const url = () => `/api/groups/${group.id}`;

  beforeAll(async () => {
    world = await createCaseWorkWorld(engine);
    otherClientId = await insertClient(world.db, world.organisationId, null, 'Eero');
    const created = await world.agents.assigned.post('/api/groups', { ...workshop, description: 'Viikoittainen paja' });
    expect(created.statusCode, created.body).toBe(201);
    group = created.json();
  });
  afterAll(() => world.close());

  it('creates a group in the coach’s organisation and lists it among the running groups', async () => {
    expect(group).toMatchObject({ organisationId: world.organisationId, name: 'Työnhakupaja', participants: 0, sessions: 0, version: 1 });
    const running = (await world.agents.lead.get('/api/groups')).json();
    expect(running.items.map((item: { id: string }) => item.id)).toContain(group.id);
    const ended = (await world.agents.lead.get('/api/groups?status=ended')).json();
    expect(ended.items.map((item: { id: string }) => item.id)).not.toContain(group.id);
  });

  it('refuses an end before the start and an unknown kind field by field, and creates nothing', async () => {
    const before = (await world.agents.assigned.get('/api/groups?status=all')).json().total;
    const backwards = await world.agents.assigned.post('/api/groups', { ...workshop, endsOn: '2026-10-01' });
    expect(backwards.statusCode).toBe(400);
    expect(fieldErrors(backwards)).toEqual(['endsOn:end_before_start']);
    const unknownKind = await world.agents.assigned.post('/api/groups', { ...workshop, kind: 'party' });
    expect(fieldErrors(unknownKind)).toEqual(['kind:invalid_option']);
    expect((await world.agents.assigned.get('/api/groups?status=all')).json().total).toBe(before);
  });

  it('hides another organisation’s group (404) and answers 404 for an unknown id', async () => {
    expect((await world.agents.foreign.get(url())).statusCode).toBe(404);
    expect((await world.agents.foreign.post(`${url()}/sessions`, { heldOn: '2026-11-05', mode: 'remote' })).statusCode).toBe(404);
    expect((await world.agents.lead.get('/api/groups/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await world.agents.foreign.get('/api/groups')).json().items).toEqual([]);
  });

  it('adds a client of the organisation once, naming them in the audit log; refuses another organisation’s client', async () => {
    const { response, entries } = await auditedBy(world.db, world.clientId, () =>
      world.agents.colleague.post(`${url()}/participants`, { clientId: world.clientId, joinedOn: '2026-11-02' }),
    );
    expect(response.statusCode, response.body).toBe(201);
    expect(entries).toEqual([{ action: 'group.write', outcome: 'success', actorUserId: world.users.colleague }]);
    expect(response.json()).toMatchObject({
      participants: 1,
      participantList: [{ clientId: world.clientId, firstName: 'Aino', joinedOn: '2026-11-02' }],
    });

    const again = await world.agents.assigned.post(`${url()}/participants`, { clientId: world.clientId, joinedOn: '2026-11-02' });
    expect(again.statusCode).toBe(409);
    expect(fieldErrors(again)).toEqual(['clientId:already_participant']);
    const foreignClient = await world.agents.assigned.post(`${url()}/participants`, {
      clientId: world.otherClientId,
      joinedOn: '2026-11-02',
    });
    expect(fieldErrors(foreignClient)).toEqual(['clientId:unknown_client']);
    expect((await world.agents.assigned.get(url())).json().participants).toBe(1);
  });

  it('records sessions within the group’s period only', async () => {
    const outside = await world.agents.assigned.post(`${url()}/sessions`, { heldOn: '2027-01-05', mode: 'face_to_face' });
    expect(outside.statusCode).toBe(400);
    expect(fieldErrors(outside)).toEqual(['heldOn:outside_group_period']);
    const held = await world.agents.assigned.post(`${url()}/sessions`, {
      heldOn: '2026-11-10',
      topic: 'CV',
      durationMinutes: 90,
      mode: 'face_to_face',
    });
    expect(held.statusCode, held.body).toBe(201);
    group = held.json();
    expect(group).toMatchObject({ sessions: 1, lastSessionOn: '2026-11-10' });
    expect(group.sessionList[0]).toMatchObject({ heldOn: '2026-11-10', topic: 'CV', durationMinutes: 90, attendedClientIds: [] });
  });

  it('records who was present: participants only, sessions that have been held only, audited per person touched', async () => {
    const sessionUrl = `${url()}/sessions/${group.sessionList[0]!.id}/attendance`;
    const stranger = await world.agents.assigned.put(sessionUrl, { attendedClientIds: [world.clientId, otherClientId] });
    expect(fieldErrors(stranger)).toEqual(['attendedClientIds:not_participant']);
    expect((await world.agents.assigned.get(url())).json().sessionList[0].attendedClientIds).toEqual([]);

    const { response, entries } = await auditedBy(world.db, world.clientId, () =>
      world.agents.assigned.put(sessionUrl, { attendedClientIds: [world.clientId] }),
    );
    expect(response.statusCode, response.body).toBe(200);
    expect(entries.map((entry) => entry.action)).toEqual(['group.write']);
    expect(response.json().sessionList[0].attendedClientIds).toEqual([world.clientId]);
    expect(response.json().participantList[0].sessionsAttended).toBe(1);

    const planned = (await world.agents.assigned.post(`${url()}/sessions`, { heldOn: '2026-12-01', mode: 'remote' })).json() as GroupBody;
    // A planned session counts among the sessions but is not the last one held.
    expect(planned).toMatchObject({ sessions: 2, lastSessionOn: '2026-11-10' });
    const future = await world.agents.assigned.put(`${url()}/sessions/${planned.sessionList[0]!.id}/attendance`, {
      attendedClientIds: [world.clientId],
    });
    expect(fieldErrors(future)).toEqual(['attendedClientIds:date_in_future']);
    // The planned session is cancelled; the one held keeps its attendance.
    const cancelled = await world.agents.assigned.delete(`${url()}/sessions/${planned.sessionList[0]!.id}`);
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(cancelled.json()).toMatchObject({ sessions: 1, sessionList: [{ heldOn: '2026-11-10', attendedClientIds: [world.clientId] }] });
    expect((await world.agents.assigned.delete(`${url()}/sessions/${planned.sessionList[0]!.id}`)).statusCode).toBe(404);
    const unknownSession = await world.agents.assigned.put(`${url()}/sessions/00000000-0000-4000-8000-000000000000/attendance`, {
      attendedClientIds: [],
    });
    expect(unknownSession.statusCode).toBe(404);
  });

  it('keeps a participant who has attended; removes one added by mistake', async () => {
    const attended = await world.agents.assigned.delete(`${url()}/participants/${world.clientId}`);
    expect(attended.statusCode).toBe(409);
    expect(fieldErrors(attended)).toEqual(['clientId:has_attendance']);
    await world.agents.assigned.post(`${url()}/participants`, { clientId: otherClientId, joinedOn: '2026-11-20' });
    // The one session was held on 10.11., before the new participant joined.
    const beforeJoining = await world.agents.assigned.put(`${url()}/sessions/${group.sessionList[0]!.id}/attendance`, {
      attendedClientIds: [world.clientId, otherClientId],
    });
    expect(fieldErrors(beforeJoining)).toEqual(['attendedClientIds:joined_after_session']);
    expect((await world.agents.assigned.get(url())).json().sessionList[0].attendedClientIds).toEqual([world.clientId]);
    const removed = await world.agents.assigned.delete(`${url()}/participants/${otherClientId}`);
    expect(removed.statusCode, removed.body).toBe(200);
    expect(removed.json().participantList.map((participant: { clientId: string }) => participant.clientId)).toEqual([world.clientId]);
    expect((await world.agents.assigned.delete(`${url()}/participants/${otherClientId}`)).statusCode).toBe(404);
  });

  it('names the participants in the audit entry of every read of the group', async () => {
    const { response, entries } = await auditedBy(world.db, world.clientId, () => world.agents.coordinator.get(url()));
    expect(response.statusCode).toBe(200);
    expect(entries).toEqual([{ action: 'group.read', outcome: 'success', actorUserId: world.users.coordinator }]);
  });

  it('edits the group with its version; refuses a stale version and a period that would leave sessions outside', async () => {
    const current = (await world.agents.assigned.get(url())).json() as GroupBody;
    const shrunk = await world.agents.assigned.put(url(), { ...workshop, endsOn: '2026-11-05', version: current.version });
    expect(fieldErrors(shrunk)).toEqual(['endsOn:sessions_outside_period']);
    const later = await world.agents.assigned.put(url(), { ...workshop, startsOn: '2026-11-15', version: current.version });
    expect(fieldErrors(later)).toEqual(['startsOn:sessions_outside_period']);
    const renamed = await world.agents.lead.put(url(), { ...workshop, name: 'Työnhakupaja II', version: current.version });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json()).toMatchObject({ name: 'Työnhakupaja II', version: current.version + 1 });
    const stale = await world.agents.assigned.put(url(), { ...workshop, version: current.version });
    expect(stale.statusCode).toBe(409);
    expect(fieldErrors(stale)).toEqual(['version:stale_version']);
  });

  it('lists a client’s groups on their page with the sessions held since they joined and those attended, audited', async () => {
    const { response, entries } = await auditedBy(world.db, world.clientId, () =>
      world.agents.colleague.get(`/api/clients/${world.clientId}/groups`),
    );
    expect(response.statusCode, response.body).toBe(200);
    // Joined 2.11.; held since then up to 23.11.: the session of 10.11. (1.12. is planned), which Aino attended.
    expect(response.json().items).toEqual([
      {
        groupId: group.id,
        name: 'Työnhakupaja II',
        kind: 'workshop',
        startsOn: '2026-11-01',
        endsOn: '2026-12-31',
        joinedOn: '2026-11-02',
        sessionsHeld: 1,
        sessionsAttended: 1,
        lastAttendedOn: '2026-11-10',
      },
    ]);
    expect(entries).toEqual([{ action: 'client.read', outcome: 'success', actorUserId: world.users.colleague }]);
    expect((await world.agents.foreign.get(`/api/clients/${world.clientId}/groups`)).statusCode).toBe(404);
  });
});
