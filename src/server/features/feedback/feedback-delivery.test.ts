import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction } from '../../db/transaction.js';
import { createUser, testPassword } from '../../test-support/builders.js';
import { auditTrail, fieldErrors, insertClient } from '../../test-support/case-work-test-world.js';
import { loginAs, type UserAgent } from '../../test-support/test-app.js';
import { testEngines } from '../../test-support/test-database.js';
import type { BackgroundWork } from '../../jobs/background-work.js';
import type { MessageChannel } from '../../mail/message-channel.js';
import { clients } from '../clients/clients.tables.js';
import { createEmployerWorkWorld, type EmployerWorkWorld } from '../proposals/employer-work-test-world.js';
import {
  clientWithEnrolment,
  insertInvitationWithJobs,
  startTestSmtpServer,
  testBackground,
  type TestSmtpServer,
} from './feedback-test-support.js';

const hour = 60 * 60_000;
const day = 24 * hour;
const now = new Date('2026-11-23T09:00:00+02:00');
const ago = (milliseconds: number) => new Date(now.getTime() - milliseconds);

type Item = {
  id: string;
  kind: string;
  state: string;
  name: string | null;
  contactName: string | null;
  clientId: string | null;
  step: string | null;
  attempts: number;
  errorClass: string | null;
  notSendableReason: string | null;
  reminderSentAt: string | null;
};

/**
 * A hand-made dataset, one invitation per case; the state each must get, worked out from the rules
 * (answered; not sendable; expired; failed — the invitation's or the reminder's job gave up; sent;
 * otherwise waiting):
 *   Aaro   waiting: the send job has not run yet                       → waiting, attempts 0
 *   Bea    waiting: the send job failed twice with 421, will retry     → waiting, attempts 2, temporary
 *   Cecilia sent two days ago, reminder not yet due                    → sent, no reminder
 *   Daniel sent ten days ago, reminded three days ago                  → sent, reminder sent
 *   Eila   the send job gave up after 10 connection refusals          → failed (invitation), connection
 *   Fredrik sent, the reminder job gave up on a 550 refusal            → failed (reminder), rejected
 *   Gunilla answered                                                   → answered
 *   Heikki sent 40 days ago, never answered                            → expired
 *   Iida   its send job gave up 35 days ago, the link has expired too  → expired (nothing to re-send)
 *   Jussi  no e-mail address when the send job ran                     → not sendable
 *   Oulun Kone Oy (employer survey to Hanna) sent yesterday            → sent
 * Counts: waiting 2, sent 3, failed 2, answered 1, expired 2, not sendable 1 (11 in all; job seekers 10).
 * Another organisation has one failed invitation (Lauri) that no one here may see or re-send.
 */
