import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { AppDependencies } from './app-dependencies.js';
import type { Config } from './config.js';
import { createFieldCipher, generateSecretKey } from './crypto/field-encryption.js';
import { openDatabase, openReadReplica, type Database, type DatabaseHandle } from './db/engine.js';
import { inTransaction } from './db/transaction.js';
import { processModels } from './features/programmes/programmes.tables.js';
import { shippedProcessModels } from './features/programmes/process-models.js';
import { loadEscoData } from './reference/esco.load.js';
import { loadReferenceData } from './reference/reference.load.js';

/** The secret key comes from the environment in production; a local install keeps a generated one beside its data. */
function secretKeyFor(config: Config): string {
  if (config.secretKey) return config.secretKey;
  const keyFile = path.join(config.dataDir, 'secret.key');
  if (existsSync(keyFile)) return readFileSync(keyFile, 'utf8').trim();
  mkdirSync(config.dataDir, { recursive: true });
  const key = generateSecretKey();
  writeFileSync(keyFile, key + '\n', { mode: 0o600 });
  chmodSync(keyFile, 0o600);
  return key;
}

/**
 * Data Polku ships with: reference lists and the process models, refreshed at every start.
 * Answers how long loading the ESCO classification took, or null when the database already had it.
 */
export async function loadShippedData(db: Database): Promise<{ escoLoadMilliseconds: number | null }> {
  await loadReferenceData(db);
  const escoLoadMilliseconds = await loadEscoData(db);
  await inTransaction(db, 'system', async (tx) => {
    for (const model of shippedProcessModels) {
      await tx
        .insert(processModels)
        .values({ key: model.key, definition: model.definition })
        .onConflictDoUpdate({ target: processModels.key, set: { definition: sql`excluded.definition` } });
    }
  });
  return { escoLoadMilliseconds };
}

export async function createDependencies(
  config: Config,
  options: { handle?: DatabaseHandle; secretKey?: string } = {},
): Promise<AppDependencies & { close: () => Promise<void> }> {
  const handle =
    options.handle ??
    (await openDatabase(config.databaseUrl ? { databaseUrl: config.databaseUrl } : { dataDir: path.join(config.dataDir, 'pglite') }));
  const { escoLoadMilliseconds } = await loadShippedData(handle.db);
  if (escoLoadMilliseconds !== null && config.logLevel !== 'silent') {
    console.log(`Loaded the ESCO occupations and skills into the ${handle.engine} database in ${escoLoadMilliseconds} ms`);
  }
  const fixedNow = config.fixedNow;
  const replica = config.reportsDatabaseUrl ? openReadReplica(config.reportsDatabaseUrl) : null;
  return {
    config,
    db: handle.db,
    reportsDb: replica?.db ?? handle.db,
    engine: handle.engine,
    cipher: createFieldCipher(options.secretKey ?? secretKeyFor(config)),
    now: fixedNow ? () => new Date(fixedNow) : () => new Date(),
    close: async () => {
      await replica?.close();
      await handle.close();
    },
  };
}
