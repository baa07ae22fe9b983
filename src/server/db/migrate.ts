import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePostgres } from 'drizzle-orm/node-postgres/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import type { Database } from './engine.js';
import { queryRows } from './transaction.js';

export const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

/** Arbitrary constant: serialises migrations when several processes start at once. */
const migrationLockKey = 723_451_001;

export async function migrateDatabase(db: Database, engine: 'pglite' | 'postgres'): Promise<void> {
  if (engine === 'pglite') {
    await migratePglite(db as unknown as PgliteDatabase, { migrationsFolder });
    return;
  }
  await db.execute(sql`select pg_advisory_lock(${migrationLockKey})`);
  try {
    await migratePostgres(db as unknown as NodePgDatabase, { migrationsFolder });
  } finally {
    await db.execute(sql`select pg_advisory_unlock(${migrationLockKey})`);
  }
}

/** The newest applied migration, for the health endpoint. */
export async function appliedMigration(db: Database): Promise<{ count: number; latestAppliedAt: number | null }> {
  const [row] = await queryRows<{ count: string | number; latest: string | number | null }>(
    db,
    sql`select count(*) as count, max(created_at) as latest from drizzle.__drizzle_migrations`,
  );
  return { count: Number(row?.count ?? 0), latestAppliedAt: row?.latest === null || row?.latest === undefined ? null : Number(row.latest) };
}
