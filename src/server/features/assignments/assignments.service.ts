import { and, eq, isNull, sql } from 'drizzle-orm';
import {
  assignmentStatusTransitions,
  type Assignment,
  type AssignmentFormOptions,
  type AssignmentStatus,
  type AssignmentStatusRequest,
  type CreateAssignmentRequest,
  type UpdateAssignmentRequest,
} from '../../../contract/assignments.js';
import { organisationsAllowed } from '../../auth/policy.js';
import type { Transaction } from '../../db/transaction.js';
import { conflict, invalidField } from '../../errors.js';
import type { ActionContext } from '../../http/client-action.js';
import { runOrganisationRecordAction } from '../../http/organisation-action.js';
import { checkAssignmentFields } from './assignment-checks.js';
import { dueClock, toAssignment } from './assignment-view.js';
import * as queries from './assignments.queries.js';
import { assignments } from './assignments.tables.js';
import { loadResponseSettings, workdayOf } from './response-settings.js';
import { addWorkingTime } from './working-time.js';

const writes = { audit: 'write', targetId: (assignment: Assignment) => assignment.id } as const;

async function loadAssignment(tx: Transaction, context: ActionContext, assignmentId: string): Promise<Assignment> {
  const row = (await queries.findAssignment(tx, dueClock(context.now), assignmentId))!;
  const settings = await loadResponseSettings(tx, row.organisationId);
  return toAssignment(row, settings, organisationsAllowed(context.actor, 'assignment.write').includes(row.organisationId));
}

/** The assignment as it is now, for a write that must start from it; the caller's version must still be current. */
async function currentAssignment(tx: Transaction, context: ActionContext, assignmentId: string) {
  return (await queries.findAssignment(tx, dueClock(context.now), assignmentId))!;
}

/** Applies a change only to the version the user saw: a concurrent change answers 409 and nothing is written. */
async function updateVersion(tx: Transaction, assignmentId: string, version: number, changes: Partial<typeof assignments.$inferInsert>) {
  const updated = await tx
    .update(assignments)
    .set({ ...changes, version: sql`${assignments.version} + 1` })
    .where(and(eq(assignments.id, assignmentId), eq(assignments.version, version)))
    .returning({ id: assignments.id });
  if (updated.length === 0) throw conflict('version', 'stale_version');
}

const findOrganisationOf = (assignmentId: string) => (tx: Transaction) => queries.assignmentOrganisation(tx, assignmentId);

/**
 * An employer's request is recorded with the organisation's agreed response time as it is at that
 * moment: the due time is computed now and stored, so a later change of the agreement does not move it.
 */
export function createAssignment(context: ActionContext, employerId: string, input: CreateAssignmentRequest): Promise<Assignment> {
  return runOrganisationRecordAction(
    context,
    'assignment.write',
    async (tx) => (await queries.findEmployer(tx, employerId))?.organisationId,
    async (tx, organisationId) => {
      const { receivedAt: received, ...fields } = input;
      const receivedAt = new Date(received);
      if (receivedAt > context.now) throw invalidField('receivedAt', 'date_in_future');
      const requestedRole = await checkAssignmentFields(tx, organisationId, employerId, fields);
      const settings = await loadResponseSettings(tx, organisationId);
      const [created] = await tx
        .insert(assignments)
        .values({
          ...fields,
          requestedRole,
          organisationId,
          employerId,
          receivedAt,
          responseTimeAmount: settings.amount,
          responseTimeUnit: settings.unit,
          responseDueAt: addWorkingTime(receivedAt, settings.amount, settings.unit, workdayOf(settings)),
          status: 'new',
          createdBy: context.actor.userId,
          createdAt: context.now,
          updatedAt: context.now,
        })
        .returning({ id: assignments.id });
      return loadAssignment(tx, context, created!.id);
    },
    writes,
  );
}

export function getAssignment(context: ActionContext, assignmentId: string): Promise<Assignment> {
  return runOrganisationRecordAction(
    context,
    'assignment.read',
    findOrganisationOf(assignmentId),
    (tx) => loadAssignment(tx, context, assignmentId),
    { audit: 'none' },
  );
}

