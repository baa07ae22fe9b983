import { createHash } from 'node:crypto';
import { sql, type SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
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
    await queryPreparedRows(
      tx,
      sql`select set_config('polku.organisation_ids', ${organisationIds}, true), set_config('polku.system', ${system}, true)`,
    );
    return work(tx);
  });
}

/** Rows that carry the whole list's count (`count(*) over ()`) as items and that total. */
export function itemsWithTotal<Row extends { total: number }>(rows: Row[]): { items: Omit<Row, 'total'>[]; total: number } {
  return { items: rows.map(({ total: _total, ...item }) => item), total: rows[0]?.total ?? 0 };
}

/** Raw SQL rows; both drivers answer `execute` with `{ rows }`. */
export async function queryRows<T>(executor: Pick<Database, 'execute'>, query: SQL): Promise<T[]> {
  const result = (await executor.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

const dialect = new PgDialect();

/**
 * Raw SQL rows through a named prepared statement, for the hottest reads: PostgreSQL then parses
 * and plans the statement once per connection instead of on every request (planning the caseload
 * page under row-level security cost as much as running it). The name is a hash of the text, so
 * one name always means one text.
 */
export async function queryPreparedRows<T>(executor: Pick<Database, '_'>, query: SQL): Promise<T[]> {
  const built = dialect.sqlToQuery(query);
  const name = `polku_${createHash('sha256').update(built.sql).digest('base64url').slice(0, 24)}`;
  const result = (await executor._.session.prepareQuery(built, undefined, name, false).execute()) as unknown as { rows: T[] };
  return result.rows;
}
