import { eq } from 'drizzle-orm';
import type { DeliveryErrorClass, DeliveryQuery, InvitationDelivery, InvitationDeliveryList } from '../../../contract/feedback.js';
import type { Locale } from '../../../contract/common.js';
import { authorizeOrganisation, organisationsAllowed } from '../../auth/policy.js';
import type { Transaction } from '../../db/transaction.js';
import { conflict } from '../../errors.js';
import { runAuditedWork, type ActionContext } from '../../http/client-action.js';
import { chooseOrganisation, runOrganisationRecordAction } from '../../http/organisation-action.js';
import { requeueJob } from '../../jobs/job-queue.js';
import { helsinkiDate } from '../../time.js';
import { enqueueSend } from './feedback-jobs.js';
import * as queries from './feedback-delivery.queries.js';
import { answerDeadline, notSendableReasonOf, recipientOf, surveyContactOf } from './feedback.queries.js';
import { feedbackInvitations } from './feedback.tables.js';

/**
 * The class of a send error, from the text the queue kept (addresses already removed). The text
 * itself is not shown: it may still name the mail server or quote the recipient's name.
 * Nodemailer reports network failures by their errno, SMTP refusals by their reply code.
 */
export function errorClassOf(lastError: string | null): DeliveryErrorClass | null {
  if (lastError === null) return null;
  if (
    /ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENOTFOUND|EHOSTUNREACH|EAI_AGAIN|timeout|greeting never received|connection closed/i.test(lastError)
  ) {
    return 'connection';
  }
  if (/invalid login|authenticat|(?:^|[\s:])53[0-8][\s-]/i.test(lastError)) return 'authentication';
  if (/(?:^|[\s:])5\d\d[\s-]/.test(lastError)) return 'rejected';
  if (/(?:^|[\s:])4\d\d[\s-]/.test(lastError)) return 'temporary';
  return 'other';
}

const iso = (value: Date | string) => new Date(value).toISOString();
const isoOrNull = (value: Date | string | null) => (value === null ? null : iso(value));

function toDelivery(row: queries.DeliveryRow): InvitationDelivery {
  // The step the queue is (or was last) working on: the invitation until it is sent, then the reminder.
  const step = row.state === 'waiting' ? 'invitation' : row.state === 'failed' ? (row.sent_at === null ? 'invitation' : 'reminder') : null;
  const attempts = step === 'invitation' ? row.send_attempts : step === 'reminder' ? row.remind_attempts : null;
  const lastError = step === 'invitation' ? row.send_error : step === 'reminder' ? row.remind_error : null;
  return {
    id: row.id,
    kind: row.kind,
    state: row.state,
    name: row.name,
    contactName: row.contact_name,
    clientId: row.client_id,
    employerId: row.employer_id,
    language: row.language as Locale,
    createdAt: iso(row.created_at),
    sentAt: isoOrNull(row.sent_at),
    reminderSentAt: isoOrNull(row.reminder_sent_at),
    answeredAt: isoOrNull(row.answered_at),
    expiresOn: helsinkiDate(new Date(new Date(row.expires_at).getTime() - 1)),
    step,
    attempts: attempts ?? 0,
    errorClass: errorClassOf(lastError ?? null),
    notSendableReason: notSendableReasonOf(row.state === 'not_sendable', row.not_sendable_reason),
  };
}

/**
 * The organisation's survey invitations and what became of them. The list names people, so
 * reading it is audited, naming the clients shown.
 */
export function listDeliveries(context: ActionContext, query: DeliveryQuery): Promise<InvitationDeliveryList> {
  const organisationId = chooseOrganisation(context, 'feedback.invitations.read', query.organisationId);
  authorizeOrganisation(context.actor, 'feedback.invitations.read', organisationId);
  const filter = { organisationId, now: context.now, kind: query.kind };
  return runAuditedWork(
    context,
    'feedback.invitations.read',
    async (tx) => {
      const { rows, total } = await queries.deliveryPage(tx, filter, query);
      return {
        items: rows.map(toDelivery),
        total,
        page: query.page,
        pageSize: query.pageSize,
        counts: await queries.deliveryCounts(tx, filter),
        canRequeue: organisationsAllowed(context.actor, 'feedback.invitations.requeue').includes(organisationId),
      };
    },
    (result) => [...new Set(result.items.flatMap((item) => (item.clientId ? [item.clientId] : [])))],
    organisationId,
  );
}

/**
 * Sends an invitation again: a failed one (or its failed reminder) goes back in the queue; one that
 * could not be sent goes out once the person or the employer has an e-mail address, with the full
 * time to answer from now. An invitation of another organisation answers 404; any other, 409.
 */
export function requeueInvitation(context: ActionContext, invitationId: string): Promise<InvitationDelivery> {
  return runOrganisationRecordAction(
    context,
    'feedback.invitations.requeue',
    async (tx) =>
      (
        await tx
          .select({ organisationId: feedbackInvitations.organisationId })
          .from(feedbackInvitations)
          .where(eq(feedbackInvitations.id, invitationId))
      )[0]?.organisationId,
    async (tx, organisationId) => {
      const filter = { organisationId, now: context.now, invitationId };
      const before = await queries.deliveryOf(tx, filter);
      if (before?.state === 'failed') {
        const jobId = before.sent_at === null ? before.send_job_id : before.remind_job_id;
        if (!jobId || !(await requeueJob(tx, jobId, context.now, 'failed'))) throw conflict('id', 'invitation_not_resendable');
      } else if (before?.state === 'not_sendable') {
        await resendUnsendable(tx, before, organisationId, context.now);
      } else {
        throw conflict('id', 'invitation_not_resendable');
      }
      return toDelivery((await queries.deliveryOf(tx, filter))!);
    },
    {
      audit: 'write',
      targetId: (result) => result.id,
      clientIds: (result) => (result.clientId ? [result.clientId] : []),
    },
  );
}

/** An employer survey whose contact has gone (or never was) goes to the employer's survey contact now. */
async function resendUnsendable(tx: Transaction, row: queries.DeliveryRow, organisationId: string, now: Date): Promise<void> {
  const [invitation] = await tx.select().from(feedbackInvitations).where(eq(feedbackInvitations.id, row.id)).for('update');
  let contactId = invitation!.employerContactId;
  let recipient = await recipientOf(tx, invitation!);
  if ('missing' in recipient && invitation!.employerId) {
    contactId = await surveyContactOf(tx, invitation!.employerId);
    recipient = await recipientOf(tx, { clientId: null, employerContactId: contactId });
  }
  if ('missing' in recipient) throw conflict('id', 'no_email_address');
  await tx
    .update(feedbackInvitations)
    .set({ notSendableAt: null, notSendableReason: null, employerContactId: contactId, expiresAt: answerDeadline(now) })
    .where(eq(feedbackInvitations.id, row.id));
  if (row.send_job_id === null) await enqueueSend(tx, { id: row.id, organisationId }, now);
  else await requeueJob(tx, row.send_job_id, now, 'done');
}
