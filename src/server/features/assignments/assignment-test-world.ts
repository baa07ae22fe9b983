import { eq } from 'drizzle-orm';
import type { CreateAssignmentRequest } from '../../../contract/assignments.js';
import type { Database } from '../../db/engine.js';
import { inTransaction } from '../../db/transaction.js';
import {
  createCaseWorkWorld,
  type CaseWorkWorld,
  type EndpointMatrix,
  type MatrixRequest,
  type MatrixRole,
} from '../../test-support/case-work-test-world.js';
import { testPassword } from '../../test-support/builders.js';
import { defaultTestNow, loginAs, type UserAgent } from '../../test-support/test-app.js';
import type { Engine } from '../../test-support/test-database.js';
import { employerContacts, employers } from '../employers/employers.tables.js';
import { opportunities } from '../opportunities/opportunities.tables.js';
import { teams } from '../organisations/organisations.tables.js';

/** Test-only fixtures for assignments: employer records are written straight into their tables. */
const fixtureTime = new Date(defaultTestNow);

export async function insertEmployer(db: Database, organisationId: string, createdBy: string, name = 'Pohjolan Rakennus Oy') {
  return inTransaction(db, 'system', async (tx) => {
    const [row] = await tx
      .insert(employers)
      .values({
        organisationId,
        name,
        sizeClass: 'small',
        economySector: 'private',
        stage: 'cooperating',
        stageChangedOn: '2026-01-15',
        createdBy,
        createdAt: fixtureTime,
        updatedAt: fixtureTime,
      })
      .returning({ id: employers.id });
    return row!.id;
  });
}

export async function insertContact(
  db: Database,
  employer: { organisationId: string; employerId: string },
  name: string,
  archived = false,
) {
  return inTransaction(db, 'system', async (tx) => {
    const [row] = await tx
      .insert(employerContacts)
      .values({
        ...employer,
        name,
        title: 'Henkilöstöpäällikkö',
        preferredChannel: 'phone',
        archivedAt: archived ? fixtureTime : null,
        createdAt: fixtureTime,
        updatedAt: fixtureTime,
      })
      .returning({ id: employerContacts.id });
    return row!.id;
  });
}

export async function insertOpportunity(
  db: Database,
  employer: { organisationId: string; employerId: string; createdBy: string },
  title: string,
  status = 'open',
) {
  return inTransaction(db, 'system', async (tx) => {
    const [row] = await tx
      .insert(opportunities)
      .values({
        ...employer,
        kind: 'hidden_job',
        title,
        requiredSkills: [],
        niceToHaveSkills: [],
        languages: [],
        licences: [],
        demands: [],
        status,
        statusChangedOn: '2026-11-01',
        createdAt: fixtureTime,
        updatedAt: fixtureTime,
      })
      .returning({ id: opportunities.id });
    return row!.id;
  });
}

export type AssignmentWorld = CaseWorkWorld & {
  employerId: string;
  contactId: string;
  opportunityId: string;
  teamId: string;
  /** An employer of the other organisation, with its own contact and opportunity. */
  otherEmployerId: string;
  otherContactId: string;
  otherOpportunityId: string;
  otherTeamId: string;
};

async function teamOf(db: Database, organisationId: string): Promise<string> {
  const [team] = await inTransaction(db, 'system', (tx) =>
    tx.select({ id: teams.id }).from(teams).where(eq(teams.organisationId, organisationId)),
  );
  return team!.id;
}

export async function createAssignmentWorld(engine: Engine): Promise<AssignmentWorld> {
  const world = await createCaseWorkWorld(engine);
  const { db, organisationId, otherOrganisationId, users } = world;
  const employerId = await insertEmployer(db, organisationId, users.coordinator);
  const otherEmployerId = await insertEmployer(db, otherOrganisationId, users.foreign, 'Lapin Matkailu Oy');
  return {
    ...world,
    employerId,
    contactId: await insertContact(db, { organisationId, employerId }, 'Maija Mäkinen'),
    opportunityId: await insertOpportunity(db, { organisationId, employerId, createdBy: users.coordinator }, 'Rakennusapulainen'),
    teamId: await teamOf(db, organisationId),
    otherEmployerId,
    otherContactId: await insertContact(db, { organisationId: otherOrganisationId, employerId: otherEmployerId }, 'Lassi Lappalainen'),
    otherOpportunityId: await insertOpportunity(
      db,
      { organisationId: otherOrganisationId, employerId: otherEmployerId, createdBy: users.foreign },
      'Hotellisiivooja',
    ),
    otherTeamId: await teamOf(db, otherOrganisationId),
  };
}

/**
 * Runs work with the app's clock at another time. Sessions time out when the clock jumps, so the
 * work logs in afresh at that time; the clock goes back to the default afterwards.
 */
export async function atTime<T>(
  world: AssignmentWorld,
  iso: string,
  work: (agentOf: (role: MatrixRole) => Promise<UserAgent>) => Promise<T>,
) {
  world.test.setNow(iso);
  try {
    return await work((role) => loginAs(world.test.app, `${role}@example.fi`, testPassword));
  } finally {
    world.test.setNow(defaultTestNow);
  }
}

