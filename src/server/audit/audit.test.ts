import { asc, eq, sql, type SQL } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/engine.js';
import { inTransaction, queryRows } from '../db/transaction.js';
import {
  createCaseWorkWorld,
  expectMatrix,
  fieldErrors,
  type CaseWorkWorld,
  type EndpointMatrix,
} from '../test-support/case-work-test-world.js';
import { adminOnly, latestAuditEntry } from '../features/users/administration-test-support.js';
import { createOrganisation, createUser, testPassword } from '../test-support/builders.js';
import { newClientRequest } from '../test-support/client-builders.js';
import { createTestApp, defaultTestNow, loginAs, type TestApp } from '../test-support/test-app.js';
import { testEngines } from '../test-support/test-database.js';
import { recordAudit, verifyAuditChain } from './audit.service.js';
import { auditLog } from './audit.tables.js';

export const auditAuthorizationMatrix: EndpointMatrix = {
  'GET /api/audit': adminOnly(200),
  'GET /api/audit/clients': adminOnly(200),
  'GET /api/audit/verify': adminOnly(200),
};

type Entry = {
  sequence: number;
  action: string;
  outcome: string;
  actorUserId: string | null;
  actorName: string | null;
  organisationId: string | null;
  clientIds: string[];
};

/** What only the database owner can do: the application role may append to the audit log, never change it. */
async function asDatabaseOwner(db: Database, statement: SQL): Promise<void> {
  await db.transaction(async (tx) => {
    const [owner] = await queryRows<{ name: string }>(tx, sql`select session_user as name`);
    await tx.execute(sql.raw(`set local role "${owner!.name}"`));
    await tx.execute(statement);
  });
}

/** The database's own message, beneath the query wrapper of the driver. */
function rootMessage(error: unknown): string {
  return error instanceof Error && error.cause ? rootMessage(error.cause) : String((error as Error).message);
}

