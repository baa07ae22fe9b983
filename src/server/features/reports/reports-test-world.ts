import type { Role } from '../../../contract/auth.js';
import { currentTotp, generateTotpSecret } from '../../auth/totp.js';
import type { Database } from '../../db/engine.js';
import { inTransaction } from '../../db/transaction.js';
import { createOrganisation, createUser, testPassword } from '../../test-support/builders.js';
import { createTestApp, loginAs, type TestApp, type UserAgent } from '../../test-support/test-app.js';
import type { Engine } from '../../test-support/test-database.js';
import { teams } from '../organisations/organisations.tables.js';
import { insertReportDataset, type ReportDataset } from './reports-test-data.js';

/**
 * Oulu (organisation A) with two teams, two coaches, a team lead, an analyst, an admin and an
 * employer coordinator; Lappi (organisation B) with its own team lead and coach. The hand-made
 * dataset of reports-test-data.ts is loaded into both; each test works out its expected figure.
 */
export const reportActors = ['lead', 'analyst', 'admin', 'coachA', 'coachB', 'coordinator', 'foreignLead', 'foreignCoach'] as const;
export type ReportActor = (typeof reportActors)[number];

export type ReportWorld = {
  test: TestApp;
  db: Database;
  organisationId: string;
  otherOrganisationId: string;
  teamOneId: string;
  teamTwoId: string;
  users: Record<ReportActor, string>;
  agents: Record<ReportActor, UserAgent>;
  data: ReportDataset;
  close: () => Promise<void>;
};

export async function createReportWorld(engine: Engine): Promise<ReportWorld> {
  const test = await createTestApp(engine);
  const db = test.deps.db;
  const oulu = await createOrganisation(db);
  const lappi = await createOrganisation(db, 'Lapin työllisyysalue');
  const [teamTwo] = await inTransaction(db, 'system', (tx) =>
    tx.insert(teams).values({ organisationId: oulu.id, name: 'Oulun toinen tiimi' }).returning(),
  );
  const memberships: Record<ReportActor, { role: Role; organisationId: string; teamId?: string }> = {
    lead: { role: 'team_lead', organisationId: oulu.id, teamId: oulu.team.id },
    analyst: { role: 'analyst', organisationId: oulu.id },
    admin: { role: 'admin', organisationId: oulu.id },
    coachA: { role: 'coach', organisationId: oulu.id, teamId: oulu.team.id },
    coachB: { role: 'coach', organisationId: oulu.id, teamId: teamTwo!.id },
    coordinator: { role: 'employer_coordinator', organisationId: oulu.id },
    foreignLead: { role: 'team_lead', organisationId: lappi.id },
    foreignCoach: { role: 'coach', organisationId: lappi.id },
  };
  const users = {} as Record<ReportActor, string>;
  const agents = {} as Record<ReportActor, UserAgent>;
  for (const actor of reportActors) {
    const membership = memberships[actor];
    const email = `${actor.toLowerCase()}@reports.example.fi`;
    // Admins must use a second factor; the world logs them in with one.
    const totpSecret = membership.role === 'admin' ? generateTotpSecret() : undefined;
    const user = await createUser(db, {
      email,
      name: actor,
      roles: [{ organisationId: membership.organisationId, role: membership.role, teamId: membership.teamId ?? null }],
      ...(totpSecret ? { totpSecret: test.deps.cipher.encrypt(totpSecret), totpEnabled: true } : {}),
    });
    users[actor] = user.id;
    agents[actor] = await loginAs(test.app, email, testPassword);
    if (totpSecret) await agents[actor].post('/api/auth/totp', { code: currentTotp(totpSecret) });
  }
  const data = await insertReportDataset(db, {
    organisationId: oulu.id,
    otherOrganisationId: lappi.id,
    teamOneId: oulu.team.id,
    teamTwoId: teamTwo!.id,
    coachA: users.coachA,
    coachB: users.coachB,
    coordinator: users.coordinator,
    foreignCoach: users.foreignCoach,
  });
  return {
    test,
    db,
    organisationId: oulu.id,
    otherOrganisationId: lappi.id,
    teamOneId: oulu.team.id,
    teamTwoId: teamTwo!.id,
    users,
    agents,
    data,
    close: () => test.close(),
  };
}

/** October 2026, the period most tests report on. */
export const october = { from: '2026-10-01', to: '2026-10-31' };

export function figuresUrl(indicators: string, cuts: Record<string, string> = {}): string {
  return `/api/reports/figures?${new URLSearchParams({ ...october, ...cuts, indicators }).toString()}`;
}
