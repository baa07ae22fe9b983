import {
  assignmentResponseSettings,
  assignments,
  consents,
  employerContacts,
  employerInteractions,
  employerJobs,
  employers,
  employerStageChanges,
  employerWorkplaces,
  jobTasks,
  opportunities,
  opportunityTasks,
  placements,
  proposals,
  proposalStatusChanges,
  supportAgreements,
  userIndustrySections,
} from '../../src/server/db/schema.js';
import type { Transaction } from '../../src/server/db/transaction.js';
import { readCandidates } from './candidates.js';
import { generateEmployerArea, type EmployerRows } from './employer-area.js';
import { generateEmployerProfiles, sectionOwnership, type EmployerArea, type SectionRow } from './employers.js';
import { planHires } from './hires.js';
import { insertInChunks } from './insert.js';
import { loadReferenceLookups } from './reference-lookups.js';

/** Candidates read per employer in the register: enough to choose hires and proposals from, also at volume. */
const candidatesPerEmployer = 12;

/**
 * The employer side of the demo world, loaded after the clients because proposals and placements
 * are made for them: employers with their relationship histories, jobs and carved opportunities,
 * assignments with response times, proposals, placements and support agreements.
 */
export async function loadEmployerCooperation(
  tx: Transaction,
  input: { seed: number; today: string; clientCount: number; areas: readonly EmployerArea[] },
): Promise<Record<string, number>> {
  const lookups = await loadReferenceLookups(tx);
  const rows: EmployerRows & { userIndustrySections: SectionRow[] } = {
    employers: [],
    employerWorkplaces: [],
    employerContacts: [],
    employerStageChanges: [],
    employerInteractions: [],
    userIndustrySections: [],
    employerJobs: [],
    jobTasks: [],
    opportunities: [],
    opportunityTasks: [],
    assignmentResponseSettings: [],
    assignments: [],
    consents: [],
    proposals: [],
    proposalStatusChanges: [],
    placements: [],
    supportAgreements: [],
  };
  for (const area of input.areas) {
    const profiles = generateEmployerProfiles(input.seed, area, input.clientCount);
    rows.userIndustrySections.push(...sectionOwnership(input.seed, area));
    const candidates = await readCandidates(tx, area.organisationId, input.today, profiles.length * candidatesPerEmployer);
    const hires = planHires(input.seed, candidates, profiles, input.today);
    generateEmployerArea({ seed: input.seed, today: input.today, area, profiles, candidates, hires, lookups, into: rows });
  }

  await insertInChunks(tx, employers, rows.employers);
  await insertInChunks(tx, employerWorkplaces, rows.employerWorkplaces);
  await insertInChunks(tx, employerContacts, rows.employerContacts);
  await insertInChunks(tx, employerStageChanges, rows.employerStageChanges);
  await insertInChunks(tx, employerInteractions, rows.employerInteractions);
  await insertInChunks(tx, userIndustrySections, rows.userIndustrySections);
  await insertInChunks(tx, employerJobs, rows.employerJobs);
  await insertInChunks(tx, jobTasks, rows.jobTasks);
  await insertInChunks(tx, opportunities, rows.opportunities);
  await insertInChunks(tx, opportunityTasks, rows.opportunityTasks);
  await insertInChunks(tx, assignmentResponseSettings, rows.assignmentResponseSettings);
  await insertInChunks(tx, assignments, rows.assignments);
  await insertInChunks(tx, consents, rows.consents);
  await insertInChunks(tx, proposals, rows.proposals);
  await insertInChunks(tx, proposalStatusChanges, rows.proposalStatusChanges);
  await insertInChunks(tx, placements, rows.placements);
  await insertInChunks(tx, supportAgreements, rows.supportAgreements);
  return Object.fromEntries(Object.entries(rows).map(([table, tableRows]) => [table, tableRows.length]));
}
