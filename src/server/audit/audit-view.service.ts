import { TZDate } from '@date-fns/tz';
import type { AuditQuery } from '../../contract/audit.js';
import { authorizeOrganisation, clientFilter, organisationsAllowed } from '../auth/policy.js';
import { inTransaction } from '../db/transaction.js';
import { runAuditedWork, runClientAction, type ActionContext } from '../http/client-action.js';
import { addDaysToDate, helsinki } from '../time.js';
import { verifyAuditChain } from './audit.service.js';
import * as queries from './audit-view.queries.js';

function startOfHelsinkiDay(date: string): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(TZDate.tz(helsinki, year, month - 1, day).getTime());
}

function filterOf(query: AuditQuery): queries.AuditFilter {
  return {
    clientId: query.clientId,
    actorUserId: query.actorUserId,
    action: query.action || undefined,
    fromInstant: query.from ? startOfHelsinkiDay(query.from) : undefined,
    toInstant: query.to ? startOfHelsinkiDay(addDaysToDate(query.to, 1)) : undefined,
  };
}

/**
 * The audit entries of the admin's organisations, newest first. Filtered by a client of theirs
 * ("who has looked at my data"), it shows every entry naming that client, whichever organisation
 * the actor acted from, because the organisation holding the client's data must be able to
 * answer the person for every access. That look is itself audited as naming the client.
 */
export async function listAuditEntries(context: ActionContext, query: AuditQuery) {
  authorizeOrganisation(context.actor, 'audit.read');
  const auditOrganisations = organisationsAllowed(context.actor, 'audit.read');
  const paging = { page: query.page, pageSize: query.pageSize };
  if (query.clientId) {
    await runClientAction(context, 'client.audit.read', query.clientId, async () => {}, { organisationId: auditOrganisations[0] });
    const conditions = queries.auditConditions(filterOf(query));
    const result = await inTransaction(context.deps.db, 'system', (tx) =>
      queries.listAuditEntries(tx, conditions, query.page, query.pageSize),
    );
    return { ...result, ...paging };
  }
  const conditions = queries.auditConditions({ ...filterOf(query), organisationIds: auditOrganisations });
  const result = await runAuditedWork(
    context,
    'audit.read',
    (tx) => queries.listAuditEntries(tx, conditions, query.page, query.pageSize),
    () => [],
    auditOrganisations[0],
  );
  return { ...result, ...paging };
}

/** Part of the audit view, so gated by audit.read; the clients found are those client.audit.read grants. */
export async function findClientsForAudit(context: ActionContext, search: string) {
  authorizeOrganisation(context.actor, 'audit.read');
  const items = await runAuditedWork(
    context,
    'client.audit.read',
    (tx) => queries.searchClientsByName(tx, clientFilter(context.actor, 'client.audit.read'), search),
    (found) => found.map((client) => client.id),
    organisationsAllowed(context.actor, 'audit.read')[0],
  );
  return { items };
}

export function verifyAuditLog(context: ActionContext) {
  authorizeOrganisation(context.actor, 'audit.verify');
  return verifyAuditChain(context.deps.db);
}
