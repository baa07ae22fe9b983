import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../audit/audit.tables.js';
import { inTransaction } from '../../db/transaction.js';
import { fieldErrors } from '../../test-support/case-work-test-world.js';
import { testEngines } from '../../test-support/test-database.js';
import { employerContacts } from '../employers/employers.tables.js';
import {
  createAssignment,
  createAssignmentWorld,
  insertContact,
  insertEmployer,
  insertOpportunity,
  newAssignmentRequest,
  updateRequest,
  type AssignmentWorld,
} from './assignment-test-world.js';

const unknownId = '00000000-0000-4000-8000-000000000000';

describe.each(testEngines)('employer assignments on %s', (engine) => {
  let world: AssignmentWorld;
  const create = (body: unknown, employerId = world.employerId) =>
    world.agents.coordinator.post(`/api/employers/${employerId}/assignments`, body);
  const statusOf = async (id: string) => (await world.agents.coordinator.get(`/api/assignments/${id}`)).json();

  beforeAll(async () => {
    world = await createAssignmentWorld(engine);
  });
  afterAll(() => world.close());

  describe('receiving an assignment', () => {
    it('records the request with its due time computed from the agreed response time at receipt', async () => {
      const response = await create(newAssignmentRequest(world));
      expect(response.statusCode).toBe(201);
      expect(response.json()).toMatchObject({
        employer: { id: world.employerId, name: 'Pohjolan Rakennus Oy' },
        contact: { id: world.contactId, name: 'Maija Mäkinen' },
        requestedRole: 'Varastotyöntekijä',
        receivedAt: '2026-11-23T06:30:00.000Z',
        responseTimeAmount: 2,
        responseTimeUnit: 'working_days',
        responseDueAt: '2026-11-25T06:30:00.000Z',
        firstResponseAt: null,
        status: 'new',
        result: null,
        responder: { id: world.users.coordinator, name: 'coordinator' },
        responderTeam: null,
        dueState: 'waiting',
        workingMinutesToFirstResponse: null,
        version: 1,
        createdByName: 'coordinator',
        canWrite: true,
      });
    });

    it('audits the creation with the assignment as target and no client', async () => {
      const { id } = await createAssignment(world);
      const [entry] = await inTransaction(world.db, 'system', (tx) =>
        tx.select().from(auditLog).where(eq(auditLog.targetId, id)).orderBy(desc(auditLog.sequence)),
      );
      expect(entry).toMatchObject({ action: 'assignment.write', outcome: 'success', actorUserId: world.users.coordinator, clientIds: [] });
    });

    it('takes the requested role from a linked opportunity of the same employer when none is given', async () => {
      const response = await create(newAssignmentRequest(world, { requestedRole: null, opportunityId: world.opportunityId }));
      expect(response.statusCode).toBe(201);
      expect(response.json()).toMatchObject({
        requestedRole: 'Rakennusapulainen',
        opportunity: { id: world.opportunityId, title: 'Rakennusapulainen' },
      });
    });

    it('accepts the assignment group alone as responder, and a named person with it', async () => {
      const group = await create(newAssignmentRequest(world, { responderUserId: null, responderTeamId: world.teamId }));
      expect(group.statusCode).toBe(201);
      expect(group.json()).toMatchObject({ responder: null, responderTeam: { id: world.teamId } });
      const both = await create(newAssignmentRequest(world, { responderUserId: world.users.assigned, responderTeamId: world.teamId }));
      expect(both.json()).toMatchObject({ responder: { id: world.users.assigned }, responderTeam: { id: world.teamId } });
    });

    it('refuses a received time in the future', async () => {
      const response = await create(newAssignmentRequest(world, { receivedAt: '2026-11-23T09:01:00+02:00' }));
      expect(response.statusCode).toBe(400);
      expect(fieldErrors(response)).toEqual(['receivedAt:date_in_future']);
    });

    it('refuses a received time without its UTC offset, an unknown channel and no candidates wanted', async () => {
      const response = await create({
        ...newAssignmentRequest(world),
        receivedAt: '2026-11-23 08:30',
        channel: 'fax',
        candidatesWanted: 0,
      });
      expect(response.statusCode).toBe(400);
      expect(fieldErrors(response).sort()).toEqual(['candidatesWanted:too_small', 'channel:invalid_option', 'receivedAt:invalid_date']);
    });

    it('needs a requested role when no opportunity is linked', async () => {
      const response = await create(newAssignmentRequest(world, { requestedRole: '  ' }));
      expect(response.statusCode).toBe(400);
      expect(fieldErrors(response)).toEqual(['requestedRole:required']);
    });

    it("refuses another employer's contact, and a contact who has left", async () => {
      const otherContact = await create(newAssignmentRequest(world, { contactId: world.otherContactId }));
      expect(fieldErrors(otherContact)).toEqual(['contactId:unknown_contact']);
      const secondEmployer = await insertEmployerWithContact();
      expect(fieldErrors(await create(newAssignmentRequest(world, { contactId: secondEmployer })))).toEqual(['contactId:unknown_contact']);
      const departed = await insertContact(
        world.db,
        { organisationId: world.organisationId, employerId: world.employerId },
        'Lähtenyt',
        true,
      );
      expect(fieldErrors(await create(newAssignmentRequest(world, { contactId: departed })))).toEqual(['contactId:unknown_contact']);
    });

    it("refuses another employer's opportunity", async () => {
      const response = await create(newAssignmentRequest(world, { opportunityId: world.otherOpportunityId }));
      expect(response.statusCode).toBe(400);
      expect(fieldErrors(response)).toEqual(['opportunityId:unknown_opportunity']);
    });

    it('needs a responder or the assignment group', async () => {
      const response = await create(newAssignmentRequest(world, { responderUserId: null, responderTeamId: null }));
      expect(response.statusCode).toBe(400);
      expect(fieldErrors(response)).toEqual(['responderUserId:required']);
    });

    it('refuses a responder who is not employer-work staff of the organisation', async () => {
      for (const outsider of [world.users.admin, world.users.analyst, world.users.foreign, unknownId]) {
        const response = await create(newAssignmentRequest(world, { responderUserId: outsider }));
        expect(fieldErrors(response), outsider).toEqual(['responderUserId:unknown_user']);
      }
    });

    it("refuses another organisation's team as the assignment group", async () => {
      const response = await create(newAssignmentRequest(world, { responderUserId: null, responderTeamId: world.otherTeamId }));
      expect(fieldErrors(response)).toEqual(['responderTeamId:unknown_team']);
    });

    it("answers 404 for an unknown employer and another organisation's employer", async () => {
      expect((await create(newAssignmentRequest(world), unknownId)).statusCode).toBe(404);
      expect((await create(newAssignmentRequest(world), world.otherEmployerId)).statusCode).toBe(404);
    });

    it('offers the form the employer’s current contacts, open opportunities, responders and teams', async () => {
      await insertOpportunity(
        world.db,
        { organisationId: world.organisationId, employerId: world.employerId, createdBy: world.users.lead },
        'Täytetty',
        'filled',
      );
      const response = await world.agents.coordinator.get(`/api/employers/${world.employerId}/assignment-options`);
      expect(response.statusCode).toBe(200);
      const options = response.json();
      expect(options.employer).toEqual({ id: world.employerId, name: 'Pohjolan Rakennus Oy', organisationId: world.organisationId });
      expect(options.contacts.map((contact: { name: string }) => contact.name)).not.toContain('Lähtenyt');
      expect(options.opportunities).toEqual([{ id: world.opportunityId, title: 'Rakennusapulainen' }]);
      expect(options.responders.map((responder: { name: string }) => responder.name).sort()).toEqual([
        'assigned',
        'colleague',
        'coordinator',
        'lead',
      ]);
      expect(options.teams).toEqual([{ id: world.teamId, name: 'Oulun työllisyysalue tiimi' }]);
      expect(options.settings).toMatchObject({ organisationId: world.organisationId, amount: 2, unit: 'working_days', isDefault: true });
    });
  });

  async function insertEmployerWithContact(): Promise<string> {
    const employerId = await insertEmployer(world.db, world.organisationId, world.users.lead, 'Toinen Oy');
    return insertContact(world.db, { organisationId: world.organisationId, employerId }, 'Toisen yhteyshenkilö');
  }

  describe('reading and changing an assignment', () => {
    it("answers 404 for an unknown assignment and another organisation's", async () => {
      expect((await world.agents.coordinator.get(`/api/assignments/${unknownId}`)).statusCode).toBe(404);
      const foreignEmployer = await world.agents.foreign.post(`/api/employers/${world.otherEmployerId}/assignments`, {
        ...newAssignmentRequest(world),
        contactId: world.otherContactId,
        responderUserId: world.users.foreign,
      });
      expect(foreignEmployer.statusCode).toBe(201);
      expect((await world.agents.coordinator.get(`/api/assignments/${foreignEmployer.json().id}`)).statusCode).toBe(404);
    });

    it('changes the fields of the version the user saw and keeps the received time and due time', async () => {
      const { id, version, responseDueAt } = await createAssignment(world);
      const response = await world.agents.lead.put(
        `/api/assignments/${id}`,
        updateRequest(world, version, { candidatesWanted: 4, details: null, responderUserId: world.users.lead }),
      );
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({
        candidatesWanted: 4,
        details: null,
        responder: { id: world.users.lead },
        version: version + 1,
        responseDueAt,
      });
    });

    it('answers 409 to a change of an outdated version and writes nothing', async () => {
      const { id, version } = await createAssignment(world);
      expect(
        (await world.agents.lead.put(`/api/assignments/${id}`, updateRequest(world, version, { candidatesWanted: 3 }))).statusCode,
      ).toBe(200);
      const stale = await world.agents.coordinator.put(`/api/assignments/${id}`, updateRequest(world, version, { candidatesWanted: 9 }));
      expect(stale.statusCode).toBe(409);
      expect(fieldErrors(stale)).toEqual(['version:stale_version']);
      expect((await statusOf(id)).candidatesWanted).toBe(3);
    });

    it('keeps a contact who has since left on the assignment that names them', async () => {
      const leaving = await insertContact(world.db, { organisationId: world.organisationId, employerId: world.employerId }, 'Pian lähtevä');
      const { id, version } = await createAssignment(world, { contactId: leaving });
      await inTransaction(world.db, 'system', (tx) =>
        tx.update(employerContacts).set({ archivedAt: new Date() }).where(eq(employerContacts.id, leaving)),
      );
      const response = await world.agents.coordinator.put(
        `/api/assignments/${id}`,
        updateRequest(world, version, { contactId: leaving, candidatesWanted: 1 }),
      );
      expect(response.statusCode).toBe(200);
    });

    it('checks a change by the same rules as a new assignment', async () => {
      const { id, version } = await createAssignment(world);
      const response = await world.agents.coordinator.put(
        `/api/assignments/${id}`,
        updateRequest(world, version, { opportunityId: world.otherOpportunityId }),
      );
      expect(response.statusCode).toBe(400);
      expect(fieldErrors(response)).toEqual(['opportunityId:unknown_opportunity']);
    });
  });

  describe('status', () => {
    const move = (id: string, body: object) => world.agents.coordinator.post(`/api/assignments/${id}/status`, body);

    it('moves new → in progress → candidates proposed → closed with a result', async () => {
      const { id } = await createAssignment(world);
      expect((await move(id, { status: 'in_progress', version: 1 })).json()).toMatchObject({ status: 'in_progress', version: 2 });
      expect((await move(id, { status: 'candidates_proposed', version: 2 })).json()).toMatchObject({ status: 'candidates_proposed' });
      const closed = await move(id, { status: 'closed', result: 'filled', version: 3 });
      expect(closed.statusCode).toBe(200);
      expect(closed.json()).toMatchObject({ status: 'closed', result: 'filled', closedAt: '2026-11-23T07:00:00.000Z' });
    });

    it('counts closing an unanswered assignment as the response to the employer', async () => {
      const { id } = await createAssignment(world);
      const closed = await move(id, { status: 'closed', result: 'no_suitable_candidates', version: 1 });
      expect(closed.json()).toMatchObject({ firstResponseAt: '2026-11-23T07:00:00.000Z', dueState: 'answered_in_time' });
    });

    it('leaves an assignment the employer cancelled unanswered', async () => {
      const { id } = await createAssignment(world);
      const closed = await move(id, { status: 'closed', result: 'cancelled_by_employer', version: 1 });
      expect(closed.json()).toMatchObject({ firstResponseAt: null, dueState: 'closed_unanswered' });
    });

    it('needs a result to close and refuses one otherwise', async () => {
      const { id } = await createAssignment(world);
      const withoutResult = await move(id, { status: 'closed', version: 1 });
      expect(withoutResult.statusCode).toBe(400);
      expect(fieldErrors(withoutResult)).toEqual(['result:required']);
      const resultTooEarly = await move(id, { status: 'in_progress', result: 'filled', version: 1 });
      expect(fieldErrors(resultTooEarly)).toEqual(['result:invalid']);
      expect(fieldErrors(await move(id, { status: 'closed', result: 'maybe', version: 1 }))).toEqual(['result:invalid_option']);
    });

    it('answers 409 to a move the process does not allow', async () => {
      const { id } = await createAssignment(world);
      expect(fieldErrors(await move(id, { status: 'new', version: 1 }))).toEqual(['status:transition_not_allowed']);
      await move(id, { status: 'candidates_proposed', version: 1 });
      const back = await move(id, { status: 'in_progress', version: 2 });
      expect(back.statusCode).toBe(409);
      expect(fieldErrors(back)).toEqual(['status:transition_not_allowed']);
      await move(id, { status: 'closed', result: 'not_filled', version: 2 });
      const reopen = await move(id, { status: 'in_progress', version: 3 });
      expect(reopen.statusCode).toBe(409);
    });

    it('answers 409 to a status change of an outdated version', async () => {
      const { id } = await createAssignment(world);
      await move(id, { status: 'in_progress', version: 1 });
      const stale = await move(id, { status: 'closed', result: 'filled', version: 1 });
      expect(stale.statusCode).toBe(409);
      expect(fieldErrors(stale)).toEqual(['version:stale_version']);
    });

    it('answers 404 for an unknown assignment', async () => {
      expect((await move(unknownId, { status: 'in_progress', version: 1 })).statusCode).toBe(404);
    });
  });

  describe('responding to the employer', () => {
    const respond = (id: string, body: object) => world.agents.coordinator.post(`/api/assignments/${id}/responded`, body);

    it('records the first response now, moves a new assignment to in progress and measures the working time', async () => {
      const { id } = await createAssignment(world);
      const response = await respond(id, { version: 1 });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({
        firstResponseAt: '2026-11-23T07:00:00.000Z',
        status: 'in_progress',
        dueState: 'answered_in_time',
        workingMinutesToFirstResponse: 30,
        version: 2,
      });
    });

    it('records a response given a moment ago, and counts late when after the due time', async () => {
      const { id } = await createAssignment(world, { receivedAt: '2026-11-18T10:00:00+02:00' });
      const response = await respond(id, { respondedAt: '2026-11-20T15:00:00+02:00', version: 1 });
      expect(response.json()).toMatchObject({
        responseDueAt: '2026-11-20T08:00:00.000Z',
        dueState: 'answered_late',
        workingMinutesToFirstResponse: 360 + 480 + 420,
      });
    });

    it('sets the first response once and never moves it', async () => {
      const { id } = await createAssignment(world);
      await respond(id, { version: 1 });
      const again = await respond(id, { version: 2 });
      expect(again.statusCode).toBe(409);
      expect(fieldErrors(again)).toEqual(['respondedAt:already_responded']);
      expect((await statusOf(id)).firstResponseAt).toBe('2026-11-23T07:00:00.000Z');
    });

    it('refuses a response time in the future or before the assignment was received', async () => {
      const { id } = await createAssignment(world);
      expect(fieldErrors(await respond(id, { respondedAt: '2026-11-23T10:00:00+02:00', version: 1 }))).toEqual([
        'respondedAt:date_in_future',
      ]);
      expect(fieldErrors(await respond(id, { respondedAt: '2026-11-23T08:00:00+02:00', version: 1 }))).toEqual([
        'respondedAt:before_received',
      ]);
    });

    it('answers 409 for an outdated version and for an assignment closed without a response', async () => {
      const { id } = await createAssignment(world);
      await world.agents.coordinator.put(`/api/assignments/${id}`, updateRequest(world, 1));
      expect(fieldErrors(await respond(id, { version: 1 }))).toEqual(['version:stale_version']);
      const cancelled = await createAssignment(world);
      await world.agents.coordinator.post(`/api/assignments/${cancelled.id}/status`, {
        status: 'closed',
        result: 'cancelled_by_employer',
        version: 1,
      });
      const late = await respond(cancelled.id, { version: 2 });
      expect(late.statusCode).toBe(409);
      expect(fieldErrors(late)).toEqual(['status:transition_not_allowed']);
    });

    it('keeps the status of an assignment already further along', async () => {
      const { id } = await createAssignment(world);
      await world.agents.coordinator.post(`/api/assignments/${id}/status`, { status: 'candidates_proposed', version: 1 });
      expect((await respond(id, { version: 2 })).json()).toMatchObject({ status: 'candidates_proposed' });
    });
  });
});
