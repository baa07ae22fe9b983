import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganisation, createUser, testPassword } from '../test-support/builders.js';
import { newClientRequest } from '../test-support/client-builders.js';
import { createTestApp, loginAs, type TestApp, type UserAgent } from '../test-support/test-app.js';
import { testEngines, type Engine } from '../test-support/test-database.js';
import { currentTotp, generateTotpSecret } from './totp.js';
import {
  createCaseWorkWorld,
  expectMatrix,
  type CaseWorkWorld,
  type EndpointMatrix,
  type MatrixRequest,
} from '../test-support/case-work-test-world.js';
import { groupMatrixRequests, groupsAuthorizationMatrix } from '../features/groups/groups-matrix.js';
import { employerMatrixRequests, employersAuthorizationMatrix } from '../features/employers/employer-matrix.js';
import { reportMatrixRequests, reportsAuthorizationMatrix } from '../features/reports/report-matrix.js';
import { fidelityAuthorizationMatrix, fidelityMatrixRequests } from '../features/fidelity/fidelity-matrix.js';
import { feedbackAuthorizationMatrix, feedbackMatrixRequests } from '../features/feedback/feedback-matrix.js';
import { opportunitiesAuthorizationMatrix, opportunityMatrixRequests } from '../features/opportunities/opportunity-matrix.js';
import { createOpportunityWorld } from '../features/opportunities/opportunity-test-world.js';
import { esfAuthorizationMatrix, esfMatrixRequests } from '../features/esf/esf-test-world.js';
import { matchingAuthorizationMatrix, matchingMatrixRequests } from '../features/matching/matching-test-world.js';
import { createEmployerWorkWorld } from '../features/proposals/employer-work-test-world.js';
import {
  assignmentMatrixRequests,
  assignmentsAuthorizationMatrix,
  createAssignmentWorld,
} from '../features/assignments/assignment-test-world.js';

/**
 * Every role against every client endpoint. 'assigned' is the client's own coach; 'colleague' a coach
 * of the same organisation; 'foreign' a coach of another organisation; 'partner' works at a partner NGO.
 * Expected: 2xx where the policy grants the action, 403 where the user may read the client but not
 * act, 404 where the client is outside the user's reach (its existence must not leak).
 */
const actors = ['assigned', 'colleague', 'coordinator', 'lead', 'admin', 'analyst', 'partner', 'foreign'] as const;
type ActorName = (typeof actors)[number];
type Expectation = Record<ActorName, number>;

type Fixture = { clientId: string; version: () => Promise<number>; coachId: string };
type Endpoint = {
  name: string;
  method: 'get' | 'post' | 'put';
  url: (fixture: Fixture) => string;
  body?: object | ((fixture: Fixture) => unknown);
  expect: Expectation;
};

const readers = { assigned: 200, colleague: 200, coordinator: 200, lead: 200, admin: 404, analyst: 404, partner: 404, foreign: 404 };
const caseWorkers = { assigned: 200, colleague: 403, coordinator: 403, lead: 200, admin: 404, analyst: 404, partner: 404, foreign: 404 };
const assignedOnly = { ...caseWorkers, lead: 403 };

