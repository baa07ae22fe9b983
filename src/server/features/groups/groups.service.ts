import { and, eq, or, sql } from 'drizzle-orm';
import type {
  AddParticipantRequest,
  ClientGroupList,
  CreateGroupRequest,
  CreateSessionRequest,
  Group,
  GroupList,
  GroupListQuery,
  RecordAttendanceRequest,
  UpdateGroupRequest,
} from '../../../contract/groups.js';
import { organisationIdsOf } from '../../auth/actor.js';
import { authorizeOrganisation, clientFilter, organisationsAllowed } from '../../auth/policy.js';
import { inTransaction, itemsWithTotal, type Transaction } from '../../db/transaction.js';
import { AppError, conflict, invalidField } from '../../errors.js';
import { runClientAction, type ActionContext } from '../../http/client-action.js';
import { chooseOrganisation, runOrganisationAction, runOrganisationRecordAction } from '../../http/organisation-action.js';
import { helsinkiDate } from '../../time.js';
import { clients } from '../clients/clients.tables.js';
import * as queries from './groups.queries.js';
import { groupAttendance, groupParticipants, groups, groupSessions } from './groups.tables.js';

async function loadGroup(tx: Transaction, groupId: string, today: string): Promise<Group> {
  const row = await queries.findGroup(tx, groupId, today);
  if (!row) throw new AppError('not_found');
  const participantList = await queries.participants(tx, groupId);
  const sessionList = await queries.sessions(tx, groupId);
  return { ...row, participantList, sessionList };
}

const participantsOf = (group: Group) => group.participantList.map((participant) => participant.clientId);

export async function listGroups(context: ActionContext, query: GroupListQuery): Promise<GroupList> {
  authorizeOrganisation(context.actor, 'group.read');
  const organisationIds = organisationsAllowed(context.actor, 'group.read');
  const rows = await inTransaction(context.deps.db, { organisationIds: organisationIdsOf(context.actor) }, (tx) =>
    queries.listGroups(tx, organisationIds, query, helsinkiDate(context.now)),
  );
  return { ...itemsWithTotal(rows), page: query.page, pageSize: query.pageSize };
}

/** The group with its participants by name: the audit entry names them. */
export function getGroup(context: ActionContext, groupId: string): Promise<Group> {
  return runOrganisationRecordAction(
    context,
    'group.read',
    (tx) => queries.groupOrganisation(tx, groupId),
    (tx) => loadGroup(tx, groupId, helsinkiDate(context.now)),
    { audit: 'read', targetId: () => groupId, clientIds: participantsOf },
  );
}

export function createGroup(context: ActionContext, input: CreateGroupRequest): Promise<Group> {
  const { organisationId: requested, ...fields } = input;
  const organisationId = chooseOrganisation(context, 'group.write', requested);
  return runOrganisationAction(
    context,
    'group.write',
    organisationId,
    async (tx) => {
      const [created] = await tx
        .insert(groups)
        .values({ ...fields, organisationId, createdBy: context.actor.userId, createdAt: context.now, updatedAt: context.now })
        .returning({ id: groups.id });
      return loadGroup(tx, created!.id, helsinkiDate(context.now));
    },
    { audit: 'write', targetId: (group) => group.id },
  );
}

/** Work on one group the user may write: 404 outside their reach, 403 for a reader who may not write. */
function changeGroup(context: ActionContext, groupId: string, work: (tx: Transaction, organisationId: string) => Promise<string[]>) {
  let touched: string[] = [];
  return runOrganisationRecordAction(
    context,
    'group.write',
    (tx) => queries.groupOrganisation(tx, groupId),
    async (tx, organisationId) => {
      touched = await work(tx, organisationId);
      return loadGroup(tx, groupId, helsinkiDate(context.now));
    },
    { audit: 'write', targetId: () => groupId, clientIds: () => touched },
  );
}

/** A new period must still hold the sessions already recorded. */
export function updateGroup(context: ActionContext, groupId: string, input: UpdateGroupRequest): Promise<Group> {
  const { version, ...fields } = input;
  return changeGroup(context, groupId, async (tx) => {
    const [outside] = await tx
      .select({ heldOn: groupSessions.heldOn })
      .from(groupSessions)
      .where(
        and(
          eq(groupSessions.groupId, groupId),
          or(
            sql`${groupSessions.heldOn} < ${fields.startsOn}`,
            fields.endsOn ? sql`${groupSessions.heldOn} > ${fields.endsOn}` : sql`false`,
          ),
        ),
      )
      .limit(1);
    if (outside) throw invalidField(outside.heldOn < fields.startsOn ? 'startsOn' : 'endsOn', 'sessions_outside_period');
    const changed = await tx
      .update(groups)
      .set({ ...fields, version: sql`${groups.version} + 1`, updatedAt: context.now })
      .where(and(eq(groups.id, groupId), eq(groups.version, version)))
      .returning({ id: groups.id });
    if (changed.length === 0) throw conflict('version', 'stale_version');
    return [];
  });
}

