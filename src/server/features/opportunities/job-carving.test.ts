import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldErrors } from '../../test-support/case-work-test-world.js';
import { testEngines } from '../../test-support/test-database.js';
import {
  createJob,
  createOpportunityWorld,
  esco,
  opportunityRequest,
  taskRequest,
  type OpportunityWorld,
} from './opportunity-test-world.js';

type SourceJob = { id: string; title: string; tasks: { id: string; description: string; moved: boolean }[] };
type Carved = {
  id: string;
  version: number;
  carved: boolean;
  taskIds: string[];
  hoursPerWeek: number;
  demands: string[];
  requiredSkills: { uri: string | null; label: string }[];
  niceToHaveSkills: { uri: string | null; label: string }[];
  sourceJobs: SourceJob[];
};

/** A kitchen job and a cleaning job at the same restaurant: the material of a carved hidden job. */
async function restaurantJobs(world: OpportunityWorld) {
  const kitchen = await createJob(world.agents.coordinator, world.employerId, 'Kokki', [
    taskRequest({
      description: 'Astioiden pesu',
      hoursPerWeek: 10,
      physicalDemands: ['standing_long'],
      skills: [{ uri: esco.cleaning, label: 'siivota' }],
    }),
    taskRequest({
      description: 'Ruoanvalmistus',
      hoursPerWeek: 25,
      physicalDemands: ['cold_or_heat'],
      cognitiveDemands: ['time_pressure'],
      skills: [{ uri: null, label: 'Ruoanlaitto' }],
    }),
    taskRequest({ description: 'Raaka-aineiden vastaanotto', hoursPerWeek: 5, physicalDemands: ['heavy_lifting'], skills: [] }),
  ]);
  const cleaning = await createJob(world.agents.coordinator, world.employerId, 'Siivooja', [
    taskRequest({
      description: 'Salin siivous',
      hoursPerWeek: 8.5,
      physicalDemands: ['standing_long', 'repetitive_movements'],
      cognitiveDemands: ['working_alone'],
      skills: [{ uri: esco.cleaning, label: 'perform cleaning duties' }],
    }),
    taskRequest({
      description: 'Asiakkaiden opastus',
      hoursPerWeek: 4,
      physicalDemands: [],
      cognitiveDemands: ['customer_contact'],
      skills: [{ uri: esco.customerService, label: 'asiakaspalvelu' }],
    }),
  ]);
  return { kitchen, cleaning };
}

