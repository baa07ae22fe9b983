import { eq } from 'drizzle-orm';
import { currentTotp, generateTotpSecret } from '../../auth/totp.js';
import type { Database } from '../../db/engine.js';
import { inTransaction, type Transaction } from '../../db/transaction.js';
import { createOrganisation, createUser, testPassword } from '../../test-support/builders.js';
import { createTestApp, defaultTestNow, loginAs, type TestApp, type UserAgent } from '../../test-support/test-app.js';
import type { Engine } from '../../test-support/test-database.js';
import { activities } from '../activities/activities.tables.js';
import { clients } from '../clients/clients.tables.js';
import { employerInteractions, employers } from '../employers/employers.tables.js';
import { enrolments } from '../enrolments/enrolments.tables.js';
import { opportunities } from '../opportunities/opportunities.tables.js';
import { placements } from '../placements/placements.tables.js';
import { processModels, programmes } from '../programmes/programmes.tables.js';

/**
 * One organisation with a team of two coaches (A, B) and a coach outside the team (C), a team lead
 * and an admin; another organisation with its own lead. The hand-made dataset of `recordWork`
 * is described next to each row; fidelity.test.ts works out the expected pre-filled scores from it.
 */
export type FidelityWorld = {
  test: TestApp;
  db: Database;
  organisationId: string;
  teamId: string;
  programmeId: string;
  otherOrganisationId: string;
  otherTeamId: string;
  users: { coachA: string; coachB: string; coachC: string; lead: string };
  agents: {
    lead: UserAgent;
    admin: UserAgent;
    analyst: UserAgent;
    coachA: UserAgent;
    coachC: UserAgent;
    coordinator: UserAgent;
    otherLead: UserAgent;
  };
  close: () => Promise<void>;
};

const fixtureTime = new Date(defaultTestNow);

export async function createFidelityWorld(engine: Engine): Promise<FidelityWorld> {
  const test = await createTestApp(engine);
  const db = test.deps.db;
  const organisation = await createOrganisation(db);
  const other = await createOrganisation(db, 'Lapin työllisyysalue');
  const member = (
    role: 'coach' | 'team_lead' | 'admin' | 'analyst' | 'employer_coordinator',
    teamId: string | null = null,
    organisationId = organisation.id,
  ) => [{ organisationId, role, teamId }];
  const adminSecret = generateTotpSecret();
  const coachA = await createUser(db, { email: 'coach.a@t.fi', name: 'Aila Valmentaja', roles: member('coach', organisation.team.id) });
  const coachB = await createUser(db, { email: 'coach.b@t.fi', name: 'Bertta Valmentaja', roles: member('coach', organisation.team.id) });
  const coachC = await createUser(db, { email: 'coach.c@t.fi', name: 'Cecilia Valmentaja', roles: member('coach') });
  const lead = await createUser(db, { email: 'lead@t.fi', roles: member('team_lead', organisation.team.id) });
  await createUser(db, { email: 'analyst@t.fi', roles: member('analyst') });
  await createUser(db, { email: 'coordinator@t.fi', roles: member('employer_coordinator') });
  await createUser(db, {
    email: 'admin@t.fi',
    roles: member('admin'),
    totpSecret: test.deps.cipher.encrypt(adminSecret),
    totpEnabled: true,
  });
  await createUser(db, { email: 'other.lead@t.fi', roles: member('team_lead', other.team.id, other.id) });
  const login = (email: string) => loginAs(test.app, email, testPassword);
  const admin = await login('admin@t.fi');
  await admin.post('/api/auth/totp', { code: currentTotp(adminSecret) });
  const programmeId = await inTransaction(db, 'system', async (tx) => {
    const [model] = await tx.select({ id: processModels.id }).from(processModels).where(eq(processModels.key, 'ips'));
    const [row] = await tx
      .insert(programmes)
      .values({ organisationId: organisation.id, name: 'IPS-hanke', processModelId: model!.id, followUpMonths: [3, 6] })
      .returning({ id: programmes.id });
    return row!.id;
  });
  return {
    test,
    db,
    organisationId: organisation.id,
    teamId: organisation.team.id,
    programmeId,
    otherOrganisationId: other.id,
    otherTeamId: other.team.id,
    users: { coachA: coachA.id, coachB: coachB.id, coachC: coachC.id, lead: lead.id },
    agents: {
      lead: await login('lead@t.fi'),
      admin,
      analyst: await login('analyst@t.fi'),
      coachA: await login('coach.a@t.fi'),
      coachC: await login('coach.c@t.fi'),
      coordinator: await login('coordinator@t.fi'),
      otherLead: await login('other.lead@t.fi'),
    },
    close: () => test.close(),
  };
}

