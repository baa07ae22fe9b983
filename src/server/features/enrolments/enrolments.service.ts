import { and, eq, sql } from 'drizzle-orm';
import type { Locale } from '../../../contract/common.js';
import type { CreateEnrolmentRequest, Enrolment, FollowUp, UpdateEnrolmentRequest } from '../../../contract/enrolments.js';
import type { FieldErrorCode } from '../../../contract/errors.js';
import { organisationIdsOf } from '../../auth/actor.js';
import { clientPermissions } from '../../auth/policy.js';
import { inTransaction, type Transaction } from '../../db/transaction.js';
import { AppError, conflict, invalidField, notFound } from '../../errors.js';
import { runClientAction, type ActionContext } from '../../http/client-action.js';
import { addMonthsToDate, helsinkiDate } from '../../time.js';
import { isCaseworkerIn } from '../clients/clients.queries.js';
import { findProgramme } from '../programmes/programmes.queries.js';
import { scheduleJobSeekerSurvey } from '../feedback/feedback-jobs.js';
import { toEnrolment, toFollowUp } from './enrolment-view.js';
import * as queries from './enrolments.queries.js';
import { enrolments, followUps, phaseChanges } from './enrolments.tables.js';
import { recomputeMeetingDueDates } from './meeting-rules.js';

type FieldProblem = { path: string; code: FieldErrorCode };

function refuse(problems: FieldProblem[]): void {
  if (problems.length > 0) throw new AppError('validation', problems);
}

async function loadEnrolment(tx: Transaction, enrolmentId: string, locale: Locale, today: string): Promise<Enrolment> {
  const row = (await queries.findEnrolment(tx, enrolmentId))!;
  const history = await queries.phaseHistoryOf(tx, [row.id]);
  const followUpRows = await queries.followUpsOf(tx, [row.id]);
  return toEnrolment(row, { history, followUps: followUpRows }, locale, today);
}

/** Coach and co-coach carry the caseload, so they must be coaches or team leads of the client's organisation. */
async function checkCoaches(tx: Transaction, organisationId: string, coachId: string, coCoachId: string | null): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  if (!(await isCaseworkerIn(tx, coachId, organisationId))) problems.push({ path: 'coachId', code: 'unknown_user' });
  if (coCoachId !== null && (coCoachId === coachId || !(await isCaseworkerIn(tx, coCoachId, organisationId)))) {
    problems.push({ path: 'coCoachId', code: coCoachId === coachId ? 'invalid' : 'unknown_user' });
  }
  return problems;
}

/** Enrolment and follow-up ids lead to their client; one outside the actor's organisations is simply not found. */
async function clientOf(context: ActionContext, lookup: (tx: Transaction) => Promise<string | undefined>): Promise<string> {
  const clientId = await inTransaction(context.deps.db, { organisationIds: organisationIdsOf(context.actor) }, lookup);
  if (clientId === undefined) throw notFound();
  return clientId;
}

export function listEnrolments(context: ActionContext, clientId: string, locale: Locale) {
  const today = helsinkiDate(context.now);
  return runClientAction(context, 'client.read', clientId, async (tx) => {
    const rows = await queries.enrolmentsOfClient(tx, clientId);
    const ids = rows.map((row) => row.id);
    const history = await queries.phaseHistoryOf(tx, ids);
    const followUpRows = await queries.followUpsOf(tx, ids);
    const permissions = await clientPermissions(tx, context.actor, clientId, ['client.enrolment.write', 'client.follow_up.write']);
    const items = rows.map((row) =>
      toEnrolment(
        row,
        {
          history: history.filter((change) => change.enrolmentId === row.id),
          followUps: followUpRows.filter((followUp) => followUp.enrolmentId === row.id),
        },
        locale,
        today,
      ),
    );
    return { items, permissions: { write: permissions['client.enrolment.write'], followUpWrite: permissions['client.follow_up.write'] } };
  });
}

