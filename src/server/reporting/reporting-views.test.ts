import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/engine.js';
import { inTransaction, queryRows } from '../db/transaction.js';
import { createOrganisation, createUser } from '../test-support/builders.js';
import { insertClient, insertEnrolment } from '../test-support/case-work-test-world.js';
import { openTestDatabase, testEngines } from '../test-support/test-database.js';

const views = [
  'programmes',
  'enrolments',
  'activities',
  'placements',
  'employers',
  'employer_interactions',
  'follow_ups',
  'groups',
  'group_sessions',
  'group_attendance',
];
const applicationTables = [
  'clients',
  'enrolments',
  'activities',
  'placements',
  'employers',
  'follow_ups',
  'esf_participants',
  'users',
  'group_attendance',
];

/** SQLSTATE of the error, or of the error a driver wrapped it in. */
function sqlState(error: unknown): string | undefined {
  if (!(error instanceof Error)) return undefined;
  return (error as { code?: string }).code ?? sqlState(error.cause);
}

/**
 * Runs a statement as the BI role would: the transaction steps back to the session user (the
 * application's SET ROLE is undone for this transaction only) and then becomes polku_reporting.
 */
async function asReporting<T>(handle: DatabaseHandle, statement: string): Promise<T[]> {
  return handle.db.transaction(async (tx) => {
    await tx.execute(sql.raw('set local role none'));
    await tx.execute(sql.raw('set local role polku_reporting'));
    return queryRows<T>(tx, sql.raw(statement));
  });
}

async function refusal(handle: DatabaseHandle, statement: string): Promise<string | undefined> {
  try {
    await asReporting(handle, statement);
    return 'allowed';
  } catch (error) {
    return sqlState(error);
  }
}

