import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { parseIdentityCode } from '../../src/contract/identity-code.js';
import { passwordProblem, verifyPassword } from '../../src/server/auth/password.js';
import type { DatabaseHandle } from '../../src/server/db/engine.js';
import { inTransaction } from '../../src/server/db/transaction.js';
import { recomputeAllMeetingDueDates } from '../../src/server/features/enrolments/meeting-rules.js';
import { testEngines } from '../../src/server/test-support/test-database.js';
import { cipher, loadInto, rows, today } from './demo-test-database.js';
import { addDays } from './dates.js';
import { followUpBacklogDays } from './follow-up-tasks.js';
import { demoPassword, type DemoDataSummary } from './generate.js';

/** What must not change between two loads with the same seed (ciphertexts differ by their random IVs). */
function projection(handle: DatabaseHandle) {
  return rows(
    handle,
    sql`select c.id, c.first_name, c.last_name, c.identity_code_hash, c.date_of_birth::text, c.postal_code, c.target_groups,
          (select count(*)::int from activities a where a.client_id = c.id) as activities,
          (select string_agg(e.start_date::text || ' ' || e.current_phase || ' ' || coalesce(e.outcome, '-'), ', ' order by e.start_date)
             from enrolments e where e.client_id = c.id) as enrolments,
          (select string_agg(g.title, ', ' order by g.id) from plan_goals g where g.client_id = c.id) as goals
        from clients c order by c.id`,
  );
}

/** The employer side, with the proposals and placements that tie it to the clients. */
function employerProjection(handle: DatabaseHandle) {
  return rows(
    handle,
    sql`select e.id, e.name, e.business_id, e.industry_section, e.stage, e.stage_changed_on::text, e.last_contact_on::text,
          (select count(*)::int from employer_interactions i where i.employer_id = e.id) as interactions,
          (select string_agg(o.kind || ' ' || o.status, ', ' order by o.id) from opportunities o where o.employer_id = e.id) as opportunities,
          (select string_agg(a.status || ' ' || a.response_due_at::text, ', ' order by a.id) from assignments a where a.employer_id = e.id) as assignments,
          (select string_agg(p.client_id || ' ' || p.status, ', ' order by p.id) from proposals p where p.employer_id = e.id) as proposals,
          (select string_agg(pl.client_id || ' ' || pl.start_date::text, ', ' order by pl.id) from placements pl where pl.employer_id = e.id) as placements
        from employers e order by e.id`,
  );
}

