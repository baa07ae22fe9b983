import { asc, eq } from 'drizzle-orm';
import type { Transaction } from '../../db/transaction.js';
import { planActions, planGoals } from './plans.tables.js';

export type GoalRow = typeof planGoals.$inferSelect;
export type ActionRow = typeof planActions.$inferSelect;

export async function listGoalsWithActions(tx: Transaction, clientId: string): Promise<{ goal: GoalRow; actions: ActionRow[] }[]> {
  const [goals, actions] = await Promise.all([
    tx.select().from(planGoals).where(eq(planGoals.clientId, clientId)).orderBy(asc(planGoals.createdAt), asc(planGoals.id)),
    tx.select().from(planActions).where(eq(planActions.clientId, clientId)).orderBy(asc(planActions.createdAt), asc(planActions.id)),
  ]);
  return goals.map((goal) => ({ goal, actions: actions.filter((action) => action.goalId === goal.id) }));
}

export async function findGoal(tx: Transaction, goalId: string): Promise<GoalRow | undefined> {
  const [row] = await tx.select().from(planGoals).where(eq(planGoals.id, goalId));
  return row;
}

export async function findAction(tx: Transaction, actionId: string): Promise<ActionRow | undefined> {
  const [row] = await tx.select().from(planActions).where(eq(planActions.id, actionId));
  return row;
}

export async function actionsOfGoal(tx: Transaction, goalId: string): Promise<ActionRow[]> {
  return tx.select().from(planActions).where(eq(planActions.goalId, goalId)).orderBy(asc(planActions.createdAt), asc(planActions.id));
}
