import { and, eq, sql } from 'drizzle-orm';
import type { Client, ClientFields, UpdateClientRequest } from '../../../contract/clients.js';
import { authorizeOrganisation, clientFilter, clientPermissions, organisationsAllowed } from '../../auth/policy.js';
import type { Transaction } from '../../db/transaction.js';
import { AppError, invalidField, notFound } from '../../errors.js';
import { runAuditedWork, runClientAction, type ActionContext } from '../../http/client-action.js';
import { helsinkiDate } from '../../time.js';
import { checkClientFields, lookUpReferenceFacts, storedClientColumns } from './client-checks.js';
import { ageOn, derivedTargetGroups, unemploymentMonths } from './client-derivations.js';
import * as queries from './clients.queries.js';
import { clients } from './clients.tables.js';

async function checkedClientFields(tx: Transaction, fields: ClientFields, organisationId: string, today: string): Promise<ClientFields> {
  const checked = checkClientFields(fields, await lookUpReferenceFacts(tx, fields, organisationId), today);
  if (checked.problems.length > 0) throw new AppError('validation', checked.problems);
  return checked.fields;
}

async function refuseDuplicateIdentityCode(tx: Transaction, organisationId: string, hash: string | null, exceptClientId?: string) {
  if (!hash) return;
  const existing = await queries.clientWithIdentityCodeHash(tx, organisationId, hash);
  if (existing && existing !== exceptClientId) throw new AppError('conflict', [{ path: 'identityCode', code: 'already_exists' }]);
}

async function toClient(tx: Transaction, context: ActionContext, row: queries.ClientRow): Promise<Client> {
  const today = helsinkiDate(context.now);
  const permissions = await clientPermissions(tx, context.actor, row.id, [
    'client.update',
    'client.identity_code.read',
    'client.protected.read',
    'client.reassign',
  ]);
  return {
    id: row.id,
    organisationId: row.organisationId,
    teamId: row.teamId,
    firstName: row.firstName,
    lastName: row.lastName,
    municipalityCode: row.municipalityCode,
    responsibleUserId: row.responsibleUserId,
    responsibleUserName: row.responsibleUserName,
    hasIdentityCode: row.identityCodeEncrypted !== null,
    dateOfBirth: row.dateOfBirth,
    age: ageOn(row.dateOfBirth, today),
    gender: row.gender as Client['gender'],
    email: row.email,
    phone: row.phone,
    streetAddress: row.streetAddress,
    postalCode: row.postalCode,
    motherTongue: row.motherTongue,
    languages: row.languages,
    iscedLevel: row.iscedLevel,
    targetGroups: row.targetGroups as Client['targetGroups'],
    derivedTargetGroups: derivedTargetGroups(row, today),
    unemployedSince: row.unemployedSince,
    unemploymentMonths: unemploymentMonths(row.unemployedSince, today),
    hasWorkAbilityNote: row.workAbilityNoteEncrypted !== null,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    permissions: {
      update: permissions['client.update'],
      readIdentityCode: permissions['client.identity_code.read'],
      readProtected: permissions['client.protected.read'],
      reassign: permissions['client.reassign'],
    },
  };
}

async function loadClient(tx: Transaction, context: ActionContext, clientId: string): Promise<Client> {
  const row = await queries.findClient(tx, clientId);
  if (!row) throw notFound();
  return toClient(tx, context, row);
}

export async function createClient(context: ActionContext, input: ClientFields & { responsibleUserId: string | null }): Promise<Client> {
  const organisationId = organisationsAllowed(context.actor, 'client.create')[0];
  authorizeOrganisation(context.actor, 'client.create', organisationId);
  const today = helsinkiDate(context.now);
  return runAuditedWork(
    context,
    'client.create',
    async (tx) => {
      const { responsibleUserId: requestedResponsible, ...fields } = input;
      const checked = await checkedClientFields(tx, fields, organisationId!, today);
      const responsibleUserId = requestedResponsible ?? context.actor.userId;
      if (!(await queries.isCaseworkerIn(tx, responsibleUserId, organisationId!))) throw invalidField('responsibleUserId', 'unknown_user');
      const teamId =
        checked.teamId ?? context.actor.memberships.find((m) => m.organisationId === organisationId && m.teamId)?.teamId ?? null;
      const columns = storedClientColumns({ ...checked, teamId }, context.deps.cipher);
      await refuseDuplicateIdentityCode(tx, organisationId!, columns.identityCodeHash);
      const [created] = await tx
        .insert(clients)
        .values({ ...columns, organisationId: organisationId!, responsibleUserId, createdAt: context.now, updatedAt: context.now })
        .returning({ id: clients.id });
      return loadClient(tx, context, created!.id);
    },
    (client) => [client.id],
    organisationId,
  );
}

