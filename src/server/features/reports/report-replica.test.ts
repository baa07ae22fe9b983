import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../config.js';
import { configProblems as problems } from '../../test-support/config-problems.js';
import { inTransaction } from '../../db/transaction.js';
import { createOrganisation, createUser, testPassword } from '../../test-support/builders.js';
import { insertClient } from '../../test-support/case-work-test-world.js';
import { createTestApp, loginAs, type TestApp } from '../../test-support/test-app.js';
import { testEngines } from '../../test-support/test-database.js';

/**
 * POLKU_REPORTS_DATABASE_URL: the dashboards read from a read replica. Here the "replica" is a
 * second, read-only connection pool to the same test database, told apart by its application name.
 */
describe.runIf(testEngines.includes('postgres'))('dashboards and reports on a read replica', () => {
  let test: TestApp;
  let databaseUrl: string;

  beforeAll(async () => {
    test = await createTestApp('postgres', {}, { reportsReplica: true });
    databaseUrl = test.deps.config.databaseUrl!;
    const organisation = await createOrganisation(test.deps.db);
    const lead = await createUser(test.deps.db, {
      email: 'lead@example.fi',
      roles: [{ organisationId: organisation.id, role: 'team_lead' }],
    });
    await insertClient(test.deps.db, organisation.id, lead.id, 'Aino');
  });
  afterAll(() => test.close());

  const replicaConnections = async () => {
    const owner = new pg.Client({ connectionString: databaseUrl });
    await owner.connect();
    try {
      const result = await owner.query<{ count: string }>(
        "select count(*) from pg_stat_activity where datname = current_database() and application_name = 'polku-reports'",
      );
      return Number(result.rows[0]!.count);
    } finally {
      await owner.end();
    }
  };

  it('answers the figures through the replica connection', async () => {
    expect(test.deps.reportsDb).not.toBe(test.deps.db);
    expect(await replicaConnections()).toBe(0);
    const lead = await loginAs(test.app, 'lead@example.fi', testPassword);
    const response = await lead.get('/api/reports/figures?from=2026-01-01&to=2026-11-23&indicators=clients_new');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().figures).toHaveLength(1);
    expect(await replicaConnections()).toBeGreaterThan(0);
  });

  it('cannot write through the replica connection, so a report can never change data', async () => {
    await expect(
      inTransaction(test.deps.reportsDb, 'system', (tx) => tx.execute(sql`update clients set first_name = first_name`)),
      // 25006: read_only_sql_transaction.
    ).rejects.toMatchObject({ cause: { code: '25006' } });
    // The main connection writes as before: audit entries and every change go there.
    await expect(
      inTransaction(test.deps.db, 'system', (tx) => tx.execute(sql`update clients set first_name = first_name`)),
    ).resolves.toBeDefined();
  });
});

describe('the read replica setting', () => {
  it('is refused without DATABASE_URL, and must be a PostgreSQL address', () => {
    expect(problems({ POLKU_REPORTS_DATABASE_URL: 'postgres://replica.example/polku' })).toEqual([
      'POLKU_REPORTS_DATABASE_URL: needs DATABASE_URL (a replica of the PostgreSQL server it names)',
    ]);
    expect(
      problems({ DATABASE_URL: 'postgres://primary.example/polku', POLKU_REPORTS_DATABASE_URL: 'mysql://replica.example/polku' }),
    ).toEqual(['POLKU_REPORTS_DATABASE_URL: must start with postgres:// or postgresql://']);
    expect(
      readConfig({ DATABASE_URL: 'postgres://primary.example/polku', POLKU_REPORTS_DATABASE_URL: 'postgres://replica.example/polku' })
        .reportsDatabaseUrl,
    ).toBe('postgres://replica.example/polku');
  });
});
