import { z } from 'zod';
import { id, isoDate } from './common.js';

/** A follow-up (seuranta) whose due day has come, on the task list of the coach responsible for it. */
export const followUpTask = z.object({
  followUpId: id,
  enrolmentId: id,
  clientId: id,
  firstName: z.string(),
  lastName: z.string(),
  programmeName: z.string(),
  /** The enrolment's programme is ESF+ funded: the six-month result feeds its longer-term indicator. */
  esfFunded: z.boolean(),
  monthsAfterEnd: z.number().int(),
  enrolmentEndDate: isoDate,
  dueOn: isoDate,
  daysOverdue: z.number().int(),
});
export type FollowUpTask = z.infer<typeof followUpTask>;

export const followUpTaskList = z.object({ items: z.array(followUpTask) });
export type FollowUpTaskList = z.infer<typeof followUpTaskList>;