export function getClient(context: ActionContext, clientId: string): Promise<Client> {
  return runClientAction(context, 'client.read', clientId, (tx) => loadClient(tx, context, clientId));
}

export function updateClient(context: ActionContext, clientId: string, input: UpdateClientRequest): Promise<Client> {
  const today = helsinkiDate(context.now);
  return runClientAction(context, 'client.update', clientId, async (tx) => {
    const existing = (await queries.findClient(tx, clientId))!;
    const { version, identityCode: givenCode, ...fields } = input;
    // The stored code still decides the date of birth when the request leaves the code out.
    const storedCode = existing.identityCodeEncrypted ? context.deps.cipher.decrypt(existing.identityCodeEncrypted) : null;
    const identityCode = givenCode === undefined ? storedCode : givenCode;
    const checked = await checkedClientFields(tx, { ...fields, identityCode }, existing.organisationId, today);
    const columns = storedClientColumns(checked, context.deps.cipher);
    await refuseDuplicateIdentityCode(tx, existing.organisationId, columns.identityCodeHash, clientId);
    const updated = await tx
      .update(clients)
      .set({ ...columns, version: sql`${clients.version} + 1`, updatedAt: context.now })
      .where(and(eq(clients.id, clientId), eq(clients.version, version)))
      .returning({ id: clients.id });
    if (updated.length === 0) throw new AppError('conflict', [{ path: 'version', code: 'stale_version' }]);
    return loadClient(tx, context, clientId);
  });
}

export function listVisibleClients(context: ActionContext, query: { search?: string; page: number; pageSize: number }) {
  return runAuditedWork(
    context,
    'client.list',
    async (tx) => ({
      ...(await queries.listClients(tx, clientFilter(context.actor, 'client.read'), query.search, query.page, query.pageSize)),
      page: query.page,
      pageSize: query.pageSize,
    }),
    (result) => result.items.map((item) => item.id),
  );
}

export function readIdentityCode(context: ActionContext, clientId: string, reason: string | null) {
  return runClientAction(
    context,
    'client.identity_code.read',
    clientId,
    async (tx) => {
      const row = (await queries.findClient(tx, clientId))!;
      return { identityCode: row.identityCodeEncrypted ? context.deps.cipher.decrypt(row.identityCodeEncrypted) : null };
    },
    { reason },
  );
}

export function readWorkAbilityNote(context: ActionContext, clientId: string) {
  return runClientAction(context, 'client.protected.read', clientId, async (tx) => {
    const row = (await queries.findClient(tx, clientId))!;
    return {
      note: row.workAbilityNoteEncrypted ? context.deps.cipher.decrypt(row.workAbilityNoteEncrypted) : null,
      updatedAt: row.workAbilityNoteUpdatedAt?.toISOString() ?? null,
    };
  });
}

export function updateWorkAbilityNote(context: ActionContext, clientId: string, note: string | null) {
  return runClientAction(context, 'client.protected.update', clientId, async (tx) => {
    await tx
      .update(clients)
      .set({ workAbilityNoteEncrypted: note ? context.deps.cipher.encrypt(note) : null, workAbilityNoteUpdatedAt: context.now })
      .where(eq(clients.id, clientId));
    return { note, updatedAt: context.now.toISOString() };
  });
}

export function reassignClient(context: ActionContext, clientId: string, input: { responsibleUserId: string; teamId: string | null }) {
  return runClientAction(context, 'client.reassign', clientId, async (tx) => {
    const existing = (await queries.findClient(tx, clientId))!;
    if (!(await queries.isCaseworkerIn(tx, input.responsibleUserId, existing.organisationId)))
      throw invalidField('responsibleUserId', 'unknown_user');
    if (input.teamId && !(await queries.teamInOrganisation(tx, input.teamId, existing.organisationId)))
      throw invalidField('teamId', 'unknown_team');
    await tx
      .update(clients)
      .set({
        responsibleUserId: input.responsibleUserId,
        teamId: input.teamId ?? existing.teamId,
        version: sql`${clients.version} + 1`,
        updatedAt: context.now,
      })
      .where(eq(clients.id, clientId));
    return loadClient(tx, context, clientId);
  });
}
