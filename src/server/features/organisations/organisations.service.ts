import type { AdminOrganisation, OrganisationRequest, Team } from '../../../contract/admin.js';
import { organisationIdsOf } from '../../auth/actor.js';
import { memberships } from '../../auth/auth.tables.js';
import { authorizeOrganisation, authorizeOrganisationRecord, organisationsAllowed } from '../../auth/policy.js';
import { inTransaction, type Transaction } from '../../db/transaction.js';
import { conflict, invalidField } from '../../errors.js';
import { runAdministration } from '../../http/admin-action.js';
import type { ActionContext } from '../../http/client-action.js';
import { municipalityExists } from '../clients/clients.queries.js';
import * as queries from './organisations.queries.js';

async function checkOrganisationFields(tx: Transaction, fields: OrganisationRequest): Promise<void> {
  if (fields.municipalityCode && !(await municipalityExists(tx, fields.municipalityCode)))
    throw invalidField('municipalityCode', 'unknown_municipality');
}

async function loadOrganisation(tx: Transaction, organisationId: string): Promise<AdminOrganisation> {
  const [organisation] = await queries.listOrganisationsWithTeams(tx, [organisationId]);
  return organisation!;
}

async function refuseDuplicateTeamName(tx: Transaction, organisationId: string, name: string, exceptTeamId?: string): Promise<void> {
  if (await queries.teamNameTaken(tx, organisationId, name, exceptTeamId)) throw conflict('name', 'already_exists');
}

export async function listOrganisations(context: ActionContext): Promise<{ items: AdminOrganisation[] }> {
  authorizeOrganisation(context.actor, 'organisation.manage');
  const organisationIds = organisationsAllowed(context.actor, 'organisation.manage');
  const items = await inTransaction(context.deps.db, { organisationIds: organisationIdsOf(context.actor) }, (tx) =>
    queries.listOrganisationsWithTeams(tx, organisationIds),
  );
  return { items };
}

/** A new partner organisation gets its creator as its first admin (see the policy). */
export function createOrganisation(context: ActionContext, fields: OrganisationRequest): Promise<AdminOrganisation> {
  authorizeOrganisation(context.actor, 'organisation.manage');
  return runAdministration(
    context,
    'organisation.create',
    async (tx) => {
      await checkOrganisationFields(tx, fields);
      const organisationId = await queries.insertOrganisation(tx, fields, context.now);
      await tx.insert(memberships).values({ userId: context.actor.userId, organisationId, role: 'admin', teamId: null });
      return loadOrganisation(tx, organisationId);
    },
    (organisation) => organisation.id,
  );
}

export function updateOrganisation(
  context: ActionContext,
  organisationId: string,
  fields: OrganisationRequest,
): Promise<AdminOrganisation> {
  authorizeOrganisationRecord(context.actor, 'organisation.manage', organisationId);
  return runAdministration(
    context,
    'organisation.update',
    async (tx) => {
      await checkOrganisationFields(tx, fields);
      await queries.updateOrganisation(tx, organisationId, fields);
      return loadOrganisation(tx, organisationId);
    },
    (organisation) => organisation.id,
  );
}

export function createTeam(context: ActionContext, organisationId: string, name: string): Promise<Team> {
  authorizeOrganisationRecord(context.actor, 'organisation.manage', organisationId);
  return runAdministration(
    context,
    'team.create',
    async (tx) => {
      await refuseDuplicateTeamName(tx, organisationId, name);
      return queries.insertTeam(tx, organisationId, name, context.now);
    },
    (team) => team.organisationId,
  );
}

export function renameTeam(context: ActionContext, teamId: string, name: string): Promise<Team> {
  authorizeOrganisation(context.actor, 'organisation.manage');
  return runAdministration(
    context,
    'team.update',
    async (tx) => {
      const team = await queries.findTeam(tx, teamId);
      authorizeOrganisationRecord(context.actor, 'organisation.manage', team?.organisationId);
      await refuseDuplicateTeamName(tx, team!.organisationId, name, teamId);
      return queries.renameTeam(tx, teamId, name);
    },
    (team) => team.organisationId,
  );
}
