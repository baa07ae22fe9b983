import { hashPassword } from '../../src/server/auth/password.js';
import type { FieldCipher } from '../../src/server/crypto/field-encryption.js';
import type { Database } from '../../src/server/db/engine.js';
import {
  activities,
  clients,
  consents,
  enrolments,
  followUps,
  phaseChanges,
  planActions,
  planGoals,
  referrals,
} from '../../src/server/db/schema.js';
import { inTransaction, type Transaction } from '../../src/server/db/transaction.js';
import { loadCompetenceProfiles } from './competence-profiles.js';
import { loadFidelityReviews } from './fidelity-reviews.js';
import { loadGroups } from './groups.js';
import { loadFeedback } from './feedback.js';
import { loadEsfParticipants } from './esf.js';
import { loadFollowUpTasks } from './follow-up-tasks.js';
import { loadReportTargets } from './report-targets.js';
import { parseDate } from './dates.js';
import { loadEmployerCooperation } from './employer-cooperation.js';
import type { EmployerArea } from './employers.js';
import { emptyClientRows, generateClientHistory, type AreaWorld, type ClientRows, type World } from './histories.js';
import { insertInChunks } from './insert.js';
import { insertOrganisations } from './organisations.js';
import { loadPostalCodePicker } from './places.js';
import { weightedPicker } from './random.js';
import { demoPassword, insertStaff, type AreaStaff, type DemoLogin } from './staff.js';

export { demoPassword, type DemoLogin };

export type DemoDataOptions = {
  seed?: number;
  clients?: number;
  /** yyyy-mm-dd; every date in the data is relative to it, so the demo never goes stale. */
  today: string;
  cipher: FieldCipher;
  /** Benchmark volume mode: exactly this many activities per client. */
  activitiesPerClient?: number;
  /** Clients per transaction. */
  batchSize?: number;
  /** Batches loaded at once; more than 1 only helps on a PostgreSQL server with a connection pool. */
  concurrency?: number;
  onProgress?: (progress: DemoDataProgress) => void;
};

export type DemoDataProgress = { clientsDone: number; clientsTotal: number; rowsInserted: number };

export type DemoDataSummary = {
  seed: number;
  today: string;
  organisations: { id: string; name: string; type: string; clients: number }[];
  rowCounts: Record<string, number>;
  /** One memorable login per role and organisation; all share `demoPassword`. */
  logins: DemoLogin[];
};

export const defaultSeed = 20_260_101;
export const defaultClientCount = 400;

/**
 * Fills an empty database with a synthetic Northern-Finland world: clients in batches, then the
 * employer cooperation that proposes and places them. The caller makes sure the
 * database is empty, then recomputes the derived meeting due dates (next_meeting_due_on and
 * first_employer_contact_due_on are left NULL here).
 */
