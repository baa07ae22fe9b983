import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import pg from 'pg';
import { applicationRole, openDatabase, type Database } from '../db/engine.js';
import { migrateDatabase } from '../db/migrate.js';
import * as schema from '../db/schema.js';
import { loadShippedData } from '../start-up.js';
import { templateEnvironment } from './test-database.js';

/**
 * Vitest global set-up: migrates one database per engine and loads the shipped reference data
 * once, so that every test file starts from a copy (a PGlite data-folder image, a PostgreSQL
 * template database) instead of repeating minutes of the same work across the suite.
 */
export default async function setUpTestTemplates(): Promise<() => Promise<void>> {
  const folder = await mkdtemp(path.join(tmpdir(), 'polku-test-'));
  const imagePath = path.join(folder, 'pglite-image.tar');
  const pglite = new PGlite();
  const db = drizzle(pglite, { schema }) as unknown as Database;
  await migrateDatabase(db, 'pglite');
  await pglite.exec(`SET ROLE ${applicationRole}`);
  await loadShippedData(db);
  await pglite.exec('RESET ROLE');
  await writeFile(imagePath, Buffer.from(await (await pglite.dumpDataDir('none')).arrayBuffer()));
  await pglite.close();
  process.env[templateEnvironment.pgliteImage] = imagePath;

  const serverUrl = process.env.DATABASE_URL;
  const templateName = `polku_test_template_${randomBytes(6).toString('hex')}`;
  if (serverUrl) {
    await administer(serverUrl, `create database ${templateName}`);
    const templateUrl = new URL(serverUrl);
    templateUrl.pathname = `/${templateName}`;
    const handle = await openDatabase({ databaseUrl: templateUrl.toString() }, { poolSize: 1 });
    await loadShippedData(handle.db);
    await handle.close();
    process.env[templateEnvironment.postgresTemplate] = templateName;
  }

  return async () => {
    await rm(folder, { recursive: true, force: true });
    if (serverUrl) await administer(serverUrl, `drop database if exists ${templateName} with (force)`);
  };
}

async function administer(serverUrl: string, statement: string): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(statement);
  await admin.end();
}
