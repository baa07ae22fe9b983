import { and, eq, sql } from 'drizzle-orm';
import type { Activity, CorrectActivityRequest, CreateActivityRequest } from '../../../contract/activities.js';
import { authorizeClient, authorizeCorrection } from '../../auth/policy.js';
import type { Transaction } from '../../db/transaction.js';
import { conflict, invalidField } from '../../errors.js';
import { runClientAction, type ActionContext } from '../../http/client-action.js';
import { helsinkiDate } from '../../time.js';
import { recomputeMeetingDueDates } from '../enrolments/meeting-rules.js';
import * as queries from './activities.queries.js';
import { activities } from './activities.tables.js';
import { organisationOfClient, runClientRecordAction } from './client-record-action.js';
import { chooseEnrolment, enrolmentsCountingActivity } from './enrolment-choice.js';

function toActivity(row: queries.ActivityRow): Activity {
  return {
    ...row,
    mode: row.mode as Activity['mode'],
    participants: row.participants as Activity['participants'],
    hasProtectedNote: Boolean(row.hasProtectedNote),
    createdAt: row.createdAt.toISOString(),
  };
}

async function loadActivity(tx: Transaction, activityId: string): Promise<Activity> {
  return toActivity((await queries.findActivity(tx, activityId))!);
}

/** Meetings feed the enrolments' due dates (caseload reminders), in the same transaction as the entry. */
async function refreshMeetingRules(tx: Transaction, clientId: string, enrolmentId: string | null): Promise<void> {
  for (const id of await enrolmentsCountingActivity(tx, clientId, enrolmentId)) await recomputeMeetingDueDates(tx, id);
}

/** A meeting is logged once it has happened: future entries would satisfy the meeting rules in advance. */
function refuseFutureDate(occurredOn: string, today: string): void {
  if (occurredOn > today) throw invalidField('occurredOn', 'date_in_future');
}

export function listActivities(context: ActionContext, clientId: string, query: { page: number; pageSize: number }) {
  return runClientAction(context, 'client.read', clientId, async (tx) => {
    const { items, total } = await queries.listActivities(tx, clientId, query.page, query.pageSize);
    return { items: items.map(toActivity), total, page: query.page, pageSize: query.pageSize };
  });
}

export function readProtectedNote(context: ActionContext, activityId: string) {
  return runClientRecordAction(
    context,
    'client.protected.read',
    (tx) => queries.clientOfActivity(tx, activityId),
    async (tx) => {
      const stored = await queries.protectedNoteOf(tx, activityId);
      return { note: stored === null ? null : context.deps.cipher.decrypt(stored) };
    },
  );
}

export function createActivity(context: ActionContext, clientId: string, input: CreateActivityRequest): Promise<Activity> {
  const today = helsinkiDate(context.now);
  return runClientAction(context, 'client.activity.write', clientId, async (tx) => {
    const { protectedNote, enrolmentId: requestedEnrolment, ...fields } = input;
    // Detailed notes may hold health data (GDPR Art. 9): writing one is its own permission.
    if (protectedNote !== null) await authorizeClient(tx, context.actor, 'client.protected.update', clientId);
    const occurredOn = fields.occurredOn ?? today;
    refuseFutureDate(occurredOn, today);
    const enrolmentId = await chooseEnrolment(tx, clientId, context.actor.userId, requestedEnrolment);
    const [created] = await tx
      .insert(activities)
      .values({
        ...fields,
        occurredOn,
        clientId,
        enrolmentId,
        organisationId: await organisationOfClient(tx, clientId),
        protectedNoteEncrypted: protectedNote === null ? null : context.deps.cipher.encrypt(protectedNote),
        recordedBy: context.actor.userId,
        createdAt: context.now,
      })
      .returning({ id: activities.id });
    await refreshMeetingRules(tx, clientId, enrolmentId);
    return loadActivity(tx, created!.id);
  });
}

export function correctActivity(context: ActionContext, activityId: string, input: CorrectActivityRequest): Promise<Activity> {
  const today = helsinkiDate(context.now);
  return runClientRecordAction(
    context,
    'client.activity.write',
    (tx) => queries.clientOfActivity(tx, activityId),
    async (tx) => {
      const existing = (await queries.findActivity(tx, activityId))!;
      authorizeCorrection(context.actor, existing.recordedBy);
      refuseFutureDate(input.occurredOn, today);
      const { version, ...fields } = input;
      const updated = await tx
        .update(activities)
        .set({ ...fields, version: sql`${activities.version} + 1` })
        .where(and(eq(activities.id, activityId), eq(activities.version, version)))
        .returning({ id: activities.id });
      if (updated.length === 0) throw conflict('version');
      // A corrected date or mode can change when the next meeting is due.
      await refreshMeetingRules(tx, existing.clientId, existing.enrolmentId);
      return loadActivity(tx, activityId);
    },
  );
}