export async function loadDemoData(db: Database, options: DemoDataOptions): Promise<DemoDataSummary> {
  const seed = (options.seed ?? defaultSeed) >>> 0;
  const clientTotal = options.clients ?? defaultClientCount;
  const batchSize = options.batchSize ?? 1_000;
  const concurrency = Math.max(1, options.concurrency ?? 1);
  parseDate(options.today);
  if (!Number.isInteger(clientTotal) || clientTotal < 0) throw new Error('clients must be a non-negative integer');
  if (options.activitiesPerClient !== undefined && (!Number.isInteger(options.activitiesPerClient) || options.activitiesPerClient < 0)) {
    throw new Error('activitiesPerClient must be a non-negative integer');
  }

  // argon2id is slow on purpose: hash the one shared demo password once.
  const passwordHash = await hashPassword(demoPassword);
  const { context, staff } = await inTransaction(db, 'system', async (tx) => {
    const context = await insertOrganisations(tx, seed, options.today);
    const staff = await insertStaff(tx, context, { seed, passwordHash, clientCount: clientTotal, today: options.today });
    return { context, staff };
  });

  const areaWorlds: AreaWorld[] = context.areas.map((area, index) => {
    const areaStaff = staff.staffByArea[index];
    if (!areaStaff) throw new Error(`no staff for ${area.spec.name}`);
    return {
      organisationId: area.organisationId,
      programmes: area.programmes,
      coaches: areaStaff.coaches,
      coachIds: areaStaff.coaches.map((coach) => coach.id),
      pickMunicipality: weightedPicker(area.spec.municipalities),
    };
  });
  const world: World = {
    seed,
    today: options.today,
    cipher: options.cipher,
    pickArea: weightedPicker(areaWorlds.map((area, index) => [area, context.areas[index]?.spec.clientShare ?? 0] as const)),
    pickPostalCode: loadPostalCodePicker(context.areas.flatMap((area) => area.spec.municipalities.map(([code]) => code))),
    activitiesPerClient: options.activitiesPerClient,
  };

  const rowCounts: Record<string, number> = {
    organisations: context.areas.length + context.partners.length,
    users: staff.userCount,
  };
  const clientsByOrganisation = new Map<string, number>();
  let clientsDone = 0;
  let rowsInserted = 0;

  const loadBatch = async (batchIndex: number) => {
    const first = batchIndex * batchSize;
    const rows = emptyClientRows();
    for (let clientIndex = first; clientIndex < Math.min(first + batchSize, clientTotal); clientIndex++) {
      generateClientHistory(world, clientIndex, rows);
    }
    await inTransaction(db, 'system', (tx) => insertClientRows(tx, rows));
    for (const [table, tableRows] of Object.entries(rows)) {
      rowCounts[table] = (rowCounts[table] ?? 0) + tableRows.length;
      rowsInserted += tableRows.length;
    }
    for (const client of rows.clients) {
      clientsByOrganisation.set(client.organisationId, (clientsByOrganisation.get(client.organisationId) ?? 0) + 1);
    }
    clientsDone += rows.clients.length;
    options.onProgress?.({ clientsDone, clientsTotal: clientTotal, rowsInserted });
  };

  // Each worker takes the next batch; batches are independent because every client is.
  // After a failure the other workers stop taking batches, so the error surfaces promptly.
  const batchCount = Math.ceil(clientTotal / batchSize);
  let nextBatch = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && nextBatch < batchCount) {
      try {
        await loadBatch(nextBatch++);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, Math.max(batchCount, 1)) }, worker));

  const employerAreas: EmployerArea[] = context.areas.map((area, index) => {
    const areaStaff = staff.staffByArea[index] as AreaStaff;
    return {
      spec: area.spec,
      organisationId: area.organisationId,
      coordinatorIds: areaStaff.employerCoordinatorIds,
      teamLeadId: areaStaff.teamLeadId,
      coachIds: areaStaff.coaches.map((coach) => coach.id),
      teamIds: area.teams.map((team) => team.id),
      pickMunicipality: (areaWorlds[index] as AreaWorld).pickMunicipality,
      pickPostalCode: world.pickPostalCode,
    };
  });
  const employerRowCounts = await inTransaction(db, 'system', (tx) =>
    loadEmployerCooperation(tx, { seed, today: options.today, clientCount: clientTotal, areas: employerAreas }),
  );
  for (const [table, count] of Object.entries(employerRowCounts)) rowCounts[table] = (rowCounts[table] ?? 0) + count;
  Object.assign(rowCounts, await inTransaction(db, 'system', (tx) => loadCompetenceProfiles(tx, { seed, today: options.today })));
  const fidelityAreas = employerAreas.map((area) => ({
    organisationId: area.organisationId,
    teamId: area.teamIds[0]!,
    teamLeadId: area.teamLeadId,
  }));
  Object.assign(
    rowCounts,
    await inTransaction(db, 'system', (tx) => loadFidelityReviews(tx, { seed, today: options.today, areas: fidelityAreas })),
  );
  Object.assign(
    rowCounts,
    await inTransaction(db, 'system', (tx) => loadFeedback(tx, { seed, today: options.today, cipher: options.cipher })),
  );
  Object.assign(rowCounts, await inTransaction(db, 'system', (tx) => loadGroups(tx, { seed, today: options.today, areas: employerAreas })));
  await inTransaction(db, 'system', (tx) => loadFollowUpTasks(tx, { today: options.today }));
  Object.assign(rowCounts, await inTransaction(db, 'system', (tx) => loadEsfParticipants(tx, { seed, today: options.today })));
  Object.assign(
    rowCounts,
    await inTransaction(db, 'system', (tx) => loadReportTargets(tx, { today: options.today, areas: employerAreas })),
  );

  return {
    seed,
    today: options.today,
    organisations: [
      ...context.areas.map((area) => ({ id: area.organisationId, name: area.spec.name, type: 'employment_area' })),
      ...context.partners.map((partner) => ({ id: partner.organisationId, name: partner.spec.name, type: partner.spec.type })),
    ].map((organisation) => ({ ...organisation, clients: clientsByOrganisation.get(organisation.id) ?? 0 })),
    rowCounts,
    logins: staff.logins,
  };
}

/** Parents before children, so every foreign key already exists. */
async function insertClientRows(tx: Transaction, rows: ClientRows): Promise<void> {
  await insertInChunks(tx, clients, rows.clients);
  await insertInChunks(tx, consents, rows.consents);
  await insertInChunks(tx, enrolments, rows.enrolments);
  await insertInChunks(tx, phaseChanges, rows.phaseChanges);
  await insertInChunks(tx, followUps, rows.followUps);
  await insertInChunks(tx, planGoals, rows.planGoals);
  await insertInChunks(tx, planActions, rows.planActions);
  await insertInChunks(tx, activities, rows.activities);
  await insertInChunks(tx, referrals, rows.referrals);
}