export const clientEndpoints: Endpoint[] = [
  { name: 'read client', method: 'get', url: (f) => `/api/clients/${f.clientId}`, expect: readers },
  { name: "read client's proposals", method: 'get', url: (f) => `/api/clients/${f.clientId}/proposals`, expect: readers },
  { name: "read client's placements", method: 'get', url: (f) => `/api/clients/${f.clientId}/placements`, expect: readers },
  { name: "read client's groups", method: 'get', url: (f) => `/api/clients/${f.clientId}/groups`, expect: readers },
  {
    // Employer cooperation: coordinators record placements too (unlike case work); the employer must exist, so 400 means allowed.
    name: 'record placement',
    method: 'post',
    url: (f) => `/api/clients/${f.clientId}/placements`,
    body: { employerId: '00000000-0000-4000-8000-000000000000', type: 'employment', startDate: '2026-11-23' },
    expect: { ...caseWorkers, coordinator: 400, assigned: 400, lead: 400 },
  },
  {
    name: 'update client',
    method: 'put',
    url: (f) => `/api/clients/${f.clientId}`,
    body: async (f) => ({ ...newClientRequest({ identityCode: null }), version: await f.version() }),
    expect: caseWorkers,
  },
  { name: 'read identity code', method: 'get', url: (f) => `/api/clients/${f.clientId}/identity-code`, expect: caseWorkers },
  { name: 'read work-ability note', method: 'get', url: (f) => `/api/clients/${f.clientId}/work-ability`, expect: assignedOnly },
  {
    name: 'write work-ability note',
    method: 'put',
    url: (f) => `/api/clients/${f.clientId}/work-ability`,
    body: { note: 'x' },
    expect: assignedOnly,
  },
  { name: 'read competence profile', method: 'get', url: (f) => `/api/clients/${f.clientId}/competence-profile`, expect: readers },
  {
    name: 'read competence profile history',
    method: 'get',
    url: (f) => `/api/clients/${f.clientId}/competence-profile/history`,
    expect: readers,
  },
  {
    // A version nobody saw: 409 means the write was allowed and reached the version check (200s are in competence-profiles.test.ts).
    name: 'write competence profile',
    method: 'put',
    url: (f) => `/api/clients/${f.clientId}/competence-profile`,
    body: { version: 999 },
    expect: { ...caseWorkers, assigned: 409, lead: 409 },
  },
  {
    name: 'reassign client',
    method: 'post',
    url: (f) => `/api/clients/${f.clientId}/reassign`,
    body: (f) => ({ responsibleUserId: f.coachId }),
    expect: { ...caseWorkers, assigned: 403, lead: 200 },
  },
];

const listEndpoints: { name: string; url: string; expect: Expectation }[] = [
  {
    name: 'client list',
    url: '/api/clients',
    expect: { assigned: 200, colleague: 200, coordinator: 200, lead: 200, admin: 200, analyst: 200, partner: 200, foreign: 200 },
  },
];

describe.each(testEngines)('authorization matrix on %s', (engine) => {
  let test: TestApp;
  const agents = {} as Record<ActorName, UserAgent>;
  let fixture: Fixture;

  beforeAll(async () => {
    test = await createTestApp(engine);
    const db = test.deps.db;
    const oulu = await createOrganisation(db);
    const lappi = await createOrganisation(db, 'Lapin työllisyysalue');
    const ngo = await createOrganisation(db, 'Kumppanijärjestö ry', 'ngo');
    const adminSecret = generateTotpSecret();
    const users: Record<ActorName, Parameters<typeof createUser>[1]> = {
      assigned: { email: 'assigned@t.fi', roles: [{ organisationId: oulu.id, role: 'coach', teamId: oulu.team.id }] },
      colleague: { email: 'colleague@t.fi', roles: [{ organisationId: oulu.id, role: 'coach' }] },
      coordinator: { email: 'coordinator@t.fi', roles: [{ organisationId: oulu.id, role: 'employer_coordinator' }] },
      lead: { email: 'lead@t.fi', roles: [{ organisationId: oulu.id, role: 'team_lead' }] },
      admin: {
        email: 'admin@t.fi',
        roles: [{ organisationId: oulu.id, role: 'admin' }],
        totpSecret: test.deps.cipher.encrypt(adminSecret),
        totpEnabled: true,
      },
      analyst: { email: 'analyst@t.fi', roles: [{ organisationId: oulu.id, role: 'analyst' }] },
      partner: { email: 'partner@t.fi', roles: [{ organisationId: ngo.id, role: 'partner' }] },
      foreign: { email: 'foreign@t.fi', roles: [{ organisationId: lappi.id, role: 'coach' }] },
    };
    for (const actor of actors) {
      await createUser(db, users[actor]);
      agents[actor] = await loginAs(test.app, users[actor].email, testPassword);
    }
    expect((await agents.admin.post('/api/auth/totp', { code: currentTotp(adminSecret) })).statusCode).toBe(200);
    const created = await agents.assigned.post('/api/clients', newClientRequest());
    expect(created.statusCode).toBe(201);
    const clientId = created.json().id as string;
    fixture = {
      clientId,
      coachId: agents.assigned.userId,
      version: async () => (await agents.lead.get(`/api/clients/${clientId}`)).json().version as number,
    };
  });
  afterAll(() => test.close());

  for (const endpoint of clientEndpoints) {
    for (const actor of actors) {
      it(`${endpoint.name} answers ${endpoint.expect[actor]} to ${actor}`, async () => {
        const body = typeof endpoint.body === 'function' ? await endpoint.body(fixture) : endpoint.body;
        const response = await agents[actor][endpoint.method](endpoint.url(fixture), body);
        expect(response.statusCode, response.body).toBe(endpoint.expect[actor]);
      });
    }
  }

  for (const endpoint of listEndpoints) {
    for (const actor of actors) {
      it(`${endpoint.name} answers ${endpoint.expect[actor]} to ${actor} and shows only readable clients`, async () => {
        const response = await agents[actor].get(endpoint.url);
        expect(response.statusCode).toBe(endpoint.expect[actor]);
        const ids = (response.json().items as { id: string }[]).map((item) => item.id);
        expect(ids.includes(fixture.clientId)).toBe(readers[actor] === 200);
      });
    }
  }

  it('answers every client endpoint with 401 without a session', async () => {
    for (const endpoint of clientEndpoints) {
      const response = await test.app.inject({ method: endpoint.method.toUpperCase() as 'GET', url: endpoint.url(fixture) });
      expect(response.statusCode, endpoint.name).toBe(401);
    }
  });
});