describe.each(testEngines)('job carving on %s', (engine) => {
  let world: OpportunityWorld;
  let jobs: Awaited<ReturnType<typeof restaurantJobs>>;
  const carve = (taskIds: string[], overrides: Record<string, unknown> = {}) =>
    world.agents.coordinator.post(
      `/api/employers/${world.employerId}/opportunities`,
      opportunityRequest({ title: 'Astiahuoltaja', kind: 'hidden_job', taskIds, ...overrides }),
    );

  beforeAll(async () => {
    world = await createOpportunityWorld(engine);
    jobs = await restaurantJobs(world);
  });
  afterAll(() => world.close());

  it("lists the employer's jobs by title with their tasks in order", async () => {
    const response = await world.agents.assigned.get(`/api/employers/${world.employerId}/jobs`);
    const items = response.json().items as {
      title: string;
      tasks: { description: string; hoursPerWeek: number; carvedInto: unknown[] }[];
    }[];
    expect(items.map((job) => job.title)).toEqual(['Kokki', 'Siivooja']);
    expect(items[0]!.tasks.map((task) => task.description)).toEqual(['Astioiden pesu', 'Ruoanvalmistus', 'Raaka-aineiden vastaanotto']);
    expect(items[1]!.tasks[0]).toMatchObject({
      hoursPerWeek: 8.5,
      physicalDemands: ['standing_long', 'repetitive_movements'],
      cognitiveDemands: ['working_alone'],
      skills: [{ uri: esco.cleaning, label: 'perform cleaning duties', labels: { fi: 'siivota' } }],
      carvedInto: [],
    });
    expect((await world.agents.lead.get(`/api/employers/${world.otherEmployerId}/jobs`)).json().items).toEqual([]);
  });

  it('derives a carved role from tasks of two jobs: the union of skills and demands and the sum of hours', async () => {
    const [dishes, , receiving] = jobs.kitchen.tasks;
    const [hall, guidance] = jobs.cleaning.tasks;
    const response = await carve([dishes!.id, hall!.id, guidance!.id, receiving!.id], {
      // Sent but not used: a carved role's requirements come from its tasks.
      hoursPerWeek: 40,
      demands: ['night_work'],
      requiredSkills: [{ uri: null, label: 'Ei käytetä' }],
      niceToHaveSkills: [
        { uri: esco.customerService, label: 'asiakaspalvelu' },
        { uri: null, label: 'Ruotsin kieli' },
      ],
    });
    expect(response.statusCode, response.body).toBe(201);
    const carved = response.json() as Carved;
    expect(carved).toMatchObject({
      kind: 'hidden_job',
      carved: true,
      hoursPerWeek: 27.5,
      taskIds: [dishes!.id, hall!.id, guidance!.id, receiving!.id],
    });
    expect(carved.demands).toEqual(['heavy_lifting', 'standing_long', 'repetitive_movements', 'customer_contact', 'working_alone']);
    expect(carved.requiredSkills.map((skill) => skill.uri)).toEqual([esco.cleaning, esco.customerService]);
    expect(carved.niceToHaveSkills).toEqual([{ uri: null, label: 'Ruotsin kieli', labels: null }]);
  });

  it('shows the source jobs in the order they were picked, with the tasks that moved and those that stayed', async () => {
    const [dishes, cooking, receiving] = jobs.kitchen.tasks;
    const [hall, guidance] = jobs.cleaning.tasks;
    const carved = (await carve([hall!.id, dishes!.id])).json() as Carved;
    expect(carved.sourceJobs.map((job) => job.title)).toEqual(['Siivooja', 'Kokki']);
    expect(carved.sourceJobs[0]!.tasks.map((task) => [task.id, task.moved])).toEqual([
      [hall!.id, true],
      [guidance!.id, false],
    ]);
    expect(carved.sourceJobs[1]!.tasks.map((task) => [task.id, task.moved])).toEqual([
      [dishes!.id, true],
      [cooking!.id, false],
      [receiving!.id, false],
    ]);
    const listed = (await world.agents.lead.get(`/api/employers/${world.employerId}/jobs`)).json().items as {
      tasks: { id: string; carvedInto: { opportunityId: string; title: string; status: string }[] }[];
    }[];
    const hallTask = listed.flatMap((job) => job.tasks).find((task) => task.id === hall!.id)!;
    expect(hallTask.carvedInto).toContainEqual({ opportunityId: carved.id, title: 'Astiahuoltaja', status: 'open' });
  });

  it("refuses a task of another employer's job and an unknown task by their place in the list, and writes nothing", async () => {
    const otherJob = await createJob(world.agents.coordinator, world.otherEmployerId, 'Varastotyöntekijä', [taskRequest()]);
    const foreignJob = await createJob(world.agents.foreign, world.foreignEmployerId, 'Sahuri', [taskRequest()]);
    const before = (await world.agents.lead.get(`/api/employers/${world.employerId}/opportunities`)).json().total as number;
    const response = await carve([
      jobs.kitchen.tasks[0]!.id,
      otherJob.tasks[0]!.id,
      foreignJob.tasks[0]!.id,
      '00000000-0000-4000-8000-000000000000',
    ]);
    expect(response.statusCode).toBe(400);
    expect(fieldErrors(response)).toEqual(['taskIds.1:task_of_other_employer', 'taskIds.2:unknown_task', 'taskIds.3:unknown_task']);
    expect((await world.agents.lead.get(`/api/employers/${world.employerId}/opportunities`)).json().total).toBe(before);
  });

  it('refuses a carved role of more than 80 hours a week', async () => {
    const long = await createJob(world.agents.coordinator, world.employerId, 'Yövartija', [
      taskRequest({ description: 'Kierrokset', hoursPerWeek: 45 }),
      taskRequest({ description: 'Valvonta', hoursPerWeek: 40 }),
    ]);
    const response = await carve(long.tasks.map((task) => task.id));
    expect(fieldErrors(response)).toEqual(['taskIds:too_large']);
  });

  it('re-carves an opportunity with a new list of tasks, and an empty list makes it an ordinary opportunity again', async () => {
    const [dishes, cooking] = jobs.kitchen.tasks;
    const carved = (await carve([dishes!.id, dishes!.id])).json() as Carved;
    expect(carved.taskIds).toEqual([dishes!.id]);
    const recarved = await world.agents.coordinator.put(
      `/api/opportunities/${carved.id}`,
      opportunityRequest({ title: 'Astiahuoltaja', kind: 'hidden_job', taskIds: [dishes!.id, cooking!.id], version: carved.version }),
    );
    expect(recarved.json()).toMatchObject({ hoursPerWeek: 35, demands: ['standing_long', 'cold_or_heat', 'time_pressure'], version: 2 });
    const plain = await world.agents.coordinator.put(
      `/api/opportunities/${carved.id}`,
      opportunityRequest({ title: 'Astiahuoltaja', kind: 'hidden_job', taskIds: [], hoursPerWeek: 20, version: 2 }),
    );
    expect(plain.json()).toMatchObject({
      carved: false,
      taskIds: [],
      sourceJobs: [],
      hoursPerWeek: 20,
      demands: ['standing_long', 'customer_contact'],
    });
  });

  it('derives every carved opportunity of a task again when the task changes, moving their versions', async () => {
    const job = await createJob(world.agents.coordinator, world.employerId, 'Kahvilatyöntekijä', [
      taskRequest({ description: 'Kahvinkeitto', hoursPerWeek: 6 }),
      taskRequest({ description: 'Pöytien pyyhintä', hoursPerWeek: 4 }),
    ]);
    const carved = (await carve(job.tasks.map((task) => task.id))).json() as Carved;
    expect(carved.hoursPerWeek).toBe(10);
    const changed = await world.agents.assigned.put(
      `/api/job-tasks/${job.tasks[0]!.id}`,
      taskRequest({
        description: 'Kahvinkeitto ja kassa',
        hoursPerWeek: 12,
        cognitiveDemands: ['customer_contact'],
        skills: [{ uri: esco.customerService, label: 'asiakaspalvelu' }],
      }),
    );
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ description: 'Kahvinkeitto ja kassa', carvedInto: [{ opportunityId: carved.id }] });
    const after = (await world.agents.assigned.get(`/api/opportunities/${carved.id}`)).json() as Carved;
    expect(after).toMatchObject({ hoursPerWeek: 16, demands: ['standing_long', 'customer_contact'], version: carved.version + 1 });
    expect(after.requiredSkills.map((skill) => skill.uri)).toEqual([esco.customerService]);
    const tooLong = await world.agents.assigned.put(`/api/job-tasks/${job.tasks[1]!.id}`, taskRequest({ hoursPerWeek: 70 }));
    expect(fieldErrors(tooLong)).toEqual(['hoursPerWeek:too_large']);
  });

  it('adds, renames and removes jobs and tasks, keeping tasks in the order they were added', async () => {
    const job = await createJob(world.agents.lead, world.employerId, 'Vahtimestari', []);
    const added = await world.agents.lead.post(`/api/jobs/${job.id}/tasks`, taskRequest({ description: 'Postin jako' }));
    expect(added.statusCode, added.body).toBe(201);
    await world.agents.lead.post(
      `/api/jobs/${job.id}/tasks`,
      taskRequest({ description: 'Lumityöt', physicalDemands: ['outdoor_work', 'outdoor_work'] }),
    );
    const renamed = await world.agents.lead.put(`/api/jobs/${job.id}`, { title: 'Kiinteistönhoitaja' });
    expect(renamed.json()).toMatchObject({
      title: 'Kiinteistönhoitaja',
      tasks: [{ description: 'Postin jako' }, { description: 'Lumityöt', physicalDemands: ['outdoor_work'] }],
    });
    expect((await world.agents.lead.delete(`/api/job-tasks/${added.json().id}`)).json()).toEqual({ ok: true });
    expect(
      (await world.agents.lead.get(`/api/employers/${world.employerId}/jobs`))
        .json()
        .items.find((item: { id: string }) => item.id === job.id).tasks,
    ).toHaveLength(1);
    expect((await world.agents.lead.delete(`/api/jobs/${job.id}`)).statusCode).toBe(200);
    expect((await world.agents.lead.put(`/api/jobs/${job.id}`, { title: 'Poistettu' })).statusCode).toBe(404);
    expect((await world.agents.lead.delete(`/api/job-tasks/${added.json().id}`)).statusCode).toBe(404);
  });

  it('refuses to remove a task or a job whose tasks have moved to a carved opportunity (409)', async () => {
    const job = await createJob(world.agents.coordinator, world.employerId, 'Kassatyöntekijä', [taskRequest({ description: 'Kassatyö' })]);
    await carve([job.tasks[0]!.id]);
    const task = await world.agents.coordinator.delete(`/api/job-tasks/${job.tasks[0]!.id}`);
    expect(task.statusCode).toBe(409);
    expect(fieldErrors(task)).toEqual(['taskId:in_use']);
    const whole = await world.agents.coordinator.delete(`/api/jobs/${job.id}`);
    expect(whole.statusCode).toBe(409);
    expect(fieldErrors(whole)).toEqual(['tasks:in_use']);
  });

  it('refuses malformed jobs and tasks and unknown ESCO skills with field errors', async () => {
    const job = await world.agents.coordinator.post(`/api/employers/${world.employerId}/jobs`, {
      title: '',
      tasks: [{ description: 'x', hoursPerWeek: 0, physicalDemands: ['flying'] }],
    });
    expect(fieldErrors(job).sort()).toEqual(
      ['tasks.0.hoursPerWeek:too_small', 'tasks.0.physicalDemands.0:invalid_option', 'title:required'].sort(),
    );
    const skills = await world.agents.coordinator.post(`/api/employers/${world.employerId}/jobs`, {
      title: 'Tarjoilija',
      tasks: [taskRequest(), taskRequest({ skills: [{ uri: 'http://data.europa.eu/esco/skill/none', label: 'x' }] })],
    });
    expect(fieldErrors(skills)).toEqual(['tasks.1.skills.0.uri:unknown_skill']);
    const task = await world.agents.coordinator.put(
      `/api/job-tasks/${jobs.kitchen.tasks[0]!.id}`,
      taskRequest({ skills: [{ uri: 'http://x', label: 'x' }] }),
    );
    expect(fieldErrors(task)).toEqual(['skills.0.uri:unknown_skill']);
  });

  it("answers 404 for another organisation's employer, job or task", async () => {
    const foreignJob = await createJob(world.agents.foreign, world.foreignEmployerId, 'Sahan huoltomies', [taskRequest()]);
    expect((await world.agents.coordinator.get(`/api/employers/${world.foreignEmployerId}/jobs`)).statusCode).toBe(404);
    expect((await world.agents.coordinator.post(`/api/employers/${world.foreignEmployerId}/jobs`, { title: 'x' })).statusCode).toBe(404);
    expect((await world.agents.coordinator.put(`/api/jobs/${foreignJob.id}`, { title: 'x' })).statusCode).toBe(404);
    expect((await world.agents.coordinator.post(`/api/jobs/${foreignJob.id}/tasks`, taskRequest())).statusCode).toBe(404);
    expect((await world.agents.coordinator.put(`/api/job-tasks/${foreignJob.tasks[0]!.id}`, taskRequest())).statusCode).toBe(404);
    expect((await world.agents.coordinator.delete(`/api/job-tasks/${foreignJob.tasks[0]!.id}`)).statusCode).toBe(404);
  });
});