export function createEnrolment(
  context: ActionContext,
  clientId: string,
  input: CreateEnrolmentRequest,
  locale: Locale,
): Promise<Enrolment> {
  const today = helsinkiDate(context.now);
  return runClientAction(context, 'client.enrolment.write', clientId, async (tx) => {
    const { organisationId } = await queries.lockClient(tx, clientId);
    const programme = await findProgramme(tx, input.programmeId);
    const coachId = input.coachId ?? context.actor.userId;
    const problems = await checkCoaches(tx, organisationId, coachId, input.coCoachId);
    if (!programme || programme.organisationId !== organisationId || !programme.active)
      problems.push({ path: 'programmeId', code: 'unknown_programme' });
    if (input.startDate > today) problems.push({ path: 'startDate', code: 'date_in_future' });
    refuse(problems);
    if (await queries.hasActiveEnrolment(tx, clientId, input.programmeId)) throw conflict('programmeId', 'enrolment_active');
    const firstPhase = programme!.processModel.definition.phases[0]!.key;
    const [created] = await tx
      .insert(enrolments)
      .values({
        clientId,
        organisationId,
        programmeId: input.programmeId,
        referralSource: input.referralSource,
        startingSituation: input.startingSituation,
        coachId,
        coCoachId: input.coCoachId,
        intensity: input.intensity,
        startDate: input.startDate,
        currentPhase: firstPhase,
        phaseStartedOn: input.startDate,
        createdAt: context.now,
        updatedAt: context.now,
      })
      .returning({ id: enrolments.id });
    await tx.insert(phaseChanges).values({
      enrolmentId: created!.id,
      clientId,
      organisationId,
      phase: firstPhase,
      changedOn: input.startDate,
      changedBy: context.actor.userId,
      createdAt: context.now,
    });
    await recomputeMeetingDueDates(tx, created!.id);
    return loadEnrolment(tx, created!.id, locale, today);
  });
}

/**
 * Moves an enrolment into a phase, the current one included: a new job during in-work support
 * starts the phase (and its weekly first month) again. Runs inside the caller's transaction, whose
 * action the caller has authorised (an enrolment change, or a placement starting work).
 */
export async function moveToPhase(
  tx: Transaction,
  context: ActionContext,
  enrolmentId: string,
  input: { phase: string; changedOn: string },
): Promise<void> {
  const today = helsinkiDate(context.now);
  const existing = await queries.lockEnrolment(tx, enrolmentId);
  if (existing.endDate !== null) throw conflict('phase', 'enrolment_ended');
  const problems: FieldProblem[] = [];
  if (!existing.definition.phases.some((phase) => phase.key === input.phase)) problems.push({ path: 'phase', code: 'phase_not_in_model' });
  if (input.changedOn < existing.phaseStartedOn) problems.push({ path: 'changedOn', code: 'before_phase_start' });
  if (input.changedOn > today) problems.push({ path: 'changedOn', code: 'date_in_future' });
  refuse(problems);
  await tx
    .update(enrolments)
    .set({ currentPhase: input.phase, phaseStartedOn: input.changedOn, version: sql`${enrolments.version} + 1`, updatedAt: context.now })
    .where(eq(enrolments.id, enrolmentId));
  await tx.insert(phaseChanges).values({
    enrolmentId,
    clientId: existing.clientId,
    organisationId: existing.organisationId,
    phase: input.phase,
    changedOn: input.changedOn,
    changedBy: context.actor.userId,
    createdAt: context.now,
  });
  await recomputeMeetingDueDates(tx, enrolmentId);
}

export async function changePhase(
  context: ActionContext,
  enrolmentId: string,
  input: { phase: string; changedOn: string },
  locale: Locale,
): Promise<Enrolment> {
  const today = helsinkiDate(context.now);
  const clientId = await clientOf(context, (tx) => queries.clientOfEnrolment(tx, enrolmentId));
  return runClientAction(context, 'client.enrolment.write', clientId, async (tx) => {
    await moveToPhase(tx, context, enrolmentId, input);
    return loadEnrolment(tx, enrolmentId, locale, today);
  });
}