/**
 * One domain's endpoints against every role of a test world, and each of them without a session.
 * `subject` names the domain in the test names.
 */
function describeMatrix<World extends CaseWorkWorld>(
  subject: string,
  createWorld: (engine: Engine) => Promise<World>,
  matrix: EndpointMatrix,
  requests: (world: World) => Record<string, () => Promise<MatrixRequest>>,
) {
  describe.each(testEngines)(`authorization matrix of ${subject} on %s`, (engine) => {
    let world: World;
    beforeAll(async () => {
      world = await createWorld(engine);
    });
    afterAll(() => world.close());

    it(`answers every endpoint of ${subject} as the policy grants its action to each role`, async () => {
      await expectMatrix(world, matrix, requests(world));
    });

    it(`answers every endpoint of ${subject} with 401 without a session`, async () => {
      for (const [endpoint, build] of Object.entries(requests(world))) {
        const request = await build();
        const response = await world.test.app.inject({ method: request.method, url: request.url, payload: request.body as object });
        expect(response.statusCode, endpoint).toBe(401);
      }
    });
  });
}

describeMatrix('employer assignments', createAssignmentWorld, assignmentsAuthorizationMatrix, assignmentMatrixRequests);
describeMatrix('opportunities and job carving', createOpportunityWorld, opportunitiesAuthorizationMatrix, opportunityMatrixRequests);
describeMatrix('the employer register', createCaseWorkWorld, employersAuthorizationMatrix, employerMatrixRequests);
describeMatrix('IPS fidelity reviews', createCaseWorkWorld, fidelityAuthorizationMatrix, fidelityMatrixRequests);
describeMatrix('feedback surveys (signed in)', createCaseWorkWorld, feedbackAuthorizationMatrix, feedbackMatrixRequests);
describeMatrix('ESF+ participant data, the ESF+ report and the task list', createCaseWorkWorld, esfAuthorizationMatrix, esfMatrixRequests);
describeMatrix('reports, targets and the monthly report', createCaseWorkWorld, reportsAuthorizationMatrix, reportMatrixRequests);
describeMatrix('matching', createEmployerWorkWorld, matchingAuthorizationMatrix, matchingMatrixRequests);
describeMatrix('group activities', createCaseWorkWorld, groupsAuthorizationMatrix, groupMatrixRequests);
