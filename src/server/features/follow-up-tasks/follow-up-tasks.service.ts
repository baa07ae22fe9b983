import type { FollowUpTaskList } from '../../../contract/follow-up-tasks.js';
import { authorizeOrganisation, clientFilter } from '../../auth/policy.js';
import { runAuditedWork, type ActionContext } from '../../http/client-action.js';
import { daysBetween, helsinkiDate } from '../../time.js';
import { dueFollowUps } from './follow-up-tasks.queries.js';

/** A task list is read on every visit to the home page: a coach's due follow-ups fit many times over. */
const taskLimit = 200;

/**
 * The user's due follow-ups. Rows pass the same policy filter that lets the user record the
 * result (client.follow_up.write), so every task shown can be done; the audit entry names the clients.
 */
export function followUpTasks(context: ActionContext): Promise<FollowUpTaskList> {
  authorizeOrganisation(context.actor, 'task.read');
  const today = helsinkiDate(context.now);
  return runAuditedWork(
    context,
    'task.read',
    async (tx) => {
      const rows = await dueFollowUps(tx, {
        coachId: context.actor.userId,
        today,
        policy: clientFilter(context.actor, 'client.follow_up.write'),
        limit: taskLimit,
      });
      return {
        items: rows.map((row) => ({ ...row, enrolmentEndDate: row.enrolmentEndDate!, daysOverdue: daysBetween(row.dueOn, today) })),
      };
    },
    (result) => result.items.map((item) => item.clientId),
  );
}
