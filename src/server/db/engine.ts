import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { migrateDatabase } from './migrate.js';

export type Database = PgDatabase<PgQueryResultHKT>;

export type DatabaseHandle = {
  db: Database;
  engine: 'pglite' | 'postgres';
  close: () => Promise<void>;
};

/** PGlite with `dataDir: null` lives in memory, started from `image` (a dumped data folder) when given. */
export type DatabaseTarget = { databaseUrl: string } | { dataDir: string | null; image?: Blob };

/** The role every application query runs as; see the security migration. */
export const applicationRole = 'polku_app';

/**
 * Opens the database, applies the committed migrations as the owner, then continues as the
 * non-owner application role so that row-level security applies.
 * PGlite with `dataDir: null` is an in-memory database (tests).
 */
export async function openDatabase(target: DatabaseTarget, options: { poolSize?: number } = {}): Promise<DatabaseHandle> {
  if ('databaseUrl' in target) {
    const owner = new pg.Client({ connectionString: target.databaseUrl });
    await owner.connect();
    try {
      await migrateDatabase(drizzlePostgres(owner) as unknown as Database, 'postgres');
    } finally {
      await owner.end();
    }
    return openPool(target.databaseUrl, options.poolSize ?? 10);
  }
  if (target.dataDir) mkdirSync(target.dataDir, { recursive: true });
  const client = target.dataDir ? new PGlite(target.dataDir) : new PGlite(target.image ? { loadDataDir: target.image } : {});
  const db = drizzlePglite(client) as unknown as Database;
  await migrateDatabase(db, 'pglite');
  // PGlite's only user is a superuser, which bypasses row-level security: step down.
  await client.exec(`SET ROLE ${applicationRole}`);
  return { db, engine: 'pglite', close: () => client.close() };
}

/**
 * A read replica of the PostgreSQL server, for the dashboards and reports: no migrations (the
 * primary's arrive by replication), every transaction read-only even if the URL names the primary.
 */
export function openReadReplica(databaseUrl: string, poolSize = 10): DatabaseHandle {
  return openPool(databaseUrl, poolSize, '-c default_transaction_read_only=on');
}

/**
 * Every application connection's settings: the application role, and no JIT compilation. The
 * report queries cost enough for PostgreSQL to compile them, which took 0.8 s of a 1.3 s query on
 * 100,000 clients and never paid back; the case-work queries are too small to be compiled at all.
 */
export const applicationConnectionOptions = `-c role=${applicationRole} -c jit=off`;

function openPool(databaseUrl: string, poolSize: number, settings = ''): DatabaseHandle {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: poolSize,
    options: `${applicationConnectionOptions} ${settings}`.trim(),
  });
  // An idle connection that the server ends (restart, failover, a dropped test database) leaves the
  // pool, which opens a new one when needed; unhandled, its error would end the whole process.
  pool.on('error', (error) => console.error(`A database connection was closed by the server: ${error.message}`));
  return {
    db: drizzlePostgres(pool) as unknown as Database,
    engine: 'postgres',
    close: () => pool.end(),
  };
}
