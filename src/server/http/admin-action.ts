import { organisationIdsOf } from '../auth/actor.js';
import { recordAudit } from '../audit/audit.service.js';
import { inTransaction, type Transaction } from '../db/transaction.js';
import type { ActionContext } from './client-action.js';

/**
 * Administration writes (organisations, teams, users, programmes): the caller has applied the
 * policy; the change runs in one transaction and, after commit, one audit entry records the
 * action under the organisation it concerned, so that organisation's admins see it, naming the
 * record changed (user, organisation, team, programme) as its target. Such entries name no clients.
 */
export async function runAdministration<T extends { id: string }>(
  context: ActionContext,
  action: string,
  work: (tx: Transaction) => Promise<T>,
  organisationOf: (result: T) => string | null,
): Promise<T> {
  const result = await inTransaction(context.deps.db, { organisationIds: organisationIdsOf(context.actor) }, work);
  await recordAudit(
    context.deps.db,
    {
      actorUserId: context.actor.userId,
      organisationId: organisationOf(result),
      action,
      outcome: 'success',
      clientIds: [],
      targetId: result.id,
      requestId: context.requestId,
    },
    context.now,
  );
  return result;
}
