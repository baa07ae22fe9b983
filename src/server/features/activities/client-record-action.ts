import { eq } from 'drizzle-orm';
import { organisationIdsOf } from '../../auth/actor.js';
import type { ClientAction } from '../../auth/policy.js';
import { inTransaction, type Transaction } from '../../db/transaction.js';
import { notFound } from '../../errors.js';
import { runClientAction, type ActionContext } from '../../http/client-action.js';
import { clients } from '../clients/clients.tables.js';

/**
 * For endpoints addressed by a record's own id (a consent, a goal, an activity): the record's
 * client is found within the user's organisations only, so an unknown id and a record of
 * another organisation both answer 404; then the usual client action runs on that client.
 */
export async function runClientRecordAction<T>(
  context: ActionContext,
  action: ClientAction,
  findClientId: (tx: Transaction) => Promise<string | undefined>,
  work: (tx: Transaction, clientId: string) => Promise<T>,
): Promise<T> {
  const clientId = await inTransaction(context.deps.db, { organisationIds: organisationIdsOf(context.actor) }, findClientId);
  if (!clientId) throw notFound();
  return runClientAction(context, action, clientId, (tx) => work(tx, clientId));
}

/** A client's records are stored in the client's organisation, whichever of the user's organisations they act in. */
export async function organisationOfClient(tx: Transaction, clientId: string): Promise<string> {
  const [row] = await tx.select({ organisationId: clients.organisationId }).from(clients).where(eq(clients.id, clientId));
  if (!row) throw notFound();
  return row.organisationId;
}