describe.each(testEngines)('demo data on %s', (engine) => {
  let first: { handle: DatabaseHandle; summary: DemoDataSummary };
  let second: { handle: DatabaseHandle; summary: DemoDataSummary };
  beforeAll(async () => {
    first = await loadInto(engine, { seed: 7, clients: 200 });
    second = await loadInto(engine, { seed: 7, clients: 200, batchSize: 37 });
  });
  afterAll(async () => {
    await first?.handle.close();
    await second?.handle.close();
  });

  it('gives identical data for the same seed, whatever the batch size', async () => {
    const firstProjection = await projection(first.handle);
    expect(firstProjection).toHaveLength(200);
    expect(await projection(second.handle)).toEqual(firstProjection);
    expect(second.summary.rowCounts).toEqual(first.summary.rowCounts);
    const firstEmployers = await employerProjection(first.handle);
    expect(firstEmployers.length).toBeGreaterThan(100);
    expect(await employerProjection(second.handle)).toEqual(firstEmployers);
  });

  it('spreads clients over the three employment areas and none to the partner organisations', () => {
    const clientsByType = first.summary.organisations.map((organisation) => [organisation.type, organisation.clients > 0]);
    expect(clientsByType).toEqual([
      ['employment_area', true],
      ['employment_area', true],
      ['employment_area', true],
      ['ngo', false],
      ['kela_office', false],
      ['educational_institution', false],
    ]);
  });

  it('gives every client a data-processing consent and an enrolment consent for each enrolment', async () => {
    const missing = await rows(
      first.handle,
      sql`select c.id from clients c
          where not exists (select 1 from consents k where k.client_id = c.id and k.kind = 'data_processing' and k.organisation_id = c.organisation_id)
             or (select count(*) from consents k where k.client_id = c.id and k.kind = 'enrolment')
                <> (select count(*) from enrolments e where e.client_id = c.id)`,
    );
    expect(missing).toEqual([]);
  });

  it('gives a client either a valid identity code that matches the birth date and gender, or no code at all', async () => {
    const clients = await rows<{ encrypted: string | null; hash: string | null; dateOfBirth: string | null; gender: string }>(
      first.handle,
      sql`select identity_code_encrypted as encrypted, identity_code_hash as hash, date_of_birth::text as "dateOfBirth", gender from clients`,
    );
    let withCode = 0;
    for (const client of clients) {
      if (client.encrypted === null) {
        expect(client.hash).toBeNull();
        continue;
      }
      withCode++;
      const code = cipher.decrypt(client.encrypted);
      expect(client.hash).toBe(cipher.blindIndex(code));
      expect(parseIdentityCode(code)).toEqual({ dateOfBirth: client.dateOfBirth, gender: client.gender });
    }
    expect(withCode / clients.length).toBeGreaterThan(0.55);
    expect(withCode / clients.length).toBeLessThan(0.85);
  });

  it("uses only the phases of the programme's process model, and the current phase is the latest change", async () => {
    const wrongPhases = await rows(
      first.handle,
      sql`select pc.phase, m.key from phase_changes pc
          join enrolments e on e.id = pc.enrolment_id
          join programmes p on p.id = e.programme_id
          join process_models m on m.id = p.process_model_id
          where not exists (select 1 from jsonb_array_elements(m.definition -> 'phases') as model_phase(value) where model_phase.value ->> 'key' = pc.phase)`,
    );
    expect(wrongPhases).toEqual([]);
    const inconsistent = await rows(
      first.handle,
      sql`select e.id from enrolments e
          join lateral (select pc.phase, pc.changed_on from phase_changes pc where pc.enrolment_id = e.id
                        order by pc.changed_on desc, pc.id desc limit 1) latest on true
          where latest.changed_on <> e.phase_started_on or latest.changed_on < e.start_date
             or (select min(changed_on) from phase_changes pc where pc.enrolment_id = e.id) <> e.start_date`,
    );
    expect(inconsistent).toEqual([]);
  });

  it("keeps every enrolment, with its activities, in its client's organisation and its programme's", async () => {
    const mismatched = await rows(
      first.handle,
      sql`select e.id from enrolments e join clients c on c.id = e.client_id join programmes p on p.id = e.programme_id
          where e.organisation_id <> c.organisation_id or p.organisation_id <> c.organisation_id
          union all
          select a.id from activities a join enrolments e on e.id = a.enrolment_id
          where a.organisation_id <> e.organisation_id or a.client_id <> e.client_id
             or a.occurred_on < e.start_date or a.occurred_on > coalesce(e.end_date, ${today}::date)`,
    );
    expect(mismatched).toEqual([]);
  });

  it('runs group activities in every area, with attendance only at sessions already held, the same for the same seed', async () => {
    const groupFacts = sql`select g.organisation_id, g.name, g.starts_on::text,
          (select count(*)::int from group_participants p where p.group_id = g.id) as participants,
          (select count(*)::int from group_sessions s where s.group_id = g.id) as sessions,
          (select count(*)::int from group_attendance a where a.group_id = g.id) as attended
        from groups g order by g.id`;
    const facts = await rows<{ organisation_id: string; participants: number; sessions: number; attended: number }>(
      first.handle,
      groupFacts,
    );
    expect(new Set(facts.map((fact) => fact.organisation_id)).size).toBe(3);
    expect(facts.every((fact) => fact.participants > 0 && fact.sessions > 0 && fact.attended > 0)).toBe(true);
    expect(await rows(second.handle, groupFacts)).toEqual(facts);
    const early = await rows(
      first.handle,
      sql`select a.session_id from group_attendance a join group_sessions s on s.id = a.session_id where s.held_on > ${today}::date`,
    );
    expect(early).toEqual([]);
  });

  it('ends about a third of the clients with an outcome and completes the follow-ups due before the last three weeks', async () => {
    const [facts] = await rows<{ clientsWithEnded: number; positive: number; ended: number; openDue: number }>(
      first.handle,
      sql`select (select count(distinct client_id)::int from enrolments where end_date is not null) as "clientsWithEnded",
                 (select count(*)::int from enrolments where outcome in ('work', 'education', 'entrepreneurship')) as positive,
                 (select count(*)::int from enrolments where end_date is not null) as ended,
                 (select count(*)::int from follow_ups where due_on < ${addDays(today, -followUpBacklogDays)}::date and completed_on is null) as "openDue"`,
    );
    expect(facts!.clientsWithEnded / 200).toBeGreaterThan(0.2);
    expect(facts!.clientsWithEnded / 200).toBeLessThan(0.5);
    expect(facts!.positive / facts!.ended).toBeGreaterThan(0.3);
    expect(facts!.openDue).toBe(0);
  });

  it('derives the same meeting columns as the meeting rules, and leaves some enrolments overdue', async () => {
    const derived = sql`select id, last_meeting_on::text, first_employer_contact_on::text from enrolments order by id`;
    const written = await rows(first.handle, derived);
    await inTransaction(first.handle.db, 'system', (tx) => recomputeAllMeetingDueDates(tx));
    expect(await rows(first.handle, derived)).toEqual(written);
    const [overdue] = await rows<{ meetings: number; employerContacts: number }>(
      first.handle,
      sql`select count(*) filter (where next_meeting_due_on < ${today}::date)::int as meetings,
                 count(*) filter (where first_employer_contact_due_on < ${today}::date)::int as "employerContacts"
          from enrolments where end_date is null`,
    );
    expect(overdue!.meetings).toBeGreaterThan(0);
    expect(overdue!.employerContacts).toBeGreaterThan(0);
  });

  it('returns memorable logins whose shared password is strong and verifies against the stored hash', async () => {
    const emails = first.summary.logins.map((login) => login.email);
    expect(emails).toEqual(
      expect.arrayContaining([
        'coach@oulu.polku.test',
        'lead@oulu.polku.test',
        'admin@oulu.polku.test',
        'analyst@oulu.polku.test',
        'coach@rovaniemi.polku.test',
        'partner@ngo.polku.test',
      ]),
    );
    expect(passwordProblem(demoPassword)).toBeNull();
    const [admin] = await rows<{ hash: string; totp: boolean }>(
      first.handle,
      sql`select password_hash as hash, totp_enabled as totp from users where email = 'admin@oulu.polku.test'`,
    );
    expect(admin!.totp).toBe(false);
    expect(await verifyPassword(admin!.hash, demoPassword)).toBe(true);
  });
});

describe.each(testEngines)('demo data volume mode on %s', (engine) => {
  it('writes exactly the requested number of activities per client', async () => {
    const { handle, summary } = await loadInto(engine, { seed: 11, clients: 30, activitiesPerClient: 9, batchSize: 8 });
    try {
      const counts = await rows<{ activities: number }>(
        handle,
        sql`select count(a.id)::int as activities from clients c left join activities a on a.client_id = c.id group by c.id`,
      );
      expect(counts).toHaveLength(30);
      expect(counts.every((client) => client.activities === 9)).toBe(true);
      expect(summary.rowCounts.activities).toBe(270);
    } finally {
      await handle.close();
    }
  });
});
