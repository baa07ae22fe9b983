import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction } from '../../db/transaction.js';
import {
  auditedBy,
  clientReadExpectations,
  expectMatrix,
  fieldErrors,
  insertClient,
  type EndpointMatrix,
} from '../../test-support/case-work-test-world.js';
import { testEngines } from '../../test-support/test-database.js';
import { assignments } from '../assignments/assignments.tables.js';
import { clients } from '../clients/clients.tables.js';
import {
  createEmployerWorkWorld,
  employerWorkExpectations,
  organisationRecordReadExpectations,
  type EmployerWorkWorld,
} from './employer-work-test-world.js';
import { proposals } from './proposals.tables.js';

export const proposalsAuthorizationMatrix: EndpointMatrix = {
  'POST /api/proposals': employerWorkExpectations(201),
  'POST /api/proposals/:id/status': employerWorkExpectations(200),
  'GET /api/clients/:id/proposals': clientReadExpectations,
  'GET /api/assignments/:id/proposals': organisationRecordReadExpectations,
  'GET /api/opportunities/:id/proposals': organisationRecordReadExpectations,
  'GET /api/assignments/:id/candidates': organisationRecordReadExpectations,
  'GET /api/opportunities/:id/candidates': organisationRecordReadExpectations,
};

describe.each(testEngines)('candidate proposals on %s', (engine) => {
  let world: EmployerWorkWorld;
  const propose = (body: object, agent = world.agents.coordinator) => agent.post('/api/proposals', body);
  const assignmentRow = (id: string) =>
    inTransaction(world.db, 'system', async (tx) => (await tx.select().from(assignments).where(eq(assignments.id, id)))[0]!);
  const proposalCount = (clientId: string) =>
    inTransaction(world.db, 'system', async (tx) => (await tx.select().from(proposals).where(eq(proposals.clientId, clientId))).length);

  beforeAll(async () => {
    world = await createEmployerWorkWorld(engine);
  });
  afterAll(() => world.close());

  it('proposes a consenting client to an assignment, fills in its opportunity and answers the assignment in the same step', async () => {
    const clientId = await world.newCandidate();
    const opportunityId = await world.newOpportunity();
    const assignmentId = await world.newAssignment({ opportunityId });
    const response = await propose({ clientId, assignmentId, note: 'Vahva varastokokemus' });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      clientId,
      clientName: 'Aino Korhonen',
      employerId: world.employerId,
      employerName: 'Oulun Kone Oy',
      assignmentId,
      assignmentRole: 'Varastotyöntekijä',
      opportunityId,
      opportunityTitle: 'Varastotyöntekijä',
      status: 'proposed',
      reason: null,
      note: 'Vahva varastokokemus',
      proposedBy: world.users.coordinator,
      placementId: null,
      version: 1,
      canWrite: true,
      history: [{ status: 'proposed', reason: null, changedByName: 'coordinator' }],
    });
    const assignment = await assignmentRow(assignmentId);
    expect(assignment.status).toBe('candidates_proposed');
    expect(assignment.firstResponseAt?.toISOString()).toBe(new Date('2026-11-23T09:00:00+02:00').toISOString());
    expect(assignment.version).toBe(2);
  });

  it('keeps the time of the first response and a status the assignment has moved past', async () => {
    const firstResponseAt = new Date('2026-11-17T10:00:00+02:00');
    const answered = await world.newAssignment({ status: 'candidates_proposed', firstResponseAt });
    expect((await propose({ clientId: await world.newCandidate(), assignmentId: answered })).statusCode).toBe(201);
    expect(await assignmentRow(answered)).toMatchObject({ status: 'candidates_proposed', firstResponseAt, version: 1 });

    const inProgress = await world.newAssignment({ status: 'in_progress' });
    expect((await propose({ clientId: await world.newCandidate(), assignmentId: inProgress })).statusCode).toBe(201);
    expect((await assignmentRow(inProgress)).status).toBe('candidates_proposed');
  });

  it('proposes to an opportunity alone without touching any assignment', async () => {
    const opportunityId = await world.newOpportunity();
    const response = await propose({ clientId: await world.newCandidate(), opportunityId });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ opportunityId, assignmentId: null, assignmentRole: null, employerId: world.employerId });
  });

  it.each([
    ['no consent at all', null, undefined],
    ['a revoked consent', { revokedOn: '2026-11-20' }, undefined],
    ['a consent revoked today', { revokedOn: '2026-11-23' }, undefined],
    ['an expired consent', { validUntil: '2026-11-22' }, undefined],
    ['a consent of another kind', {}, 'data_processing'],
  ])('refuses a client with %s with consent_missing and writes nothing', async (_case, dates, kind) => {
    const clientId = await world.newCandidate({ consent: null });
    if (dates) await world.giveConsent(clientId, dates, kind);
    const assignmentId = await world.newAssignment();
    const response = await propose({ clientId, assignmentId });
    expect({ status: response.statusCode, fields: fieldErrors(response) }).toEqual({ status: 400, fields: ['clientId:consent_missing'] });
    expect(await proposalCount(clientId)).toBe(0);
    expect(await assignmentRow(assignmentId)).toMatchObject({ status: 'new', firstResponseAt: null, version: 1 });
  });

  it('accepts a consent on its last valid day', async () => {
    const clientId = await world.newCandidate({ consent: { validUntil: '2026-11-23' } });
    expect((await propose({ clientId, opportunityId: await world.newOpportunity() })).statusCode).toBe(201);
  });

  it('refuses a second active proposal of the same client to the same target with 409, and allows it once the first has ended', async () => {
    const clientId = await world.newCandidate();
    const opportunityId = await world.newOpportunity();
    const assignmentId = await world.newAssignment({ opportunityId });
    const first = (await propose({ clientId, assignmentId })).json();
    for (const body of [
      { clientId, assignmentId },
      { clientId, opportunityId },
    ]) {
      const again = await propose(body);
      expect({ status: again.statusCode, fields: fieldErrors(again) }).toEqual({ status: 409, fields: ['clientId:already_proposed'] });
    }
    expect(await proposalCount(clientId)).toBe(1);
    await world.agents.coordinator.post(`/api/proposals/${first.id}/status`, { status: 'withdrawn', version: first.version });
    expect((await propose({ clientId, assignmentId })).statusCode).toBe(201);
  });

  it('answers each invalid target with a field error and writes nothing', async () => {
    const clientId = await world.newCandidate();
    const linked = await world.newOpportunity();
    const assignmentId = await world.newAssignment({ opportunityId: linked });
    const cases: [object, number, string][] = [
      [{ clientId }, 400, 'assignmentId:required'],
      [{ clientId, assignmentId: 'not-an-id' }, 400, 'assignmentId:invalid'],
      [{ clientId, assignmentId: crypto.randomUUID() }, 400, 'assignmentId:unknown_assignment'],
      [
        { clientId, assignmentId: await world.newAssignment({ organisationId: world.otherOrganisationId }) },
        400,
        'assignmentId:unknown_assignment',
      ],
      [{ clientId, opportunityId: crypto.randomUUID() }, 400, 'opportunityId:unknown_opportunity'],
      [
        { clientId, opportunityId: await world.newOpportunity({ employerId: world.otherEmployerId }) },
        400,
        'opportunityId:unknown_opportunity',
      ],
      [{ clientId, assignmentId, opportunityId: await world.newOpportunity() }, 400, 'opportunityId:invalid'],
      [{ clientId, assignmentId: await world.newAssignment({ status: 'closed' }) }, 409, 'assignmentId:target_closed'],
      [{ clientId, opportunityId: await world.newOpportunity({ status: 'filled' }) }, 409, 'opportunityId:target_closed'],
      [{ clientId, opportunityId: linked, note: 'x'.repeat(2001) }, 400, 'note:too_long'],
    ];
    for (const [body, status, field] of cases) {
      const response = await propose(body);
      expect({ status: response.statusCode, fields: fieldErrors(response) }, JSON.stringify(body)).toEqual({ status, fields: [field] });
    }
    expect(await proposalCount(clientId)).toBe(0);
  });

  it('answers 404 for an unknown client and a client of another organisation', async () => {
    const opportunityId = await world.newOpportunity();
    expect((await propose({ clientId: crypto.randomUUID(), opportunityId })).statusCode).toBe(404);
    expect((await propose({ clientId: world.otherClientId, opportunityId })).statusCode).toBe(404);
  });

  it("lists a target's and a client's proposals, naming the listed clients in the audit log", async () => {
    const clientId = await world.newCandidate({ firstName: 'Veera' });
    const opportunityId = await world.newOpportunity();
    const assignmentId = await world.newAssignment({ opportunityId });
    const created = (await propose({ clientId, assignmentId })).json();
    const listed = await auditedBy(world.db, clientId, () => world.agents.lead.get(`/api/assignments/${assignmentId}/proposals`));
    expect(listed.response.json().items).toEqual([created]);
    expect(listed.entries).toEqual([{ action: 'client.read', outcome: 'success', actorUserId: world.users.lead }]);
    expect((await world.agents.colleague.get(`/api/opportunities/${opportunityId}/proposals`)).json().items).toEqual([
      { ...created, canWrite: false },
    ]);
    const ofClient = (await world.agents.assigned.get(`/api/clients/${clientId}/proposals`)).json();
    expect(ofClient).toEqual({ items: [created], permissions: { write: true } });
    expect((await world.agents.colleague.get(`/api/clients/${clientId}/proposals`)).json().permissions).toEqual({ write: false });
  });

  it('answers 404 for the proposals and candidates of an unknown target or one of another organisation', async () => {
    const foreignAssignment = await world.newAssignment({ organisationId: world.otherOrganisationId });
    const foreignOpportunity = await world.newOpportunity({ employerId: world.otherEmployerId });
    for (const url of [
      `/api/assignments/${crypto.randomUUID()}/proposals`,
      `/api/assignments/${foreignAssignment}/proposals`,
      `/api/opportunities/${foreignOpportunity}/proposals`,
      `/api/assignments/${foreignAssignment}/candidates`,
      `/api/opportunities/${crypto.randomUUID()}/candidates`,
    ]) {
      expect((await world.agents.lead.get(url)).statusCode, url).toBe(404);
    }
  });

  it('offers as candidates only consenting clients not yet proposed to the target, and counts the others', async () => {
    const surname = `Ehdokas${Date.now()}`;
    const named = async (firstName: string, consent?: null) => {
      const clientId = await world.newCandidate({ firstName, consent });
      await inTransaction(world.db, 'system', (tx) => tx.update(clients).set({ lastName: surname }).where(eq(clients.id, clientId)));
      return clientId;
    };
    const consenting = await named('Onni');
    await named('Ilona', null);
    const proposed = await named('Pekka');
    const opportunityId = await world.newOpportunity();
    const assignmentId = await world.newAssignment({ opportunityId });
    await propose({ clientId: proposed, opportunityId });

    const search = async (url: string, agent = world.agents.coordinator) => (await agent.get(`${url}?q=${surname}`)).json();
    const expected = {
      items: [{ clientId: consenting, firstName: 'Onni', lastName: surname, responsibleName: 'assigned' }],
      hidden: { withoutConsent: 1, alreadyProposed: 1 },
      limit: 50,
    };
    expect(await search(`/api/assignments/${assignmentId}/candidates`)).toEqual(expected);
    expect(await search(`/api/opportunities/${opportunityId}/candidates`)).toEqual(expected);
    // A name that begins neither the first nor the last name finds nobody; both names narrow together.
    expect((await world.agents.coordinator.get(`/api/opportunities/${opportunityId}/candidates?q=nni`)).json().items).toEqual([]);
    const both = (await world.agents.coordinator.get(`/api/opportunities/${opportunityId}/candidates?q=onn%20${surname}`)).json();
    expect(both.items.map((item: { clientId: string }) => item.clientId)).toEqual([consenting]);
    // A coach proposes only the clients they coach.
    expect((await search(`/api/opportunities/${opportunityId}/candidates`, world.agents.colleague)).items).toEqual([]);

    const audited = await auditedBy(world.db, consenting, () =>
      world.agents.lead.get(`/api/assignments/${assignmentId}/candidates?q=${surname}`),
    );
    expect(audited.entries).toEqual([{ action: 'client.read', outcome: 'success', actorUserId: world.users.lead }]);
  });

  it('lets the client’s coach, team leads and employer coordinators propose and move proposals', async () => {
    await world.giveConsent(world.clientId);
    const newProposal = async () => {
      const body = { clientId: world.clientId, opportunityId: await world.newOpportunity() };
      return (await propose(body, world.agents.lead)).json();
    };
    const assignmentId = await world.newAssignment();
    const opportunityId = await world.newOpportunity();
    await expectMatrix(world, proposalsAuthorizationMatrix, {
      'POST /api/proposals': async () => ({
        method: 'POST',
        url: '/api/proposals',
        body: { clientId: world.clientId, opportunityId: await world.newOpportunity() },
      }),
      'POST /api/proposals/:id/status': async () => {
        const created = await newProposal();
        return { method: 'POST', url: `/api/proposals/${created.id}/status`, body: { status: 'interview', version: created.version } };
      },
      'GET /api/clients/:id/proposals': async () => ({ method: 'GET', url: `/api/clients/${world.clientId}/proposals` }),
      'GET /api/assignments/:id/proposals': async () => ({ method: 'GET', url: `/api/assignments/${assignmentId}/proposals` }),
      'GET /api/opportunities/:id/proposals': async () => ({ method: 'GET', url: `/api/opportunities/${opportunityId}/proposals` }),
      'GET /api/assignments/:id/candidates': async () => ({ method: 'GET', url: `/api/assignments/${assignmentId}/candidates` }),
      'GET /api/opportunities/:id/candidates': async () => ({ method: 'GET', url: `/api/opportunities/${opportunityId}/candidates` }),
    });
  });

  it('refuses a proposal without a session', async () => {
    const clientId = await insertClient(world.db, world.organisationId, world.users.assigned);
    expect((await world.test.app.inject({ method: 'POST', url: '/api/proposals', payload: { clientId } })).statusCode).toBe(401);
  });
});