export function updateAssignment(context: ActionContext, assignmentId: string, input: UpdateAssignmentRequest): Promise<Assignment> {
  return runOrganisationRecordAction(
    context,
    'assignment.write',
    findOrganisationOf(assignmentId),
    async (tx, organisationId) => {
      const current = await currentAssignment(tx, context, assignmentId);
      const { version, ...fields } = input;
      const requestedRole = await checkAssignmentFields(tx, organisationId, current.employerId, fields, current);
      await updateVersion(tx, assignmentId, version, { ...fields, requestedRole, updatedAt: context.now });
      return loadAssignment(tx, context, assignmentId);
    },
    writes,
  );
}

/**
 * Moves the assignment along new → in progress → candidates proposed → closed (see
 * assignmentStatusTransitions). Telling the employer the result is a response too: closing an
 * assignment nobody has answered yet records the closing time as its first response, unless the
 * employer cancelled it — then nothing was owed and it stays unanswered.
 */
export function changeStatus(context: ActionContext, assignmentId: string, input: AssignmentStatusRequest): Promise<Assignment> {
  return runOrganisationRecordAction(
    context,
    'assignment.write',
    findOrganisationOf(assignmentId),
    async (tx) => {
      const closing = input.status === 'closed';
      if (closing && !input.result) throw invalidField('result', 'required');
      if (!closing && input.result) throw invalidField('result', 'invalid');
      const current = await currentAssignment(tx, context, assignmentId);
      if (current.version !== input.version) throw conflict('version', 'stale_version');
      if (!assignmentStatusTransitions[current.status as AssignmentStatus].includes(input.status))
        throw conflict('status', 'transition_not_allowed');
      const closingChanges = closing
        ? {
            result: input.result,
            closedAt: context.now,
            firstResponseAt: current.firstResponseAt ?? (input.result === 'cancelled_by_employer' ? null : context.now),
          }
        : {};
      await updateVersion(tx, assignmentId, input.version, { status: input.status, ...closingChanges, updatedAt: context.now });
      return loadAssignment(tx, context, assignmentId);
    },
    writes,
  );
}

/**
 * "We have answered the employer." The first response is recorded once and never moved; the
 * candidate proposals record it too when the first candidate is proposed. Answering a new
 * assignment means someone has taken it on, so it moves to in progress.
 */
export function markResponded(
  context: ActionContext,
  assignmentId: string,
  input: { respondedAt: string | null; version: number },
): Promise<Assignment> {
  return runOrganisationRecordAction(
    context,
    'assignment.write',
    findOrganisationOf(assignmentId),
    async (tx) => {
      const respondedAt = input.respondedAt ? new Date(input.respondedAt) : context.now;
      if (respondedAt > context.now) throw invalidField('respondedAt', 'date_in_future');
      const current = await currentAssignment(tx, context, assignmentId);
      if (respondedAt < current.receivedAt) throw invalidField('respondedAt', 'before_received');
      if (current.firstResponseAt) throw conflict('respondedAt', 'already_responded');
      if (current.status === 'closed') throw conflict('status', 'transition_not_allowed');
      if (current.version !== input.version) throw conflict('version', 'stale_version');
      const updated = await tx
        .update(assignments)
        .set({
          firstResponseAt: respondedAt,
          status: current.status === 'new' ? 'in_progress' : current.status,
          version: sql`${assignments.version} + 1`,
          updatedAt: context.now,
        })
        .where(and(eq(assignments.id, assignmentId), eq(assignments.version, input.version), isNull(assignments.firstResponseAt)))
        .returning({ id: assignments.id });
      if (updated.length === 0) throw conflict('version', 'stale_version');
      return loadAssignment(tx, context, assignmentId);
    },
    writes,
  );
}

/** What the assignment form offers for one employer; only open opportunities can be linked to a new request. */
export function assignmentFormOptions(context: ActionContext, employerId: string): Promise<AssignmentFormOptions> {
  return runOrganisationRecordAction(
    context,
    'assignment.write',
    async (tx) => (await queries.findEmployer(tx, employerId))?.organisationId,
    async (tx, organisationId) => {
      return {
        employer: (await queries.findEmployer(tx, employerId))!,
        contacts: await queries.activeContacts(tx, employerId),
        opportunities: await queries.openOpportunities(tx, employerId),
        responders: await queries.respondersOf(tx, organisationId),
        teams: await queries.teamsOf(tx, organisationId),
        settings: await loadResponseSettings(tx, organisationId),
        now: context.now.toISOString(),
      };
    },
    { audit: 'none' },
  );
}