/** A valid request: received this morning by phone, two candidates for a named role, answered by the coordinator. */
export function newAssignmentRequest(world: AssignmentWorld, changes: Partial<CreateAssignmentRequest> = {}): CreateAssignmentRequest {
  return {
    receivedAt: '2026-11-23T08:30:00+02:00',
    channel: 'phone',
    contactId: world.contactId,
    requestedRole: 'Varastotyöntekijä',
    opportunityId: null,
    details: 'Kaksi työntekijää joulusesongin ajaksi.',
    candidatesWanted: 2,
    responderUserId: world.users.coordinator,
    responderTeamId: null,
    ...changes,
  };
}

/** The same fields as a change: the received time is fixed at creation and not sent. */
export function updateRequest(world: AssignmentWorld, version: number, changes: Partial<CreateAssignmentRequest> = {}) {
  const fields: Partial<CreateAssignmentRequest> = newAssignmentRequest(world, changes);
  delete fields.receivedAt;
  return { ...fields, version };
}

export async function createAssignment(world: AssignmentWorld, changes: Partial<CreateAssignmentRequest> = {}) {
  const response = await world.agents.coordinator.post(
    `/api/employers/${world.employerId}/assignments`,
    newAssignmentRequest(world, changes),
  );
  if (response.statusCode !== 201) throw new Error(`assignment not created: ${response.body}`);
  return response.json() as { id: string; version: number; responseDueAt: string };
}

const employerStaff = { assigned: 200, colleague: 200, coordinator: 200, lead: 200, admin: 403, analyst: 403, partner: 403 } as const;
const created = { ...employerStaff, assigned: 201, colleague: 201, coordinator: 201, lead: 201 } as const;

/**
 * Every assignment endpoint against every role (merged into the authorization matrix test). Employer
 * staff (coach, coordinator, team lead) read and write; admins, analysts and partners hold no employer
 * role and get 403; a coach of another organisation gets 404 for a record and 403 for Oulu's lists.
 * Only team leads and admins agree the response time, so admins read it too.
 */
export const assignmentsAuthorizationMatrix: EndpointMatrix = {
  'GET /api/assignments': { ...employerStaff, foreign: 403 },
  'GET /api/assignments/monthly': { ...employerStaff, foreign: 403 },
  'GET /api/assignment-settings': { ...employerStaff, admin: 200, foreign: 403 },
  'PUT /api/assignment-settings': {
    assigned: 403,
    colleague: 403,
    coordinator: 403,
    lead: 200,
    admin: 200,
    analyst: 403,
    partner: 403,
    foreign: 403,
  },
  'GET /api/employers/:id/assignment-options': { ...employerStaff, foreign: 404 },
  'POST /api/employers/:id/assignments': { ...created, foreign: 404 },
  'GET /api/assignments/:id': { ...employerStaff, foreign: 404 },
  'PUT /api/assignments/:id': { ...employerStaff, foreign: 404 },
  'POST /api/assignments/:id/status': { ...employerStaff, foreign: 404 },
  'POST /api/assignments/:id/responded': { ...employerStaff, foreign: 404 },
};

/** Fresh targets for each request, so that one role's write does not change what the next one meets. */
export function assignmentMatrixRequests(world: AssignmentWorld): Record<string, () => Promise<MatrixRequest>> {
  const inOulu = `organisationId=${world.organisationId}`;
  const fresh = async () => createAssignment(world);
  return {
    'GET /api/assignments': async () => ({ method: 'GET', url: `/api/assignments?${inOulu}` }),
    'GET /api/assignments/monthly': async () => ({ method: 'GET', url: `/api/assignments/monthly?${inOulu}` }),
    'GET /api/assignment-settings': async () => ({ method: 'GET', url: `/api/assignment-settings?${inOulu}` }),
    'PUT /api/assignment-settings': async () => ({
      method: 'PUT',
      url: '/api/assignment-settings',
      body: { organisationId: world.organisationId, amount: 2, unit: 'working_days', workdayStartMinute: 480, workdayEndMinute: 960 },
    }),
    'GET /api/employers/:id/assignment-options': async () => ({
      method: 'GET',
      url: `/api/employers/${world.employerId}/assignment-options`,
    }),
    'POST /api/employers/:id/assignments': async () => ({
      method: 'POST',
      url: `/api/employers/${world.employerId}/assignments`,
      body: newAssignmentRequest(world),
    }),
    'GET /api/assignments/:id': async () => ({ method: 'GET', url: `/api/assignments/${(await fresh()).id}` }),
    'PUT /api/assignments/:id': async () => {
      const { id, version } = await fresh();
      return { method: 'PUT', url: `/api/assignments/${id}`, body: updateRequest(world, version, { candidatesWanted: 3 }) };
    },
    'POST /api/assignments/:id/status': async () => {
      const { id, version } = await fresh();
      return { method: 'POST', url: `/api/assignments/${id}/status`, body: { status: 'in_progress', version } };
    },
    'POST /api/assignments/:id/responded': async () => {
      const { id, version } = await fresh();
      return { method: 'POST', url: `/api/assignments/${id}/responded`, body: { version } };
    },
  };
}
