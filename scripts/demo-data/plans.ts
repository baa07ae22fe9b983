import type { planActions, planGoals } from '../../src/server/db/schema.js';
import { addDays, minDate, notBefore, timestampOn } from './dates.js';
import type { EnrolmentPlan } from './enrolments.js';
import { pickDistinct, type Random } from './random.js';
import { goalTemplates } from './texts.js';

export type GoalRow = typeof planGoals.$inferInsert;
export type ActionRow = typeof planActions.$inferInsert;

const languageGoal = 'Suomen kielen taito B1-tasolle';
const positiveOutcomes = new Set(['work', 'education', 'entrepreneurship']);

/** The client's plan: a few goals agreed early in the latest enrolment, each with concrete actions. */
export function generatePlan(
  random: Random,
  input: { plan: EnrolmentPlan; clientId: string; organisationId: string; immigrant: boolean; today: string; nextId: () => string },
): { goals: GoalRow[]; actions: ActionRow[] } {
  const { plan, today } = input;
  const templates = goalTemplates.filter((template) => input.immigrant || template.title !== languageGoal);
  const goals: GoalRow[] = [];
  const actions: ActionRow[] = [];
  for (const template of pickDistinct(random, templates, random.integer(1, 3))) {
    const createdOn = minDate(addDays(plan.startDate, random.integer(0, 21)), today);
    const targetDate = addDays(createdOn, random.integer(60, 240));
    const ended = plan.endDate !== null;
    const status = ended
      ? positiveOutcomes.has(plan.outcome ?? '') && random.chance(0.7)
        ? 'achieved'
        : random.chance(0.5)
          ? 'dropped'
          : 'achieved'
      : random.chance(0.2)
        ? 'achieved'
        : 'open';
    const goalUpdatedOn = status === 'open' ? createdOn : minDate(plan.endDate ?? addDays(createdOn, random.integer(20, 120)), today);
    const goalId = input.nextId();
    const createdAt = timestampOn(createdOn, random.integer(0, 419));
    goals.push({
      id: goalId,
      clientId: input.clientId,
      organisationId: input.organisationId,
      title: template.title,
      targetDate,
      status,
      createdBy: plan.coachId,
      createdAt,
      updatedAt: notBefore(timestampOn(goalUpdatedOn, random.integer(0, 419)), createdAt),
    });
    for (const action of pickDistinct(random, template.actions, random.integer(1, template.actions.length))) {
      const dueDate = addDays(createdOn, random.integer(7, 90));
      const actionStatus =
        status === 'achieved'
          ? 'done'
          : status === 'dropped'
            ? random.chance(0.5)
              ? 'cancelled'
              : 'done'
            : dueDate < today && random.chance(0.7)
              ? 'done'
              : random.chance(0.05)
                ? 'cancelled'
                : 'todo';
      actions.push({
        id: input.nextId(),
        goalId,
        clientId: input.clientId,
        organisationId: input.organisationId,
        description: action.description,
        owner: action.owner,
        dueDate,
        status: actionStatus,
        createdAt,
        updatedAt: notBefore(timestampOn(actionStatus === 'todo' ? createdOn : minDate(dueDate, today), random.integer(0, 419)), createdAt),
      });
    }
  }
  return { goals, actions };
}
