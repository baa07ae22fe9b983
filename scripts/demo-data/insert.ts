import { getTableColumns, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Transaction } from '../../src/server/db/transaction.js';

const rowsPerStatement = 5_000;

/**
 * Bulk insert as `insert … select … from unnest($1::uuid[], $2::text[], …)`: one array parameter
 * per column instead of one parameter per value. Measured on PostgreSQL, it is about three times
 * faster than multi-row VALUES built by the query builder, which matters for millions of rows.
 * A column is written when any row gives it; otherwise the database default applies.
 */
export async function insertInChunks<Table extends PgTable>(
  tx: Transaction,
  table: Table,
  rows: readonly Table['$inferInsert'][],
): Promise<void> {
  if (rows.length === 0) return;
  const records = rows as readonly Record<string, unknown>[];
  const columns = Object.entries(getTableColumns(table) as Record<string, PgColumn>).filter(([key]) =>
    records.some((row) => row[key] !== undefined),
  );
  for (const [key, column] of columns) {
    if (column.hasDefault && records.some((row) => row[key] === undefined)) {
      throw new Error(`${column.name}: give it in every row or in none, so the database default is not replaced by null`);
    }
  }
  const names = sql.join(
    columns.map(([, column]) => sql.identifier(column.name)),
    sql`, `,
  );
  // Arrays of arrays cannot be unnested row by row, so array columns travel as array literals.
  const isArray = (column: PgColumn) => column.getSQLType().endsWith('[]');
  const selected = sql.join(
    columns.map(([, column]) =>
      isArray(column) ? sql`${sql.identifier(column.name)}::${sql.raw(column.getSQLType())}` : sql.identifier(column.name),
    ),
    sql`, `,
  );
  for (let start = 0; start < records.length; start += rowsPerStatement) {
    const chunk = records.slice(start, start + rowsPerStatement);
    const parameters = columns.map(([key, column]) => {
      const json = column.getSQLType() === 'jsonb';
      const values = chunk.map((row) => toParameter(row[key], json));
      return sql`${sql.param(values)}::${sql.raw(isArray(column) ? 'text' : column.getSQLType())}[]`;
    });
    await tx.execute(
      sql`insert into ${table} (${names}) select ${selected} from unnest(${sql.join(parameters, sql`, `)}) as source(${names})`,
    );
  }
}

/** A JSON column takes any value as JSON text, arrays included; other array values are PostgreSQL arrays. */
function toParameter(value: unknown, json: boolean): unknown {
  if (value === undefined || value === null) return null;
  if (json) return JSON.stringify(value);
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return arrayLiteral(value);
  if (typeof value === 'object') return JSON.stringify(value);
  return value;
}

/** PostgreSQL's text form of a one-dimensional array: {"a","b"} with quotes and backslashes escaped. */
function arrayLiteral(values: readonly unknown[]): string {
  const elements = values.map((element) => (element === null ? 'NULL' : `"${String(element).replace(/["\\]/g, '\\$&')}"`));
  return `{${elements.join(',')}}`;
}
