import { and, asc, count, eq, ilike, inArray, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { AdminUser, MembershipRequest, UserListQuery } from '../../../contract/admin.js';
import type { Membership, Role } from '../../../contract/auth.js';
import { memberships, sessions, users } from '../../auth/auth.tables.js';
import { idleTimeoutMs } from '../../auth/sessions.js';
import type { Transaction } from '../../db/transaction.js';
import { organisations, teams } from '../organisations/organisations.tables.js';
import { escapeLike } from '../../db/like.js';

/** Users with at least one membership, every one of them in the given organisations. */
export function managedWithin(organisationIds: string[]): SQL {
  return sql`(exists (select 1 from ${memberships} where ${memberships.userId} = ${users.id})
    and not exists (select 1 from ${memberships} where ${memberships.userId} = ${users.id} and not (${inArray(memberships.organisationId, organisationIds)})))`;
}

/** The same expiry rules as loading a session: neither idle too long nor past its absolute limit. */
function activeSessionCount(now: Date): SQL<number> {
  const idleSince = new Date(now.getTime() - idleTimeoutMs).toISOString();
  return sql<number>`(select count(*)::int from ${sessions} where ${sessions.userId} = ${users.id}
    and ${sessions.absoluteExpiresAt} > ${now.toISOString()}::timestamptz and ${sessions.lastSeenAt} > ${idleSince}::timestamptz)`;
}

async function membershipsOf(tx: Transaction, userIds: string[]): Promise<Map<string, Membership[]>> {
  const byUser = new Map<string, Membership[]>(userIds.map((userId) => [userId, []]));
  if (userIds.length === 0) return byUser;
  const rows = await tx
    .select({
      userId: memberships.userId,
      organisationId: memberships.organisationId,
      organisationName: organisations.name,
      teamId: memberships.teamId,
      teamName: teams.name,
      role: memberships.role,
    })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .leftJoin(teams, eq(teams.id, memberships.teamId))
    .where(inArray(memberships.userId, userIds))
    .orderBy(asc(organisations.name), asc(memberships.role));
  for (const { userId, ...membership } of rows) byUser.get(userId)!.push({ ...membership, role: membership.role as Role });
  return byUser;
}

async function selectUsers(
  tx: Transaction,
  where: SQL | undefined,
  now: Date,
  paging?: { page: number; pageSize: number },
): Promise<AdminUser[]> {
  const query = tx
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      disabledAt: users.disabledAt,
      lockedUntil: users.lockedUntil,
      totpEnabled: users.totpEnabled,
      createdAt: users.createdAt,
      activeSessions: activeSessionCount(now),
    })
    .from(users)
    .where(where)
    .orderBy(asc(users.name), asc(users.id));
  const rows = paging ? await query.limit(paging.pageSize).offset((paging.page - 1) * paging.pageSize) : await query;
  const membershipsByUser = await membershipsOf(
    tx,
    rows.map((row) => row.id),
  );
  return rows.map((row) => ({
    ...row,
    disabledAt: row.disabledAt?.toISOString() ?? null,
    lockedUntil: row.lockedUntil && row.lockedUntil > now ? row.lockedUntil.toISOString() : null,
    createdAt: row.createdAt.toISOString(),
    memberships: membershipsByUser.get(row.id)!,
  }));
}

export async function findUser(tx: Transaction, userId: string, scope: SQL, now: Date): Promise<AdminUser | undefined> {
  const [user] = await selectUsers(tx, and(eq(users.id, userId), scope), now);
  return user;
}

export async function listUsers(tx: Transaction, scope: SQL, query: UserListQuery, now: Date) {
  const membershipCondition = [
    query.organisationId ? eq(memberships.organisationId, query.organisationId) : undefined,
    query.role ? eq(memberships.role, query.role) : undefined,
  ].filter((condition) => condition !== undefined);
  const where = and(
    scope,
    query.search ? or(ilike(users.name, `%${escapeLike(query.search)}%`), ilike(users.email, `%${escapeLike(query.search)}%`)) : undefined,
    membershipCondition.length > 0
      ? sql`exists (select 1 from ${memberships} where ${memberships.userId} = ${users.id} and ${and(...membershipCondition)})`
      : undefined,
    query.disabled === undefined ? undefined : query.disabled ? isNotNull(users.disabledAt) : isNull(users.disabledAt),
  );
  const [items, [total]] = await Promise.all([selectUsers(tx, where, now, query), tx.select({ total: count() }).from(users).where(where)]);
  return { items, total: total?.total ?? 0 };
}

export async function insertUser(
  tx: Transaction,
  fields: { email: string; name: string; passwordHash: string },
  now: Date,
): Promise<string> {
  const [created] = await tx
    .insert(users)
    .values({ ...fields, passwordChangedAt: now, createdAt: now })
    .returning({ id: users.id });
  return created!.id;
}

export async function replaceMemberships(tx: Transaction, userId: string, list: MembershipRequest[]): Promise<void> {
  await tx.delete(memberships).where(eq(memberships.userId, userId));
  await tx.insert(memberships).values(list.map((membership) => ({ ...membership, userId })));
}

export async function updateUser(tx: Transaction, userId: string, fields: Partial<typeof users.$inferInsert>): Promise<void> {
  await tx.update(users).set(fields).where(eq(users.id, userId));
}

/** Enabled staff of the organisations, one row per membership. */
export function staffMemberships(tx: Transaction, organisationIds: string[]) {
  return tx
    .select({ id: users.id, name: users.name, role: memberships.role, teamId: memberships.teamId, teamName: teams.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .leftJoin(teams, eq(teams.id, memberships.teamId))
    .where(and(inArray(memberships.organisationId, organisationIds), isNull(users.disabledAt)))
    .orderBy(asc(users.name), asc(users.id));
}