describe.each(testEngines)('reporting views on %s', (engine) => {
  let handle: DatabaseHandle;
  const clientIds: string[] = [];

  beforeAll(async () => {
    handle = await openTestDatabase(engine);
    const db = handle.db;
    for (const name of ['Oulun työllisyysalue', 'Lapin työllisyysalue']) {
      const organisation = await createOrganisation(db, name);
      const coach = await createUser(db, {
        email: `coach-${clientIds.length}@example.fi`,
        roles: [{ organisationId: organisation.id, role: 'coach' }],
      });
      const clientId = await insertClient(db, organisation.id, coach.id, 'Salainen');
      const enrolmentId = await insertEnrolment(db, { clientId, coachId: coach.id, startDate: '2026-01-05', endDate: '2026-05-29' });
      await inTransaction(db, 'system', async (tx) => {
        await tx.execute(sql`update clients set date_of_birth = '1995-03-01', unemployed_since = '2024-06-01' where id = ${clientId}`);
        await tx.execute(sql`insert into activities (client_id, organisation_id, enrolment_id, occurred_on, duration_minutes, mode, participants, summary, recorded_by, created_at)
          values (${clientId}, ${organisation.id}, ${enrolmentId}, '2026-01-12', 60, 'face_to_face', '{client}', 'Salainen muistiinpano', ${coach.id}, now())`);
        await tx.execute(sql`insert into follow_ups (enrolment_id, client_id, organisation_id, months_after_end, due_on, completed_on, situation, information_source, note)
          values (${enrolmentId}, ${clientId}, ${organisation.id}, 3, '2026-08-29', '2026-09-01', 'work', 'client', 'Salainen huomio')`);
        const [group] = await queryRows<{ id: string }>(
          tx,
          sql`insert into groups (organisation_id, name, kind, description, starts_on, created_by, created_at, updated_at)
            values (${organisation.id}, 'Työnhakupaja', 'workshop', 'Salainen kuvaus', '2026-01-01', ${coach.id}, now(), now()) returning id`,
        );
        const [session] = await queryRows<{ id: string }>(
          tx,
          sql`insert into group_sessions (group_id, organisation_id, held_on, mode, created_by, created_at)
            values (${group!.id}, ${organisation.id}, '2026-01-20', 'face_to_face', ${coach.id}, now()) returning id`,
        );
        await tx.execute(sql`insert into group_participants (group_id, client_id, organisation_id, joined_on, added_by, created_at)
          values (${group!.id}, ${clientId}, ${organisation.id}, '2026-01-10', ${coach.id}, now())`);
        await tx.execute(sql`insert into group_attendance (session_id, group_id, client_id, organisation_id)
          values (${session!.id}, ${group!.id}, ${clientId}, ${organisation.id})`);
      });
      clientIds.push(clientId);
    }
  });
  afterAll(() => handle.close());

  it('lets the BI role read every view, with every organisation and a pseudonymous client key', async () => {
    for (const view of views) {
      expect(await refusal(handle, `select * from reporting.${view} limit 1`), view).toBe('allowed');
    }
    const enrolments = await asReporting<{
      client_key: string;
      organisation_id: string;
      age_band_at_start: string;
      long_term_unemployed_at_start: boolean;
    }>(handle, 'select * from reporting.enrolments order by organisation_id');
    expect(enrolments).toHaveLength(2);
    expect(new Set(enrolments.map((row) => row.organisation_id)).size).toBe(2);
    // Born 1995-03-01, started 2026-01-05: 30 years old; unemployed since 2024-06 is over 12 months.
    expect(enrolments.map((row) => row.age_band_at_start)).toEqual(['30_49', '30_49']);
    expect(enrolments.every((row) => row.long_term_unemployed_at_start)).toBe(true);
    for (const row of enrolments) {
      expect(row.client_key).toMatch(/^[0-9a-f]{64}$/);
      expect(clientIds.some((id) => row.client_key.includes(id.replaceAll('-', '')))).toBe(false);
    }
    // One person has the same key in every view, so BI tools can join them.
    const activityKeys = await asReporting<{ client_key: string }>(handle, 'select client_key from reporting.activities');
    const followUpKeys = await asReporting<{ client_key: string }>(handle, 'select client_key from reporting.follow_ups');
    const attendanceKeys = await asReporting<{ client_key: string }>(handle, 'select client_key from reporting.group_attendance');
    const keys = new Set(enrolments.map((row) => row.client_key));
    expect(activityKeys.every((row) => keys.has(row.client_key))).toBe(true);
    expect(followUpKeys.every((row) => keys.has(row.client_key))).toBe(true);
    expect(attendanceKeys).toHaveLength(2);
    expect(attendanceKeys.every((row) => keys.has(row.client_key))).toBe(true);
  });

  it('exposes no names, identity codes, contact details or free text', async () => {
    const columns = await asReporting<{ column_name: string }>(
      handle,
      `select column_name from information_schema.columns where table_schema = 'reporting'`,
    );
    const names = columns.map((column) => column.column_name);
    expect(names).toContain('client_key');
    for (const forbidden of [
      'client_id',
      'first_name',
      'last_name',
      'identity_code_encrypted',
      'identity_code_hash',
      'date_of_birth',
      'email',
      'phone',
      'street_address',
      'summary',
      'note',
      'notes',
      'duties',
      'description',
    ]) {
      expect(names, forbidden).not.toContain(forbidden);
    }
    const text =
      JSON.stringify(await asReporting(handle, 'select * from reporting.activities')) +
      JSON.stringify(await asReporting(handle, 'select * from reporting.follow_ups')) +
      JSON.stringify(await asReporting(handle, 'select * from reporting.groups'));
    expect(text).not.toContain('Salainen');
  });

  it('refuses the BI role the application tables, the pseudonym salt and any write', async () => {
    for (const table of applicationTables) {
      expect(await refusal(handle, `select * from public.${table} limit 1`), table).toBe('42501');
    }
    expect(await refusal(handle, 'select * from reporting_private.pseudonym_key')).toBe('42501');
    expect(await refusal(handle, `update reporting.employers set employer_name = 'x'`)).toBe('42501');
    // A view over a join cannot be written at all (55000); a simple one refuses the role (42501).
    expect(['42501', '55000']).toContain(await refusal(handle, `delete from reporting.follow_ups`));
  });

  it('still shows every organisation when the views belong to an owner that is not a superuser', async () => {
    // Production databases are often migrated by a non-superuser owner, to whom forced RLS applies.
    const owner = `polku_test_owner_${randomBytes(4).toString('hex')}`;
    const admin = async (statement: string) =>
      handle.db.transaction(async (tx) => {
        await tx.execute(sql.raw('set local role none'));
        await tx.execute(sql.raw(statement));
      });
    await admin(`create role ${owner} nologin nosuperuser nobypassrls`);
    try {
      await admin(`grant usage on schema reporting, reporting_private to ${owner}`);
      await admin(`grant select on all tables in schema public, reporting_private to ${owner}`);
      await admin(`grant create on schema reporting to ${owner}`);
      for (const view of views) await admin(`alter view reporting.${view} owner to ${owner}`);
      // Row-level security binds that owner: on its own it sees nothing outside a request's scope …
      const ownerSees = await handle.db.transaction(async (tx) => {
        await tx.execute(sql.raw('set local role none'));
        await tx.execute(sql.raw(`set local role ${owner}`));
        return queryRows<{ count: number }>(tx, sql`select count(*)::int as count from reporting.follow_ups`);
      });
      expect(ownerSees).toEqual([{ count: 0 }]);
      // … and the reporting_read policies are what let the BI role through the views.
      const rows = await asReporting<{ organisation_id: string }>(handle, 'select organisation_id from reporting.follow_ups');
      expect(new Set(rows.map((row) => row.organisation_id)).size).toBe(2);
    } finally {
      const sessionUser = (await queryRows<{ name: string }>(handle.db, sql`select session_user as name`))[0]!.name;
      await admin(`reassign owned by ${owner} to ${sessionUser}`);
      await admin(`drop owned by ${owner}`);
      await admin(`drop role ${owner}`);
    }
  });
});
