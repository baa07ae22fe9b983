import { and, asc, count, eq, ilike, inArray, or, sql } from 'drizzle-orm';
import { caseloadRoles } from '../../../contract/auth.js';
import type { Transaction } from '../../db/transaction.js';
import { users } from '../../auth/auth.tables.js';
import { memberships } from '../../auth/auth.tables.js';
import { iscedLevels, municipalities } from '../../reference/reference.tables.js';
import { teams } from '../organisations/organisations.tables.js';
import { clients } from './clients.tables.js';
import type { SQL } from 'drizzle-orm';

export type ClientRow = typeof clients.$inferSelect & { responsibleUserName: string | null };

export async function findClient(tx: Transaction, clientId: string): Promise<ClientRow | undefined> {
  const [row] = await tx
    .select({ client: clients, responsibleUserName: users.name })
    .from(clients)
    .leftJoin(users, eq(users.id, clients.responsibleUserId))
    .where(eq(clients.id, clientId));
  return row ? { ...row.client, responsibleUserName: row.responsibleUserName } : undefined;
}

export async function listClients(tx: Transaction, filter: SQL, search: string | undefined, page: number, pageSize: number) {
  const searchCondition = search
    ? or(
        ilike(clients.lastName, `${search}%`),
        ilike(clients.firstName, `${search}%`),
        ilike(sql`${clients.firstName} || ' ' || ${clients.lastName}`, `%${search}%`),
      )
    : undefined;
  const where = and(filter, searchCondition);
  const [items, [total]] = await Promise.all([
    tx
      .select({
        id: clients.id,
        firstName: clients.firstName,
        lastName: clients.lastName,
        municipalityCode: clients.municipalityCode,
        responsibleUserId: clients.responsibleUserId,
        responsibleUserName: users.name,
      })
      .from(clients)
      .leftJoin(users, eq(users.id, clients.responsibleUserId))
      .where(where)
      .orderBy(asc(clients.lastName), asc(clients.firstName), asc(clients.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    tx.select({ total: count() }).from(clients).where(where),
  ]);
  return { items, total: total?.total ?? 0 };
}

export async function municipalityExists(tx: Transaction, code: string): Promise<boolean> {
  return (await tx.select({ code: municipalities.code }).from(municipalities).where(eq(municipalities.code, code))).length > 0;
}

export async function iscedLevelExists(tx: Transaction, level: number): Promise<boolean> {
  return (await tx.select({ level: iscedLevels.level }).from(iscedLevels).where(eq(iscedLevels.level, level))).length > 0;
}

export async function teamInOrganisation(tx: Transaction, teamId: string, organisationId: string): Promise<boolean> {
  return (
    (
      await tx
        .select({ id: teams.id })
        .from(teams)
        .where(and(eq(teams.id, teamId), eq(teams.organisationId, organisationId)))
    ).length > 0
  );
}

/** A user who can carry a caseload in the organisation: a coach or a team lead there. */
export async function isCaseworkerIn(tx: Transaction, userId: string, organisationId: string): Promise<boolean> {
  const rows = await tx
    .select({ userId: memberships.userId })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.userId, userId),
        eq(memberships.organisationId, organisationId),
        inArray(memberships.role, [...caseloadRoles]),
        sql`${users.disabledAt} is null`,
      ),
    );
  return rows.length > 0;
}

export async function clientWithIdentityCodeHash(tx: Transaction, organisationId: string, hash: string): Promise<string | undefined> {
  const [row] = await tx
    .select({ id: clients.id })
    .from(clients)
    .where(and(eq(clients.organisationId, organisationId), eq(clients.identityCodeHash, hash)));
  return row?.id;
}
