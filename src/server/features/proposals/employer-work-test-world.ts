import { eq } from 'drizzle-orm';
import type { economySectors, employerSizeClasses } from '../../../contract/employers.js';
import type { Database } from '../../db/engine.js';
import { inTransaction } from '../../db/transaction.js';
import { createCaseWorkWorld, insertClient, insertEnrolment, type CaseWorkWorld } from '../../test-support/case-work-test-world.js';
import type { Engine } from '../../test-support/test-database.js';
import { assignments } from '../assignments/assignments.tables.js';
import { consents } from '../clients/clients.tables.js';
import { employers } from '../employers/employers.tables.js';
import { opportunities } from '../opportunities/opportunities.tables.js';

/**
 * Test-only: the case-work world plus an employer with open jobs, written straight into the tables
 * (the employer, opportunity and assignment APIs are not what these tests are about).
 */
const fixtureTime = new Date('2026-11-16T09:00:00+02:00');

export type EmployerWorkWorld = CaseWorkWorld & {
  employerId: string;
  otherEmployerId: string;
  /** A new open opportunity of the world's employer. */
  newOpportunity: (options?: { positions?: number; status?: string; employerId?: string }) => Promise<string>;
  /** A new assignment of the world's employer, linked to an opportunity when one is given. */
  newAssignment: (options?: {
    opportunityId?: string | null;
    status?: string;
    organisationId?: string;
    firstResponseAt?: Date;
  }) => Promise<string>;
  /** A client of the `assigned` coach in an IPS enrolment, with an active employer_proposal consent unless told otherwise. */
  newCandidate: (options?: { firstName?: string; consent?: ConsentDates | null; enrolment?: boolean }) => Promise<string>;
  giveConsent: (clientId: string, dates?: ConsentDates, kind?: string) => Promise<string>;
};

type ConsentDates = { givenOn?: string; validUntil?: string | null; revokedOn?: string | null };

export async function insertEmployer(
  db: Database,
  organisationId: string,
  createdBy: string,
  name = 'Oulun Kone Oy',
  kind: { sizeClass?: (typeof employerSizeClasses)[number]; economySector?: (typeof economySectors)[number] } = {},
): Promise<string> {
  return inTransaction(db, 'system', async (tx) => {
    const [row] = await tx
      .insert(employers)
      .values({
        organisationId,
        name,
        sizeClass: kind.sizeClass ?? 'small',
        economySector: kind.economySector ?? 'private',
        stage: 'cooperating',
        stageChangedOn: '2026-10-01',
        createdBy,
        createdAt: fixtureTime,
        updatedAt: fixtureTime,
      })
      .returning({ id: employers.id });
    return row!.id;
  });
}

export async function createEmployerWorkWorld(engine: Engine): Promise<EmployerWorkWorld> {
  const world = await createCaseWorkWorld(engine);
  const { db, organisationId, users } = world;
  const employerId = await insertEmployer(db, organisationId, users.coordinator);
  const otherEmployerId = await insertEmployer(db, world.otherOrganisationId, users.foreign, 'Rovaniemen Saha Oy');
  const employerOf = async (organisation: string) => (organisation === organisationId ? employerId : otherEmployerId);

  const newOpportunity: EmployerWorkWorld['newOpportunity'] = (options = {}) =>
    inTransaction(db, 'system', async (tx) => {
      const employer = options.employerId ?? employerId;
      const [owner] = await tx.select({ organisationId: employers.organisationId }).from(employers).where(eq(employers.id, employer));
      const [row] = await tx
        .insert(opportunities)
        .values({
          organisationId: owner!.organisationId,
          employerId: employer,
          kind: 'hidden_job',
          title: 'Varastotyöntekijä',
          requiredSkills: [],
          niceToHaveSkills: [],
          languages: [],
          licences: [],
          demands: [],
          positions: options.positions ?? 1,
          status: options.status ?? 'open',
          statusChangedOn: '2026-11-16',
          createdBy: users.coordinator,
          createdAt: fixtureTime,
          updatedAt: fixtureTime,
        })
        .returning({ id: opportunities.id });
      return row!.id;
    });

  const newAssignment: EmployerWorkWorld['newAssignment'] = (options = {}) =>
    inTransaction(db, 'system', async (tx) => {
      const organisation = options.organisationId ?? organisationId;
      const [row] = await tx
        .insert(assignments)
        .values({
          organisationId: organisation,
          employerId: await employerOf(organisation),
          opportunityId: options.opportunityId ?? null,
          receivedAt: fixtureTime,
          channel: 'phone',
          requestedRole: 'Varastotyöntekijä',
          candidatesWanted: 2,
          responseTimeAmount: 2,
          responseTimeUnit: 'working_days',
          responseDueAt: new Date('2026-11-18T09:00:00+02:00'),
          firstResponseAt: options.firstResponseAt ?? null,
          status: options.status ?? 'new',
          createdBy: users.coordinator,
          createdAt: fixtureTime,
          updatedAt: fixtureTime,
        })
        .returning({ id: assignments.id });
      return row!.id;
    });

  const giveConsent: EmployerWorkWorld['giveConsent'] = (clientId, dates = {}, kind = 'employer_proposal') =>
    inTransaction(db, 'system', async (tx) => {
      const [row] = await tx
        .insert(consents)
        .values({
          clientId,
          organisationId,
          kind,
          channel: 'in_person',
          givenOn: dates.givenOn ?? '2026-11-01',
          validUntil: dates.validUntil ?? null,
          revokedOn: dates.revokedOn ?? null,
          recordedBy: users.assigned,
          createdAt: fixtureTime,
        })
        .returning({ id: consents.id });
      return row!.id;
    });

  const newCandidate: EmployerWorkWorld['newCandidate'] = async (options = {}) => {
    const clientId = await insertClient(db, organisationId, users.assigned, options.firstName ?? 'Aino');
    if (options.enrolment !== false) await insertEnrolment(db, { clientId, coachId: users.assigned });
    if (options.consent !== null) await giveConsent(clientId, options.consent ?? {});
    return clientId;
  };

  return { ...world, employerId, otherEmployerId, newOpportunity, newAssignment, newCandidate, giveConsent };
}

/** Who may list the records of an organisation's own register: its employer staff; others 403; another organisation 404. */
export const organisationRecordReadExpectations = {
  assigned: 200,
  colleague: 200,
  coordinator: 200,
  lead: 200,
  admin: 403,
  analyst: 403,
  partner: 403,
  foreign: 404,
};

/** Employer cooperation writes on client data: the client's coach, team leads and employer coordinators. */
export const employerWorkExpectations = (success: number) => ({
  assigned: success,
  colleague: 403,
  coordinator: success,
  lead: success,
  admin: 404,
  analyst: 404,
  partner: 404,
  foreign: 404,
});
