import type { SQL } from 'drizzle-orm';
import { createFieldCipher, generateSecretKey } from '../../src/server/crypto/field-encryption.js';
import type { DatabaseHandle } from '../../src/server/db/engine.js';
import { inTransaction, queryRows } from '../../src/server/db/transaction.js';
import { loadShippedData } from '../../src/server/start-up.js';
import { openTestDatabase, type Engine } from '../../src/server/test-support/test-database.js';
import { loadDemoData, type DemoDataOptions } from './generate.js';

/** The demo data tests load a fresh database each, all relative to the same fixed day. */
export const today = '2026-03-16';
export const cipher = createFieldCipher(generateSecretKey());

export async function loadInto(engine: Engine, options: Omit<DemoDataOptions, 'today' | 'cipher'>) {
  const handle = await openTestDatabase(engine);
  await loadShippedData(handle.db);
  const summary = await loadDemoData(handle.db, { today, cipher, ...options });
  return { handle, summary };
}

export function rows<T>(handle: DatabaseHandle, query: SQL): Promise<T[]> {
  return inTransaction(handle.db, 'system', (tx) => queryRows<T>(tx, query));
}
