import { eq, sql } from 'drizzle-orm';
import type { AppDependencies } from '../app-dependencies.js';
import { recordAudit } from '../audit/audit.service.js';
import { inTransaction } from '../db/transaction.js';
import { AppError, invalidField } from '../errors.js';
import { memberships, users } from './auth.tables.js';
import { hashPassword, passwordProblem, verifyPassword } from './password.js';
import { createSession, deleteSession, deleteUserSessions, setSessionStage, type LoadedSession, type SessionStage } from './sessions.js';
import { checkTotp, generateTotpSecret, totpUri } from './totp.js';

export const maxFailedLogins = 5;
export const lockoutMs = 15 * 60 * 1000;

/** Verified against when the e-mail is unknown, so that response time does not reveal which accounts exist. */
let dummyHash: Promise<string> | undefined;

type Origin = { requestId: string };

export async function login(deps: AppDependencies, email: string, password: string, origin: Origin): Promise<string> {
  const now = deps.now();
  const normalisedEmail = email.trim().toLowerCase();
  const [user] = await inTransaction(deps.db, 'system', (tx) => tx.select().from(users).where(eq(users.email, normalisedEmail)));
  const fail = async (outcome: 'failure' | 'denied', code: 'unauthenticated' | 'rate_limited') => {
    await recordAudit(
      deps.db,
      { actorUserId: user?.id ?? null, organisationId: null, action: 'auth.login', outcome, requestId: origin.requestId },
      now,
    );
    throw new AppError(code);
  };
  if (!user || user.disabledAt) {
    dummyHash ??= hashPassword('polku-timing-equaliser');
    await verifyPassword(await dummyHash, password);
    return fail('failure', 'unauthenticated');
  }
  if (user.lockedUntil && user.lockedUntil > now) return fail('denied', 'rate_limited');
  if (!(await verifyPassword(user.passwordHash, password))) {
    const failures = user.failedLogins + 1;
    const locked = failures >= maxFailedLogins;
    await inTransaction(deps.db, 'system', (tx) =>
      tx
        .update(users)
        .set({ failedLogins: locked ? 0 : failures, lockedUntil: locked ? new Date(now.getTime() + lockoutMs) : user.lockedUntil })
        .where(eq(users.id, user.id)),
    );
    return fail('failure', locked ? 'rate_limited' : 'unauthenticated');
  }
  const isAdmin = await inTransaction(deps.db, 'system', async (tx) => {
    await tx.update(users).set({ failedLogins: 0, lockedUntil: null }).where(eq(users.id, user.id));
    const rows = await tx
      .select({ one: sql`1` })
      .from(memberships)
      .where(sql`${memberships.userId} = ${user.id} and ${memberships.role} = 'admin'`);
    return rows.length > 0;
  });
  const stage: SessionStage = user.totpEnabled ? 'totp' : isAdmin ? 'totp_setup' : 'active';
  const token = await createSession(deps.db, user.id, stage, now);
  await recordAudit(
    deps.db,
    { actorUserId: user.id, organisationId: null, action: 'auth.login', outcome: 'success', requestId: origin.requestId },
    now,
  );
  return token;
}

export async function completeTotp(deps: AppDependencies, session: LoadedSession, code: string, origin: Origin): Promise<void> {
  if (session.stage !== 'totp' || !session.user.totpSecret) throw new AppError('conflict');
  const ok = checkTotp(code, deps.cipher.decrypt(session.user.totpSecret));
  await recordAudit(
    deps.db,
    {
      actorUserId: session.user.id,
      organisationId: null,
      action: 'auth.totp',
      outcome: ok ? 'success' : 'failure',
      requestId: origin.requestId,
    },
    deps.now(),
  );
  if (!ok) throw invalidField('code', 'invalid');
  await setSessionStage(deps.db, session.tokenHash, 'active');
}

/** Starts (or restarts) TOTP enrolment: the secret is stored but not enabled until a code proves the user has it. */
export async function startTotpSetup(deps: AppDependencies, session: LoadedSession): Promise<{ secret: string; otpauthUrl: string }> {
  if (session.user.totpEnabled) throw new AppError('conflict');
  const secret = generateTotpSecret();
  await inTransaction(deps.db, 'system', (tx) =>
    tx
      .update(users)
      .set({ totpSecret: deps.cipher.encrypt(secret) })
      .where(eq(users.id, session.user.id)),
  );
  return { secret, otpauthUrl: totpUri(session.user.email, secret) };
}

export async function enableTotp(deps: AppDependencies, session: LoadedSession, code: string, origin: Origin): Promise<void> {
  if (session.user.totpEnabled || !session.user.totpSecret) throw new AppError('conflict');
  if (!checkTotp(code, deps.cipher.decrypt(session.user.totpSecret))) throw invalidField('code', 'invalid');
  await inTransaction(deps.db, 'system', (tx) => tx.update(users).set({ totpEnabled: true }).where(eq(users.id, session.user.id)));
  await setSessionStage(deps.db, session.tokenHash, 'active');
  await recordAudit(
    deps.db,
    { actorUserId: session.user.id, organisationId: null, action: 'auth.totp.enable', outcome: 'success', requestId: origin.requestId },
    deps.now(),
  );
}

export async function changePassword(
  deps: AppDependencies,
  session: LoadedSession,
  currentPassword: string,
  newPassword: string,
  origin: Origin,
): Promise<void> {
  const [user] = await inTransaction(deps.db, 'system', (tx) => tx.select().from(users).where(eq(users.id, session.user.id)));
  if (!user || !(await verifyPassword(user.passwordHash, currentPassword))) throw invalidField('currentPassword', 'password_wrong');
  const problem = passwordProblem(newPassword);
  if (problem) throw invalidField('newPassword', problem);
  const passwordHash = await hashPassword(newPassword);
  await inTransaction(deps.db, 'system', (tx) =>
    tx.update(users).set({ passwordHash, passwordChangedAt: deps.now() }).where(eq(users.id, user.id)),
  );
  await deleteUserSessions(deps.db, user.id, session.tokenHash);
  await recordAudit(
    deps.db,
    { actorUserId: user.id, organisationId: null, action: 'auth.password.change', outcome: 'success', requestId: origin.requestId },
    deps.now(),
  );
}

export async function logout(deps: AppDependencies, session: LoadedSession, origin: Origin): Promise<void> {
  await deleteSession(deps.db, session.tokenHash);
  await recordAudit(
    deps.db,
    { actorUserId: session.user.id, organisationId: null, action: 'auth.logout', outcome: 'success', requestId: origin.requestId },
    deps.now(),
  );
}
