import { desc } from 'drizzle-orm';
import { auditLog } from '../../audit/audit.tables.js';
import { currentTotp, generateTotpSecret } from '../../auth/totp.js';
import type { Database } from '../../db/engine.js';
import { inTransaction } from '../../db/transaction.js';
import { createUser, testPassword } from '../../test-support/builders.js';
import { loginAs, type TestApp, type UserAgent } from '../../test-support/test-app.js';
import { matrixRoles, type MatrixRole } from '../../test-support/case-work-test-world.js';

/** Administration answers only admins; every other role, in any organisation, gets 403. */
export const adminOnly = (success: number) =>
  Object.fromEntries(matrixRoles.map((role) => [role, role === 'admin' ? success : 403])) as Record<MatrixRole, number>;

/** A new admin of the given organisations, logged in with the second factor admins must use. */
export async function loginAsNewAdmin(test: TestApp, email: string, organisationIds: string[]): Promise<UserAgent> {
  const totpSecret = generateTotpSecret();
  await createUser(test.deps.db, {
    email,
    roles: organisationIds.map((organisationId) => ({ organisationId, role: 'admin' as const })),
    totpSecret: test.deps.cipher.encrypt(totpSecret),
    totpEnabled: true,
  });
  const agent = await loginAs(test.app, email, testPassword);
  await agent.post('/api/auth/totp', { code: currentTotp(totpSecret) });
  return agent;
}

export async function latestAuditEntry(db: Database) {
  const [entry] = await inTransaction(db, 'system', (tx) => tx.select().from(auditLog).orderBy(desc(auditLog.sequence)).limit(1));
  return entry!;
}
