import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditTrail, fieldErrors } from '../../test-support/case-work-test-world.js';
import { testEngines } from '../../test-support/test-database.js';
import { createEmployerWorkWorld, type EmployerWorkWorld } from '../proposals/employer-work-test-world.js';
import type { BackgroundWork } from '../../jobs/background-work.js';
import {
  clientWithEnrolment,
  jobKinds,
  startTestSmtpServer,
  testBackground,
  tokenIn,
  type TestSmtpServer,
} from './feedback-test-support.js';

const day = 24 * 60 * 60_000;
const startOfTest = '2026-11-23T09:00:00+02:00';
const later = (days: number, minutes = 0) => new Date(new Date(startOfTest).getTime() + days * day + minutes * 60_000).toISOString();

describe.each(testEngines)('feedback surveys through a real SMTP server on %s', (engine) => {
  let world: EmployerWorkWorld;
  let smtp: TestSmtpServer;
  let background: BackgroundWork;

  beforeAll(async () => {
    world = await createEmployerWorkWorld(engine);
    smtp = await startTestSmtpServer();
    background = testBackground(world.test.deps, smtp);
  });
  afterAll(async () => {
    await background.close();
    await smtp.close();
    await world.close();
  });

  const publicGet = (token: string) => world.test.app.inject({ method: 'GET', url: `/api/feedback/answer/${token}` });
  const publicAnswer = (token: string, body: object) =>
    world.test.app.inject({ method: 'POST', url: `/api/feedback/answer/${token}`, payload: body });
  const endEnrolment = (enrolmentId: string) =>
    world.agents.assigned.post(`/api/enrolments/${enrolmentId}/end`, { endDate: '2026-11-20', outcome: 'work' });
  const newClient = (firstName: string, email: string | null, motherTongue = 'fi') =>
    clientWithEnrolment(world.db, { organisationId: world.organisationId, coachId: world.users.assigned, firstName, email, motherTongue });
  const mailTo = (address: string) => smtp.received.filter((message) => message.to === address);

  it('ending an enrolment queues the survey in the same transaction and mails the invitation in the client’s language', async () => {
    world.test.setNow(startOfTest);
    const { clientId, enrolmentId } = await newClient('Sofia', 'sofia.svensson@example.fi', 'sv');
    expect((await endEnrolment(enrolmentId)).statusCode).toBe(200);
    expect(await jobKinds(world.db)).toContain('feedback.invite_job_seeker');

    await background.worker.runUntilIdle();
    const [mail] = mailTo('sofia.svensson@example.fi');
    expect(mail!.subject).toBe('Respons om tjänsten: berätta vad du tycker');
    expect(mail!.text).toContain('Oulun työllisyysalue ber om din respons.');
    expect(mail!.text).toContain('http://localhost:3000/feedback/');
    expect(mail!.text).toContain('Länken gäller till 23.12.2026');
    expect(mail!.text).not.toContain('Sofia');
    expect(mail!.messageId).toMatch(/^<feedback-invitation-[0-9a-f-]{36}@localhost>$/);

    // Running the queue again sends nothing more.
    const before = smtp.received.length;
    await background.worker.runUntilIdle();
    expect(smtp.received.length).toBe(before);
    expect((await auditTrail(world.db, clientId)).map((entry) => entry.action)).toContain('feedback.invitation.send');

    const page = await publicGet(tokenIn(mail!));
    expect(page.statusCode).toBe(200);
    expect(page.json()).toMatchObject({ state: 'open', kind: 'job_seeker', language: 'sv', organisationName: 'Oulun työllisyysalue' });
    expect(page.json().texts.title).toBe('Respons om tjänsten');
    expect(page.json().choices[0]).toEqual({ key: 'coach_support', label: 'Coachens stöd och uppmuntran' });
    expect(page.body).not.toMatch(/Sofia|Korhonen|sofia\.svensson|564/);
  });

  it('the link answers once; a second answer is refused', async () => {
    const { clientId, enrolmentId } = await newClient('Olli', 'olli@example.fi');
    await endEnrolment(enrolmentId);
    await background.worker.runUntilIdle();
    const token = tokenIn(mailTo('olli@example.fi')[0]!);

    const missingGrade = await publicAnswer(token, { recommend: 9 });
    expect(missingGrade.statusCode).toBe(400);
    expect(fieldErrors(missingGrade)).toEqual(['grade:required']);
    const outOfRange = await publicAnswer(token, { recommend: 11, grade: 3 });
    expect(outOfRange.statusCode).toBe(400);
    expect(fieldErrors(outOfRange).sort()).toEqual(['grade:too_small', 'recommend:too_large']);
    const unknownChoice = await publicAnswer(token, { recommend: 9, grade: 9, helpedMost: ['karaoke'] });
    expect(fieldErrors(unknownChoice)).toEqual(['helpedMost.0:invalid_option']);

    const answered = await publicAnswer(token, { recommend: 10, grade: 9, helpedMost: ['job_search', 'coach_support'], freeText: 'Hyvä!' });
    expect(answered.statusCode).toBe(204);
    const again = await publicAnswer(token, { recommend: 0, grade: 4 });
    expect(again.statusCode).toBe(409);
    expect(fieldErrors(again)).toEqual(['token:invitation_answered']);
    expect((await publicGet(token)).json().state).toBe('answered');
    expect((await auditTrail(world.db, clientId)).filter((entry) => entry.action === 'feedback.answer')).toHaveLength(1);

    const results = await world.agents.lead.get('/api/feedback/results?kind=job_seeker');
    expect(results.json().total).toMatchObject({ answers: 1, promoters: 1, nps: 100, meanGrade: 9 });
    expect(results.json().freeText.map((answer: { text: string }) => answer.text)).toEqual(['Hyvä!']);
  });

  it('an unknown or malformed token answers 404 or 400, and an expired link is refused', async () => {
    expect((await publicGet('A'.repeat(43))).statusCode).toBe(404);
    expect((await publicGet('too-short')).statusCode).toBe(400);
    const { enrolmentId } = await newClient('Eero', 'eero@example.fi');
    await endEnrolment(enrolmentId);
    await background.worker.runUntilIdle();
    const token = tokenIn(mailTo('eero@example.fi')[0]!);

    world.test.setNow(later(29, 60 * 14));
    expect((await publicGet(token)).json().state).toBe('open');
    world.test.setNow(later(30));
    expect((await publicGet(token)).json()).toMatchObject({ state: 'expired', expiresOn: '2026-12-23' });
    const refused = await publicAnswer(token, { recommend: 8, grade: 8 });
    expect(refused.statusCode).toBe(409);
    expect(fieldErrors(refused)).toEqual(['token:invitation_expired']);
    world.test.setNow(startOfTest);
  });

  it('reminds once after 7 days when there is no answer, and never after an answer', async () => {
    world.test.setNow(startOfTest);
    const silent = await newClient('Ville', 'ville@example.fi');
    const prompt = await newClient('Pirjo', 'pirjo@example.fi');
    await endEnrolment(silent.enrolmentId);
    await endEnrolment(prompt.enrolmentId);
    await background.worker.runUntilIdle();
    await publicAnswer(tokenIn(mailTo('pirjo@example.fi')[0]!), { recommend: 7, grade: 8 });

    world.test.setNow(later(6, 60 * 23));
    await background.worker.runUntilIdle();
    expect(mailTo('ville@example.fi')).toHaveLength(1);

    world.test.setNow(later(7));
    await background.worker.runUntilIdle();
    const villeMail = mailTo('ville@example.fi');
    expect(villeMail).toHaveLength(2);
    expect(villeMail[1]!.subject).toBe('Muistutus – Palaute palvelusta');
    expect(tokenIn(villeMail[1]!)).toBe(tokenIn(villeMail[0]!));
    expect(mailTo('pirjo@example.fi')).toHaveLength(1);

    world.test.setNow(later(14));
    await background.worker.runUntilIdle();
    expect(mailTo('ville@example.fi')).toHaveLength(2);
    expect((await auditTrail(world.db, silent.clientId)).map((entry) => entry.action)).toContain('feedback.reminder.send');
    world.test.setNow(startOfTest);
  });

  it('a client without an e-mail address gets no mail, and the queue does not retry for ever', async () => {
    const before = smtp.received.length;
    const { enrolmentId } = await newClient('Kalle', null);
    await endEnrolment(enrolmentId);
    const summary = await background.worker.runUntilIdle();
    expect(summary.failed).toBe(0);
    expect(smtp.received.length).toBe(before);
  });

  it('a restart in the middle of sending loses and duplicates nothing', async () => {
    world.test.setNow(startOfTest);
    const addresses = ['restart.a@example.fi', 'restart.b@example.fi', 'restart.c@example.fi'];
    for (const [index, address] of addresses.entries()) {
      const { enrolmentId } = await newClient(`Restart${index}`, address);
      await endEnrolment(enrolmentId);
    }
    // The first process sends one invitation, then dies while handing the second to the SMTP server.
    const real = testBackground(world.test.deps, smtp);
    let sends = 0;
    let reachedHang: () => void = () => {};
    const hung = new Promise<void>((resolve) => (reachedHang = resolve));
    const dying = testBackground(
      world.test.deps,
      smtp,
      {
        ...real.mail,
        send: async (message) => {
          sends += 1;
          if (sends === 2) {
            reachedHang();
            return new Promise<void>(() => {});
          }
          return real.mail.send(message);
        },
      },
      'dying-process',
    );
    void dying.worker.runUntilIdle();
    await hung;
    const sentBeforeRestart = addresses.filter((address) => mailTo(address).length > 0);
    expect(sentBeforeRestart).toHaveLength(1);

    // After the restart, the dead process's lease runs out and the new process finishes the work.
    const restarted = testBackground(world.test.deps, smtp, undefined, 'restarted-process');
    await restarted.worker.runUntilIdle();
    expect(addresses.filter((address) => mailTo(address).length > 0)).toEqual(sentBeforeRestart);
    world.test.setNow(later(0, 3));
    await restarted.worker.runUntilIdle();
    expect(addresses.map((address) => mailTo(address).length)).toEqual([1, 1, 1]);
    await restarted.close();
    await real.close();
    world.test.setNow(startOfTest);
  });
});
