import { eq, sql } from 'drizzle-orm';
import type { EsfEntryRequest } from '../../../contract/esf.js';
import type { Database } from '../../db/engine.js';
import { inTransaction } from '../../db/transaction.js';
import { insertClient, type CaseWorkWorld, type EndpointMatrix, type MatrixRequest } from '../../test-support/case-work-test-world.js';
import { clients } from '../clients/clients.tables.js';
import { placements } from '../placements/placements.tables.js';
import { enrolments } from '../enrolments/enrolments.tables.js';
import { insertProgramme } from '../enrolments/enrolment-fixtures.js';
import { programmes } from '../programmes/programmes.tables.js';
import { esfParticipants } from './esf.tables.js';

/** Test-only fixtures for ESF+ participant data: programmes and enrolments written directly, like the other worlds do. */
export async function insertEsfProgramme(db: Database, organisationId: string, name = 'ESR+ Polku töihin'): Promise<string> {
  const programmeId = await insertProgramme(db, organisationId, { name });
  await inTransaction(db, 'system', (tx) => tx.update(programmes).set({ esfFunded: true }).where(eq(programmes.id, programmeId)));
  return programmeId;
}

export async function insertEnrolmentIn(
  db: Database,
  options: { programmeId: string; clientId: string; coachId: string; startDate: string; endDate?: string | null },
): Promise<string> {
  return inTransaction(db, 'system', async (tx) => {
    const [client] = await tx.select({ organisationId: clients.organisationId }).from(clients).where(eq(clients.id, options.clientId));
    const [row] = await tx
      .insert(enrolments)
      .values({
        clientId: options.clientId,
        organisationId: client!.organisationId,
        programmeId: options.programmeId,
        referralSource: 'employment_counsellor',
        startingSituation: 'unemployed',
        coachId: options.coachId,
        intensity: 'intensive',
        startDate: options.startDate,
        endDate: options.endDate ?? null,
        outcome: options.endDate ? 'work' : null,
        currentPhase: 'entry',
        phaseStartedOn: options.startDate,
        createdAt: new Date(),
        updatedAt: new Date(),
      })
      .returning({ id: enrolments.id });
    return row!.id;
  });
}

export async function setDateOfBirth(db: Database, clientId: string, dateOfBirth: string | null, gender = 'female'): Promise<void> {
  await inTransaction(db, 'system', (tx) =>
    tx.execute(sql`update clients set date_of_birth = ${dateOfBirth}, gender = ${gender} where id = ${clientId}`),
  );
}

export function entryRequest(overrides: Partial<EsfEntryRequest> = {}) {
  return {
    gender: 'female',
    labourMarketStatus: 'unemployed',
    unemployedSince: '2025-06-01',
    iscedLevel: 3,
    disability: 'no',
    foreignBackground: 'no',
    minority: 'declined',
    homeless: 'no',
    thirdCountryNational: false,
    ruralArea: true,
    version: 0,
    ...overrides,
  };
}

/** Entry data written directly, for tests about what comes after it. */
export async function insertEntry(
  db: Database,
  enrolmentId: string,
  recordedBy: string,
  overrides: Partial<typeof esfParticipants.$inferInsert> = {},
) {
  await inTransaction(db, 'system', async (tx) => {
    const [enrolment] = await tx.select().from(enrolments).where(eq(enrolments.id, enrolmentId));
    await tx.insert(esfParticipants).values({
      enrolmentId,
      clientId: enrolment!.clientId,
      organisationId: enrolment!.organisationId,
      gender: 'female',
      labourMarketStatus: 'unemployed',
      unemployedSince: '2025-06-01',
      iscedLevel: 3,
      disability: 'no',
      foreignBackground: 'no',
      minority: 'no',
      homeless: 'no',
      thirdCountryNational: false,
      ruralArea: false,
      entryRecordedBy: recordedBy,
      createdAt: new Date(),
      updatedAt: new Date(),
      ...overrides,
    });
  });
}

/** A client of `assigned` in a new ESF+ enrolment of the world's organisation. */
export async function esfEnrolment(
  world: CaseWorkWorld,
  options: { startDate?: string; endDate?: string | null; programmeId?: string } = {},
) {
  const programmeId = options.programmeId ?? (await insertEsfProgramme(world.db, world.organisationId));
  const clientId = await insertClient(world.db, world.organisationId, world.users.assigned);
  const enrolmentId = await insertEnrolmentIn(world.db, {
    programmeId,
    clientId,
    coachId: world.users.assigned,
    startDate: options.startDate ?? '2026-10-01',
    endDate: options.endDate ?? null,
  });
  return { programmeId, clientId, enrolmentId };
}

