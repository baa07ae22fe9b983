import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditedBy, createCaseWorkWorld, fieldErrors, insertClient, type CaseWorkWorld } from '../../test-support/case-work-test-world.js';
import { testEngines } from '../../test-support/test-database.js';
import { enrolmentRequest, insertProgramme } from '../enrolments/enrolment-fixtures.js';

type Task = { followUpId: string; clientId: string; monthsAfterEnd: number; dueOn: string; daysOverdue: number; esfFunded: boolean };

describe.each(testEngines)('follow-up task list on %s', (engine) => {
  let world: CaseWorkWorld;
  let clientId: string;
  const tasksOf = async (agent: CaseWorkWorld['agents'][keyof CaseWorkWorld['agents']]) =>
    (await agent.get('/api/tasks/follow-ups')).json().items as Task[];

  beforeAll(async () => {
    world = await createCaseWorkWorld(engine);
    const programmeId = await insertProgramme(world.db, world.organisationId, { followUpMonths: [3, 6] });
    clientId = await insertClient(world.db, world.organisationId, world.users.assigned, 'Seurattava');
    const agent = world.agents.assigned;
    // Ended 15.5.: follow-ups due 15.8. and 15.11., both due on 23.11.
    const ended = (
      await agent.post(`/api/clients/${clientId}/enrolments`, enrolmentRequest(programmeId, { startDate: '2026-01-12' }))
    ).json();
    expect((await agent.post(`/api/enrolments/${ended.id}/end`, { endDate: '2026-05-15', outcome: 'work' })).statusCode).toBe(200);
    // Ended 1.10.: the first follow-up is due 1.1.2027, not yet a task.
    const recent = (
      await agent.post(`/api/clients/${world.clientId}/enrolments`, enrolmentRequest(programmeId, { startDate: '2026-06-01' }))
    ).json();
    expect((await agent.post(`/api/enrolments/${recent.id}/end`, { endDate: '2026-10-01', outcome: 'education' })).statusCode).toBe(200);
  });
  afterAll(() => world.close());

  it('lists the due follow-ups of the coach’s own enrolments, oldest first, and names the clients in the audit log', async () => {
    const { response, entries } = await auditedBy(world.db, clientId, () => world.agents.assigned.get('/api/tasks/follow-ups'));
    const tasks = response.json().items as Task[];
    expect(tasks.map((task) => [task.clientId, task.monthsAfterEnd, task.dueOn, task.daysOverdue])).toEqual([
      [clientId, 3, '2026-08-15', 100],
      [clientId, 6, '2026-11-15', 8],
    ]);
    expect(entries).toEqual([{ action: 'task.read', outcome: 'success', actorUserId: world.users.assigned }]);
    // Tasks are the responsible coach's: a colleague and the team lead have none of these.
    expect(await tasksOf(world.agents.colleague)).toEqual([]);
    expect(await tasksOf(world.agents.lead)).toEqual([]);
  });

  it('records the result with its source from the task, which then leaves the list', async () => {
    const [first] = await tasksOf(world.agents.assigned);
    const url = `/api/follow-ups/${first!.followUpId}`;
    const invalid = await world.agents.assigned.post(url, { completedOn: '2026-11-23', situation: 'work', informationSource: 'rumour' });
    expect(fieldErrors(invalid)).toEqual(['informationSource:invalid_option']);
    const recorded = await world.agents.assigned.post(url, { completedOn: '2026-11-23', situation: 'work', informationSource: 'employer' });
    expect(recorded.statusCode, recorded.body).toBe(200);
    expect(recorded.json()).toMatchObject({ situation: 'work', informationSource: 'employer', completedOn: '2026-11-23', due: false });
    expect((await tasksOf(world.agents.assigned)).map((task) => task.monthsAfterEnd)).toEqual([6]);
    const enrolments = (await world.agents.lead.get(`/api/clients/${clientId}/enrolments`)).json().items;
    expect(enrolments[0].followUps[0]).toMatchObject({ monthsAfterEnd: 3, informationSource: 'employer' });
  });

  it('shows a follow-up to the co-coach too', async () => {
    const programmeId = await insertProgramme(world.db, world.organisationId, { followUpMonths: [3] });
    const other = await insertClient(world.db, world.organisationId, world.users.colleague, 'Yhteinen');
    const created = await world.agents.colleague.post(
      `/api/clients/${other}/enrolments`,
      enrolmentRequest(programmeId, { startDate: '2026-02-02', coCoachId: world.users.assigned }),
    );
    expect(created.statusCode, created.body).toBe(201);
    expect(
      (await world.agents.colleague.post(`/api/enrolments/${created.json().id}/end`, { endDate: '2026-07-31', outcome: 'work' }))
        .statusCode,
    ).toBe(200);
    expect((await tasksOf(world.agents.assigned)).map((task) => task.clientId)).toContain(other);
    expect((await tasksOf(world.agents.colleague)).map((task) => task.clientId)).toEqual([other]);
  });
});
