import { sql } from 'drizzle-orm';
import type { Transaction } from '../../src/server/db/transaction.js';
import { addDays } from './dates.js';

/** How far behind the coaches are: follow-ups due in the last three weeks are still on their task lists. */
export const followUpBacklogDays = 21;

/**
 * Follow-up results name their source (mostly the client, then employers, registers and partners),
 * and the newest due follow-ups are left open, so each coach's task list has work on it from the first start.
 */
export async function loadFollowUpTasks(tx: Transaction, options: { today: string }): Promise<void> {
  const since = addDays(options.today, -followUpBacklogDays);
  await tx.execute(
    sql`update follow_ups set completed_on = null, situation = null, note = null, recorded_by = null
        where due_on >= ${since}::date and due_on < ${options.today}::date and completed_on is not null`,
  );
  // Deterministic from the row id, like the rest of the demo data.
  await tx.execute(
    sql`update follow_ups
        set information_source = (array['client', 'client', 'client', 'employer', 'register', 'partner'])[1 + abs(hashtext(id::text)) % 6]
        where completed_on is not null`,
  );
}