export async function updateEnrolment(
  context: ActionContext,
  enrolmentId: string,
  input: UpdateEnrolmentRequest,
  locale: Locale,
): Promise<Enrolment> {
  const today = helsinkiDate(context.now);
  const clientId = await clientOf(context, (tx) => queries.clientOfEnrolment(tx, enrolmentId));
  return runClientAction(context, 'client.enrolment.write', clientId, async (tx) => {
    const existing = (await queries.findEnrolment(tx, enrolmentId))!;
    refuse(await checkCoaches(tx, existing.organisationId, input.coachId, input.coCoachId));
    const { version, ...fields } = input;
    const updated = await tx
      .update(enrolments)
      .set({ ...fields, version: sql`${enrolments.version} + 1`, updatedAt: context.now })
      .where(and(eq(enrolments.id, enrolmentId), eq(enrolments.version, version)))
      .returning({ id: enrolments.id });
    if (updated.length === 0) throw conflict('version', 'stale_version');
    return loadEnrolment(tx, enrolmentId, locale, today);
  });
}

/** Ending schedules the programme's follow-ups (seuranta), e.g. at 3 and 6 months after the end. */
export async function endEnrolment(
  context: ActionContext,
  enrolmentId: string,
  input: { endDate: string; outcome: string },
  locale: Locale,
): Promise<Enrolment> {
  const today = helsinkiDate(context.now);
  const clientId = await clientOf(context, (tx) => queries.clientOfEnrolment(tx, enrolmentId));
  return runClientAction(context, 'client.enrolment.write', clientId, async (tx) => {
    const existing = await queries.lockEnrolment(tx, enrolmentId);
    if (existing.endDate !== null) throw conflict('endDate', 'enrolment_ended');
    if (input.endDate < existing.startDate) throw invalidField('endDate', 'end_before_start');
    if (input.endDate < existing.phaseStartedOn) throw invalidField('endDate', 'before_phase_start');
    if (input.endDate > today) throw invalidField('endDate', 'date_in_future');
    await tx
      .update(enrolments)
      .set({ endDate: input.endDate, outcome: input.outcome, version: sql`${enrolments.version} + 1`, updatedAt: context.now })
      .where(eq(enrolments.id, enrolmentId));
    const months = [...new Set(existing.followUpMonths)].sort((first, second) => first - second);
    if (months.length > 0) {
      await tx.insert(followUps).values(
        months.map((monthsAfterEnd) => ({
          enrolmentId,
          clientId,
          organisationId: existing.organisationId,
          monthsAfterEnd,
          dueOn: addMonthsToDate(input.endDate, monthsAfterEnd),
        })),
      );
    }
    await recomputeMeetingDueDates(tx, enrolmentId);
    // The end-of-service feedback survey is queued in this transaction: it exists exactly when the end does.
    await scheduleJobSeekerSurvey(tx, { enrolmentId, organisationId: existing.organisationId }, context.now);
    return loadEnrolment(tx, enrolmentId, locale, today);
  });
}

export async function recordFollowUp(
  context: ActionContext,
  followUpId: string,
  input: { completedOn: string; situation: string; informationSource: string | null; note: string | null },
): Promise<FollowUp> {
  const today = helsinkiDate(context.now);
  const clientId = await clientOf(context, (tx) => queries.clientOfFollowUp(tx, followUpId));
  return runClientAction(context, 'client.follow_up.write', clientId, async (tx) => {
    const existing = (await queries.findFollowUp(tx, followUpId))!;
    if (input.completedOn > today) throw invalidField('completedOn', 'date_in_future');
    const [updated] = await tx
      .update(followUps)
      .set({
        completedOn: input.completedOn,
        situation: input.situation,
        informationSource: input.informationSource,
        note: input.note,
        recordedBy: context.actor.userId,
      })
      .where(eq(followUps.id, existing.id))
      .returning();
    return toFollowUp(updated!, today);
  });
}