const caseWork = (success: number) => ({
  assigned: success,
  colleague: 403,
  coordinator: 403,
  lead: success,
  admin: 404,
  analyst: 404,
  partner: 404,
  foreign: 404,
});
const reportReaders = { assigned: 403, colleague: 403, coordinator: 403, lead: 200, admin: 200, analyst: 200, partner: 403, foreign: 403 };

/**
 * ESF+ participant data is for the coaches working with the person and the team lead only (not
 * colleagues or coordinators who otherwise read the client); the report is for team leads, admins
 * and analysts; the task list for coaches and team leads (a foreign coach sees their own, empty list).
 */
export const esfAuthorizationMatrix: EndpointMatrix = {
  'GET /api/enrolments/:id/esf': caseWork(200),
  'PUT /api/enrolments/:id/esf/entry': caseWork(200),
  'PUT /api/enrolments/:id/esf/exit': caseWork(200),
  'GET /api/esf/report': reportReaders,
  'GET /api/esf/report.xlsx': reportReaders,
  'GET /api/esf/report.csv': reportReaders,
  'GET /api/tasks/follow-ups': {
    assigned: 200,
    colleague: 200,
    coordinator: 403,
    lead: 200,
    admin: 403,
    analyst: 403,
    partner: 403,
    foreign: 200,
  },
};

export function esfMatrixRequests(world: CaseWorkWorld): Record<string, () => Promise<MatrixRequest>> {
  const report = async (format: string) => {
    const programmeId = await insertEsfProgramme(world.db, world.organisationId);
    return { method: 'GET' as const, url: `/api/esf/report${format}?programmeId=${programmeId}&from=2026-01-01&to=2026-12-31` };
  };
  return {
    'GET /api/enrolments/:id/esf': async () => ({ method: 'GET', url: `/api/enrolments/${(await esfEnrolment(world)).enrolmentId}/esf` }),
    'PUT /api/enrolments/:id/esf/entry': async () => ({
      method: 'PUT',
      url: `/api/enrolments/${(await esfEnrolment(world)).enrolmentId}/esf/entry`,
      body: entryRequest(),
    }),
    'PUT /api/enrolments/:id/esf/exit': async () => {
      const { enrolmentId } = await esfEnrolment(world, { startDate: '2026-06-01', endDate: '2026-11-20' });
      await insertEntry(world.db, enrolmentId, world.users.assigned);
      return {
        method: 'PUT',
        url: `/api/enrolments/${enrolmentId}/esf/exit`,
        body: { observedOn: '2026-11-23', jobSearching: false, inEducation: false, gainedQualification: false, employed: true, version: 1 },
      };
    },
    'GET /api/esf/report': () => report(''),
    'GET /api/esf/report.xlsx': () => report('.xlsx'),
    'GET /api/esf/report.csv': () => report('.csv'),
    'GET /api/tasks/follow-ups': async () => ({ method: 'GET', url: '/api/tasks/follow-ups' }),
  };
}

/** A placement recorded on an enrolment, as the placement service records one (ESF+ entity indicators). */
export async function insertPlacementOn(
  db: Database,
  enrolmentId: string,
  options: { employerId: string; createdBy: string; startDate: string; endedOn?: string | null },
): Promise<void> {
  await inTransaction(db, 'system', async (tx) => {
    const [enrolment] = await tx
      .select({ clientId: enrolments.clientId, organisationId: enrolments.organisationId })
      .from(enrolments)
      .where(eq(enrolments.id, enrolmentId));
    await tx.insert(placements).values({
      organisationId: enrolment!.organisationId,
      clientId: enrolment!.clientId,
      employerId: options.employerId,
      enrolmentId,
      type: 'work_trial',
      startDate: options.startDate,
      supportGranted: [],
      endedOn: options.endedOn ?? null,
      endReason: options.endedOn ? 'planned_end' : null,
      createdBy: options.createdBy,
      createdAt: new Date(),
      updatedAt: new Date(),
    });
  });
}
