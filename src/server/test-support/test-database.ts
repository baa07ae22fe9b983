import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { openDatabase, type DatabaseHandle } from '../db/engine.js';

export type Engine = 'pglite' | 'postgres';

/** PGlite always; PostgreSQL too when DATABASE_URL is set (CI). */
export const testEngines: Engine[] = process.env.DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

/**
 * Set by the unit tests' global set-up (test-templates.ts): a migrated database with the shipped
 * reference data, so each test file copies it instead of migrating and loading it again.
 */
export const templateEnvironment = { pgliteImage: 'POLKU_TEST_PGLITE_IMAGE', postgresTemplate: 'POLKU_TEST_TEMPLATE_DATABASE' } as const;

let pgliteImage: Promise<Blob | undefined> | undefined;

function readPgliteImage(): Promise<Blob | undefined> {
  const imagePath = process.env[templateEnvironment.pgliteImage];
  pgliteImage ??= imagePath ? readFile(imagePath).then((bytes) => new Blob([bytes])) : Promise.resolve(undefined);
  return pgliteImage;
}

/** A fresh, migrated database: in-memory PGlite, or a new database on the PostgreSQL server that is dropped on close. */
export async function openTestDatabase(engine: Engine): Promise<DatabaseHandle & { databaseUrl?: string }> {
  if (engine === 'pglite') return openDatabase({ dataDir: null, image: await readPgliteImage() });
  const serverUrl = new URL(process.env.DATABASE_URL!);
  const name = `polku_test_${randomBytes(6).toString('hex')}`;
  const template = process.env[templateEnvironment.postgresTemplate];
  const admin = new pg.Client({ connectionString: serverUrl.toString() });
  await admin.connect();
  await admin.query(template ? `create database ${name} template ${template}` : `create database ${name}`);
  await admin.end();
  const databaseUrl = new URL(serverUrl);
  databaseUrl.pathname = `/${name}`;
  const handle = await openDatabase({ databaseUrl: databaseUrl.toString() }, { poolSize: 4 });
  return {
    ...handle,
    databaseUrl: databaseUrl.toString(),
    close: async () => {
      await handle.close();
      const cleaner = new pg.Client({ connectionString: serverUrl.toString() });
      await cleaner.connect();
      await cleaner.query(`drop database if exists ${name} with (force)`);
      await cleaner.end();
    },
  };
}
