import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import type { Database } from '../../db/engine.js';
import { inTransaction } from '../../db/transaction.js';
import { createBackgroundWork, type BackgroundWork } from '../../jobs/background-work.js';
import { jobs } from '../../jobs/jobs.tables.js';
import type { AppDependencies } from '../../app-dependencies.js';
import { parseMailMessage } from '../../mail/mail-message.js';
import type { MessageChannel, ReceivedMessage } from '../../mail/message-channel.js';
import { createSmtpChannel } from '../../mail/smtp-channel.js';
import { clients } from '../clients/clients.tables.js';
import { insertClient, insertEnrolment } from '../../test-support/case-work-test-world.js';
import { remindJobKey, sendJobKey, feedbackJobKinds } from './feedback-jobs.js';
import { insertInvitation } from './feedback.queries.js';
import { feedbackAnswers, feedbackInvitations } from './feedback.tables.js';

const day = 24 * 60 * 60_000;

/** Test-only: a real SMTP server on a free local port, keeping what it receives. */
export type TestSmtpServer = { url: string; received: ReceivedMessage[]; recipients: string[]; close: () => Promise<void> };

export async function startTestSmtpServer(): Promise<TestSmtpServer> {
  const received: ReceivedMessage[] = [];
  const recipients: string[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push(parseMailMessage(Buffer.concat(chunks).toString('utf8')));
        recipients.push(...session.envelope.rcptTo.map((recipient) => recipient.address));
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.server.address() as AddressInfo;
  return { url: `smtp://127.0.0.1:${port}`, received, recipients, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

export const silentLog = { info: () => {}, warn: () => {}, error: () => {} };
export const testSender = 'Polku <polku@oulu.example.fi>';

/** The app's job handlers with a worker of the test's own, sending through the test SMTP server. */
export function testBackground(deps: AppDependencies, smtp: TestSmtpServer, mail?: MessageChannel, workerId?: string): BackgroundWork {
  return createBackgroundWork(deps, { mail: mail ?? createSmtpChannel({ url: smtp.url, from: testSender }), log: silentLog, workerId });
}

/** The answer link's token from a received mail. */
export function tokenIn(message: ReceivedMessage): string {
  const match = /\/feedback\/([A-Za-z0-9_-]{43})\b/.exec(message.text);
  if (!match) throw new Error(`no answer link in: ${message.text}`);
  return match[1]!;
}

/** A client of the organisation with an e-mail address and a running enrolment coached by `coachId`. */
export async function clientWithEnrolment(
  db: Database,
  options: {
    organisationId: string;
    coachId: string;
    firstName: string;
    email: string | null;
    motherTongue?: string;
    municipalityCode?: string;
  },
) {
  const clientId = await insertClient(db, options.organisationId, options.coachId, options.firstName);
  await inTransaction(db, 'system', (tx) =>
    tx
      .update(clients)
      .set({
        email: options.email,
        motherTongue: options.motherTongue ?? 'fi',
        municipalityCode: options.municipalityCode ?? '564',
      })
      .where(eq(clients.id, clientId)),
  );
  const enrolmentId = await insertEnrolment(db, { clientId, coachId: options.coachId });
  return { clientId, enrolmentId };
}

export async function jobKinds(db: Database): Promise<string[]> {
  const rows = await inTransaction(db, 'system', (tx) => tx.select({ kind: jobs.kind }).from(jobs));
  return rows.map((row) => row.kind).sort();
}

/** A sent and answered invitation written straight into the tables, for results on a hand-made dataset. */
export async function insertAnswer(
  deps: AppDependencies,
  answer: {
    organisationId: string;
    kind?: 'job_seeker' | 'employer';
    municipalityCode: string | null;
    recommend: number;
    grade?: number | null;
    effectiveness?: number | null;
    helpedMost?: string[];
    freeText?: string | null;
    answeredAt: string;
    clientId?: string | null;
  },
): Promise<void> {
  const answeredAt = new Date(answer.answeredAt);
  const kind = answer.kind ?? 'job_seeker';
  await inTransaction(deps.db, 'system', async (tx) => {
    const invitation = await insertInvitation(
      tx,
      deps.cipher,
      {
        organisationId: answer.organisationId,
        kind,
        language: 'fi',
        municipalityCode: answer.municipalityCode,
        clientId: answer.clientId ?? null,
      },
      new Date(answeredAt.getTime() - day),
    );
    await tx.update(feedbackInvitations).set({ sentAt: invitation.createdAt, answeredAt }).where(eq(feedbackInvitations.id, invitation.id));
    await tx.insert(feedbackAnswers).values({
      invitationId: invitation.id,
      organisationId: answer.organisationId,
      kind,
      municipalityCode: answer.municipalityCode,
      language: 'fi',
      recommend: answer.recommend,
      grade: answer.grade ?? null,
      effectiveness: answer.effectiveness ?? null,
      helpedMost: answer.helpedMost ?? [],
      freeText: answer.freeText ?? null,
      answeredAt,
    });
  });
}

type TestJob = { attempts?: number; lastError?: string | null; failed?: boolean; done?: boolean };

/**
 * An invitation in a chosen delivery state, with its send and reminder jobs, written straight into
 * the tables (the job rows as the queue leaves them), for the delivery list on a hand-made dataset.
 */
export async function insertInvitationWithJobs(
  deps: AppDependencies,
  invitation: {
    organisationId: string;
    kind?: 'job_seeker' | 'employer';
    clientId?: string | null;
    employerId?: string | null;
    employerContactId?: string | null;
    createdAt: Date;
    sentAt?: Date | null;
    reminderSentAt?: Date | null;
    answeredAt?: Date | null;
    notSendableAt?: Date | null;
    sendJob?: TestJob | null;
    remindJob?: TestJob | null;
  },
): Promise<string> {
  return inTransaction(deps.db, 'system', async (tx) => {
    const row = await insertInvitation(
      tx,
      deps.cipher,
      {
        organisationId: invitation.organisationId,
        kind: invitation.kind ?? 'job_seeker',
        language: 'fi',
        municipalityCode: '564',
        clientId: invitation.clientId ?? null,
        employerId: invitation.employerId ?? null,
        employerContactId: invitation.employerContactId ?? null,
      },
      invitation.createdAt,
    );
    await tx
      .update(feedbackInvitations)
      .set({
        sentAt: invitation.sentAt ?? null,
        reminderSentAt: invitation.reminderSentAt ?? null,
        answeredAt: invitation.answeredAt ?? null,
        notSendableAt: invitation.notSendableAt ?? null,
        notSendableReason: invitation.notSendableAt ? 'no_email_address' : null,
      })
      .where(eq(feedbackInvitations.id, row.id));
    const job = (kind: string, dedupeKey: string, spec: TestJob, runAt: Date) => ({
      kind,
      payload: { invitationId: row.id },
      organisationId: invitation.organisationId,
      dedupeKey,
      runAt,
      attempts: spec.attempts ?? 0,
      lastError: spec.lastError ?? null,
      failedAt: spec.failed ? runAt : null,
      doneAt: spec.done ? runAt : null,
      createdAt: invitation.createdAt,
    });
    if (invitation.sendJob !== null) {
      await tx.insert(jobs).values(job(feedbackJobKinds.send, sendJobKey(row.id), invitation.sendJob ?? {}, invitation.createdAt));
    }
    if (invitation.remindJob) {
      const remindAt = new Date((invitation.sentAt ?? invitation.createdAt).getTime() + 7 * day);
      await tx.insert(jobs).values(job(feedbackJobKinds.remind, remindJobKey(row.id), invitation.remindJob, remindAt));
    }
    return row.id;
  });
}
