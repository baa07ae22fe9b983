import { hashPassword } from '../auth/password.js';
import { memberships, users } from '../auth/auth.tables.js';
import type { Role } from '../../contract/auth.js';
import type { Database } from '../db/engine.js';
import { inTransaction } from '../db/transaction.js';
import { organisations, teams } from '../features/organisations/organisations.tables.js';

export const testPassword = 'Kestävä-testisalasana-42';
let testPasswordHash: Promise<string> | undefined;

export async function createOrganisation(db: Database, name = 'Oulun työllisyysalue', type = 'employment_area') {
  return inTransaction(db, 'system', async (tx) => {
    const [organisation] = await tx.insert(organisations).values({ name, type, municipalityCode: '564' }).returning();
    const [team] = await tx
      .insert(teams)
      .values({ organisationId: organisation!.id, name: `${name} tiimi` })
      .returning();
    return { ...organisation!, team: team! };
  });
}

export async function createUser(
  db: Database,
  options: {
    email: string;
    name?: string;
    roles: { organisationId: string; role: Role; teamId?: string | null }[];
    totpSecret?: string;
    totpEnabled?: boolean;
  },
) {
  testPasswordHash ??= hashPassword(testPassword);
  const passwordHash = await testPasswordHash;
  return inTransaction(db, 'system', async (tx) => {
    const [user] = await tx
      .insert(users)
      .values({
        email: options.email,
        name: options.name ?? options.email.split('@')[0]!,
        passwordHash,
        totpSecret: options.totpSecret ?? null,
        totpEnabled: options.totpEnabled ?? false,
      })
      .returning();
    if (options.roles.length > 0) {
      await tx.insert(memberships).values(
        options.roles.map((role) => ({
          userId: user!.id,
          organisationId: role.organisationId,
          role: role.role,
          teamId: role.teamId ?? null,
        })),
      );
    }
    return user!;
  });
}
