import { sql, type SQL } from 'drizzle-orm';
import type { Database } from './engine.js';

export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

/**
 * What the database itself lets a transaction see (row-level security). The authorization
 * policy decides access; this is the second wall behind it.
 */
export type DataScope = { organisationIds: readonly string[] } | 'system';

export async function inTransaction<T>(db: Database, scope: DataScope, work: (tx: Transaction) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    const organisationIds = scope === 'system' ? '' : scope.organisationIds.join(',');
    const system = scope === 'system' ? 'on' : 'off';
    await tx.execute(
      sql`select set_config('polku.organisation_ids', ${organisationIds}, true), set_config('polku.system', ${system}, true)`,
    );
    return work(tx);
  });
}

/** Raw SQL rows; both drivers answer `execute` with `{ rows }`. */
export async function queryRows<T>(executor: Pick<Database, 'execute'>, query: SQL): Promise<T[]> {
  const result = (await executor.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
