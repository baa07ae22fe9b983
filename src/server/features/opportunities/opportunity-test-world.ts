import { expect } from 'vitest';
import type { Database } from '../../db/engine.js';
import { inTransaction } from '../../db/transaction.js';
import { createCaseWorkWorld, type CaseWorkWorld } from '../../test-support/case-work-test-world.js';
import type { UserAgent } from '../../test-support/test-app.js';
import type { Engine } from '../../test-support/test-database.js';
import { employerWorkplaces } from '../employers/employers.tables.js';
import { insertEmployer } from '../proposals/employer-work-test-world.js';

/** ESCO records the tests name (reference-data/esco_*.csv). */
export const esco = {
  cook: { uri: 'http://data.europa.eu/esco/occupation/90f75f67-495d-49fa-ab57-2f320e251d7e', iscoCode: '5120' },
  warehouseWorker: { uri: 'http://data.europa.eu/esco/occupation/bea705fe-06ac-4147-b8e0-6e8ac1208d8f', iscoCode: '9333' },
  customerService: 'http://data.europa.eu/esco/skill/15a33d76-4640-438d-ae64-fdc0c1d3eebc',
  operateForklift: 'http://data.europa.eu/esco/skill/28cb374e-6261-4133-8371-f9a5470145da',
  cleaning: 'http://data.europa.eu/esco/skill/4f1b6304-f54a-42f0-9604-5427a28d240f',
};

/**
 * Test-only: the case-work world (one user per role) plus employers written straight into the
 * tables: `employerId` with a workplace, `otherEmployerId` of the same organisation and
 * `foreignEmployerId` of the other organisation.
 */
export type OpportunityWorld = CaseWorkWorld & {
  employerId: string;
  workplaceId: string;
  otherEmployerId: string;
  otherWorkplaceId: string;
  foreignEmployerId: string;
};

async function insertWorkplace(db: Database, organisationId: string, employerId: string, name: string): Promise<string> {
  return inTransaction(db, 'system', async (tx) => {
    const [row] = await tx
      .insert(employerWorkplaces)
      .values({ organisationId, employerId, name, municipalityCode: '564', createdAt: new Date('2026-10-01T09:00:00Z') })
      .returning({ id: employerWorkplaces.id });
    return row!.id;
  });
}

export async function createOpportunityWorld(engine: Engine): Promise<OpportunityWorld> {
  const world = await createCaseWorkWorld(engine);
  const { db, organisationId, otherOrganisationId, users } = world;
  const employerId = await insertEmployer(db, organisationId, users.coordinator, 'Oulun Ravintolat Oy');
  const otherEmployerId = await insertEmployer(db, organisationId, users.coordinator, 'Kempeleen Logistiikka Oy');
  const foreignEmployerId = await insertEmployer(db, otherOrganisationId, users.foreign, 'Rovaniemen Saha Oy');
  return {
    ...world,
    employerId,
    workplaceId: await insertWorkplace(db, organisationId, employerId, 'Keskustan ravintola'),
    otherEmployerId,
    otherWorkplaceId: await insertWorkplace(db, organisationId, otherEmployerId, 'Kempeleen varasto'),
    foreignEmployerId,
  };
}

export const taskRequest = (overrides: Record<string, unknown> = {}) => ({
  description: 'Astioiden pesu',
  skills: [],
  physicalDemands: ['standing_long'],
  cognitiveDemands: [],
  hoursPerWeek: 10,
  ...overrides,
});

type CreatedJob = { id: string; title: string; tasks: { id: string; description: string }[] };

/** Creates a job with tasks through the API. */
export async function createJob(
  agent: UserAgent,
  employerId: string,
  title: string,
  tasks: Record<string, unknown>[],
): Promise<CreatedJob> {
  const response = await agent.post(`/api/employers/${employerId}/jobs`, { title, tasks });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as CreatedJob;
}

export const opportunityRequest = (overrides: Record<string, unknown> = {}) => ({
  title: 'Keittiöapulainen',
  kind: 'advertised_vacancy',
  description: 'Aamuvuoro keskustan ravintolassa.',
  escoOccupationUri: esco.cook.uri,
  requiredSkills: [{ uri: esco.customerService, label: 'asiakaspalvelu' }],
  niceToHaveSkills: [{ uri: null, label: 'Kassajärjestelmän käyttö' }],
  languages: [{ code: 'fi', level: 'B1' }],
  licences: ['hygiene_passport'],
  demands: ['standing_long', 'customer_contact'],
  municipalityCode: '564',
  hoursPerWeek: 30,
  workingTimeForm: 'part_time',
  startDate: '2027-01-07',
  durationMonths: 6,
  positions: 2,
  ...overrides,
});

type CreatedOpportunity = { id: string; version: number } & Record<string, unknown>;

export async function createOpportunity(agent: UserAgent, employerId: string, overrides: Record<string, unknown> = {}) {
  const response = await agent.post(`/api/employers/${employerId}/opportunities`, opportunityRequest(overrides));
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as CreatedOpportunity;
}
