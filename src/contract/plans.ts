import { z } from 'zod';
import { id, isoDate, requiredText } from './common.js';

export const goalStatuses = ['open', 'achieved', 'dropped'] as const;
export const actionStatuses = ['todo', 'done', 'cancelled'] as const;
/** Who is expected to do the step: the plan is agreed with the client, not written about them. */
export const actionOwners = ['client', 'coach', 'employer', 'network', 'other'] as const;

const optionalDate = isoDate.nullish().transform((value) => value ?? null);

/** The version the editor read: a change made in between answers 409 stale_version instead of being overwritten. */
const version = z.number().int().min(1);

export const createGoalRequest = z.object({ title: requiredText(300), targetDate: optionalDate });
export const updateGoalRequest = createGoalRequest.extend({ status: z.enum(goalStatuses), version });
export type UpdateGoalRequest = z.infer<typeof updateGoalRequest>;

export const createActionRequest = z.object({ description: requiredText(1000), owner: z.enum(actionOwners), dueDate: optionalDate });
export const updateActionRequest = createActionRequest.extend({ status: z.enum(actionStatuses), version });
export type UpdateActionRequest = z.infer<typeof updateActionRequest>;

export const planAction = z.object({
  id,
  goalId: id,
  description: z.string(),
  owner: z.enum(actionOwners),
  dueDate: isoDate.nullable(),
  status: z.enum(actionStatuses),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type PlanAction = z.infer<typeof planAction>;

export const planGoal = z.object({
  id,
  clientId: id,
  title: z.string(),
  targetDate: isoDate.nullable(),
  status: z.enum(goalStatuses),
  version: z.number().int(),
  createdBy: id,
  createdAt: z.string(),
  updatedAt: z.string(),
  actions: z.array(planAction),
});
export type PlanGoal = z.infer<typeof planGoal>;

export const plan = z.object({ clientId: id, goals: z.array(planGoal) });
export type Plan = z.infer<typeof plan>;