type EnrolmentSpec = { coachId: string; startDate: string; endDate?: string; outcome?: string; referralSource?: string };

/** One client with one enrolment in the world's programme. */
async function enrol(tx: Transaction, world: FidelityWorld, spec: EnrolmentSpec) {
  const [client] = await tx
    .insert(clients)
    .values({
      organisationId: world.organisationId,
      teamId: world.teamId,
      responsibleUserId: spec.coachId,
      firstName: 'Testi',
      lastName: 'Asiakas',
      gender: 'female',
      municipalityCode: '564',
      languages: ['fi'],
      targetGroups: [],
      createdAt: fixtureTime,
      updatedAt: fixtureTime,
    })
    .returning({ id: clients.id });
  const [enrolment] = await tx
    .insert(enrolments)
    .values({
      clientId: client!.id,
      organisationId: world.organisationId,
      programmeId: world.programmeId,
      referralSource: spec.referralSource ?? 'employment_counsellor',
      startingSituation: 'unemployed',
      coachId: spec.coachId,
      intensity: 'intensive',
      startDate: spec.startDate,
      endDate: spec.endDate ?? null,
      outcome: spec.outcome ?? null,
      currentPhase: 'entry',
      phaseStartedOn: spec.startDate,
      createdAt: fixtureTime,
      updatedAt: fixtureTime,
    })
    .returning({ id: enrolments.id });
  return { clientId: client!.id, enrolmentId: enrolment!.id };
}

export function meeting(world: FidelityWorld, clientId: string, occurredOn: string, mode: string, participants: string[] = ['client']) {
  return {
    clientId,
    organisationId: world.organisationId,
    occurredOn,
    durationMinutes: 45,
    mode,
    participants,
    recordedBy: world.users.coachA,
    createdAt: fixtureTime,
  };
}

export async function insertEmployer(tx: Transaction, world: FidelityWorld, name: string) {
  const [row] = await tx
    .insert(employers)
    .values({
      organisationId: world.organisationId,
      name,
      sizeClass: 'small',
      economySector: 'private',
      stage: 'met',
      stageChangedOn: '2026-01-01',
      createdBy: world.users.lead,
      createdAt: fixtureTime,
      updatedAt: fixtureTime,
    })
    .returning({ id: employers.id });
  return row!.id;
}

export async function insertOpportunity(tx: Transaction, world: FidelityWorld, employerId: string, iscoCode: string) {
  const [row] = await tx
    .insert(opportunities)
    .values({
      organisationId: world.organisationId,
      employerId,
      kind: 'hidden_job',
      title: `Työ ${iscoCode}`,
      iscoCode,
      requiredSkills: [],
      niceToHaveSkills: [],
      languages: [],
      licences: [],
      demands: [],
      status: 'filled',
      statusChangedOn: '2026-06-01',
      createdBy: world.users.lead,
      createdAt: fixtureTime,
      updatedAt: fixtureTime,
    })
    .returning({ id: opportunities.id });
  return row!.id;
}

export function inSystemScope<T>(world: FidelityWorld, work: (tx: Transaction) => Promise<T>): Promise<T> {
  return inTransaction(world.db, 'system', work);
}

export { enrol, activities, employerInteractions, placements };
