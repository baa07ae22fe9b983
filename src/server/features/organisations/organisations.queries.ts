import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import type { AdminOrganisation, OrganisationRequest, OrganisationType, Team } from '../../../contract/admin.js';
import type { Transaction } from '../../db/transaction.js';
import { organisations, teams } from './organisations.tables.js';

const teamColumns = { id: teams.id, organisationId: teams.organisationId, name: teams.name };

export async function listOrganisationsWithTeams(tx: Transaction, organisationIds: string[]): Promise<AdminOrganisation[]> {
  if (organisationIds.length === 0) return [];
  const [organisationRows, teamRows] = await Promise.all([
    tx
      .select()
      .from(organisations)
      .where(inArray(organisations.id, organisationIds))
      .orderBy(asc(organisations.name), asc(organisations.id)),
    tx.select(teamColumns).from(teams).where(inArray(teams.organisationId, organisationIds)).orderBy(asc(teams.name), asc(teams.id)),
  ]);
  return organisationRows.map((row) => ({
    id: row.id,
    name: row.name,
    type: row.type as OrganisationType,
    businessId: row.businessId,
    municipalityCode: row.municipalityCode,
    teams: teamRows.filter((team) => team.organisationId === row.id),
  }));
}

export async function insertOrganisation(tx: Transaction, fields: OrganisationRequest, now: Date): Promise<string> {
  const [created] = await tx
    .insert(organisations)
    .values({ ...fields, createdAt: now })
    .returning({ id: organisations.id });
  return created!.id;
}

export async function updateOrganisation(tx: Transaction, organisationId: string, fields: OrganisationRequest): Promise<void> {
  await tx.update(organisations).set(fields).where(eq(organisations.id, organisationId));
}

export async function findTeam(tx: Transaction, teamId: string): Promise<Team | undefined> {
  const [row] = await tx.select(teamColumns).from(teams).where(eq(teams.id, teamId));
  return row;
}

export async function teamNameTaken(tx: Transaction, organisationId: string, name: string, exceptTeamId?: string): Promise<boolean> {
  const rows = await tx
    .select({ id: teams.id })
    .from(teams)
    .where(and(eq(teams.organisationId, organisationId), eq(teams.name, name), exceptTeamId ? ne(teams.id, exceptTeamId) : undefined));
  return rows.length > 0;
}

export async function insertTeam(tx: Transaction, organisationId: string, name: string, now: Date): Promise<Team> {
  const [created] = await tx.insert(teams).values({ organisationId, name, createdAt: now }).returning(teamColumns);
  return created!;
}

export async function renameTeam(tx: Transaction, teamId: string, name: string): Promise<Team> {
  const [updated] = await tx.update(teams).set({ name }).where(eq(teams.id, teamId)).returning(teamColumns);
  return updated!;
}