describe.each(testEngines)('audit log view on %s', (engine) => {
  let world: CaseWorkWorld;
  const entries = async (query: string): Promise<Entry[]> => {
    const response = await world.agents.admin.get(`/api/audit${query}`);
    expect(response.statusCode).toBe(200);
    return response.json().items;
  };

  beforeAll(async () => {
    world = await createCaseWorkWorld(engine);
    await world.agents.assigned.get(`/api/clients/${world.clientId}`);
    await world.agents.foreign.get(`/api/clients/${world.clientId}`);
  });
  afterAll(() => world.close());

  it('lets only admins read the audit log, find clients in it and verify it', async () => {
    await expectMatrix(world, auditAuthorizationMatrix, {
      'GET /api/audit': async () => ({ method: 'GET', url: '/api/audit' }),
      'GET /api/audit/clients': async () => ({ method: 'GET', url: '/api/audit/clients?search=Korhonen' }),
      'GET /api/audit/verify': async () => ({ method: 'GET', url: '/api/audit/verify' }),
    });
  });

  it("shows the entries of the admin's own organisation newest first, with the actor's name", async () => {
    const items = await entries('?pageSize=200');
    expect(items.length).toBeGreaterThan(0);
    expect(items.map((entry) => entry.sequence)).toEqual([...items.map((entry) => entry.sequence)].sort((a, b) => b - a));
    expect(items.every((entry) => entry.organisationId === world.organisationId)).toBe(true);
    expect(items).toContainEqual(
      expect.objectContaining({
        action: 'client.read',
        actorUserId: world.users.assigned,
        actorName: 'assigned',
        clientIds: [world.clientId],
      }),
    );
  });

  it('answers "who has looked at my data" with every entry naming the client, whichever organisation acted, and audits the look', async () => {
    const items = await entries(`?clientId=${world.clientId}`);
    expect(items).toContainEqual(expect.objectContaining({ action: 'client.read', outcome: 'success', actorUserId: world.users.assigned }));
    expect(items).toContainEqual(
      expect.objectContaining({
        action: 'client.read',
        outcome: 'denied',
        actorUserId: world.users.foreign,
        organisationId: world.otherOrganisationId,
      }),
    );
    expect(items.every((entry) => entry.clientIds.includes(world.clientId))).toBe(true);
    expect(await latestAuditEntry(world.db)).toMatchObject({
      action: 'client.audit.read',
      actorUserId: world.users.admin,
      clientIds: [world.clientId],
    });
    const next = await entries(`?clientId=${world.clientId}`);
    expect(next[0]).toMatchObject({ action: 'client.audit.read', actorUserId: world.users.admin, actorName: 'admin' });
  });

  it("answers 404 for another organisation's client, as for an unknown one", async () => {
    expect((await world.agents.admin.get(`/api/audit?clientId=${world.otherClientId}`)).statusCode).toBe(404);
    expect((await world.agents.admin.get('/api/audit?clientId=00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });

  it('filters by actor, action and Helsinki calendar days, both ends inclusive', async () => {
    const byActor = await entries(`?actorUserId=${world.users.assigned}`);
    expect(byActor.length).toBeGreaterThan(0);
    expect(byActor.every((entry) => entry.actorUserId === world.users.assigned)).toBe(true);
    expect((await entries('?action=client.read')).every((entry) => entry.action === 'client.read')).toBe(true);

    const event = {
      actorUserId: world.users.lead,
      organisationId: world.organisationId,
      action: 'test.midnight',
      outcome: 'success' as const,
    };
    await recordAudit(world.db, event, new Date('2026-11-23T23:59:00+02:00'));
    await recordAudit(world.db, event, new Date('2026-11-24T00:01:00+02:00'));
    const on = async (from: string, to: string) =>
      (await entries(`?action=test.midnight&from=${from}&to=${to}`)).map((entry) => entry.sequence);
    const [later, earlier] = await on('2026-11-23', '2026-11-24');
    expect(await on('2026-11-23', '2026-11-23')).toEqual([earlier]);
    expect(await on('2026-11-24', '2026-11-24')).toEqual([later]);
    expect(await on('2026-11-25', '2026-12-31')).toEqual([]);

    const reversed = await world.agents.admin.get('/api/audit?from=2026-11-24&to=2026-11-23');
    expect({ status: reversed.statusCode, fields: fieldErrors(reversed) }).toEqual({ status: 400, fields: ['to:end_before_start'] });
  });

  it("finds the admin's own clients by name with only their name and birth year, and audits whom it found", async () => {
    const created = (await world.agents.assigned.post('/api/clients', newClientRequest())).json();
    const response = await world.agents.admin.get('/api/audit/clients?search=aino korh');
    expect(response.statusCode).toBe(200);
    const items = response.json().items;
    expect(items).toEqual(
      expect.arrayContaining([
        { id: created.id, firstName: 'Aino', lastName: 'Korhonen', birthYear: 1952 },
        { id: world.clientId, firstName: 'Aino', lastName: 'Korhonen', birthYear: null },
      ]),
    );
    expect((await world.agents.admin.get('/api/audit/clients?search=Lauri')).json().items).toEqual([]);
    const entry = await latestAuditEntry(world.db);
    expect(entry).toMatchObject({ action: 'client.audit.read', clientIds: [] });
    const [searchEntry] = (await entries(`?action=client.audit.read&actorUserId=${world.users.admin}&clientId=${created.id}`)).filter(
      (item) => item.clientIds.length === 2,
    );
    expect([...searchEntry!.clientIds].sort()).toEqual([created.id, world.clientId].sort());
    expect(fieldErrors(await world.agents.admin.get('/api/audit/clients?search=K'))).toEqual(['search:too_short']);
  });

  it('verifies the intact hash chain through the API', async () => {
    const response = await world.agents.admin.get('/api/audit/verify');
    expect(response.json()).toEqual({ entries: expect.any(Number), problems: [] });
    expect(response.json().entries).toBeGreaterThan(10);
  });

  it('keeps one unbroken chain when many requests are audited at once, each entry committed before its answer', async () => {
    const before = await verifyAuditChain(world.db);
    const responses = await Promise.all(Array.from({ length: 40 }, () => world.agents.assigned.get(`/api/clients/${world.clientId}`)));
    expect(responses.map((response) => response.statusCode)).toEqual(Array(40).fill(200));
    expect(await verifyAuditChain(world.db)).toEqual({ entries: before.entries + 40, problems: [] });
    const logged = await inTransaction(world.db, 'system', (tx) =>
      tx
        .select({ action: auditLog.action, clientIds: auditLog.clientIds, requestId: auditLog.requestId })
        .from(auditLog)
        .where(sql`${auditLog.sequence} > ${before.entries}`),
    );
    expect(logged.every((entry) => entry.action === 'client.read' && entry.clientIds[0] === world.clientId)).toBe(true);
    expect(new Set(logged.map((entry) => entry.requestId)).size).toBe(40);
  });

  it('fails only the entry that cannot be written, not the others written with it', async () => {
    const good = { actorUserId: world.users.lead, organisationId: world.organisationId, action: 'test.batch', outcome: 'success' as const };
    const bad = { ...good, clientIds: ['not-a-uuid'] };
    const results = await Promise.allSettled([
      recordAudit(world.db, good, new Date(defaultTestNow)),
      recordAudit(world.db, bad, new Date(defaultTestNow)),
      recordAudit(world.db, good, new Date(defaultTestNow)),
    ]);
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((await verifyAuditChain(world.db)).problems).toEqual([]);
  });

  it('does not let the application role change or remove audit entries, whatever its data scope', async () => {
    for (const scope of ['system', { organisationIds: [world.organisationId] }] as const) {
      const update = inTransaction(world.db, scope, (tx) => tx.update(auditLog).set({ action: 'forged' }).where(eq(auditLog.sequence, 1)));
      await expect(update.catch(rootMessage)).resolves.toMatch(/permission denied/);
      const remove = inTransaction(world.db, scope, (tx) => tx.delete(auditLog).where(eq(auditLog.sequence, 1)));
      await expect(remove.catch(rootMessage)).resolves.toMatch(/permission denied/);
    }
    expect((await verifyAuditChain(world.db)).problems).toEqual([]);
  });
});

describe.each(testEngines)('audit chain tampering on %s', (engine) => {
  let test: TestApp;

  beforeAll(async () => {
    test = await createTestApp(engine);
    const organisation = await createOrganisation(test.deps.db);
    await createUser(test.deps.db, { email: 'coach@example.fi', roles: [{ organisationId: organisation.id, role: 'coach' }] });
    for (let login = 0; login < 4; login++) await loginAs(test.app, 'coach@example.fi', testPassword);
  });
  afterAll(() => test.close());

  it('reports an entry the database owner edited as a hash mismatch, and a removed one as a gap', async () => {
    expect(await verifyAuditChain(test.deps.db)).toEqual({ entries: 4, problems: [] });
    await asDatabaseOwner(test.deps.db, sql`update audit_log set action = 'x' where sequence = 2`);
    expect(await verifyAuditChain(test.deps.db)).toEqual({ entries: 4, problems: [{ sequence: 2, problem: 'hash_mismatch' }] });

    await asDatabaseOwner(test.deps.db, sql`delete from audit_log where sequence = 3`);
    const { problems } = await verifyAuditChain(test.deps.db);
    expect(problems).toEqual([
      { sequence: 2, problem: 'hash_mismatch' },
      { sequence: 4, problem: 'gap' },
      { sequence: 4, problem: 'broken_link' },
    ]);
    const remaining = await inTransaction(test.deps.db, 'system', (tx) =>
      tx.select({ sequence: auditLog.sequence }).from(auditLog).orderBy(asc(auditLog.sequence)),
    );
    expect(remaining.map((entry) => entry.sequence)).toEqual([1, 2, 4]);
  });
});
