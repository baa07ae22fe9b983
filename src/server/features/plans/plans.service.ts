import { and, eq, sql } from 'drizzle-orm';
import type { PlanAction, PlanGoal, UpdateActionRequest, UpdateGoalRequest } from '../../../contract/plans.js';
import type { Transaction } from '../../db/transaction.js';
import { conflict } from '../../errors.js';
import { runClientAction, type ActionContext } from '../../http/client-action.js';
import { organisationOfClient, runClientRecordAction } from '../activities/client-record-action.js';
import * as queries from './plans.queries.js';
import { planActions, planGoals } from './plans.tables.js';

type GoalFields = { title: string; targetDate: string | null };
type ActionFields = { description: string; owner: PlanAction['owner']; dueDate: string | null };

function toAction(row: queries.ActionRow): PlanAction {
  return {
    id: row.id,
    goalId: row.goalId,
    description: row.description,
    owner: row.owner as PlanAction['owner'],
    dueDate: row.dueDate,
    status: row.status as PlanAction['status'],
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

function toGoal(row: queries.GoalRow, actions: queries.ActionRow[]): PlanGoal {
  return {
    id: row.id,
    clientId: row.clientId,
    title: row.title,
    targetDate: row.targetDate,
    status: row.status as PlanGoal['status'],
    version: row.version,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    actions: actions.map(toAction),
  };
}

async function loadGoal(tx: Transaction, goalId: string): Promise<PlanGoal> {
  return toGoal((await queries.findGoal(tx, goalId))!, await queries.actionsOfGoal(tx, goalId));
}

async function clientOfGoal(tx: Transaction, goalId: string) {
  return (await queries.findGoal(tx, goalId))?.clientId;
}

async function clientOfAction(tx: Transaction, actionId: string) {
  return (await queries.findAction(tx, actionId))?.clientId;
}

export function getPlan(context: ActionContext, clientId: string) {
  return runClientAction(context, 'client.read', clientId, async (tx) => ({
    clientId,
    goals: (await queries.listGoalsWithActions(tx, clientId)).map((entry) => toGoal(entry.goal, entry.actions)),
  }));
}

export function createGoal(context: ActionContext, clientId: string, input: GoalFields): Promise<PlanGoal> {
  return runClientAction(context, 'client.plan.write', clientId, async (tx) => {
    const [created] = await tx
      .insert(planGoals)
      .values({
        ...input,
        clientId,
        organisationId: await organisationOfClient(tx, clientId),
        status: 'open',
        createdBy: context.actor.userId,
        createdAt: context.now,
        updatedAt: context.now,
      })
      .returning({ id: planGoals.id });
    return loadGoal(tx, created!.id);
  });
}

export function updateGoal(context: ActionContext, goalId: string, input: UpdateGoalRequest): Promise<PlanGoal> {
  return runClientRecordAction(
    context,
    'client.plan.write',
    (tx) => clientOfGoal(tx, goalId),
    async (tx) => {
      const { version, ...fields } = input;
      // The goal exists (else 404 above), so no row updated means someone saved it after this editor read it.
      const updated = await tx
        .update(planGoals)
        .set({ ...fields, version: sql`${planGoals.version} + 1`, updatedAt: context.now })
        .where(and(eq(planGoals.id, goalId), eq(planGoals.version, version)))
        .returning({ id: planGoals.id });
      if (updated.length === 0) throw conflict('version');
      return loadGoal(tx, goalId);
    },
  );
}

export function createAction(context: ActionContext, goalId: string, input: ActionFields): Promise<PlanAction> {
  return runClientRecordAction(
    context,
    'client.plan.write',
    (tx) => clientOfGoal(tx, goalId),
    async (tx) => {
      const goal = (await queries.findGoal(tx, goalId))!;
      const [created] = await tx
        .insert(planActions)
        .values({
          ...input,
          goalId,
          clientId: goal.clientId,
          organisationId: goal.organisationId,
          status: 'todo',
          createdAt: context.now,
          updatedAt: context.now,
        })
        .returning();
      return toAction(created!);
    },
  );
}

export function updateAction(context: ActionContext, actionId: string, input: UpdateActionRequest): Promise<PlanAction> {
  return runClientRecordAction(
    context,
    'client.plan.write',
    (tx) => clientOfAction(tx, actionId),
    async (tx) => {
      const { version, ...fields } = input;
      const [updated] = await tx
        .update(planActions)
        .set({ ...fields, version: sql`${planActions.version} + 1`, updatedAt: context.now })
        .where(and(eq(planActions.id, actionId), eq(planActions.version, version)))
        .returning();
      if (!updated) throw conflict('version');
      return toAction(updated);
    },
  );
}
