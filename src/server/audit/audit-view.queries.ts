import { and, asc, count, desc, eq, gte, ilike, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import type { AuditEntry } from '../../contract/audit.js';
import { users } from '../auth/auth.tables.js';
import type { Transaction } from '../db/transaction.js';
import { clients } from '../features/clients/clients.tables.js';
import { organisations } from '../features/organisations/organisations.tables.js';
import { auditLog } from './audit.tables.js';

export type AuditFilter = {
  /** Entries recorded under these organisations; absent when a client filter decides instead. */
  organisationIds?: string[];
  clientId?: string;
  actorUserId?: string;
  action?: string;
  fromInstant?: Date;
  toInstant?: Date;
};

/** The GIN index on client_ids answers "every entry naming this client". */
export function auditConditions(filter: AuditFilter): SQL | undefined {
  return and(
    filter.organisationIds ? inArray(auditLog.organisationId, filter.organisationIds) : undefined,
    filter.clientId ? sql`${auditLog.clientIds} @> array[${filter.clientId}]::uuid[]` : undefined,
    filter.actorUserId ? eq(auditLog.actorUserId, filter.actorUserId) : undefined,
    filter.action ? eq(auditLog.action, filter.action) : undefined,
    filter.fromInstant ? gte(auditLog.at, filter.fromInstant) : undefined,
    filter.toInstant ? lt(auditLog.at, filter.toInstant) : undefined,
  );
}

export async function listAuditEntries(tx: Transaction, where: SQL | undefined, page: number, pageSize: number) {
  const [rows, [total]] = await Promise.all([
    tx
      .select({ entry: auditLog, actorName: users.name, organisationName: organisations.name })
      .from(auditLog)
      .leftJoin(users, eq(users.id, auditLog.actorUserId))
      .leftJoin(organisations, eq(organisations.id, auditLog.organisationId))
      .where(where)
      .orderBy(desc(auditLog.sequence))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    tx.select({ total: count() }).from(auditLog).where(where),
  ]);
  const items: AuditEntry[] = rows.map(({ entry, actorName, organisationName }) => ({
    sequence: entry.sequence,
    at: entry.at.toISOString(),
    actorUserId: entry.actorUserId,
    actorName,
    organisationId: entry.organisationId,
    organisationName,
    action: entry.action,
    outcome: entry.outcome as AuditEntry['outcome'],
    clientIds: entry.clientIds,
    targetId: entry.targetId,
    requestId: entry.requestId,
    reason: entry.reason,
  }));
  return { items, total: total?.total ?? 0 };
}

/** Only what identifies the person to the admin: name and birth year, nothing of the case. */
export function searchClientsByName(tx: Transaction, filter: SQL, search: string) {
  const fullName = sql`${clients.firstName} || ' ' || ${clients.lastName}`;
  const reversedName = sql`${clients.lastName} || ' ' || ${clients.firstName}`;
  return tx
    .select({
      id: clients.id,
      firstName: clients.firstName,
      lastName: clients.lastName,
      birthYear: sql<number | null>`extract(year from ${clients.dateOfBirth})::int`,
    })
    .from(clients)
    .where(and(filter, or(ilike(fullName, `%${search}%`), ilike(reversedName, `%${search}%`))))
    .orderBy(asc(clients.lastName), asc(clients.firstName), asc(clients.id))
    .limit(20);
}
