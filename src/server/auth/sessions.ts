import { createHash, randomBytes } from 'node:crypto';
import { and, eq, isNull, ne } from 'drizzle-orm';
import type { Database } from '../db/engine.js';
import { inTransaction } from '../db/transaction.js';
import { organisations, teams } from '../features/organisations/organisations.tables.js';
import { memberships, sessions, users } from './auth.tables.js';
import type { Membership, Role } from '../../contract/auth.js';

/** OWASP ASVS L2: 30 minutes idle, 12 hours absolute. */
export const idleTimeoutMs = 30 * 60 * 1000;
export const absoluteTimeoutMs = 12 * 60 * 60 * 1000;
/** Writing last_seen_at on every request would turn reads into writes; a minute's precision is enough. */
const touchIntervalMs = 60 * 1000;

export type SessionStage = 'active' | 'totp' | 'totp_setup';

export type LoadedSession = {
  tokenHash: string;
  stage: SessionStage;
  csrfToken: string;
  absoluteExpiresAt: Date;
  user: { id: string; email: string; name: string; locale: string; totpEnabled: boolean; totpSecret: string | null };
  memberships: Membership[];
};

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
const randomToken = () => randomBytes(16).toString('base64url');

export async function createSession(db: Database, userId: string, stage: SessionStage, now: Date): Promise<string> {
  const token = randomToken();
  await inTransaction(db, 'system', (tx) =>
    tx.insert(sessions).values({
      tokenHash: hashToken(token),
      userId,
      stage,
      csrfToken: randomToken(),
      createdAt: now,
      lastSeenAt: now,
      absoluteExpiresAt: new Date(now.getTime() + absoluteTimeoutMs),
    }),
  );
  return token;
}

/** Returns the live session for a cookie token, deleting it when it has expired. */
export async function loadSession(db: Database, token: string, now: Date): Promise<LoadedSession | null> {
  const tokenHash = hashToken(token);
  return inTransaction(db, 'system', async (tx) => {
    const [row] = await tx
      .select({ session: sessions, user: users })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(and(eq(sessions.tokenHash, tokenHash), isNull(users.disabledAt)));
    if (!row) return null;
    const idleFor = now.getTime() - row.session.lastSeenAt.getTime();
    if (idleFor > idleTimeoutMs || now >= row.session.absoluteExpiresAt) {
      await tx.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
      return null;
    }
    if (idleFor > touchIntervalMs) {
      await tx.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.tokenHash, tokenHash));
    }
    const membershipRows = await tx
      .select({
        organisationId: memberships.organisationId,
        organisationName: organisations.name,
        teamId: memberships.teamId,
        teamName: teams.name,
        role: memberships.role,
      })
      .from(memberships)
      .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
      .leftJoin(teams, eq(teams.id, memberships.teamId))
      .where(eq(memberships.userId, row.user.id));
    return {
      tokenHash,
      stage: row.session.stage as SessionStage,
      csrfToken: row.session.csrfToken,
      absoluteExpiresAt: row.session.absoluteExpiresAt,
      user: {
        id: row.user.id,
        email: row.user.email,
        name: row.user.name,
        locale: row.user.locale,
        totpEnabled: row.user.totpEnabled,
        totpSecret: row.user.totpSecret,
      },
      memberships: membershipRows.map((membership) => ({ ...membership, role: membership.role as Role })),
    };
  });
}

export async function setSessionStage(db: Database, tokenHash: string, stage: SessionStage): Promise<void> {
  await inTransaction(db, 'system', (tx) => tx.update(sessions).set({ stage }).where(eq(sessions.tokenHash, tokenHash)));
}

export async function deleteSession(db: Database, tokenHash: string): Promise<void> {
  await inTransaction(db, 'system', (tx) => tx.delete(sessions).where(eq(sessions.tokenHash, tokenHash)));
}

/** Ends every session of a user, optionally keeping the one making the request. */
export async function deleteUserSessions(db: Database, userId: string, keepTokenHash?: string): Promise<void> {
  await inTransaction(db, 'system', (tx) =>
    tx
      .delete(sessions)
      .where(keepTokenHash ? and(eq(sessions.userId, userId), ne(sessions.tokenHash, keepTokenHash)) : eq(sessions.userId, userId)),
  );
}
