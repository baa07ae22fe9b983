import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openTestDatabase, testEngines } from '../test-support/test-database.js';
import type { DatabaseHandle } from './engine.js';
import { inTransaction, queryRows } from './transaction.js';

describe.each(testEngines)('row-level security on %s', (engine) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openTestDatabase(engine);
  });
  afterAll(() => handle.close());

  it('runs application queries as a role that is neither superuser nor owner nor exempt from RLS', async () => {
    const [role] = await queryRows<{ name: string; superuser: boolean; bypass: boolean }>(
      handle.db,
      sql`select current_user as name, rolsuper as superuser, rolbypassrls as bypass from pg_roles where rolname = current_user`,
    );
    expect(role).toEqual({ name: 'polku_app', superuser: false, bypass: false });
    const owned = await queryRows(
      handle.db,
      sql`select tablename from pg_tables where schemaname = 'public' and tableowner = current_user`,
    );
    expect(owned).toEqual([]);
  });

  it('forces RLS with a policy on every table that holds client data', async () => {
    const tables = await queryRows<{ table: string; enabled: boolean; forced: boolean; policies: number }>(
      handle.db,
      sql`select c.relname as table, c.relrowsecurity as enabled, c.relforcerowsecurity as forced,
            (select count(*)::int from pg_policies p where p.schemaname = 'public' and p.tablename = c.relname) as policies
          from pg_class c join pg_namespace n on n.oid = c.relnamespace
          where n.nspname = 'public' and c.relkind = 'r'
            and (c.relname = 'clients' or exists (
              select 1 from information_schema.columns col
              where col.table_schema = 'public' and col.table_name = c.relname and col.column_name in ('client_id', 'client_ids')))
          order by c.relname`,
    );
    expect(tables.map((table) => table.table)).toEqual(expect.arrayContaining(['clients', 'enrolments', 'activities', 'audit_log']));
    for (const table of tables) {
      expect(table, table.table).toMatchObject({ enabled: true, forced: true });
      expect(table.policies, table.table).toBeGreaterThan(0);
    }
  });

  it('hides rows of organisations outside the transaction scope even from a query without filters', async () => {
    const organisationIds = await inTransaction(handle.db, 'system', async (tx) => {
      const rows = await queryRows<{ id: string }>(
        tx,
        sql`insert into organisations (name, type) values ('A', 'ngo'), ('B', 'ngo') returning id`,
      );
      for (const row of rows) {
        await tx.execute(sql`insert into clients (organisation_id, first_name, last_name, gender, municipality_code, languages, target_groups, created_at, updated_at)
          values (${row.id}, 'Testi', 'Henkilö', 'unknown', '564', '{}', '{}', now(), now())`);
      }
      return rows.map((row) => row.id);
    });
    const seen = await inTransaction(handle.db, { organisationIds: [organisationIds[0]!] }, (tx) =>
      queryRows<{ organisation_id: string }>(tx, sql`select organisation_id from clients`),
    );
    expect(seen).toEqual([{ organisation_id: organisationIds[0] }]);
    await expect(
      inTransaction(handle.db, { organisationIds: [organisationIds[0]!] }, (tx) =>
        tx.execute(sql`update clients set first_name = 'X' where organisation_id = ${organisationIds[1]!} returning id`),
      ).then((result) => (result as unknown as { rows: unknown[] }).rows.length),
    ).resolves.toBe(0);
  });

  it('does not let the application role rewrite the audit log', async () => {
    await expect(inTransaction(handle.db, 'system', (tx) => tx.execute(sql`delete from audit_log`))).rejects.toThrow();
    await expect(inTransaction(handle.db, 'system', (tx) => tx.execute(sql`update audit_log set action = 'x'`))).rejects.toThrow();
  });
});
