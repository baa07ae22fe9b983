import { organisationIdsOf } from '../../auth/actor.js';
import { authorizeOrganisationRecord, type OrganisationAction } from '../../auth/policy.js';
import { inTransaction, type Transaction } from '../../db/transaction.js';
import { runAuditedWork, type ActionContext } from '../../http/client-action.js';

/**
 * Client data listed under one of the organisation's own records (the proposals of an assignment,
 * the placements of an employer): the record answers 404 when unknown or in another organisation
 * and 403 when reachable but not readable; the rows are filtered by the client policy in `work`,
 * and the audit entry names every client listed.
 */
export async function runRecordClientList<T>(
  context: ActionContext,
  action: OrganisationAction,
  findOrganisationId: (tx: Transaction) => Promise<string | undefined>,
  work: (tx: Transaction, organisationId: string) => Promise<T>,
  touchedClients: (result: T) => string[],
): Promise<T> {
  const organisationId = await inTransaction(context.deps.db, { organisationIds: organisationIdsOf(context.actor) }, async (tx) => {
    const found = await findOrganisationId(tx);
    authorizeOrganisationRecord(context.actor, action, found);
    return found!;
  });
  return runAuditedWork(context, 'client.read', (tx) => work(tx, organisationId), touchedClients, organisationId);
}
