import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Enrolment } from '../../../contract/enrolments.js';
import { testPassword } from '../../test-support/builders.js';
import { defaultTestNow, loginAs, type UserAgent } from '../../test-support/test-app.js';
import { testEngines } from '../../test-support/test-database.js';
import {
  caseWorkExpectations,
  clientReadExpectations,
  createCaseWorkWorld,
  expectMatrix,
  fieldErrors,
  insertClient,
  type CaseWorkWorld,
  type EndpointMatrix,
} from '../../test-support/case-work-test-world.js';
import { enrolmentRequest, insertProgramme, loadActivities } from './enrolment-fixtures.js';

export const enrolmentsAuthorizationMatrix: EndpointMatrix = {
  'GET /api/clients/:id/enrolments': clientReadExpectations,
  'POST /api/clients/:id/enrolments': caseWorkExpectations(201),
  'PUT /api/enrolments/:id': caseWorkExpectations(200),
  'POST /api/enrolments/:id/phase': caseWorkExpectations(200),
  'POST /api/enrolments/:id/end': caseWorkExpectations(200),
  'POST /api/follow-ups/:id': caseWorkExpectations(200),
  'GET /api/programmes': {
    assigned: 200,
    colleague: 200,
    lead: 200,
    coordinator: 200,
    admin: 200,
    analyst: 200,
    partner: 403,
    foreign: 200,
  },
  'GET /api/process-models': {
    assigned: 200,
    colleague: 200,
    lead: 200,
    coordinator: 200,
    admin: 200,
    analyst: 200,
    partner: 403,
    foreign: 200,
  },
};

const today = '2026-11-23';

