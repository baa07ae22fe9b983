import { eq } from 'drizzle-orm';
import type { Locale } from '../../../contract/common.js';
import type { PublicSurvey, SurveyKind, TemplateContent } from '../../../contract/feedback.js';
import type { FieldErrorCode } from '../../../contract/errors.js';
import type { AppDependencies } from '../../app-dependencies.js';
import { recordAudit } from '../../audit/audit.service.js';
import { inTransaction } from '../../db/transaction.js';
import { AppError, conflict, notFound } from '../../errors.js';
import { helsinkiDate } from '../../time.js';
import * as queries from './feedback.queries.js';
import { feedbackAnswers, feedbackInvitations } from './feedback.tables.js';

type AnswerInput = {
  recommend: number;
  grade: number | null;
  effectiveness: number | null;
  helpedMost: string[];
  freeText: string | null;
};

type Invitation = typeof feedbackInvitations.$inferSelect;

function stateOf(invitation: Invitation, now: Date): PublicSurvey['state'] {
  if (invitation.answeredAt !== null) return 'answered';
  return now >= invitation.expiresAt ? 'expired' : 'open';
}

function choicesIn(content: TemplateContent, kind: SurveyKind, language: Locale) {
  return kind === 'job_seeker' ? content.choices.map((choice) => ({ key: choice.key, label: choice.labels[language] })) : [];
}

/**
 * The public answer page: the survey in the recipient's language and whether it can still be
 * answered. Nothing about the person: the token is all the page knows.
 */
export async function publicSurvey(deps: AppDependencies, token: string): Promise<PublicSurvey> {
  const now = deps.now();
  return inTransaction(deps.db, 'system', async (tx) => {
    const found = await queries.invitationByToken(tx, token, { lock: false });
    if (!found || found.invitation.sentAt === null) throw notFound();
    const { invitation } = found;
    const kind = invitation.kind as SurveyKind;
    const language = invitation.language as Locale;
    const content = await queries.templateContentFor(tx, invitation.organisationId, kind);
    return {
      state: stateOf(invitation, now),
      kind,
      language,
      organisationName: found.organisationName,
      texts: content.texts[language],
      choices: choicesIn(content, kind, language),
      expiresOn: helsinkiDate(new Date(invitation.expiresAt.getTime() - 1)),
    };
  });
}

function checkAnswer(kind: SurveyKind, content: TemplateContent, input: AnswerInput): AnswerInput {
  const problems: { path: string; code: FieldErrorCode }[] = [];
  if (kind === 'job_seeker') {
    if (input.grade === null) problems.push({ path: 'grade', code: 'required' });
    const known = new Set(content.choices.map((choice) => choice.key));
    input.helpedMost.forEach((key, index) => {
      if (!known.has(key)) problems.push({ path: `helpedMost.${index}`, code: 'invalid_option' });
    });
  } else if (input.effectiveness === null) {
    problems.push({ path: 'effectiveness', code: 'required' });
  }
  if (problems.length > 0) throw new AppError('validation', problems);
  // Questions the survey does not ask are not stored, whatever the request carried.
  return kind === 'job_seeker'
    ? { ...input, effectiveness: null, helpedMost: [...new Set(input.helpedMost)] }
    : { ...input, grade: null, helpedMost: [] };
}

/** One answer per invitation: the row lock and the unique answer per invitation both hold that line. */
export async function submitAnswer(deps: AppDependencies, token: string, input: AnswerInput, requestId: string): Promise<void> {
  const now = deps.now();
  const invitation = await inTransaction(deps.db, 'system', async (tx) => {
    const found = await queries.invitationByToken(tx, token, { lock: true });
    if (!found || found.invitation.sentAt === null) throw notFound();
    const current = found.invitation;
    const state = stateOf(current, now);
    if (state === 'answered') throw conflict('token', 'invitation_answered');
    if (state === 'expired') throw conflict('token', 'invitation_expired');
    const kind = current.kind as SurveyKind;
    const answer = checkAnswer(kind, await queries.templateContentFor(tx, current.organisationId, kind), input);
    await tx.insert(feedbackAnswers).values({
      invitationId: current.id,
      organisationId: current.organisationId,
      kind,
      municipalityCode: current.municipalityCode,
      language: current.language,
      ...answer,
      answeredAt: now,
    });
    await tx.update(feedbackInvitations).set({ answeredAt: now }).where(eq(feedbackInvitations.id, current.id));
    return current;
  });
  await recordAudit(
    deps.db,
    {
      actorUserId: null,
      organisationId: invitation.organisationId,
      action: 'feedback.answer',
      outcome: 'success',
      clientIds: invitation.clientId ? [invitation.clientId] : [],
      targetId: invitation.id,
      requestId,
    },
    now,
  );
}
