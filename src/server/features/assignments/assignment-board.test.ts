import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AssignmentBoard, CreateAssignmentRequest } from '../../../contract/assignments.js';
import { memberships } from '../../auth/auth.tables.js';
import { inTransaction } from '../../db/transaction.js';
import type { UserAgent } from '../../test-support/test-app.js';
import { testEngines } from '../../test-support/test-database.js';
import { atTime, createAssignment, createAssignmentWorld, newAssignmentRequest, type AssignmentWorld } from './assignment-test-world.js';

/** The board's clock: Monday 23 November 2026 at 09:00; "due soon" runs to the end of Tuesday. */
describe.each(testEngines)('assignment board on %s', (engine) => {
  let world: AssignmentWorld;
  const ids = {} as Record<'overdue' | 'dueSoon' | 'waiting' | 'inTime' | 'late' | 'cancelled' | 'toTeam', string>;

  const board = async (query = '', agent: UserAgent = world.agents.coordinator): Promise<AssignmentBoard> => {
    const response = await agent.get(`/api/assignments${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };
  const idsOf = async (query: string, agent?: UserAgent) => (await board(query, agent)).items.map((item) => item.id);

  beforeAll(async () => {
    world = await createAssignmentWorld(engine);
    const respond = (id: string, respondedAt: string) =>
      world.agents.coordinator.post(`/api/assignments/${id}/responded`, { respondedAt, version: 1 });
    ids.overdue = (await createAssignment(world, { receivedAt: '2026-11-18T10:00:00+02:00', requestedRole: 'Myöhässä' })).id;
    ids.dueSoon = (await createAssignment(world, { receivedAt: '2026-11-20T12:00:00+02:00', requestedRole: 'Pian' })).id;
    ids.waiting = (await createAssignment(world, { receivedAt: '2026-11-23T08:30:00+02:00', responderUserId: world.users.assigned })).id;
    ids.inTime = (await createAssignment(world, { receivedAt: '2026-11-18T11:00:00+02:00' })).id;
    await respond(ids.inTime, '2026-11-19T10:00:00+02:00');
    ids.late = (await createAssignment(world, { receivedAt: '2026-11-16T10:00:00+02:00' })).id;
    await respond(ids.late, '2026-11-19T09:00:00+02:00');
    ids.cancelled = (await createAssignment(world, { receivedAt: '2026-11-17T10:00:00+02:00' })).id;
    await world.agents.coordinator.post(`/api/assignments/${ids.cancelled}/status`, {
      status: 'closed',
      result: 'cancelled_by_employer',
      version: 1,
    });
    ids.toTeam = (
      await createAssignment(world, { receivedAt: '2026-11-23T07:00:00+02:00', responderUserId: null, responderTeamId: world.teamId })
    ).id;
    // The colleague works in the organisation's team, which is the assignment group of the last one.
    await inTransaction(world.db, 'system', (tx) =>
      tx
        .update(memberships)
        .set({ teamId: world.teamId })
        .where(and(eq(memberships.userId, world.users.colleague), eq(memberships.organisationId, world.organisationId))),
    );
  });
  afterAll(() => world.close());

  it('shows each assignment’s due state against its due time', async () => {
    const { items } = await board();
    const stateOf = (id: string) => items.find((item) => item.id === id)?.dueState;
    expect(Object.fromEntries(Object.entries(ids).map(([name, id]) => [name, stateOf(id)]))).toEqual({
      overdue: 'overdue',
      dueSoon: 'due_soon',
      waiting: 'waiting',
      inTime: 'answered_in_time',
      late: 'answered_late',
      cancelled: 'closed_unanswered',
      toTeam: 'waiting',
    });
  });

  it('lists unanswered assignments first by due time, then the rest newest first', async () => {
    expect(await idsOf('')).toEqual([ids.overdue, ids.dueSoon, ids.toTeam, ids.waiting, ids.inTime, ids.cancelled, ids.late]);
    expect(await idsOf('?sort=received')).toEqual([ids.waiting, ids.toTeam, ids.dueSoon, ids.inTime, ids.overdue, ids.cancelled, ids.late]);
  });

  it('gives the time to the first response in working minutes', async () => {
    const { items } = await board('?due=answered_late');
    // Monday 10:00 to Thursday 09:00: 6 h + 8 h + 8 h + 1 h of working time.
    expect(items.map((item) => item.workingMinutesToFirstResponse)).toEqual([(6 + 8 + 8 + 1) * 60]);
    expect((await board('?due=overdue')).items[0]!.workingMinutesToFirstResponse).toBeNull();
  });

  it('filters by due state', async () => {
    expect(await idsOf('?due=overdue')).toEqual([ids.overdue]);
    expect(await idsOf('?due=due_soon')).toEqual([ids.dueSoon]);
    expect(await idsOf('?due=waiting')).toEqual([ids.toTeam, ids.waiting]);
    expect(await idsOf('?due=answered_in_time')).toEqual([ids.inTime]);
    expect(await idsOf('?due=answered_late')).toEqual([ids.late]);
    expect(await idsOf('?due=closed_unanswered')).toEqual([ids.cancelled]);
    expect(await idsOf('?due=unanswered')).toEqual([ids.overdue, ids.dueSoon, ids.toTeam, ids.waiting]);
  });

  it('counts overdue, due soon, unanswered and open assignments for the tiles whatever the filters', async () => {
    const { summary, total } = await board('?due=answered_late');
    expect(total).toBe(1);
    expect(summary).toEqual({ overdue: 1, dueSoon: 1, unanswered: 4, open: 6 });
  });

  it('moves an assignment from due soon to overdue as the clock passes its due time', async () => {
    await atTime(world, '2026-11-24T12:00:01+02:00', async (agentOf) => {
      const coordinator = await agentOf('coordinator');
      expect(await idsOf('?due=overdue', coordinator)).toEqual([ids.overdue, ids.dueSoon]);
      expect(await idsOf('?due=due_soon', coordinator)).toEqual([ids.toTeam, ids.waiting]);
    });
  });

  it('filters by status, responder and employer', async () => {
    expect(await idsOf('?status=closed')).toEqual([ids.cancelled]);
    expect(await idsOf(`?responderUserId=${world.users.assigned}`)).toEqual([ids.waiting]);
    expect((await board(`?employerId=${world.employerId}`)).total).toBe(7);
    expect((await board(`?employerId=${world.otherEmployerId}`)).total).toBe(0);
  });

  it('shows as mine what is named to me, or to my team while nobody is named', async () => {
    expect(await idsOf('?mine=true', world.agents.assigned)).toEqual([ids.waiting]);
    expect(await idsOf('?mine=true', world.agents.colleague)).toEqual([ids.toTeam]);
    expect((await board('?mine=true')).total).toBe(5);
  });

  it('pages the list', async () => {
    const first = await board('?pageSize=3');
    const second = await board('?pageSize=3&page=2');
    expect(first.items).toHaveLength(3);
    expect(first.total).toBe(7);
    expect(second.items.map((item) => item.id)).toEqual([ids.waiting, ids.inTime, ids.cancelled]);
  });

  it("shows another organisation's coach none of these, and refuses unknown filter values", async () => {
    expect((await board('', world.agents.foreign)).total).toBe(0);
    expect((await world.agents.coordinator.get('/api/assignments?due=someday')).statusCode).toBe(400);
    expect((await world.agents.coordinator.get('/api/assignments?status=open')).statusCode).toBe(400);
  });

  it('answers 403 for an organisation where the user has no employer role', async () => {
    expect((await world.agents.coordinator.get(`/api/assignments?organisationId=${world.otherOrganisationId}`)).statusCode).toBe(403);
    expect((await world.agents.admin.get('/api/assignments')).statusCode).toBe(403);
  });

  describe('monthly figure', () => {
    /**
     * A hand-made month in Lapland (default agreement: 2 working days), received and answered as below.
     * October: 1 in time; 2 late; 3 never answered and overdue; 4 cancelled by the employer before its
     * due time (not measured); 5 received on Friday evening, due Wednesday 4 Nov 08:00, answered Tuesday.
     * → received 5, answered 3, in time 2, measured 4, share 2/4.
     * November: 6 cancelled after its due time without a response (measured, not in time); 7 not yet due
     * (not measured); 8 answered in time today; 9 closed as filled today, long after its due time (late);
     * 10 received Sunday 1 Nov 00:30 Helsinki time (still 31 October in UTC), answered late.
     * → received 5, answered 3, in time 1, measured 4, share 1/4.
     * August's assignment lies outside the three months asked for; September had none.
     */
    const inLapland = (receivedAt: string): Partial<CreateAssignmentRequest> => ({
      receivedAt,
      contactId: world.otherContactId,
      responderUserId: world.users.foreign,
    });

    beforeAll(async () => {
      const foreign = world.agents.foreign;
      const receive = async (receivedAt: string) => {
        const response = await foreign.post(
          `/api/employers/${world.otherEmployerId}/assignments`,
          newAssignmentRequest(world, inLapland(receivedAt)),
        );
        expect(response.statusCode, response.body).toBe(201);
        return response.json().id as string;
      };
      const respond = async (id: string, respondedAt: string) =>
        expect((await foreign.post(`/api/assignments/${id}/responded`, { respondedAt, version: 1 })).statusCode).toBe(200);
      const close = async (id: string, result: string) =>
        expect((await foreign.post(`/api/assignments/${id}/status`, { status: 'closed', result, version: 1 })).statusCode).toBe(200);

      await receive('2026-08-12T10:00:00+03:00');
      await respond(await receive('2026-10-05T10:00:00+03:00'), '2026-10-06T09:00:00+03:00');
      await respond(await receive('2026-10-14T15:00:00+03:00'), '2026-10-19T10:00:00+03:00');
      await receive('2026-10-20T09:00:00+03:00');
      const cancelledInTime = await receive('2026-10-26T10:00:00+02:00');
      await respond(await receive('2026-10-30T17:00:00+02:00'), '2026-11-03T10:00:00+02:00');
      const cancelledLate = await receive('2026-11-02T10:00:00+02:00');
      await receive('2026-11-20T12:00:00+02:00');
      await respond(await receive('2026-11-23T08:00:00+02:00'), '2026-11-23T08:45:00+02:00');
      await close(await receive('2026-11-10T09:00:00+02:00'), 'filled');
      await respond(await receive('2026-11-01T00:30:00+02:00'), '2026-11-05T09:00:00+02:00');

      await close(cancelledLate, 'cancelled_by_employer');
      await atTime(world, '2026-10-27T12:00:00+02:00', async (agentOf) => {
        const response = await (
          await agentOf('foreign')
        ).post(`/api/assignments/${cancelledInTime}/status`, {
          status: 'closed',
          result: 'cancelled_by_employer',
          version: 1,
        });
        expect(response.statusCode).toBe(200);
      });
    });

    it('counts per month received, answered, answered within the agreed time and the share of the measured', async () => {
      const response = await world.agents.foreign.get('/api/assignments/monthly?months=3');
      expect(response.statusCode).toBe(200);
      expect(response.json().months).toEqual([
        { month: '2026-09', received: 0, answered: 0, answeredInTime: 0, measured: 0, share: null },
        { month: '2026-10', received: 5, answered: 3, answeredInTime: 2, measured: 4, share: 0.5 },
        { month: '2026-11', received: 5, answered: 3, answeredInTime: 1, measured: 4, share: 0.25 },
      ]);
    });

    it('reports the organisation and its agreed response time with the figure', async () => {
      const body = (await world.agents.foreign.get('/api/assignments/monthly?months=1')).json();
      expect(body.organisationId).toBe(world.otherOrganisationId);
      expect(body.settings).toMatchObject({ amount: 2, unit: 'working_days', isDefault: true });
      expect(body.months).toHaveLength(1);
    });

    it('measures a pending assignment once its due time passes', async () => {
      await atTime(world, '2026-11-24T12:00:01+02:00', async (agentOf) => {
        const november = (await (await agentOf('foreign')).get('/api/assignments/monthly?months=1')).json().months[0];
        expect(november).toMatchObject({ received: 5, measured: 5, answeredInTime: 1, share: 0.2 });
      });
    });

    it('refuses more than 36 months and answers 403 for an organisation outside the user’s employer roles', async () => {
      expect((await world.agents.foreign.get('/api/assignments/monthly?months=37')).statusCode).toBe(400);
      expect((await world.agents.foreign.get(`/api/assignments/monthly?organisationId=${world.organisationId}`)).statusCode).toBe(403);
      expect((await world.agents.analyst.get('/api/assignments/monthly')).statusCode).toBe(403);
    });
  });
});