describe.each(testEngines)('the survey invitation delivery list on %s', (engine) => {
  let world: EmployerWorkWorld;
  let otherLead: UserAgent;
  const ids: Record<string, string> = {};
  const clientIds: Record<string, string> = {};

  beforeAll(async () => {
    world = await createEmployerWorkWorld(engine);
    world.test.setNow(now.toISOString());
    const deps = world.test.deps;
    const organisationId = world.organisationId;
    const client = async (firstName: string) =>
      (clientIds[firstName] = await insertClient(world.db, organisationId, world.users.assigned, firstName));
    const invite = async (firstName: string, spec: Omit<Parameters<typeof insertInvitationWithJobs>[1], 'organisationId'>) => {
      ids[firstName] = await insertInvitationWithJobs(deps, { organisationId, clientId: await client(firstName), ...spec });
    };
    await invite('Aaro', { createdAt: ago(hour) });
    await invite('Bea', { createdAt: ago(2 * hour), sendJob: { attempts: 2, lastError: '421 4.7.0 Try again later' } });
    await invite('Cecilia', { createdAt: ago(2 * day), sentAt: ago(2 * day), sendJob: { attempts: 1, done: true }, remindJob: {} });
    await invite('Daniel', {
      createdAt: ago(10 * day),
      sentAt: ago(10 * day),
      reminderSentAt: ago(3 * day),
      sendJob: { attempts: 1, done: true },
      remindJob: { attempts: 1, done: true },
    });
    await invite('Eila', {
      createdAt: ago(day),
      sendJob: { attempts: 10, failed: true, lastError: 'connect ECONNREFUSED 10.0.0.25:587' },
    });
    await invite('Fredrik', {
      createdAt: ago(9 * day),
      sentAt: ago(9 * day),
      sendJob: { attempts: 1, done: true },
      remindJob: {
        attempts: 10,
        failed: true,
        lastError: "Can't send mail - all recipients were rejected: 550 5.1.1 <[address]>: Recipient address rejected",
      },
    });
    await invite('Gunilla', {
      createdAt: ago(5 * day),
      sentAt: ago(5 * day),
      answeredAt: ago(4 * day),
      sendJob: { attempts: 1, done: true },
    });
    await invite('Heikki', { createdAt: ago(40 * day), sentAt: ago(40 * day), sendJob: { attempts: 1, done: true } });
    await invite('Iida', { createdAt: ago(35 * day), sendJob: { attempts: 10, failed: true, lastError: 'Greeting never received' } });
    await invite('Jussi', { createdAt: ago(3 * hour), notSendableAt: ago(3 * hour), sendJob: { attempts: 1, done: true } });
    const contact = await world.agents.coordinator.post(`/api/employers/${world.employerId}/contacts`, {
      name: 'Hanna Henkilöstö',
      email: 'hanna@kone.example.fi',
    });
    ids.employer = await insertInvitationWithJobs(deps, {
      organisationId,
      kind: 'employer',
      employerId: world.employerId,
      employerContactId: contact.json().id,
      createdAt: ago(day),
      sentAt: ago(day),
      sendJob: { attempts: 1, done: true },
      remindJob: {},
    });
    ids.Lauri = await insertInvitationWithJobs(deps, {
      organisationId: world.otherOrganisationId,
      clientId: world.otherClientId,
      createdAt: ago(day),
      sendJob: { attempts: 10, failed: true, lastError: 'connect ETIMEDOUT' },
    });
    await createUser(world.db, {
      email: 'lead@lappi.example.fi',
      roles: [{ organisationId: world.otherOrganisationId, role: 'team_lead' }],
    });
    otherLead = await loginAs(world.test.app, 'lead@lappi.example.fi', testPassword);
  });
  afterAll(() => world.close());

  const list = (agent: UserAgent, query = '') => agent.get(`/api/feedback/invitations?pageSize=50${query}`);
  const byName = (items: Item[]) => Object.fromEntries(items.map((item) => [item.name, item]));

  it('derives each invitation’s state from the invitation and its jobs, and counts them per state', async () => {
    const response = await list(world.agents.lead);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json() as { items: Item[]; total: number; counts: Record<string, number>; canRequeue: boolean };
    expect(body.total).toBe(11);
    expect(body.counts).toEqual({ waiting: 2, sent: 3, failed: 2, answered: 1, expired: 2, not_sendable: 1 });
    expect(body.canRequeue).toBe(true);
    const rows = byName(body.items);
    const summary = (name: string) => {
      const { state, step, attempts, errorClass, notSendableReason } = rows[name]!;
      return { state, step, attempts, errorClass, notSendableReason };
    };
    const plain = { step: null, attempts: 0, errorClass: null, notSendableReason: null };
    expect(summary('Korhonen Aaro')).toEqual({
      state: 'waiting',
      step: 'invitation',
      attempts: 0,
      errorClass: null,
      notSendableReason: null,
    });
    expect(summary('Korhonen Bea')).toEqual({
      state: 'waiting',
      step: 'invitation',
      attempts: 2,
      errorClass: 'temporary',
      notSendableReason: null,
    });
    expect(summary('Korhonen Cecilia')).toEqual({ state: 'sent', ...plain });
    expect(rows['Korhonen Cecilia']!.reminderSentAt).toBeNull();
    expect(summary('Korhonen Daniel')).toEqual({ state: 'sent', ...plain });
    expect(rows['Korhonen Daniel']!.reminderSentAt).toBe(ago(3 * day).toISOString());
    expect(summary('Korhonen Eila')).toEqual({
      state: 'failed',
      step: 'invitation',
      attempts: 10,
      errorClass: 'connection',
      notSendableReason: null,
    });
    expect(summary('Korhonen Fredrik')).toEqual({
      state: 'failed',
      step: 'reminder',
      attempts: 10,
      errorClass: 'rejected',
      notSendableReason: null,
    });
    expect(summary('Korhonen Gunilla')).toEqual({ state: 'answered', ...plain });
    expect(summary('Korhonen Heikki')).toEqual({ state: 'expired', ...plain });
    expect(summary('Korhonen Iida')).toEqual({ state: 'expired', ...plain });
    expect(summary('Korhonen Jussi')).toEqual({ state: 'not_sendable', ...plain, notSendableReason: 'no_email_address' });
    expect(rows['Oulun Kone Oy']).toMatchObject({ kind: 'employer', state: 'sent', contactName: 'Hanna Henkilöstö', clientId: null });
    // Never the error text itself, nor anything of the other organisation.
    expect(response.body).not.toMatch(/ECONNREFUSED|10\.0\.0\.25|Recipient address rejected|Lauri/);
  });

  it('filters by state and kind, sorts and pages on the server', async () => {
    const failed = (await list(world.agents.lead, '&state=failed&sort=name&direction=asc')).json();
    expect(failed.items.map((item: Item) => item.name)).toEqual(['Korhonen Eila', 'Korhonen Fredrik']);
    expect(failed.total).toBe(2);
    expect(failed.counts.sent).toBe(3);

    const employer = (await list(world.agents.lead, '&kind=employer')).json();
    expect(employer.items.map((item: Item) => item.name)).toEqual(['Oulun Kone Oy']);
    expect(employer.counts).toEqual({ waiting: 0, sent: 1, failed: 0, answered: 0, expired: 0, not_sendable: 0 });
    expect((await list(world.agents.lead, '&kind=job_seeker')).json().counts.sent).toBe(2);

    // Newest first by default; by name descending; "attention first" by state.
    const newest = (await world.agents.lead.get('/api/feedback/invitations?pageSize=3')).json();
    expect(newest.items.map((item: Item) => item.name)).toEqual(['Korhonen Aaro', 'Korhonen Bea', 'Korhonen Jussi']);
    const third = (await world.agents.lead.get('/api/feedback/invitations?sort=name&direction=asc&pageSize=4&page=3')).json();
    expect(third).toMatchObject({ total: 11, page: 3, pageSize: 4 });
    expect(third.items.map((item: Item) => item.name)).toEqual(['Korhonen Iida', 'Korhonen Jussi', 'Oulun Kone Oy']);
    const beyond = (await world.agents.lead.get('/api/feedback/invitations?pageSize=4&page=9')).json();
    expect(beyond).toMatchObject({ items: [], total: 11 });
    const byState = (await world.agents.lead.get('/api/feedback/invitations?sort=state&direction=asc&pageSize=3')).json();
    expect(byState.items.map((item: Item) => item.state)).toEqual(['failed', 'failed', 'not_sendable']);
  });

  it('answers bad query parameters with field-level 400s', async () => {
    const response = await world.agents.lead.get(
      '/api/feedback/invitations?state=lost&kind=partner&sort=age&direction=up&pageSize=0&page=x',
    );
    expect(response.statusCode).toBe(400);
    expect(fieldErrors(response).sort()).toEqual([
      'direction:invalid_option',
      'kind:invalid_option',
      'page:invalid',
      'pageSize:too_small',
      'sort:invalid_option',
      'state:invalid_option',
    ]);
    const foreignOrganisation = await world.agents.lead.get(`/api/feedback/invitations?organisationId=${world.otherOrganisationId}`);
    expect(foreignOrganisation.statusCode).toBe(403);
  });

  // Which roles may list and re-send: the feedback matrix (feedback-matrix.ts).
  it('an admin reads the list with the names but may not send again', async () => {
    const admin = (await list(world.agents.admin)).json();
    expect(byName(admin.items)['Korhonen Eila']!.state).toBe('failed');
    // Admins read the list but re-sending is the team lead's.
    expect(admin.canRequeue).toBe(false);
  });

  it('a team lead of another organisation sees only their own invitations', async () => {
    const theirs = (await list(otherLead)).json();
    expect(theirs.items.map((item: Item) => item.name)).toEqual(['Korhonen Lauri']);
    expect(theirs.counts.failed).toBe(1);
    expect(JSON.stringify(theirs)).not.toContain('Eila');
  });

  it('reading the list is audited, naming the clients shown', async () => {
    const eilaBefore = (await auditTrail(world.db, clientIds.Eila!)).length;
    const aaroBefore = (await auditTrail(world.db, clientIds.Aaro!)).length;
    await list(world.agents.lead, '&state=failed');
    const eilaAfter = await auditTrail(world.db, clientIds.Eila!);
    expect(eilaAfter.slice(eilaBefore)).toEqual([
      { action: 'feedback.invitations.read', outcome: 'success', actorUserId: world.users.lead },
    ]);
    // Aaro was not on that page: not named.
    expect(await auditTrail(world.db, clientIds.Aaro!)).toHaveLength(aaroBefore);
  });

  it('a team lead re-queues a failed invitation or reminder once; anything else is refused', async () => {
    const requeue = (agent: UserAgent, id: string) => agent.post(`/api/feedback/invitations/${id}/requeue`);
    expect((await requeue(world.agents.admin, ids.Eila!)).statusCode).toBe(403);
    expect((await requeue(world.agents.assigned, ids.Eila!)).statusCode).toBe(403);
    expect((await requeue(otherLead, ids.Eila!)).statusCode).toBe(404);
    expect((await requeue(world.agents.lead, ids.Lauri!)).statusCode).toBe(404);
    expect((await requeue(world.agents.lead, '00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    const malformed = await requeue(world.agents.lead, 'not-an-id');
    expect(malformed.statusCode).toBe(400);
    expect(fieldErrors(malformed)).toEqual(['id:invalid']);

    const again = await requeue(world.agents.lead, ids.Eila!);
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json()).toMatchObject({ state: 'waiting', step: 'invitation', attempts: 0, name: 'Korhonen Eila' });
    const reminder = await requeue(world.agents.lead, ids.Fredrik!);
    expect(reminder.json()).toMatchObject({ state: 'sent', step: null });
    expect((await auditTrail(world.db, clientIds.Eila!)).map((entry) => entry.action)).toContain('feedback.invitations.requeue');

    for (const name of ['Eila', 'Cecilia', 'Gunilla', 'Iida']) {
      const refused = await requeue(world.agents.lead, ids[name]!);
      expect(refused.statusCode, name).toBe(409);
      expect(fieldErrors(refused)).toEqual(['id:invitation_not_resendable']);
    }
    // Not sendable, and still no address to send to.
    const noAddress = await requeue(world.agents.lead, ids.Jussi!);
    expect(noAddress.statusCode).toBe(409);
    expect(fieldErrors(noAddress)).toEqual(['id:no_email_address']);
    const counts = (await list(world.agents.lead)).json().counts;
    expect(counts).toEqual({ waiting: 3, sent: 4, failed: 0, answered: 1, expired: 2, not_sendable: 1 });
  });
});

/** The same states reached through the real path: enrolment end → queue → SMTP. */
describe.each(testEngines)('survey invitations that cannot be sent or fail on %s', (engine) => {
  let world: EmployerWorkWorld;
  let smtp: TestSmtpServer;
  let background: BackgroundWork;

  beforeAll(async () => {
    world = await createEmployerWorkWorld(engine);
    world.test.setNow(now.toISOString());
    smtp = await startTestSmtpServer();
    background = testBackground(world.test.deps, smtp);
  });
  afterAll(async () => {
    await background.close();
    await smtp.close();
    await world.close();
  });

  const endEnrolment = (enrolmentId: string) =>
    world.agents.assigned.post(`/api/enrolments/${enrolmentId}/end`, { endDate: '2026-11-20', outcome: 'work' });
  const newClient = (firstName: string, email: string | null) =>
    clientWithEnrolment(world.db, { organisationId: world.organisationId, coachId: world.users.assigned, firstName, email });
  // The clock moves by hours here: a fresh login each time, as the session of a day ago has timed out.
  const stateOf = async (name: string) => {
    const lead = await loginAs(world.test.app, 'lead@example.fi', testPassword);
    const response = await lead.get('/api/feedback/invitations');
    expect(response.statusCode, response.body).toBe(200);
    return (response.json().items as Item[]).find((item) => item.name === name);
  };

  it('an enrolment of a client without an e-mail address ends: the invitation is recorded as not sendable, once', async () => {
    const { enrolmentId, clientId } = await newClient('Kalle', null);
    expect((await endEnrolment(enrolmentId)).statusCode).toBe(200);
    // The invitation is made by the queue's first job, and the send job it adds finds no address.
    expect(await stateOf('Korhonen Kalle')).toBeUndefined();
    expect(await background.worker.runUntilIdle()).toMatchObject({ failed: 0 });
    expect(smtp.received).toHaveLength(0);
    const unsendable = await stateOf('Korhonen Kalle');
    expect(unsendable).toMatchObject({ state: 'not_sendable', notSendableReason: 'no_email_address', step: null });
    let lead = world.agents.lead;
    const resend = () => lead.post(`/api/feedback/invitations/${unsendable!.id}/requeue`);
    const refused = await resend();
    expect(refused.statusCode).toBe(409);
    expect(fieldErrors(refused)).toEqual(['id:no_email_address']);

    // Once the coach has recorded an address, the same invitation goes out, with 30 days to answer from now.
    world.test.setNow(new Date(now.getTime() + 5 * day).toISOString());
    lead = await loginAs(world.test.app, 'lead@example.fi', testPassword);
    await inTransaction(world.db, 'system', (tx) => tx.update(clients).set({ email: 'kalle@example.fi' }).where(eq(clients.id, clientId)));
    const resent = await resend();
    expect(resent.statusCode, resent.body).toBe(200);
    expect(resent.json()).toMatchObject({ state: 'waiting', notSendableReason: null, expiresOn: '2026-12-28' });
    await background.worker.runUntilIdle();
    expect(smtp.recipients).toEqual(['kalle@example.fi']);
    expect(await stateOf('Korhonen Kalle')).toMatchObject({ state: 'sent' });
    expect(fieldErrors(await resend())).toEqual(['id:invitation_not_resendable']);
    smtp.received.length = 0;
    smtp.recipients.length = 0;
    world.test.setNow(now.toISOString());
  });

  it('a send that keeps failing ends as failed after its last attempt; re-queued, it is sent once', async () => {
    const { enrolmentId } = await newClient('Liisa', 'liisa@example.fi');
    await endEnrolment(enrolmentId);
    const refusing: MessageChannel = {
      kind: 'email',
      send: () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:2525')),
      describe: () => 'refusing',
      close: async () => {},
    };
    const broken = testBackground(world.test.deps, smtp, refusing, 'broken-process');
    let clock = now.getTime();
    for (let attempt = 1; attempt <= 10; attempt += 1) {
      await broken.worker.runUntilIdle();
      if (attempt === 3) expect(await stateOf('Korhonen Liisa')).toMatchObject({ state: 'waiting', attempts: 3, errorClass: 'connection' });
      clock += 6 * hour;
      world.test.setNow(new Date(clock).toISOString());
    }
    await broken.close();
    const failed = await stateOf('Korhonen Liisa');
    expect(failed).toMatchObject({ state: 'failed', step: 'invitation', attempts: 10, errorClass: 'connection' });

    const lead = await loginAs(world.test.app, 'lead@example.fi', testPassword);
    expect((await lead.post(`/api/feedback/invitations/${failed!.id}/requeue`)).statusCode).toBe(200);
    await background.worker.runUntilIdle();
    await background.worker.runUntilIdle();
    expect(smtp.recipients).toEqual(['liisa@example.fi']);
    expect(await stateOf('Korhonen Liisa')).toMatchObject({ state: 'sent', reminderSentAt: null });
    world.test.setNow(now.toISOString());
  });
});
