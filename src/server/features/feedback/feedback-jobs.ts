import { and, eq, isNull } from 'drizzle-orm';
import type { SurveyKind } from '../../../contract/feedback.js';
import type { AppDependencies } from '../../app-dependencies.js';
import { recordAudit } from '../../audit/audit.service.js';
import { inTransaction, type Transaction } from '../../db/transaction.js';
import { enqueueJob } from '../../jobs/job-queue.js';
import type { JobHandler } from '../../jobs/job-worker.js';
import type { MessageChannel } from '../../mail/message-channel.js';
import { composeSurveyMail } from './feedback-mail.js';
import * as queries from './feedback.queries.js';
import { feedbackInvitations } from './feedback.tables.js';

export const feedbackJobKinds = {
  inviteJobSeeker: 'feedback.invite_job_seeker',
  inviteEmployer: 'feedback.invite_employer',
  send: 'feedback.send_invitation',
  remind: 'feedback.remind',
} as const;

/** The dedupe keys of an invitation's send and reminder jobs: one each, ever; the delivery list finds the jobs by them. */
export const sendJobKey = (invitationId: string) => `feedback.send:${invitationId}`;
export const remindJobKey = (invitationId: string) => `feedback.remind:${invitationId}`;

/** A reminder goes once, a week after the invitation, if there is no answer by then. */
export const reminderAfterDays = 7;
const day = 24 * 60 * 60_000;

/** Called by the enrolment end, inside its transaction: the survey exists exactly when the end commits. */
export function scheduleJobSeekerSurvey(tx: Transaction, enrolment: { enrolmentId: string; organisationId: string }, now: Date) {
  return enqueueJob(
    tx,
    {
      kind: feedbackJobKinds.inviteJobSeeker,
      payload: { enrolmentId: enrolment.enrolmentId },
      organisationId: enrolment.organisationId,
      dedupeKey: `feedback.job_seeker:${enrolment.enrolmentId}`,
    },
    now,
  );
}

/** Called by the placement end, inside its transaction. */
export function scheduleEmployerSurvey(tx: Transaction, placement: { placementId: string; organisationId: string }, now: Date) {
  return enqueueJob(
    tx,
    {
      kind: feedbackJobKinds.inviteEmployer,
      payload: { placementId: placement.placementId },
      organisationId: placement.organisationId,
      dedupeKey: `feedback.employer.placement:${placement.placementId}`,
    },
    now,
  );
}

/** Sending is a job of its own, added in the transaction that created the invitation. */
export function enqueueSend(tx: Transaction, invitation: { id: string; organisationId: string }, now: Date) {
  return enqueueJob(
    tx,
    {
      kind: feedbackJobKinds.send,
      payload: { invitationId: invitation.id },
      organisationId: invitation.organisationId,
      dedupeKey: sendJobKey(invitation.id),
    },
    now,
  );
}

const idOf = (payload: Record<string, unknown>, name: string) => {
  const value = payload[name];
  if (typeof value !== 'string') throw new Error(`job payload has no ${name}`);
  return value;
};

function messageIdFor(purpose: string, invitationId: string, from: string): string {
  const domain = /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? 'polku.invalid';
  return `<feedback-${purpose}-${invitationId}@${domain}>`;
}

type Purpose = 'invitation' | 'reminder';

/**
 * Sends one invitation or reminder. Marked sent only after the SMTP server has accepted it; a
 * crash in between sends it again with the same Message-ID (at least once, never lost).
 */
