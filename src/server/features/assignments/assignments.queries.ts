import { and, asc, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { AssignmentDueState } from '../../../contract/assignments.js';
import { memberships, users } from '../../auth/auth.tables.js';
import type { Transaction } from '../../db/transaction.js';
import { employerContacts, employers } from '../employers/employers.tables.js';
import { opportunities } from '../opportunities/opportunities.tables.js';
import { teams } from '../organisations/organisations.tables.js';
import { assignments } from './assignments.tables.js';

/** Staff who can be named to answer an employer: the roles that do employer work (assignment.write). */
export const responderRoles = ['coach', 'employer_coordinator', 'team_lead'] as const;

/** The clock of a request: now, and the end of the next working day, where "due soon" ends. */
export type DueClock = { now: Date; dueSoonUntil: Date };

const timestamp = (instant: Date) => sql`${instant.toISOString()}::timestamptz`;

/** The due state of each row in SQL, so the board can filter and count by it; see assignmentDueStates. */
export function dueStateSql(clock: DueClock): SQL<AssignmentDueState> {
  return sql<AssignmentDueState>`case
    when ${assignments.firstResponseAt} is not null then
      case when ${assignments.firstResponseAt} <= ${assignments.responseDueAt} then 'answered_in_time' else 'answered_late' end
    when ${assignments.status} = 'closed' then 'closed_unanswered'
    when ${assignments.responseDueAt} < ${timestamp(clock.now)} then 'overdue'
    when ${assignments.responseDueAt} < ${timestamp(clock.dueSoonUntil)} then 'due_soon'
    else 'waiting' end`;
}

/** Still waiting for the first response to the employer. */
export const unansweredSql = sql`(${assignments.firstResponseAt} is null and ${assignments.status} <> 'closed')`;

const responder = alias(users, 'responder');
const creator = alias(users, 'creator');

export function selectAssignments(tx: Transaction, clock: DueClock) {
  return tx
    .select({
      id: assignments.id,
      organisationId: assignments.organisationId,
      employerId: employers.id,
      employerName: employers.name,
      requestedRole: assignments.requestedRole,
      channel: assignments.channel,
      candidatesWanted: assignments.candidatesWanted,
      receivedAt: assignments.receivedAt,
      responseDueAt: assignments.responseDueAt,
      firstResponseAt: assignments.firstResponseAt,
      status: assignments.status,
      result: assignments.result,
      responderUserId: assignments.responderUserId,
      responderName: responder.name,
      responderTeamId: assignments.responderTeamId,
      responderTeamName: teams.name,
      contactId: assignments.contactId,
      contactName: employerContacts.name,
      opportunityId: assignments.opportunityId,
      opportunityTitle: opportunities.title,
      details: assignments.details,
      responseTimeAmount: assignments.responseTimeAmount,
      responseTimeUnit: assignments.responseTimeUnit,
      closedAt: assignments.closedAt,
      version: assignments.version,
      createdByName: creator.name,
      createdAt: assignments.createdAt,
      dueState: dueStateSql(clock),
    })
    .from(assignments)
    .innerJoin(employers, eq(employers.id, assignments.employerId))
    .innerJoin(creator, eq(creator.id, assignments.createdBy))
    .leftJoin(responder, eq(responder.id, assignments.responderUserId))
    .leftJoin(teams, eq(teams.id, assignments.responderTeamId))
    .leftJoin(employerContacts, eq(employerContacts.id, assignments.contactId))
    .leftJoin(opportunities, eq(opportunities.id, assignments.opportunityId))
    .$dynamic();
}

export type AssignmentRow = Awaited<ReturnType<ReturnType<typeof selectAssignments>['execute']>>[number];

export async function findAssignment(tx: Transaction, clock: DueClock, assignmentId: string): Promise<AssignmentRow | undefined> {
  const [row] = await selectAssignments(tx, clock).where(eq(assignments.id, assignmentId));
  return row;
}

export async function assignmentOrganisation(tx: Transaction, assignmentId: string): Promise<string | undefined> {
  const [row] = await tx.select({ organisationId: assignments.organisationId }).from(assignments).where(eq(assignments.id, assignmentId));
  return row?.organisationId;
}

export async function findEmployer(tx: Transaction, employerId: string) {
  const [row] = await tx
    .select({ id: employers.id, name: employers.name, organisationId: employers.organisationId })
    .from(employers)
    .where(eq(employers.id, employerId));
  return row;
}

/** Contacts still at the employer, for the form; a contact who has left stays on assignments that name them. */
export function activeContacts(tx: Transaction, employerId: string) {
  return tx
    .select({ id: employerContacts.id, name: employerContacts.name, title: employerContacts.title })
    .from(employerContacts)
    .where(and(eq(employerContacts.employerId, employerId), isNull(employerContacts.archivedAt)))
    .orderBy(asc(employerContacts.name));
}

export async function contactOfEmployer(tx: Transaction, employerId: string, contactId: string) {
  const [row] = await tx
    .select({ archivedAt: employerContacts.archivedAt })
    .from(employerContacts)
    .where(and(eq(employerContacts.id, contactId), eq(employerContacts.employerId, employerId)));
  return row;
}

export function openOpportunities(tx: Transaction, employerId: string) {
  return tx
    .select({ id: opportunities.id, title: opportunities.title })
    .from(opportunities)
    .where(and(eq(opportunities.employerId, employerId), eq(opportunities.status, 'open')))
    .orderBy(asc(opportunities.title));
}

export async function opportunityOfEmployer(tx: Transaction, employerId: string, opportunityId: string) {
  const [row] = await tx
    .select({ title: opportunities.title })
    .from(opportunities)
    .where(and(eq(opportunities.id, opportunityId), eq(opportunities.employerId, employerId)));
  return row;
}

const isActiveResponderIn = (organisationId: string) =>
  and(eq(memberships.organisationId, organisationId), inArray(memberships.role, responderRoles), isNull(users.disabledAt));

/** Active staff of the organisation who do employer work, each once. */
export function respondersOf(tx: Transaction, organisationId: string) {
  return tx
    .selectDistinct({ id: users.id, name: users.name })
    .from(users)
    .innerJoin(memberships, eq(memberships.userId, users.id))
    .where(isActiveResponderIn(organisationId))
    .orderBy(asc(users.name), asc(users.id));
}

export async function isResponder(tx: Transaction, organisationId: string, userId: string): Promise<boolean> {
  const rows = await tx
    .select({ id: users.id })
    .from(users)
    .innerJoin(memberships, eq(memberships.userId, users.id))
    .where(and(eq(users.id, userId), isActiveResponderIn(organisationId)));
  return rows.length > 0;
}

export function teamsOf(tx: Transaction, organisationId: string) {
  return tx.select({ id: teams.id, name: teams.name }).from(teams).where(eq(teams.organisationId, organisationId)).orderBy(asc(teams.name));
}

export async function isTeamOf(tx: Transaction, organisationId: string, teamId: string): Promise<boolean> {
  const rows = await tx
    .select({ id: teams.id })
    .from(teams)
    .where(and(eq(teams.id, teamId), eq(teams.organisationId, organisationId)));
  return rows.length > 0;
}

/** Open, unanswered assignments first by due time; then the rest, newest first. */
export const boardOrder = {
  due: [desc(unansweredSql), sql`case when ${unansweredSql} then ${assignments.responseDueAt} end asc`, desc(assignments.receivedAt)],
  received: [desc(assignments.receivedAt)],
} as const;
