import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Locale } from '../../../contract/common.js';
import type { EmployerInvitation } from '../../../contract/feedback.js';
import { organisationsAllowed } from '../../auth/policy.js';
import type { Transaction } from '../../db/transaction.js';
import { conflict, invalidField } from '../../errors.js';
import type { ActionContext } from '../../http/client-action.js';
import { runOrganisationRecordAction } from '../../http/organisation-action.js';
import { helsinkiDate } from '../../time.js';
import { employerContacts, employers } from '../employers/employers.tables.js';
import { placements } from '../placements/placements.tables.js';
import { enqueueSend } from './feedback-jobs.js';
import * as queries from './feedback.queries.js';
import { feedbackInvitations } from './feedback.tables.js';

const organisationOfEmployer = async (tx: Transaction, employerId: string) =>
  (await tx.select({ organisationId: employers.organisationId }).from(employers).where(eq(employers.id, employerId)))[0]?.organisationId;

function toInvitation(row: Awaited<ReturnType<typeof queries.employerInvitations>>[number]): EmployerInvitation {
  const { invitation } = row;
  return {
    id: invitation.id,
    contactId: invitation.employerContactId,
    contactName: row.contactName,
    placementId: invitation.placementId,
    language: invitation.language as Locale,
    createdAt: invitation.createdAt.toISOString(),
    sentAt: invitation.sentAt?.toISOString() ?? null,
    reminderSentAt: invitation.reminderSentAt?.toISOString() ?? null,
    answeredAt: invitation.answeredAt?.toISOString() ?? null,
    expiresOn: helsinkiDate(new Date(invitation.expiresAt.getTime() - 1)),
    notSendableReason: queries.notSendableReasonOf(invitation.notSendableAt !== null, invitation.notSendableReason),
  };
}

/** The employer's surveys: to whom, when sent and reminded, whether answered (never the answer itself). */
export function listEmployerInvitations(context: ActionContext, employerId: string) {
  return runOrganisationRecordAction(
    context,
    'employer.read',
    (tx) => organisationOfEmployer(tx, employerId),
    async (tx, organisationId) => ({
      items: (await queries.employerInvitations(tx, employerId)).map(toInvitation),
      canSend: organisationsAllowed(context.actor, 'feedback.send').includes(organisationId),
    }),
    { audit: 'none' },
  );
}

/**
 * An employer survey on request. Sending is queued in the same transaction; a contact who already
 * has an open survey is not sent another one.
 */
export function sendEmployerSurvey(
  context: ActionContext,
  employerId: string,
  input: { contactId: string; placementId: string | null; language: Locale },
): Promise<EmployerInvitation> {
  return runOrganisationRecordAction(
    context,
    'feedback.send',
    (tx) => organisationOfEmployer(tx, employerId),
    async (tx, organisationId) => {
      const [contact] = await tx
        .select()
        .from(employerContacts)
        .where(and(eq(employerContacts.id, input.contactId), eq(employerContacts.employerId, employerId)))
        // Serialises two requests for the same contact, so only one survey is sent.
        .for('update');
      if (!contact || contact.archivedAt !== null) throw invalidField('contactId', 'unknown_contact');
      if (!contact.email) throw invalidField('contactId', 'no_email_address');
      if (input.placementId) {
        const [placement] = await tx
          .select({ employerId: placements.employerId })
          .from(placements)
          .where(eq(placements.id, input.placementId));
        if (placement?.employerId !== employerId) throw invalidField('placementId', 'invalid');
      }
      const open = await tx
        .select({ id: feedbackInvitations.id })
        .from(feedbackInvitations)
        .where(
          and(
            eq(feedbackInvitations.employerContactId, contact.id),
            isNull(feedbackInvitations.answeredAt),
            gt(feedbackInvitations.expiresAt, context.now),
          ),
        );
      if (open.length > 0) throw conflict('contactId', 'already_exists');
      const [employer] = await tx
        .select({ municipalityCode: employers.municipalityCode })
        .from(employers)
        .where(eq(employers.id, employerId));
      const invitation = await queries.insertInvitation(
        tx,
        context.deps.cipher,
        {
          organisationId,
          kind: 'employer',
          language: input.language,
          municipalityCode: employer?.municipalityCode ?? null,
          placementId: input.placementId,
          employerId,
          employerContactId: contact.id,
          requestedBy: context.actor.userId,
        },
        context.now,
      );
      await enqueueSend(tx, invitation, context.now);
      return toInvitation({ invitation, contactName: contact.name });
    },
    { audit: 'write', targetId: (result) => result.id },
  );
}
