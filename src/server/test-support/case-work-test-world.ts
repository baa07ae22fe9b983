import { asc, eq, sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { Role } from '../../contract/auth.js';
import { auditLog } from '../audit/audit.tables.js';
import { currentTotp, generateTotpSecret } from '../auth/totp.js';
import type { Database } from '../db/engine.js';
import { inTransaction } from '../db/transaction.js';
import { createOrganisation, createUser, testPassword } from './builders.js';
import { createTestApp, defaultTestNow, loginAs, type TestApp, type UserAgent } from './test-app.js';
import type { Engine } from './test-database.js';
import { clients } from '../features/clients/clients.tables.js';
import { enrolments } from '../features/enrolments/enrolments.tables.js';
import { processModels, programmes } from '../features/programmes/programmes.tables.js';

/**
 * Test-only world for the case-work records (consents, plans, activities, referrals): two
 * organisations, one user per role, and a client whose coach is `assigned`.
 */
/** The actor names of the authorization matrix test: `assigned` coaches the client, `colleague` is another coach of the organisation, `foreign` a coach of another one. */
export const matrixRoles = ['assigned', 'colleague', 'coordinator', 'lead', 'admin', 'analyst', 'partner', 'foreign'] as const;
export type MatrixRole = (typeof matrixRoles)[number];
/** Endpoint ('METHOD /path') → role → expected HTTP status; merged into the authorization matrix test. */
export type EndpointMatrix = Record<string, Record<MatrixRole, number>>;

const outsiders = { admin: 404, analyst: 404, partner: 404, foreign: 404 } as const;
export const clientReadExpectations = { assigned: 200, colleague: 200, lead: 200, coordinator: 200, ...outsiders };
export const caseWorkExpectations = (success: number) => ({
  assigned: success,
  colleague: 403,
  lead: success,
  coordinator: 403,
  ...outsiders,
});
export const protectedReadExpectations = { assigned: 200, colleague: 403, lead: 403, coordinator: 403, ...outsiders };

export type MatrixRequest = { method: 'GET' | 'POST' | 'PUT' | 'DELETE'; url: string; body?: unknown };

export type CaseWorkWorld = {
  test: TestApp;
  db: Database;
  organisationId: string;
  otherOrganisationId: string;
  users: Record<MatrixRole, string>;
  agents: Record<MatrixRole, UserAgent>;
  /** Coached by `assigned` in an active enrolment. */
  clientId: string;
  enrolmentId: string;
  /** A client of the other organisation, coached by `foreign`. */
  otherClientId: string;
  close: () => Promise<void>;
};

const memberships: Record<MatrixRole, { role: Role; otherOrganisation?: true }> = {
  assigned: { role: 'coach' },
  colleague: { role: 'coach' },
  coordinator: { role: 'employer_coordinator' },
  lead: { role: 'team_lead' },
  admin: { role: 'admin' },
  analyst: { role: 'analyst' },
  partner: { role: 'partner' },
  foreign: { role: 'coach', otherOrganisation: true },
};

const fixtureTime = new Date(defaultTestNow);

export async function insertClient(
  db: Database,
  organisationId: string,
  responsibleUserId: string | null,
  firstName = 'Aino',
): Promise<string> {
  return inTransaction(db, 'system', async (tx) => {
    const [row] = await tx
      .insert(clients)
      .values({
        organisationId,
        responsibleUserId,
        firstName,
        lastName: 'Korhonen',
        gender: 'female',
        municipalityCode: '564',
        languages: ['fi'],
        targetGroups: [],
        createdAt: fixtureTime,
        updatedAt: fixtureTime,
      })
      .returning({ id: clients.id });
    return row!.id;
  });
}

export async function insertEnrolment(
  db: Database,
  options: { clientId: string; coachId: string; coCoachId?: string; startDate?: string; endDate?: string },
): Promise<string> {
  return inTransaction(db, 'system', async (tx) => {
    const [client] = await tx.select({ organisationId: clients.organisationId }).from(clients).where(eq(clients.id, options.clientId));
    const organisationId = client!.organisationId;
    const [model] = await tx.select({ id: processModels.id }).from(processModels).where(eq(processModels.key, 'ips'));
    const [programme] = await tx
      .insert(programmes)
      .values({ organisationId, name: 'IPS-hanke', processModelId: model!.id, followUpMonths: [3, 6] })
      .returning();
    const startDate = options.startDate ?? '2026-10-01';
    const [row] = await tx
      .insert(enrolments)
      .values({
        clientId: options.clientId,
        organisationId,
        programmeId: programme!.id,
        referralSource: 'employment_counsellor',
        startingSituation: 'unemployed',
        coachId: options.coachId,
        coCoachId: options.coCoachId ?? null,
        intensity: 'intensive',
        startDate,
        endDate: options.endDate ?? null,
        outcome: options.endDate ? 'work' : null,
        currentPhase: 'entry',
        phaseStartedOn: startDate,
        createdAt: fixtureTime,
        updatedAt: fixtureTime,
      })
      .returning({ id: enrolments.id });
    return row!.id;
  });
}

export async function createCaseWorkWorld(engine: Engine): Promise<CaseWorkWorld> {
  const test = await createTestApp(engine);
  const db = test.deps.db;
  const organisation = await createOrganisation(db);
  const otherOrganisation = await createOrganisation(db, 'Lapin työllisyysalue');
  const users = {} as Record<MatrixRole, string>;
  const agents = {} as Record<MatrixRole, UserAgent>;
  for (const name of matrixRoles) {
    const { role, otherOrganisation: elsewhere } = memberships[name];
    const email = `${name}@example.fi`;
    // Admins must use a second factor; the world logs them in with one.
    const totpSecret = role === 'admin' ? generateTotpSecret() : undefined;
    const user = await createUser(db, {
      email,
      roles: [{ organisationId: elsewhere ? otherOrganisation.id : organisation.id, role }],
      ...(totpSecret ? { totpSecret: test.deps.cipher.encrypt(totpSecret), totpEnabled: true } : {}),
    });
    users[name] = user.id;
    agents[name] = await loginAs(test.app, email, testPassword);
    if (totpSecret) await agents[name].post('/api/auth/totp', { code: currentTotp(totpSecret) });
  }
  const clientId = await insertClient(db, organisation.id, users.assigned);
  const enrolmentId = await insertEnrolment(db, { clientId, coachId: users.assigned });
  const otherClientId = await insertClient(db, otherOrganisation.id, users.foreign, 'Lauri');
  await insertEnrolment(db, { clientId: otherClientId, coachId: users.foreign });
  return {
    test,
    db,
    organisationId: organisation.id,
    otherOrganisationId: otherOrganisation.id,
    users,
    agents,
    clientId,
    enrolmentId,
    otherClientId,
    close: () => test.close(),
  };
}

export function send(agent: UserAgent, request: MatrixRequest): Promise<LightMyRequestResponse> {
  if (request.method === 'GET') return agent.get(request.url);
  if (request.method === 'DELETE') return agent.delete(request.url);
  return request.method === 'POST' ? agent.post(request.url, request.body) : agent.put(request.url, request.body);
}

/** Sends each endpoint's request as every role; `build` makes a fresh target so one role's write cannot affect the next. */
export async function expectMatrix(world: CaseWorkWorld, matrix: EndpointMatrix, build: Record<string, () => Promise<MatrixRequest>>) {
  const actual: EndpointMatrix = {};
  for (const [endpoint, expected] of Object.entries(matrix)) {
    actual[endpoint] = {} as Record<MatrixRole, number>;
    for (const role of Object.keys(expected) as MatrixRole[]) {
      actual[endpoint][role] = (await send(world.agents[role], await build[endpoint]!())).statusCode;
    }
  }
  expect(actual).toEqual(matrix);
}

/** 'path:code' of each field error, for compact assertions. */
export function fieldErrors(response: LightMyRequestResponse): string[] {
  const body = response.json() as { error?: { fields?: { path: string; code: string }[] } };
  return (body.error?.fields ?? []).map((field) => `${field.path}:${field.code}`);
}

export async function auditTrail(db: Database, clientId: string) {
  return inTransaction(db, 'system', (tx) =>
    tx
      .select({ action: auditLog.action, outcome: auditLog.outcome, actorUserId: auditLog.actorUserId })
      .from(auditLog)
      .where(sql`${clientId} = any(${auditLog.clientIds})`)
      .orderBy(asc(auditLog.sequence)),
  );
}

/** Runs the request and returns the audit entries it wrote about the client. */
export async function auditedBy(db: Database, clientId: string, request: () => Promise<LightMyRequestResponse>) {
  const before = (await auditTrail(db, clientId)).length;
  const response = await request();
  return { response, entries: (await auditTrail(db, clientId)).slice(before) };
}