describe.each(testEngines)('enrolments on %s', (engine) => {
  let world: CaseWorkWorld;
  let coach: UserAgent;
  let ipsProgramme: string;
  let interpreterProgramme: string;
  let inactiveProgramme: string;
  let foreignProgramme: string;

  const newClient = () => insertClient(world.db, world.organisationId, world.users.assigned);
  const enrolmentsOf = async (clientId: string, agent = coach): Promise<Enrolment[]> =>
    (await agent.get(`/api/clients/${clientId}/enrolments`)).json().items;
  /** Moves the clock; sessions expire when it jumps, so the coach logs in again at that time. */
  const atTime = async (iso: string, work: (agent: UserAgent) => Promise<void>) => {
    world.test.setNow(iso);
    try {
      await work(await loginAs(world.test.app, 'assigned@example.fi', testPassword));
    } finally {
      world.test.setNow(defaultTestNow);
    }
  };
  const enrol = async (overrides: Parameters<typeof enrolmentRequest>[1] = {}, programmeId = ipsProgramme) => {
    const clientId = await newClient();
    const response = await coach.post(`/api/clients/${clientId}/enrolments`, enrolmentRequest(programmeId, overrides));
    expect(response.statusCode).toBe(201);
    return { clientId, enrolment: response.json() as Enrolment };
  };

  beforeAll(async () => {
    world = await createCaseWorkWorld(engine);
    coach = world.agents.assigned;
    ipsProgramme = await insertProgramme(world.db, world.organisationId);
    interpreterProgramme = await insertProgramme(world.db, world.organisationId, {
      modelKey: 'working_life_interpreter',
      name: 'Työelämätulkki',
    });
    inactiveProgramme = await insertProgramme(world.db, world.organisationId, { name: 'Päättynyt hanke', active: false });
    foreignProgramme = await insertProgramme(world.db, world.otherOrganisationId);
  });
  afterAll(() => world.close());

  it('opens an enrolment in the first phase of the model, records the phase and sets the first due dates', async () => {
    const { clientId, enrolment } = await enrol();
    expect(enrolment).toMatchObject({
      clientId,
      programmeName: 'IPS-työhönvalmennus',
      processModelKey: 'ips',
      coachId: world.users.assigned,
      currentPhase: 'entry',
      currentPhaseName: 'Aloitus ja sopimus valmennuksesta',
      phaseStartedOn: '2026-11-02',
      daysInPhase: 21,
      phaseHistory: [{ phase: 'entry', changedOn: '2026-11-02' }],
      meeting: {
        lastMeetingOn: null,
        nextMeetingDueOn: '2026-12-02',
        status: 'ok',
        reason: 'Tapaaminen vähintään kuukausittain',
        firstEmployerContactDueOn: '2026-12-02',
      },
      version: 1,
    });
    expect(enrolment.phases.map((phase) => phase.key)).toEqual([
      'entry',
      'vocational_profile',
      'job_search',
      'employer_agreement',
      'in_work_support',
    ]);
    const listed = await coach.get(`/api/clients/${clientId}/enrolments`);
    expect(listed.json()).toMatchObject({ items: [{ id: enrolment.id }], permissions: { write: true, followUpWrite: true } });
  });

  it('refuses an unknown, inactive or foreign programme, a coach from elsewhere and a future start with field errors, creating nothing', async () => {
    const clientId = await newClient();
    const bad = await coach.post(
      `/api/clients/${clientId}/enrolments`,
      enrolmentRequest(foreignProgramme, { coachId: world.users.foreign, coCoachId: world.users.analyst, startDate: '2026-11-24' }),
    );
    expect(bad.statusCode).toBe(400);
    expect(fieldErrors(bad)).toEqual(
      expect.arrayContaining([
        'programmeId:unknown_programme',
        'coachId:unknown_user',
        'coCoachId:unknown_user',
        'startDate:date_in_future',
      ]),
    );
    expect(fieldErrors(await coach.post(`/api/clients/${clientId}/enrolments`, enrolmentRequest(inactiveProgramme)))).toEqual([
      'programmeId:unknown_programme',
    ]);
    const malformed = await coach.post(`/api/clients/${clientId}/enrolments`, {
      ...enrolmentRequest(ipsProgramme),
      referralSource: 'neighbour',
      startDate: '2026-13-01',
    });
    expect(fieldErrors(malformed)).toEqual(expect.arrayContaining(['referralSource:invalid_option', 'startDate:invalid_date']));
    expect(await enrolmentsOf(clientId)).toEqual([]);
  });

  it('refuses a second active enrolment in the same programme with 409 but allows another programme', async () => {
    const { clientId } = await enrol();
    const second = await coach.post(`/api/clients/${clientId}/enrolments`, enrolmentRequest(ipsProgramme));
    expect(second.statusCode).toBe(409);
    expect(fieldErrors(second)).toEqual(['programmeId:enrolment_active']);
    expect((await coach.post(`/api/clients/${clientId}/enrolments`, enrolmentRequest(interpreterProgramme))).statusCode).toBe(201);
    expect(await enrolmentsOf(clientId)).toHaveLength(2);
  });

  it('moves to a phase of the model and refuses a phase outside it without changing anything', async () => {
    const { clientId, enrolment } = await enrol();
    const moved = await coach.post(`/api/enrolments/${enrolment.id}/phase`, { phase: 'vocational_profile', changedOn: '2026-11-10' });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ currentPhase: 'vocational_profile', phaseStartedOn: '2026-11-10', version: 2 });

    const outside = await coach.post(`/api/enrolments/${enrolment.id}/phase`, { phase: 'mapping', changedOn: '2026-11-20' });
    expect(outside.statusCode).toBe(400);
    expect(fieldErrors(outside)).toEqual(['phase:phase_not_in_model']);
    const early = await coach.post(`/api/enrolments/${enrolment.id}/phase`, { phase: 'job_search', changedOn: '2026-11-09' });
    expect(fieldErrors(early)).toEqual(['changedOn:before_phase_start']);
    const future = await coach.post(`/api/enrolments/${enrolment.id}/phase`, { phase: 'job_search', changedOn: '2026-11-24' });
    expect(fieldErrors(future)).toEqual(['changedOn:date_in_future']);

    const [after] = await enrolmentsOf(clientId);
    expect(after).toMatchObject({ currentPhase: 'vocational_profile', phaseStartedOn: '2026-11-10', version: 2 });
    expect(after!.phaseHistory.map((change) => change.phase)).toEqual(['entry', 'vocational_profile']);
  });

  it('keeps several phase changes of one day in the order they were made', async () => {
    const { clientId, enrolment } = await enrol({ startDate: '2026-11-02' });
    for (const [phase, version] of [
      ['job_search', 1],
      ['vocational_profile', 2],
      ['job_search', 3],
    ] as const) {
      const moved = await coach.post(`/api/enrolments/${enrolment.id}/phase`, { phase, changedOn: '2026-11-02' });
      expect(moved.json()).toMatchObject({ currentPhase: phase, version: version + 1 });
    }
    const [after] = await enrolmentsOf(clientId);
    expect(after!.phaseHistory.map((change) => change.phase)).toEqual(['entry', 'job_search', 'vocational_profile', 'job_search']);
  });

  it('asks for weekly meetings when in-work support starts', async () => {
    const { enrolment } = await enrol({ startDate: '2026-11-02' });
    const working = (
      await coach.post(`/api/enrolments/${enrolment.id}/phase`, { phase: 'in_work_support', changedOn: '2026-11-20' })
    ).json();
    expect(working.meeting).toMatchObject({
      nextMeetingDueOn: '2026-11-27',
      status: 'ok',
      reason: 'Uuden työn ensimmäinen kuukausi: tapaaminen viikoittain',
    });
  });

  it('derives the last meeting and first employer contact from logged activities', async () => {
    const { clientId, enrolment } = await enrol({ startDate: '2026-10-01' });
    await loadActivities(world.db, clientId, world.users.assigned, [
      { occurredOn: '2026-10-20', mode: 'face_to_face', participants: ['client'], enrolmentId: enrolment.id },
      { occurredOn: '2026-11-05', mode: 'message', participants: ['client'] },
      { occurredOn: '2026-10-25', mode: 'workplace_visit', participants: ['client', 'employer'] },
    ]);
    const [refreshed] = await enrolmentsOf(clientId);
    expect(refreshed!.meeting).toMatchObject({
      lastMeetingOn: '2026-10-25',
      nextMeetingDueOn: '2026-11-24',
      status: 'due_soon',
      firstEmployerContactOn: '2026-10-25',
      firstEmployerContactDueOn: null,
      firstEmployerContactStatus: null,
    });
  });

  it('marks the meeting overdue once the clock moves past the due date', async () => {
    const { clientId } = await enrol({ startDate: '2026-11-23' });
    expect((await enrolmentsOf(clientId))[0]!.meeting.status).toBe('ok');
    await atTime('2026-12-21T09:00:00+02:00', async (agent) => {
      expect((await enrolmentsOf(clientId, agent))[0]!.meeting.status).toBe('due_soon');
    });
    await atTime('2026-12-24T09:00:00+02:00', async (agent) => {
      expect((await enrolmentsOf(clientId, agent))[0]!.meeting).toMatchObject({ status: 'overdue', firstEmployerContactStatus: 'overdue' });
    });
  });

  it('ends an enrolment, schedules follow-ups at 3 and 6 months and refuses a second end with 409', async () => {
    const { clientId, enrolment } = await enrol({ startDate: '2026-06-01' });
    const ended = await coach.post(`/api/enrolments/${enrolment.id}/end`, { endDate: '2026-11-20', outcome: 'work' });
    expect(ended.statusCode).toBe(200);
    expect(ended.json()).toMatchObject({
      endDate: '2026-11-20',
      outcome: 'work',
      meeting: { nextMeetingDueOn: null, status: null, firstEmployerContactDueOn: null },
      followUps: [
        { monthsAfterEnd: 3, dueOn: '2027-02-20', completedOn: null, due: false },
        { monthsAfterEnd: 6, dueOn: '2027-05-20', completedOn: null, due: false },
      ],
    });
    const again = await coach.post(`/api/enrolments/${enrolment.id}/end`, { endDate: '2026-11-21', outcome: 'education' });
    expect(again.statusCode).toBe(409);
    expect(fieldErrors(again)).toEqual(['endDate:enrolment_ended']);
    const phase = await coach.post(`/api/enrolments/${enrolment.id}/phase`, { phase: 'job_search', changedOn: today });
    expect(phase.statusCode).toBe(409);
    expect((await enrolmentsOf(clientId))[0]).toMatchObject({ endDate: '2026-11-20', outcome: 'work' });
    expect((await enrolmentsOf(clientId))[0]!.followUps).toHaveLength(2);
  });

  it('refuses an end before the start or in the future with 400 and changes nothing', async () => {
    const { clientId, enrolment } = await enrol({ startDate: '2026-11-02' });
    const early = await coach.post(`/api/enrolments/${enrolment.id}/end`, { endDate: '2026-11-01', outcome: 'work' });
    expect(early.statusCode).toBe(400);
    expect(fieldErrors(early)).toEqual(['endDate:end_before_start']);
    expect(fieldErrors(await coach.post(`/api/enrolments/${enrolment.id}/end`, { endDate: '2026-11-24', outcome: 'work' }))).toEqual([
      'endDate:date_in_future',
    ]);
    const [unchanged] = await enrolmentsOf(clientId);
    expect(unchanged).toMatchObject({ endDate: null, outcome: null, followUps: [], version: 1 });
  });

  it('records a follow-up when it comes due', async () => {
    const { clientId, enrolment } = await enrol({ startDate: '2026-06-01' });
    const [threeMonths] = (
      await coach.post(`/api/enrolments/${enrolment.id}/end`, { endDate: '2026-11-20', outcome: 'job_seeking' })
    ).json().followUps;
    await atTime('2027-02-22T09:00:00+02:00', async (agent) => {
      expect((await enrolmentsOf(clientId, agent))[0]!.followUps[0]).toMatchObject({ due: true });
      expect(fieldErrors(await agent.post(`/api/follow-ups/${threeMonths.id}`, { completedOn: '2027-02-23', situation: 'work' }))).toEqual([
        'completedOn:date_in_future',
      ]);
      const recorded = await agent.post(`/api/follow-ups/${threeMonths.id}`, {
        completedOn: '2027-02-22',
        situation: 'education',
        note: 'Aloitti ammattiopistossa',
      });
      expect(recorded.statusCode).toBe(200);
      expect(recorded.json()).toMatchObject({ completedOn: '2027-02-22', situation: 'education', due: false });
    });
    expect(
      (await coach.post('/api/follow-ups/00000000-0000-4000-8000-000000000000', { completedOn: today, situation: 'work' })).statusCode,
    ).toBe(404);
  });

  it('changes coach and intensity with the current version and refuses a stale one with 409', async () => {
    const { enrolment } = await enrol();
    const update = {
      referralSource: 'self_referral',
      startingSituation: 'laid_off',
      coachId: world.users.colleague,
      coCoachId: world.users.assigned,
      intensity: 'occasional',
    };
    const updated = await coach.put(`/api/enrolments/${enrolment.id}`, { ...update, version: 1 });
    expect(updated.statusCode).toBe(200);
    expect(updated.json()).toMatchObject({ ...update, coachName: 'colleague', version: 2 });
    const stale = await coach.put(`/api/enrolments/${enrolment.id}`, { ...update, intensity: 'intensive', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(fieldErrors(stale)).toEqual(['version:stale_version']);
    expect(
      fieldErrors(await coach.put(`/api/enrolments/${enrolment.id}`, { ...update, coachId: world.users.coordinator, version: 2 })),
    ).toEqual(['coachId:unknown_user']);
  });

  it('answers 404 for an enrolment of another organisation or one that does not exist', async () => {
    const foreignClient = await insertClient(world.db, world.otherOrganisationId, world.users.foreign);
    const foreign = await world.agents.foreign.post(`/api/clients/${foreignClient}/enrolments`, enrolmentRequest(foreignProgramme));
    expect(foreign.statusCode).toBe(201);
    const foreignId = foreign.json().id;
    expect((await coach.post(`/api/enrolments/${foreignId}/phase`, { phase: 'job_search', changedOn: today })).statusCode).toBe(404);
    expect((await world.agents.lead.post(`/api/enrolments/${foreignId}/end`, { endDate: today, outcome: 'work' })).statusCode).toBe(404);
    expect((await coach.get(`/api/clients/${foreignClient}/enrolments`)).statusCode).toBe(404);
    expect(
      (await coach.post('/api/enrolments/00000000-0000-4000-8000-000000000000/end', { endDate: today, outcome: 'work' })).statusCode,
    ).toBe(404);
  });

  it('lists the programmes of the user organisation with their process models', async () => {
    const response = await coach.get('/api/programmes');
    expect(response.statusCode).toBe(200);
    const items = response.json().items as { id: string; processModel: { key: string; definition: { phases: unknown[] } } }[];
    const ids = items.map((item) => item.id);
    expect(ids).toEqual(expect.arrayContaining([ipsProgramme, interpreterProgramme, inactiveProgramme]));
    expect(ids).not.toContain(foreignProgramme);
    expect(items.find((item) => item.id === interpreterProgramme)!.processModel).toMatchObject({ key: 'working_life_interpreter' });
    const models = (await coach.get('/api/process-models')).json().items.map((model: { key: string }) => model.key);
    expect(models).toEqual(['ips', 'working_life_interpreter']);
  });

  it('grants each endpoint to the roles in the authorization matrix', async () => {
    const freshClient = () => newClient();
    const freshEnrolment = async () =>
      (await coach.post(`/api/clients/${await freshClient()}/enrolments`, enrolmentRequest(ipsProgramme))).json() as Enrolment;
    const update = {
      referralSource: 'ohjaamo',
      startingSituation: 'unemployed',
      coachId: world.users.assigned,
      intensity: 'occasional',
      version: 1,
    };
    await expectMatrix(world, enrolmentsAuthorizationMatrix, {
      'GET /api/clients/:id/enrolments': async () => ({ method: 'GET', url: `/api/clients/${world.clientId}/enrolments` }),
      'POST /api/clients/:id/enrolments': async () => ({
        method: 'POST',
        url: `/api/clients/${await freshClient()}/enrolments`,
        body: enrolmentRequest(ipsProgramme),
      }),
      'PUT /api/enrolments/:id': async () => ({ method: 'PUT', url: `/api/enrolments/${(await freshEnrolment()).id}`, body: update }),
      'POST /api/enrolments/:id/phase': async () => ({
        method: 'POST',
        url: `/api/enrolments/${(await freshEnrolment()).id}/phase`,
        body: { phase: 'job_search', changedOn: today },
      }),
      'POST /api/enrolments/:id/end': async () => ({
        method: 'POST',
        url: `/api/enrolments/${(await freshEnrolment()).id}/end`,
        body: { endDate: today, outcome: 'work' },
      }),
      'POST /api/follow-ups/:id': async () => {
        const { id } = await freshEnrolment();
        const [followUp] = (await coach.post(`/api/enrolments/${id}/end`, { endDate: today, outcome: 'work' })).json().followUps;
        return { method: 'POST', url: `/api/follow-ups/${followUp.id}`, body: { completedOn: today, situation: 'work' } };
      },
      'GET /api/programmes': async () => ({ method: 'GET', url: '/api/programmes' }),
      'GET /api/process-models': async () => ({ method: 'GET', url: '/api/process-models' }),
    });
  });
});
