import { createHash, randomBytes } from 'node:crypto';
import { and, asc, desc, eq, isNotNull, isNull } from 'drizzle-orm';
import type { Locale } from '../../../contract/common.js';
import type { NotSendableReason, SurveyKind, TemplateContent } from '../../../contract/feedback.js';
import { isLocale } from '../../../contract/feedback.js';
import { users } from '../../auth/auth.tables.js';
import type { FieldCipher } from '../../crypto/field-encryption.js';
import type { Transaction } from '../../db/transaction.js';
import { clients } from '../clients/clients.tables.js';
import { employerContacts, employers } from '../employers/employers.tables.js';
import { enrolments } from '../enrolments/enrolments.tables.js';
import { organisations } from '../organisations/organisations.tables.js';
import { placements } from '../placements/placements.tables.js';
import { defaultTemplates } from './feedback-defaults.js';
import { feedbackInvitations, feedbackTemplates } from './feedback.tables.js';

/** An answer link is open for 30 days. */
export const answerPeriodDays = 30;

/** Why an invitation could not be sent, or null when nothing stopped it. */
export function notSendableReasonOf(notSendable: boolean, reason: string | null): NotSendableReason | null {
  return notSendable ? ((reason ?? 'no_email_address') as NotSendableReason) : null;
}

/** The last moment to answer an invitation sent now. */
export const answerDeadline = (now: Date) => new Date(now.getTime() + answerPeriodDays * 24 * 60 * 60_000);

export const tokenHashOf = (token: string) => createHash('sha256').update(token).digest('hex');

export async function templateRow(tx: Transaction, organisationId: string, kind: SurveyKind) {
  const [row] = await tx
    .select({ template: feedbackTemplates, updatedByName: users.name })
    .from(feedbackTemplates)
    .leftJoin(users, eq(users.id, feedbackTemplates.updatedBy))
    .where(and(eq(feedbackTemplates.organisationId, organisationId), eq(feedbackTemplates.kind, kind)));
  return row;
}

export async function templateContentFor(tx: Transaction, organisationId: string, kind: SurveyKind): Promise<TemplateContent> {
  return (await templateRow(tx, organisationId, kind))?.template.content ?? defaultTemplates[kind];
}

/**
 * The survey goes out in the person's own language when Polku speaks it (mother tongue first,
 * then the languages they use), otherwise in Finnish.
 */
export function surveyLanguage(motherTongue: string | null, languages: readonly string[]): Locale {
  if (isLocale(motherTongue)) return motherTongue;
  return languages.find(isLocale) ?? 'fi';
}

/** What a job seeker's end-of-service invitation needs; the e-mail address is read only when sending. */
export async function enrolmentForSurvey(tx: Transaction, enrolmentId: string) {
  const [row] = await tx
    .select({
      enrolmentId: enrolments.id,
      organisationId: enrolments.organisationId,
      endDate: enrolments.endDate,
      clientId: clients.id,
      municipalityCode: clients.municipalityCode,
      motherTongue: clients.motherTongue,
      languages: clients.languages,
    })
    .from(enrolments)
    .innerJoin(clients, eq(clients.id, enrolments.clientId))
    .where(eq(enrolments.id, enrolmentId));
  return row;
}

/** The employer contact an automatic survey goes to: a current one with an e-mail, those preferring e-mail first. */
export async function surveyContactOf(tx: Transaction, employerId: string) {
  const candidates = await tx
    .select({ id: employerContacts.id, preferredChannel: employerContacts.preferredChannel })
    .from(employerContacts)
    .where(and(eq(employerContacts.employerId, employerId), isNull(employerContacts.archivedAt), isNotNull(employerContacts.email)))
    .orderBy(asc(employerContacts.createdAt), asc(employerContacts.id));
  return (candidates.find((contact) => contact.preferredChannel === 'email') ?? candidates[0])?.id ?? null;
}

export async function placementForSurvey(tx: Transaction, placementId: string) {
  const [row] = await tx
    .select({
      placementId: placements.id,
      organisationId: placements.organisationId,
      employerId: employers.id,
      municipalityCode: employers.municipalityCode,
    })
    .from(placements)
    .innerJoin(employers, eq(employers.id, placements.employerId))
    .where(eq(placements.id, placementId));
  return row;
}

type NewInvitation = {
  organisationId: string;
  kind: SurveyKind;
  language: Locale;
  municipalityCode: string | null;
  enrolmentId?: string | null;
  clientId?: string | null;
  placementId?: string | null;
  employerId?: string | null;
  employerContactId?: string | null;
  requestedBy?: string | null;
};

/** Creates the invitation with a fresh random token (256 bits: unguessable). */
export async function insertInvitation(tx: Transaction, cipher: FieldCipher, input: NewInvitation, now: Date) {
  const token = randomBytes(32).toString('base64url');
  const [row] = await tx
    .insert(feedbackInvitations)
    .values({
      ...input,
      tokenHash: tokenHashOf(token),
      tokenEncrypted: cipher.encrypt(token),
      createdAt: now,
      expiresAt: answerDeadline(now),
    })
    .returning();
  return row!;
}

export async function lockInvitation(tx: Transaction, invitationId: string) {
  const [row] = await tx.select().from(feedbackInvitations).where(eq(feedbackInvitations.id, invitationId)).for('update');
  return row;
}

export async function invitationByToken(tx: Transaction, token: string, options: { lock: boolean }) {
  const query = tx
    .select({ invitation: feedbackInvitations, organisationName: organisations.name })
    .from(feedbackInvitations)
    .innerJoin(organisations, eq(organisations.id, feedbackInvitations.organisationId))
    .where(eq(feedbackInvitations.tokenHash, tokenHashOf(token)));
  const [row] = options.lock ? await query.for('update', { of: feedbackInvitations }) : await query;
  return row;
}

/** Where an invitation goes: read at send time, so a corrected address is used; or why there is nowhere to send. */
export async function recipientOf(
  tx: Transaction,
  invitation: { clientId: string | null; employerContactId: string | null },
): Promise<{ email: string } | { missing: NotSendableReason }> {
  if (invitation.clientId) {
    const [client] = await tx.select({ email: clients.email }).from(clients).where(eq(clients.id, invitation.clientId));
    return client?.email ? { email: client.email } : { missing: 'no_email_address' };
  }
  if (invitation.employerContactId) {
    const [contact] = await tx
      .select({ email: employerContacts.email, archivedAt: employerContacts.archivedAt })
      .from(employerContacts)
      .where(eq(employerContacts.id, invitation.employerContactId));
    if (!contact || contact.archivedAt !== null) return { missing: 'contact_archived' };
    return contact.email ? { email: contact.email } : { missing: 'no_email_address' };
  }
  return { missing: 'no_email_address' };
}

export async function organisationName(tx: Transaction, organisationId: string): Promise<string> {
  const [row] = await tx.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, organisationId));
  return row?.name ?? '';
}

export async function employerInvitations(tx: Transaction, employerId: string) {
  return tx
    .select({ invitation: feedbackInvitations, contactName: employerContacts.name })
    .from(feedbackInvitations)
    .leftJoin(employerContacts, eq(employerContacts.id, feedbackInvitations.employerContactId))
    .where(eq(feedbackInvitations.employerId, employerId))
    .orderBy(desc(feedbackInvitations.createdAt), desc(feedbackInvitations.id));
}
