import { and, eq, inArray, sql } from 'drizzle-orm';
import type { GroupListQuery } from '../../../contract/groups.js';
import { queryRows, type Transaction } from '../../db/transaction.js';
import { groupAttendance, groupParticipants, groups, groupSessions } from './groups.tables.js';

export type GroupSummaryRow = {
  id: string;
  organisationId: string;
  name: string;
  kind: (typeof groups.$inferSelect)['kind'];
  startsOn: string;
  endsOn: string | null;
  participants: number;
  sessions: number;
  lastSessionOn: string | null;
};

/** Sessions counts the planned ones too; the last session is the last one held by today. */
const summaryColumns = (
  today: string,
) => sql`g.id, g.organisation_id as "organisationId", g.name, g.kind, g.starts_on::text as "startsOn", g.ends_on::text as "endsOn",
  (select count(*)::int from group_participants p where p.group_id = g.id) as participants,
  (select count(*)::int from group_sessions s where s.group_id = g.id) as sessions,
  (select max(s.held_on)::text from group_sessions s where s.group_id = g.id and s.held_on <= ${today}::date) as "lastSessionOn"`;

/** The organisations' groups, newest first; running = no end date or one from today on. */
export function listGroups(tx: Transaction, organisationIds: readonly string[], query: GroupListQuery, today: string) {
  const status = {
    running: sql`and (g.ends_on is null or g.ends_on >= ${today}::date)`,
    ended: sql`and g.ends_on < ${today}::date`,
    all: sql``,
  }[query.status];
  return queryRows<GroupSummaryRow & { total: number }>(
    tx,
    sql`select ${summaryColumns(today)}, count(*) over ()::int as total
        from groups g
        where ${inArray(sql`g.organisation_id`, [...organisationIds])} ${status}
        order by g.starts_on desc, g.name, g.id
        limit ${query.pageSize} offset ${(query.page - 1) * query.pageSize}`,
  );
}

export async function findGroup(tx: Transaction, groupId: string, today: string) {
  const [row] = await queryRows<GroupSummaryRow & { description: string | null; version: number; createdByName: string | null }>(
    tx,
    sql`select ${summaryColumns(today)}, g.description, g.version, (select u.name from users u where u.id = g.created_by) as "createdByName"
        from groups g where g.id = ${groupId}`,
  );
  return row;
}

export async function groupPeriod(tx: Transaction, groupId: string) {
  const [row] = await tx.select({ startsOn: groups.startsOn, endsOn: groups.endsOn }).from(groups).where(eq(groups.id, groupId));
  return row;
}

export async function groupOrganisation(tx: Transaction, groupId: string): Promise<string | undefined> {
  const [row] = await tx.select({ organisationId: groups.organisationId }).from(groups).where(eq(groups.id, groupId));
  return row?.organisationId;
}

/** Participants by name, each with the number of the group's sessions they attended. */
export function participants(tx: Transaction, groupId: string) {
  return queryRows<{ clientId: string; firstName: string; lastName: string; joinedOn: string; sessionsAttended: number }>(
    tx,
    sql`select p.client_id as "clientId", c.first_name as "firstName", c.last_name as "lastName", p.joined_on::text as "joinedOn",
          (select count(*)::int from group_attendance a where a.group_id = p.group_id and a.client_id = p.client_id) as "sessionsAttended"
        from group_participants p join clients c on c.id = p.client_id
        where p.group_id = ${groupId}
        order by c.last_name, c.first_name, c.id`,
  );
}

/** Sessions newest first, each with the participants present. */
export function sessions(tx: Transaction, groupId: string) {
  return queryRows<{
    id: string;
    heldOn: string;
    topic: string | null;
    durationMinutes: number | null;
    mode: (typeof groupSessions.$inferSelect)['mode'];
    attendedClientIds: string[];
  }>(
    tx,
    sql`select s.id, s.held_on::text as "heldOn", s.topic, s.duration_minutes as "durationMinutes", s.mode,
          coalesce((select array_agg(a.client_id::text order by a.client_id) from group_attendance a where a.session_id = s.id), '{}') as "attendedClientIds"
        from group_sessions s
        where s.group_id = ${groupId}
        order by s.held_on desc, s.created_at desc`,
  );
}

export async function isParticipant(tx: Transaction, groupId: string, clientId: string): Promise<boolean> {
  const rows = await tx
    .select({ clientId: groupParticipants.clientId })
    .from(groupParticipants)
    .where(and(eq(groupParticipants.groupId, groupId), eq(groupParticipants.clientId, clientId)));
  return rows.length > 0;
}

export async function hasAttendance(tx: Transaction, groupId: string, clientId: string): Promise<boolean> {
  const rows = await tx
    .select({ sessionId: groupAttendance.sessionId })
    .from(groupAttendance)
    .where(and(eq(groupAttendance.groupId, groupId), eq(groupAttendance.clientId, clientId)))
    .limit(1);
  return rows.length > 0;
}

export async function findSession(tx: Transaction, groupId: string, sessionId: string) {
  const [row] = await tx
    .select({ id: groupSessions.id, heldOn: groupSessions.heldOn })
    .from(groupSessions)
    .where(and(eq(groupSessions.id, sessionId), eq(groupSessions.groupId, groupId)));
  return row;
}

/** Each participant's joining date, by client. */
export async function participantsJoined(tx: Transaction, groupId: string): Promise<Map<string, string>> {
  const rows = await tx
    .select({ clientId: groupParticipants.clientId, joinedOn: groupParticipants.joinedOn })
    .from(groupParticipants)
    .where(eq(groupParticipants.groupId, groupId));
  return new Map(rows.map((row) => [row.clientId, row.joinedOn]));
}

export async function attendedIds(tx: Transaction, sessionId: string): Promise<string[]> {
  const rows = await tx
    .select({ clientId: groupAttendance.clientId })
    .from(groupAttendance)
    .where(eq(groupAttendance.sessionId, sessionId));
  return rows.map((row) => row.clientId);
}

/** The client's groups, running ones first; sessions held counts those from the day they joined up to today. */
export function groupsOfClient(tx: Transaction, clientId: string, today: string) {
  return queryRows<{
    groupId: string;
    name: string;
    kind: GroupSummaryRow['kind'];
    startsOn: string;
    endsOn: string | null;
    joinedOn: string;
    sessionsHeld: number;
    sessionsAttended: number;
    lastAttendedOn: string | null;
  }>(
    tx,
    sql`select g.id as "groupId", g.name, g.kind, g.starts_on::text as "startsOn", g.ends_on::text as "endsOn", p.joined_on::text as "joinedOn",
          (select count(*)::int from group_sessions s where s.group_id = g.id and s.held_on between p.joined_on and ${today}::date) as "sessionsHeld",
          (select count(*)::int from group_attendance a where a.group_id = g.id and a.client_id = p.client_id) as "sessionsAttended",
          (select max(s.held_on)::text from group_attendance a join group_sessions s on s.id = a.session_id
            where a.group_id = g.id and a.client_id = p.client_id) as "lastAttendedOn"
        from group_participants p join groups g on g.id = p.group_id
        where p.client_id = ${clientId}
        order by (g.ends_on is not null and g.ends_on < ${today}::date), g.starts_on desc, g.id`,
  );
}
