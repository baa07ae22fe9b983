import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction } from '../../db/transaction.js';
import { fieldErrors, insertEnrolment } from '../../test-support/case-work-test-world.js';
import { testEngines } from '../../test-support/test-database.js';
import { enrolmentRequest, insertProgramme } from '../enrolments/enrolment-fixtures.js';
import { enrolments } from '../enrolments/enrolments.tables.js';
import { opportunities } from '../opportunities/opportunities.tables.js';
import { createEmployerWorkWorld, type EmployerWorkWorld } from '../proposals/employer-work-test-world.js';
import { proposals } from '../proposals/proposals.tables.js';
import { placements } from './placements.tables.js';

const terms = {
  type: 'pay_subsidy_job',
  startDate: '2026-11-20',
  plannedEndDate: '2027-05-19',
  hoursPerWeek: 30,
  supportGranted: ['pay_subsidy'],
};

describe.each(testEngines)('hiring a proposed client on %s', (engine) => {
  let world: EmployerWorkWorld;
  const coordinator = () => world.agents.coordinator;
  const proposeAndInterview = async (clientId: string, opportunityId: string) => {
    const created = (await coordinator().post('/api/proposals', { clientId, opportunityId })).json();
    return (await coordinator().post(`/api/proposals/${created.id}/status`, { status: 'interview', version: created.version })).json()
      .proposal;
  };
  const hire = (proposal: { id: string; version: number }, placement: object = terms) =>
    coordinator().post(`/api/proposals/${proposal.id}/status`, { status: 'hired', version: proposal.version, placement });
  const rows = (clientId: string) =>
    inTransaction(world.db, 'system', async (tx) => ({
      enrolments: await tx.select().from(enrolments).where(eq(enrolments.clientId, clientId)),
      placements: await tx.select().from(placements).where(eq(placements.clientId, clientId)),
      proposals: await tx.select().from(proposals).where(eq(proposals.clientId, clientId)),
    }));
  const opportunityStatus = async (id: string) =>
    inTransaction(world.db, 'system', async (tx) => (await tx.select().from(opportunities).where(eq(opportunities.id, id)))[0]!.status);

  beforeAll(async () => {
    world = await createEmployerWorkWorld(engine);
  });
  afterAll(() => world.close());

  it('records the placement, fills the opportunity and moves the enrolment into in-work support with its weekly meeting rule', async () => {
    const clientId = await world.newCandidate();
    // Met in job search five days ago, so the monthly rule is not what falls due first.
    await world.agents.assigned.post(`/api/clients/${clientId}/activities`, { occurredOn: '2026-11-18' });
    const opportunityId = await world.newOpportunity();
    const proposal = await proposeAndInterview(clientId, opportunityId);
    const response = await hire(proposal);
    expect(response.statusCode).toBe(200);
    const { proposal: hired, placement } = response.json();
    const [enrolment] = (await rows(clientId)).enrolments;
    expect(hired).toMatchObject({ status: 'hired', placementId: placement.placement.id });
    expect(placement).toEqual({
      placement: expect.objectContaining({
        clientId,
        employerId: world.employerId,
        employerName: 'Oulun Kone Oy',
        opportunityId,
        proposalId: proposal.id,
        enrolmentId: enrolment!.id,
        type: 'pay_subsidy_job',
        startDate: '2026-11-20',
        plannedEndDate: '2027-05-19',
        hoursPerWeek: 30,
        supportGranted: ['pay_subsidy'],
        endedOn: null,
        hasSupportAgreement: false,
        canWrite: true,
      }),
      workPhase: { outcome: 'moved', enrolmentId: enrolment!.id, phase: 'in_work_support', phaseName: 'Tuki työssä' },
    });
    expect(await opportunityStatus(opportunityId)).toBe('filled');
    // The weekly rule (the model's first) counts from the first day at work: a meeting is due a week later.
    expect(enrolment).toMatchObject({
      currentPhase: 'in_work_support',
      phaseStartedOn: '2026-11-20',
      nextMeetingRule: 0,
      nextMeetingDueOn: '2026-11-27',
    });
    const [shown] = (await world.agents.assigned.get(`/api/clients/${clientId}/enrolments`)).json().items;
    expect(shown.meeting).toMatchObject({
      nextMeetingDueOn: '2026-11-27',
      reason: 'Uuden työn ensimmäinen kuukausi: tapaaminen viikoittain',
    });
    expect(shown.phaseHistory.at(-1)).toMatchObject({ phase: 'in_work_support', changedOn: '2026-11-20', changedByName: 'coordinator' });
  });

  it('leaves an opportunity with positions still free open', async () => {
    const opportunityId = await world.newOpportunity({ positions: 2 });
    expect((await hire(await proposeAndInterview(await world.newCandidate(), opportunityId))).statusCode).toBe(200);
    expect(await opportunityStatus(opportunityId)).toBe('open');
    expect((await hire(await proposeAndInterview(await world.newCandidate(), opportunityId))).statusCode).toBe(200);
    expect(await opportunityStatus(opportunityId)).toBe('filled');
  });

  it('refuses placement terms that cannot hold and writes nothing at all', async () => {
    const clientId = await world.newCandidate();
    const proposal = await proposeAndInterview(clientId, await world.newOpportunity());
    const before = await rows(clientId);
    const cases: [object, string][] = [
      [{ ...terms, startDate: '2026-11-24' }, 'placement.startDate:date_in_future'],
      [{ ...terms, startDate: '2026-09-30' }, 'placement.startDate:before_phase_start'],
      [{ ...terms, plannedEndDate: '2026-11-19' }, 'placement.plannedEndDate:end_before_start'],
      [{ ...terms, enrolmentId: crypto.randomUUID() }, 'placement.enrolmentId:unknown_enrolment'],
      [{ ...terms, supportGranted: ['free_lunch'] }, 'placement.supportGranted.0:invalid_option'],
    ];
    for (const [placement, expected] of cases) {
      const response = await hire(proposal, placement);
      expect({ status: response.statusCode, fields: fieldErrors(response) }, expected).toEqual({ status: 400, fields: [expected] });
    }
    expect(await rows(clientId)).toEqual(before);
  });

  it('refuses an ended enrolment with 409', async () => {
    const clientId = await world.newCandidate({ enrolment: false });
    const ended = await insertEnrolment(world.db, { clientId, coachId: world.users.assigned, endDate: '2026-11-10' });
    const response = await hire(await proposeAndInterview(clientId, await world.newOpportunity()), { ...terms, enrolmentId: ended });
    expect({ status: response.statusCode, fields: fieldErrors(response) }).toEqual({
      status: 409,
      fields: ['placement.enrolmentId:enrolment_ended'],
    });
  });

  it('asks which enrolment goes into work when the client has several running, and moves the one chosen', async () => {
    const clientId = await world.newCandidate();
    const second = await insertEnrolment(world.db, { clientId, coachId: world.users.assigned, startDate: '2026-11-02' });
    const proposal = await proposeAndInterview(clientId, await world.newOpportunity());
    const unchosen = await hire(proposal);
    expect(fieldErrors(unchosen)).toEqual(['placement.enrolmentId:required']);
    const chosen = await hire(proposal, { ...terms, enrolmentId: second });
    expect(chosen.json().placement.workPhase).toMatchObject({ outcome: 'moved', enrolmentId: second });
    const phases = Object.fromEntries((await rows(clientId)).enrolments.map((row) => [row.id, row.currentPhase]));
    expect(Object.values(phases).sort()).toEqual(['entry', 'in_work_support']);
    expect(phases[second]).toBe('in_work_support');
  });

  it('keeps the phase of a process model without an in-work phase and says so', async () => {
    const clientId = await world.newCandidate({ enrolment: false });
    const programmeId = await insertProgramme(world.db, world.organisationId, {
      modelKey: 'working_life_interpreter',
      name: 'Työelämätulkki',
    });
    const enrolled = await world.agents.assigned.post(`/api/clients/${clientId}/enrolments`, enrolmentRequest(programmeId));
    const response = await hire(await proposeAndInterview(clientId, await world.newOpportunity()));
    expect(response.json().placement.workPhase).toEqual({
      outcome: 'no_in_work_phase',
      enrolmentId: enrolled.json().id,
      phase: 'mapping',
      phaseName: 'Tutustuminen ja kartoitus',
    });
    expect((await rows(clientId)).enrolments[0]).toMatchObject({ currentPhase: 'mapping', phaseStartedOn: '2026-11-02' });
  });

  it('records the placement of a client without a running enrolment and says that no phase moved', async () => {
    const clientId = await world.newCandidate({ enrolment: false });
    const response = await hire(await proposeAndInterview(clientId, await world.newOpportunity()));
    expect(response.statusCode).toBe(200);
    expect(response.json().placement.workPhase).toEqual({
      outcome: 'no_running_enrolment',
      enrolmentId: null,
      phase: null,
      phaseName: null,
    });
    expect((await rows(clientId)).placements).toHaveLength(1);
  });
});