async function deliver(deps: AppDependencies, mail: MessageChannel, invitationId: string, purpose: Purpose): Promise<void> {
  const now = deps.now();
  const prepared = await inTransaction(deps.db, 'system', async (tx) => {
    const invitation = await queries.lockInvitation(tx, invitationId);
    if (!invitation) return null;
    const due =
      purpose === 'invitation'
        ? invitation.sentAt === null && invitation.notSendableAt === null
        : invitation.sentAt !== null && invitation.reminderSentAt === null && invitation.answeredAt === null && now < invitation.expiresAt;
    if (!due) return null;
    const recipient = await queries.recipientOf(tx, invitation);
    if ('missing' in recipient) {
      // Nowhere to send: recorded on the invitation, so staff see it instead of a silent nothing.
      if (purpose === 'invitation') {
        await tx
          .update(feedbackInvitations)
          .set({ notSendableAt: now, notSendableReason: recipient.missing })
          .where(eq(feedbackInvitations.id, invitation.id));
      }
      return null;
    }
    const content = await queries.templateContentFor(tx, invitation.organisationId, invitation.kind as SurveyKind);
    const language = invitation.language as 'fi' | 'sv' | 'en';
    const message = composeSurveyMail({
      purpose,
      language,
      title: content.texts[language].title,
      organisationName: await queries.organisationName(tx, invitation.organisationId),
      link: `${deps.config.publicUrl}/feedback/${deps.cipher.decrypt(invitation.tokenEncrypted)}`,
      expiresAt: invitation.expiresAt,
    });
    return { invitation, recipient, language, message };
  });
  if (!prepared) return;
  const { invitation } = prepared;
  await mail.send({
    recipient: prepared.recipient.email,
    language: prepared.language,
    subject: prepared.message.subject,
    text: prepared.message.text,
    messageId: messageIdFor(purpose, invitation.id, deps.config.mail.from),
  });
  const sentAt = deps.now();
  await inTransaction(deps.db, 'system', async (tx) => {
    if (purpose === 'invitation') {
      await tx
        .update(feedbackInvitations)
        .set({ sentAt })
        .where(and(eq(feedbackInvitations.id, invitation.id), isNull(feedbackInvitations.sentAt)));
      await enqueueJob(
        tx,
        {
          kind: feedbackJobKinds.remind,
          payload: { invitationId: invitation.id },
          organisationId: invitation.organisationId,
          dedupeKey: remindJobKey(invitation.id),
          runAt: new Date(sentAt.getTime() + reminderAfterDays * day),
        },
        sentAt,
      );
    } else {
      await tx
        .update(feedbackInvitations)
        .set({ reminderSentAt: sentAt })
        .where(and(eq(feedbackInvitations.id, invitation.id), isNull(feedbackInvitations.reminderSentAt)));
    }
  });
  // Reading the person's e-mail address to send is a use of their personal data.
  await recordAudit(
    deps.db,
    {
      actorUserId: null,
      organisationId: invitation.organisationId,
      action: purpose === 'invitation' ? 'feedback.invitation.send' : 'feedback.reminder.send',
      outcome: 'success',
      clientIds: invitation.clientId ? [invitation.clientId] : [],
      targetId: invitation.id,
    },
    sentAt,
  );
}

/** The handlers of the feedback jobs, for the worker's registry. */
export function feedbackJobHandlers(deps: AppDependencies, mail: MessageChannel): Record<string, JobHandler> {
  return {
    [feedbackJobKinds.inviteJobSeeker]: async (job) => {
      const enrolmentId = idOf(job.payload, 'enrolmentId');
      await inTransaction(deps.db, 'system', async (tx) => {
        const [existing] = await tx
          .select({ id: feedbackInvitations.id })
          .from(feedbackInvitations)
          .where(eq(feedbackInvitations.enrolmentId, enrolmentId));
        if (existing) return;
        const enrolment = await queries.enrolmentForSurvey(tx, enrolmentId);
        if (!enrolment || enrolment.endDate === null) return;
        const invitation = await queries.insertInvitation(
          tx,
          deps.cipher,
          {
            organisationId: enrolment.organisationId,
            kind: 'job_seeker',
            language: queries.surveyLanguage(enrolment.motherTongue, enrolment.languages),
            municipalityCode: enrolment.municipalityCode,
            enrolmentId,
            clientId: enrolment.clientId,
          },
          deps.now(),
        );
        await enqueueSend(tx, invitation, deps.now());
      });
    },
    [feedbackJobKinds.inviteEmployer]: async (job) => {
      const placementId = idOf(job.payload, 'placementId');
      await inTransaction(deps.db, 'system', async (tx) => {
        const [existing] = await tx
          .select({ id: feedbackInvitations.id })
          .from(feedbackInvitations)
          .where(and(eq(feedbackInvitations.placementId, placementId), isNull(feedbackInvitations.requestedBy)));
        if (existing) return;
        const placement = await queries.placementForSurvey(tx, placementId);
        if (!placement) return;
        // Without a contact with an e-mail address the send job marks the invitation not sendable,
        // so staff see it in the delivery list and can send it once a contact has an address.
        const contactId = await queries.surveyContactOf(tx, placement.employerId);
        const invitation = await queries.insertInvitation(
          tx,
          deps.cipher,
          {
            organisationId: placement.organisationId,
            kind: 'employer',
            language: 'fi',
            municipalityCode: placement.municipalityCode,
            placementId,
            employerId: placement.employerId,
            employerContactId: contactId,
          },
          deps.now(),
        );
        await enqueueSend(tx, invitation, deps.now());
      });
    },
    [feedbackJobKinds.send]: (job) => deliver(deps, mail, idOf(job.payload, 'invitationId'), 'invitation'),
    [feedbackJobKinds.remind]: (job) => deliver(deps, mail, idOf(job.payload, 'invitationId'), 'reminder'),
  };
}
