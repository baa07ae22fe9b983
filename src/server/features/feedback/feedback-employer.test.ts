import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BackgroundWork } from '../../jobs/background-work.js';
import { fieldErrors } from '../../test-support/case-work-test-world.js';
import { testEngines } from '../../test-support/test-database.js';
import { createEmployerWorkWorld, insertEmployer, type EmployerWorkWorld } from '../proposals/employer-work-test-world.js';
import { startTestSmtpServer, testBackground, tokenIn, type TestSmtpServer } from './feedback-test-support.js';

describe.each(testEngines)('employer feedback surveys on %s', (engine) => {
  let world: EmployerWorkWorld;
  let smtp: TestSmtpServer;
  let background: BackgroundWork;
  let hrContactId: string;
  let phoneOnlyContactId: string;

  beforeAll(async () => {
    world = await createEmployerWorkWorld(engine);
    smtp = await startTestSmtpServer();
    background = testBackground(world.test.deps, smtp);
    const contact = (body: object) => world.agents.coordinator.post(`/api/employers/${world.employerId}/contacts`, body);
    phoneOnlyContactId = (await contact({ name: 'Pekka Puhelin', phone: '040 1', preferredChannel: 'phone' })).json().id;
    hrContactId = (await contact({ name: 'Hanna Henkilöstö', email: 'hanna@kone.example.fi', preferredChannel: 'email' })).json().id;
  });
  afterAll(async () => {
    await background.close();
    await smtp.close();
    await world.close();
  });

  const surveysOfEmployer = async () =>
    (await world.agents.coordinator.get(`/api/employers/${world.employerId}/feedback-invitations`)).json();

  it('a placement ending sends the employer survey to the contact with an e-mail address', async () => {
    const clientId = await world.newCandidate({ firstName: 'Taina' });
    const started = await world.agents.coordinator.post(`/api/clients/${clientId}/placements`, {
      employerId: world.employerId,
      type: 'work_trial',
      startDate: '2026-11-02',
    });
    expect(started.statusCode, started.body).toBe(201);
    const placementId = started.json().placement.id;
    const ended = await world.agents.coordinator.post(`/api/placements/${placementId}/end`, {
      endedOn: '2026-11-20',
      endReason: 'planned_end',
    });
    expect(ended.statusCode).toBe(200);
    await background.worker.runUntilIdle();

    expect(smtp.recipients).toEqual(['hanna@kone.example.fi']);
    const [mail] = smtp.received;
    expect(mail!.subject).toBe('Työnantajapalaute: kerro mielipiteesi');
    expect(mail!.text).not.toContain('Taina');
    const token = tokenIn(mail!);
    const page = (await world.test.app.inject({ method: 'GET', url: `/api/feedback/answer/${token}` })).json();
    expect(page).toMatchObject({ kind: 'employer', state: 'open', choices: [] });

    const answer = (body: object) => world.test.app.inject({ method: 'POST', url: `/api/feedback/answer/${token}`, payload: body });
    const incomplete = await answer({ recommend: 6 });
    expect(fieldErrors(incomplete)).toEqual(['effectiveness:required']);
    expect((await answer({ recommend: 6, effectiveness: 8, grade: 10, freeText: 'Tuki oli nopeaa.' })).statusCode).toBe(204);
    const results = (await world.agents.lead.get('/api/feedback/results?kind=employer')).json();
    expect(results.total).toMatchObject({ answers: 1, detractors: 1, nps: -100, meanEffectiveness: 8, meanGrade: null });

    const listed = await surveysOfEmployer();
    expect(listed.items).toHaveLength(1);
    expect(listed.items[0]).toMatchObject({ contactName: 'Hanna Henkilöstö', placementId, answeredAt: expect.any(String) });
    expect(listed.canSend).toBe(true);
  });

  it('a placement ending at an employer with no e-mail contact leaves a survey that cannot be sent until a contact has an address', async () => {
    const employerId = await insertEmployer(world.db, world.organisationId, world.users.coordinator, 'Kemin Kala Oy');
    const clientId = await world.newCandidate({ firstName: 'Ville' });
    const started = await world.agents.coordinator.post(`/api/clients/${clientId}/placements`, {
      employerId,
      type: 'work_trial',
      startDate: '2026-11-02',
    });
    expect(started.statusCode, started.body).toBe(201);
    const placementId = started.json().placement.id;
    await world.agents.coordinator.post(`/api/placements/${placementId}/end`, { endedOn: '2026-11-20', endReason: 'planned_end' });
    const sentBefore = smtp.recipients.length;
    await background.worker.runUntilIdle();
    expect(smtp.recipients).toHaveLength(sentBefore);
    const listed = (await world.agents.coordinator.get(`/api/employers/${employerId}/feedback-invitations`)).json();
    expect(listed.items).toEqual([
      expect.objectContaining({ placementId, contactName: null, sentAt: null, notSendableReason: 'no_email_address' }),
    ]);

    const contact = await world.agents.coordinator.post(`/api/employers/${employerId}/contacts`, {
      name: 'Kaisa Kala',
      email: 'kaisa@kala.example.fi',
    });
    expect(contact.statusCode).toBe(201);
    const resent = await world.agents.lead.post(`/api/feedback/invitations/${listed.items[0].id}/requeue`);
    expect(resent.statusCode, resent.body).toBe(200);
    expect(resent.json()).toMatchObject({ state: 'waiting', contactName: 'Kaisa Kala' });
    await background.worker.runUntilIdle();
    expect(smtp.recipients.slice(sentBefore)).toEqual(['kaisa@kala.example.fi']);
    const after = (await world.agents.coordinator.get(`/api/employers/${employerId}/feedback-invitations`)).json();
    expect(after.items[0]).toMatchObject({ contactName: 'Kaisa Kala', sentAt: expect.any(String), notSendableReason: null });
  });

  it('sends a survey on request once per open survey, only to a current contact with an e-mail address', async () => {
    const send = (agent: keyof EmployerWorkWorld['agents'], body: object, employerId = world.employerId) =>
      world.agents[agent].post(`/api/employers/${employerId}/feedback-invitations`, body);
    const noAddress = await send('coordinator', { contactId: phoneOnlyContactId });
    expect(noAddress.statusCode).toBe(400);
    expect(fieldErrors(noAddress)).toEqual(['contactId:no_email_address']);
    const unknown = await send('coordinator', { contactId: '00000000-0000-4000-8000-000000000000' });
    expect(fieldErrors(unknown)).toEqual(['contactId:unknown_contact']);

    const sent = await send('coordinator', { contactId: hrContactId, language: 'en' });
    expect(sent.statusCode, sent.body).toBe(201);
    expect(sent.json()).toMatchObject({ contactName: 'Hanna Henkilöstö', language: 'en', sentAt: null, answeredAt: null });
    const again = await send('lead', { contactId: hrContactId });
    expect(again.statusCode).toBe(409);
    expect(fieldErrors(again)).toEqual(['contactId:already_exists']);

    await background.worker.runUntilIdle();
    expect(smtp.received.at(-1)!.subject).toBe('Employer feedback: tell us what you think');
    expect((await surveysOfEmployer()).items[0].sentAt).not.toBeNull();

    expect((await send('analyst', { contactId: hrContactId })).statusCode).toBe(403);
    expect((await send('admin', { contactId: hrContactId })).statusCode).toBe(403);
    expect((await send('foreign', { contactId: hrContactId })).statusCode).toBe(404);
    expect((await send('coordinator', { contactId: hrContactId }, world.otherEmployerId)).statusCode).toBe(404);
  });
});
