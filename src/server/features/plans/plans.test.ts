import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../test-support/test-database.js';
import {
  auditedBy,
  caseWorkExpectations,
  clientReadExpectations,
  createCaseWorkWorld,
  expectMatrix,
  fieldErrors,
  send,
  type CaseWorkWorld,
  type EndpointMatrix,
  type MatrixRequest,
} from '../../test-support/case-work-test-world.js';

export const plansAuthorizationMatrix: EndpointMatrix = {
  'GET /api/clients/:id/plan': clientReadExpectations,
  'POST /api/clients/:id/plan/goals': caseWorkExpectations(201),
  'PUT /api/plan/goals/:id': caseWorkExpectations(200),
  'POST /api/plan/goals/:id/actions': caseWorkExpectations(201),
  'PUT /api/plan/actions/:id': caseWorkExpectations(200),
};

const goal = { title: 'Työpaikka logistiikka-alalta', targetDate: '2027-03-31' };
const action = { description: 'Hygieniapassi', owner: 'client', dueDate: '2026-12-15' };

describe.each(testEngines)('plans on %s', (engine) => {
  let world: CaseWorkWorld;
  const planUrl = (clientId = world.clientId) => `/api/clients/${clientId}/plan`;
  const readPlan = async () => (await world.agents.assigned.get(planUrl())).json();
  const addGoal = async () => (await world.agents.assigned.post(`${planUrl()}/goals`, goal)).json();
  const addAction = async (goalId: string) => (await world.agents.assigned.post(`/api/plan/goals/${goalId}/actions`, action)).json();

  beforeAll(async () => {
    world = await createCaseWorkWorld(engine);
  });
  afterAll(() => world.close());

  it('builds a plan of goals with their actions and shows it whole', async () => {
    const createdGoal = await world.agents.assigned.post(`${planUrl()}/goals`, goal);
    expect(createdGoal.statusCode).toBe(201);
    expect(createdGoal.json()).toMatchObject({
      ...goal,
      clientId: world.clientId,
      status: 'open',
      createdBy: world.users.assigned,
      actions: [],
    });
    const createdAction = await world.agents.lead.post(`/api/plan/goals/${createdGoal.json().id}/actions`, action);
    expect(createdAction.statusCode).toBe(201);
    expect(createdAction.json()).toMatchObject({ ...action, goalId: createdGoal.json().id, status: 'todo' });
    const plan = await readPlan();
    expect(plan.clientId).toBe(world.clientId);
    expect(plan.goals).toContainEqual({ ...createdGoal.json(), actions: [createdAction.json()] });
  });

  it('updates a goal and an action, their status included', async () => {
    const { id: goalId } = await addGoal();
    const { id: actionId } = await addAction(goalId);
    const goalUpdate = await world.agents.assigned.put(`/api/plan/goals/${goalId}`, {
      title: 'Oppisopimus',
      targetDate: null,
      status: 'achieved',
      version: 1,
    });
    expect(goalUpdate.statusCode).toBe(200);
    expect(goalUpdate.json()).toMatchObject({ title: 'Oppisopimus', targetDate: null, status: 'achieved', version: 2 });
    const actionUpdate = await world.agents.assigned.put(`/api/plan/actions/${actionId}`, {
      ...action,
      owner: 'coach',
      dueDate: null,
      status: 'done',
      version: 1,
    });
    expect(actionUpdate.statusCode).toBe(200);
    expect(actionUpdate.json()).toMatchObject({ owner: 'coach', dueDate: null, status: 'done', version: 2 });
    const stored = (await readPlan()).goals.find((candidate: { id: string }) => candidate.id === goalId);
    expect(stored).toMatchObject({ status: 'achieved', version: 2, actions: [{ id: actionId, status: 'done', version: 2 }] });
  });

  it('answers a goal or action edited from a stale version with 409 and changes nothing; the fresh version saves and moves on', async () => {
    const { id: goalId, version: goalVersion } = await addGoal();
    const { id: actionId, version: actionVersion } = await addAction(goalId);
    expect({ goalVersion, actionVersion }).toEqual({ goalVersion: 1, actionVersion: 1 });
    // Another coach saves first; this editor still holds version 1.
    const first = await world.agents.lead.put(`/api/plan/goals/${goalId}`, { ...goal, status: 'open', version: 1 });
    expect(first.json().version).toBe(2);
    expect((await world.agents.lead.put(`/api/plan/actions/${actionId}`, { ...action, status: 'todo', version: 1 })).json().version).toBe(
      2,
    );
    const before = await readPlan();

    const staleGoal = await world.agents.assigned.put(`/api/plan/goals/${goalId}`, {
      ...goal,
      title: 'Ohitettu',
      status: 'dropped',
      version: 1,
    });
    expect(staleGoal.statusCode).toBe(409);
    expect(fieldErrors(staleGoal)).toEqual(['version:stale_version']);
    const staleAction = await world.agents.assigned.put(`/api/plan/actions/${actionId}`, { ...action, status: 'cancelled', version: 1 });
    expect(staleAction.statusCode).toBe(409);
    expect(fieldErrors(staleAction)).toEqual(['version:stale_version']);
    expect(await readPlan()).toEqual(before);

    const freshGoal = await world.agents.assigned.put(`/api/plan/goals/${goalId}`, { ...goal, status: 'dropped', version: 2 });
    expect(freshGoal.statusCode).toBe(200);
    expect(freshGoal.json()).toMatchObject({ status: 'dropped', version: 3 });
    const freshAction = await world.agents.assigned.put(`/api/plan/actions/${actionId}`, { ...action, status: 'cancelled', version: 2 });
    expect(freshAction.statusCode).toBe(200);
    expect(freshAction.json()).toMatchObject({ status: 'cancelled', version: 3 });
    // Status changes are edits too: the version that was current a moment ago is stale now.
    expect((await world.agents.lead.put(`/api/plan/actions/${actionId}`, { ...action, status: 'done', version: 2 })).statusCode).toBe(409);
  });

  it('answers each invalid goal or action with a field error and changes nothing', async () => {
    const { id: goalId } = await addGoal();
    const { id: actionId } = await addAction(goalId);
    const before = await readPlan();
    const cases: [MatrixRequest, string][] = [
      [{ method: 'POST', url: `${planUrl()}/goals`, body: { ...goal, title: '  ' } }, 'title:required'],
      [{ method: 'POST', url: `${planUrl()}/goals`, body: { ...goal, targetDate: '31.3.2027' } }, 'targetDate:invalid_date'],
      [{ method: 'PUT', url: `/api/plan/goals/${goalId}`, body: { ...goal, status: 'done', version: 1 } }, 'status:invalid_option'],
      [
        { method: 'PUT', url: `/api/plan/goals/${goalId}`, body: { ...goal, title: 'x'.repeat(301), status: 'open', version: 1 } },
        'title:too_long',
      ],
      [{ method: 'PUT', url: `/api/plan/goals/${goalId}`, body: { ...goal, status: 'open' } }, 'version:required'],
      [{ method: 'POST', url: `/api/plan/goals/${goalId}/actions`, body: { ...action, owner: 'manager' } }, 'owner:invalid_option'],
      [{ method: 'POST', url: `/api/plan/goals/${goalId}/actions`, body: { ...action, description: undefined } }, 'description:required'],
      [
        { method: 'PUT', url: `/api/plan/actions/${actionId}`, body: { ...action, dueDate: '2026-02-30', status: 'todo', version: 1 } },
        'dueDate:invalid_date',
      ],
      [
        { method: 'PUT', url: `/api/plan/actions/${actionId}`, body: { ...action, status: 'started', version: 1 } },
        'status:invalid_option',
      ],
      [{ method: 'PUT', url: `/api/plan/actions/${actionId}`, body: { ...action, status: 'done', version: 0 } }, 'version:too_small'],
    ];
    for (const [request, expected] of cases) {
      const response = await send(world.agents.assigned, request);
      expect({ url: request.url, status: response.statusCode, fields: fieldErrors(response) }).toEqual({
        url: request.url,
        status: 400,
        fields: [expected],
      });
    }
    expect(await readPlan()).toEqual(before);
  });

  it("answers 404 for unknown goals and actions and for another organisation's plan, which stays as it was", async () => {
    const unknown = crypto.randomUUID();
    expect((await world.agents.assigned.put(`/api/plan/goals/${unknown}`, { ...goal, status: 'open', version: 1 })).statusCode).toBe(404);
    expect((await world.agents.assigned.post(`/api/plan/goals/${unknown}/actions`, action)).statusCode).toBe(404);
    expect((await world.agents.assigned.put(`/api/plan/actions/${unknown}`, { ...action, status: 'done', version: 1 })).statusCode).toBe(
      404,
    );
    const foreigner = world.agents.foreign;
    const foreignGoal = (await foreigner.post(`${planUrl(world.otherClientId)}/goals`, goal)).json();
    const foreignAction = (await foreigner.post(`/api/plan/goals/${foreignGoal.id}/actions`, action)).json();
    expect((await world.agents.lead.put(`/api/plan/goals/${foreignGoal.id}`, { ...goal, status: 'dropped', version: 1 })).statusCode).toBe(
      404,
    );
    expect((await world.agents.lead.post(`/api/plan/goals/${foreignGoal.id}/actions`, action)).statusCode).toBe(404);
    expect(
      (await world.agents.lead.put(`/api/plan/actions/${foreignAction.id}`, { ...action, status: 'done', version: 1 })).statusCode,
    ).toBe(404);
    expect((await world.agents.lead.get(planUrl(world.otherClientId))).statusCode).toBe(404);
    expect((await foreigner.get(planUrl(world.otherClientId))).json().goals).toEqual([{ ...foreignGoal, actions: [foreignAction] }]);
  });

  it('lets the organisation read the plan but only the coaches working with the client change it', async () => {
    await expectMatrix(world, plansAuthorizationMatrix, {
      'GET /api/clients/:id/plan': async () => ({ method: 'GET', url: planUrl() }),
      'POST /api/clients/:id/plan/goals': async () => ({ method: 'POST', url: `${planUrl()}/goals`, body: goal }),
      'PUT /api/plan/goals/:id': async () => ({
        method: 'PUT',
        url: `/api/plan/goals/${(await addGoal()).id}`,
        body: { ...goal, status: 'dropped', version: 1 },
      }),
      'POST /api/plan/goals/:id/actions': async () => ({
        method: 'POST',
        url: `/api/plan/goals/${(await addGoal()).id}/actions`,
        body: action,
      }),
      'PUT /api/plan/actions/:id': async () => ({
        method: 'PUT',
        url: `/api/plan/actions/${(await addAction((await addGoal()).id)).id}`,
        body: { ...action, status: 'cancelled', version: 1 },
      }),
    });
  });

  it('writes an audit entry for every read and for a refused change', async () => {
    const read = await auditedBy(world.db, world.clientId, () => world.agents.colleague.get(planUrl()));
    expect(read.response.statusCode).toBe(200);
    expect(read.entries).toEqual([{ action: 'client.read', outcome: 'success', actorUserId: world.users.colleague }]);
    const refused = await auditedBy(world.db, world.clientId, () => world.agents.colleague.post(`${planUrl()}/goals`, goal));
    expect(refused.response.statusCode).toBe(403);
    expect(refused.entries).toEqual([{ action: 'client.plan.write', outcome: 'denied', actorUserId: world.users.colleague }]);
  });
});
