import { organisationIdsOf } from '../auth/actor.js';
import { authorizeOrganisation, authorizeOrganisationRecord, organisationsAllowed, type OrganisationAction } from '../auth/policy.js';
import { recordAudit } from '../audit/audit.service.js';
import { inTransaction, type Transaction } from '../db/transaction.js';
import { forbidden, invalidField } from '../errors.js';
import type { ActionContext } from './client-action.js';

type AuditOptions<T> = {
  /**
   * Writes are audited with the record they changed as target; reads only when they show clients'
   * data (named in clientIds), plain reads of organisation records are not.
   */
  audit: 'write' | 'read' | 'none';
  targetId?: (result: T) => string | null;
  /** The clients a write concerns (e.g. a client's survey invitation), named in its audit entry. */
  clientIds?: (result: T) => string[];
};

async function auditEntry<T>(
  context: ActionContext,
  action: OrganisationAction,
  organisationId: string,
  result: T,
  options: AuditOptions<T>,
) {
  if (options.audit === 'none') return;
  await recordAudit(
    context.deps.db,
    {
      actorUserId: context.actor.userId,
      organisationId,
      action,
      outcome: 'success',
      clientIds: options.clientIds?.(result) ?? [],
      targetId: options.targetId?.(result) ?? null,
      requestId: context.requestId,
    },
    context.now,
  );
}

/**
 * The organisation a request concerns: the one it names (runOrganisationAction then answers 403
 * without the action there), else the user's only organisation where the action is allowed; a
 * user with several must name one.
 */
export function chooseOrganisation(context: ActionContext, action: OrganisationAction, organisationId: string | undefined): string {
  if (organisationId !== undefined) return organisationId;
  const allowed = organisationsAllowed(context.actor, action);
  if (allowed.length === 0) throw forbidden();
  if (allowed.length > 1) throw invalidField('organisationId', 'required');
  return allowed[0]!;
}

/**
 * Work on an organisation's own records that are not one client's (employers, opportunities,
 * assignments) in an organisation the user names: 403 without a granting role there.
 */
export async function runOrganisationAction<T>(
  context: ActionContext,
  action: OrganisationAction,
  organisationId: string,
  work: (tx: Transaction) => Promise<T>,
  options: AuditOptions<T>,
): Promise<T> {
  authorizeOrganisation(context.actor, action, organisationId);
  const result = await inTransaction(context.deps.db, { organisationIds: organisationIdsOf(context.actor) }, work);
  await auditEntry(context, action, organisationId, result, options);
  return result;
}

/**
 * The same for a record addressed by its own id: its organisation is looked up inside the
 * user's row-level-security scope, so an unknown id and a record of another organisation both
 * answer 404; a record the user can reach but not act on answers 403.
 */
export async function runOrganisationRecordAction<T>(
  context: ActionContext,
  action: OrganisationAction,
  findOrganisationId: (tx: Transaction) => Promise<string | undefined>,
  work: (tx: Transaction, organisationId: string) => Promise<T>,
  options: AuditOptions<T>,
): Promise<T> {
  let organisationId = '';
  const result = await inTransaction(context.deps.db, { organisationIds: organisationIdsOf(context.actor) }, async (tx) => {
    const found = await findOrganisationId(tx);
    authorizeOrganisationRecord(context.actor, action, found);
    organisationId = found!;
    return work(tx, organisationId);
  });
  await auditEntry(context, action, organisationId, result, options);
  return result;
}
