import type { FastifyRequest } from 'fastify';
import type { AppDependencies } from '../app-dependencies.js';
import { organisationIdsOf, type Actor } from '../auth/actor.js';
import { authorizeClient, type ClientAction } from '../auth/policy.js';
import { recordAudit } from '../audit/audit.service.js';
import { inTransaction, type Transaction } from '../db/transaction.js';
import { AppError } from '../errors.js';
import { actorOf } from './request-context.js';

export type ActionContext = { deps: AppDependencies; actor: Actor; requestId: string; now: Date };

export function actionContext(deps: AppDependencies, request: FastifyRequest): ActionContext {
  return { deps, actor: actorOf(request), requestId: request.id, now: deps.now() };
}

/** The actor's organisation for an audit entry: the one the data belongs to when known. */
const auditOrganisation = (actor: Actor, organisationId?: string | null) => organisationId ?? organisationIdsOf(actor)[0] ?? null;

/**
 * Every endpoint's three steps (after eVaka): the policy allows the named action on this client,
 * the work runs in one transaction scoped to the actor's organisations, and one audit entry names
 * the client after commit — refusals are audited too.
 */
export async function runClientAction<T>(
  context: ActionContext,
  action: ClientAction,
  clientId: string,
  work: (tx: Transaction) => Promise<T>,
  audit: { reason?: string | null; organisationId?: string | null } = {},
): Promise<T> {
  const { deps, actor } = context;
  try {
    const result = await inTransaction(deps.db, { organisationIds: organisationIdsOf(actor) }, async (tx) => {
      await authorizeClient(tx, actor, action, clientId);
      return work(tx);
    });
    await recordAudit(
      deps.db,
      {
        actorUserId: actor.userId,
        organisationId: auditOrganisation(actor, audit.organisationId),
        action,
        outcome: 'success',
        clientIds: [clientId],
        requestId: context.requestId,
        reason: audit.reason,
      },
      context.now,
    );
    return result;
  } catch (error) {
    if (error instanceof AppError && (error.code === 'not_found' || error.code === 'forbidden')) {
      await recordAudit(
        deps.db,
        {
          actorUserId: actor.userId,
          organisationId: auditOrganisation(actor),
          action,
          outcome: 'denied',
          clientIds: [clientId],
          requestId: context.requestId,
        },
        context.now,
      );
    }
    throw error;
  }
}

/**
 * For work that touches several clients or none yet (lists, creation, import): the caller has
 * applied the policy (as SQL filters or an organisation check); the audit entry names every client touched.
 */
export async function runAuditedWork<T>(
  context: ActionContext,
  action: string,
  work: (tx: Transaction) => Promise<T>,
  touchedClients: (result: T) => string[],
  organisationId?: string | null,
): Promise<T> {
  const result = await inTransaction(context.deps.db, { organisationIds: organisationIdsOf(context.actor) }, work);
  const clientIds = touchedClients(result);
  await recordAudit(
    context.deps.db,
    {
      actorUserId: context.actor.userId,
      organisationId: auditOrganisation(context.actor, organisationId),
      action,
      outcome: 'success',
      clientIds,
      requestId: context.requestId,
    },
    context.now,
  );
  return result;
}