/** Any client of the group's organisation the user may read can join; the audit entry names them. */
export function addParticipant(context: ActionContext, groupId: string, input: AddParticipantRequest): Promise<Group> {
  return changeGroup(context, groupId, async (tx, organisationId) => {
    const [readable] = await tx
      .select({ id: clients.id })
      .from(clients)
      .where(and(eq(clients.id, input.clientId), eq(clients.organisationId, organisationId), clientFilter(context.actor, 'client.read')));
    if (!readable) throw invalidField('clientId', 'unknown_client');
    if (await queries.isParticipant(tx, groupId, input.clientId)) throw conflict('clientId', 'already_participant');
    await tx.insert(groupParticipants).values({
      groupId,
      clientId: input.clientId,
      organisationId,
      joinedOn: input.joinedOn,
      addedBy: context.actor.userId,
      createdAt: context.now,
    });
    return [input.clientId];
  });
}

/** For a participant added by mistake: one who has attended stays, so the attendance keeps its person. */
export function removeParticipant(context: ActionContext, groupId: string, clientId: string): Promise<Group> {
  return changeGroup(context, groupId, async (tx) => {
    if (!(await queries.isParticipant(tx, groupId, clientId))) throw new AppError('not_found');
    if (await queries.hasAttendance(tx, groupId, clientId)) throw conflict('clientId', 'has_attendance');
    await tx.delete(groupParticipants).where(and(eq(groupParticipants.groupId, groupId), eq(groupParticipants.clientId, clientId)));
    return [clientId];
  });
}

/** Sessions may be planned ahead, within the group's period. */
export function createSession(context: ActionContext, groupId: string, input: CreateSessionRequest): Promise<Group> {
  return changeGroup(context, groupId, async (tx, organisationId) => {
    const group = (await queries.groupPeriod(tx, groupId))!;
    if (input.heldOn < group.startsOn || (group.endsOn !== null && input.heldOn > group.endsOn)) {
      throw invalidField('heldOn', 'outside_group_period');
    }
    await tx.insert(groupSessions).values({ ...input, groupId, organisationId, createdBy: context.actor.userId, createdAt: context.now });
    return [];
  });
}

/** A planned session that was cancelled, or one recorded by mistake: its attendance goes with it, and the audit entry names those present. */
export function deleteSession(context: ActionContext, groupId: string, sessionId: string): Promise<Group> {
  return changeGroup(context, groupId, async (tx) => {
    if (!(await queries.findSession(tx, groupId, sessionId))) throw new AppError('not_found');
    const present = await queries.attendedIds(tx, sessionId);
    await tx.delete(groupSessions).where(and(eq(groupSessions.id, sessionId), eq(groupSessions.groupId, groupId)));
    return present;
  });
}

/**
 * Replaces who was present (everyone else was absent); only for a session that has been held. The
 * audit entry names everyone whose attendance the change touched.
 */
export function recordAttendance(
  context: ActionContext,
  groupId: string,
  sessionId: string,
  input: RecordAttendanceRequest,
): Promise<Group> {
  return changeGroup(context, groupId, async (tx, organisationId) => {
    const session = await queries.findSession(tx, groupId, sessionId);
    if (!session) throw new AppError('not_found');
    if (session.heldOn > helsinkiDate(context.now)) throw invalidField('attendedClientIds', 'date_in_future');
    const attended = [...new Set(input.attendedClientIds)];
    const joined = await queries.participantsJoined(tx, groupId);
    if (attended.some((clientId) => !joined.has(clientId))) throw invalidField('attendedClientIds', 'not_participant');
    // Attendance before joining would count a session the client's own "held since joining" leaves out.
    if (attended.some((clientId) => joined.get(clientId)! > session.heldOn))
      throw invalidField('attendedClientIds', 'joined_after_session');
    const before = await queries.attendedIds(tx, sessionId);
    await tx.delete(groupAttendance).where(eq(groupAttendance.sessionId, sessionId));
    if (attended.length > 0) {
      await tx.insert(groupAttendance).values(attended.map((clientId) => ({ sessionId, groupId, clientId, organisationId })));
    }
    const changed = new Set([...before.filter((id) => !attended.includes(id)), ...attended.filter((id) => !before.includes(id))]);
    return [...changed];
  });
}

/** The groups one client takes part in, for their page: any reader of the client sees them (audited as a read of the client). */
export function groupsOfClient(context: ActionContext, clientId: string): Promise<ClientGroupList> {
  return runClientAction(context, 'client.read', clientId, async (tx) => ({
    items: await queries.groupsOfClient(tx, clientId, helsinkiDate(context.now)),
  }));
}
