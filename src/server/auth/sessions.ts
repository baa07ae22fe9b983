import { createHash, randomBytes } from 'node:crypto';
import { and, eq, isNull, ne, sql } from 'drizzle-orm';
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

/** The user's memberships as one JSON column, so that a session costs one statement. */
const membershipsOf = (userId: typeof users.id) => sql<Membership[]>`coalesce((
  select json_agg(json_build_object('organisationId', m.organisation_id, 'organisationName', o.name, 'teamId', m.team_id,
           'teamName', t.name, 'role', m.role) order by o.name, m.organisation_id, m.role)
  from ${memberships} m join ${organisations} o on o.id = m.organisation_id left join ${teams} t on t.id = m.team_id
  where m.user_id = ${userId}), '[]'::json)`;

const prepareSessionLookup = (db: Database) =>
  db
    .select({ session: sessions, user: users, memberships: membershipsOf(users.id) })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, sql.placeholder('tokenHash')), isNull(users.disabledAt)))
    .prepare('polku_session_lookup');

/** One prepared lookup per database: planned once per connection rather than on every request. */
const sessionLookups = new WeakMap<Database, ReturnType<typeof prepareSessionLookup>>();

function sessionLookup(db: Database): ReturnType<typeof prepareSessionLookup> {
  let lookup = sessionLookups.get(db);
  if (!lookup) {
    lookup = prepareSessionLookup(db);
    sessionLookups.set(db, lookup);
  }
  return lookup;
}

/**
 * Returns the live session for a cookie token, deleting it when it has expired. Every API request
 * makes this lookup, so it is one statement outside a transaction (these tables have no row-level
 * security to scope); it writes only to expire the session or to note activity once a minute.
 */
export async function loadSession(db: Database, token: string, now: Date): Promise<LoadedSession | null> {
  const tokenHash = hashToken(token);
  const [row] = await sessionLookup(db).execute({ tokenHash });
  if (!row) return null;
  const idleFor = now.getTime() - row.session.lastSeenAt.getTime();
  if (idleFor > idleTimeoutMs || now >= row.session.absoluteExpiresAt) {
    await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
    return null;
  }
  if (idleFor > touchIntervalMs) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.tokenHash, tokenHash));
  }
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
    memberships: row.memberships.map((membership) => ({ ...membership, role: membership.role as Role })),
  };
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
