import type { SQL } from 'drizzle-orm';
import type {
  AdminUser,
  CreateUserRequest,
  MembershipRequest,
  StaffMember,
  UpdateUserRequest,
  UserListQuery,
} from '../../../contract/admin.js';
import type { Role } from '../../../contract/auth.js';
import { organisationIdsOf } from '../../auth/actor.js';
import { hashPassword, passwordProblem } from '../../auth/password.js';
import { authorizeOrganisation, organisationsAllowed } from '../../auth/policy.js';
import { deleteUserSessions } from '../../auth/sessions.js';
import { inTransaction, type Transaction } from '../../db/transaction.js';
import { AppError, conflict, invalidField, notFound } from '../../errors.js';
import { runAdministration } from '../../http/admin-action.js';
import type { ActionContext } from '../../http/client-action.js';
import { teamInOrganisation } from '../clients/clients.queries.js';
import * as queries from './users.queries.js';

/** The users this admin manages, as an SQL filter (see 'organisation.manage' in the policy). */
function managedScope(context: ActionContext): SQL {
  authorizeOrganisation(context.actor, 'user.manage');
  return queries.managedWithin(organisationsAllowed(context.actor, 'user.manage'));
}

const dataScope = (context: ActionContext) => ({ organisationIds: organisationIdsOf(context.actor) });
const userOrganisation = (user: AdminUser) => user.memberships[0]?.organisationId ?? null;

async function checkMemberships(tx: Transaction, context: ActionContext, list: MembershipRequest[]): Promise<void> {
  const administered = organisationsAllowed(context.actor, 'user.manage');
  const problems: { path: string; code: 'unknown_organisation' | 'unknown_team' }[] = [];
  for (const [index, membership] of list.entries()) {
    if (!administered.includes(membership.organisationId))
      problems.push({ path: `memberships.${index}.organisationId`, code: 'unknown_organisation' });
    else if (membership.teamId && !(await teamInOrganisation(tx, membership.teamId, membership.organisationId))) {
      problems.push({ path: `memberships.${index}.teamId`, code: 'unknown_team' });
    }
  }
  if (problems.length > 0) throw new AppError('validation', problems);
}

async function managedUser(tx: Transaction, context: ActionContext, scope: SQL, userId: string): Promise<AdminUser> {
  const user = await queries.findUser(tx, userId, scope, context.now);
  if (!user) throw notFound();
  return user;
}

/** Runs one audited change on a managed user and answers with the user as it now is. */
function changeUser(
  context: ActionContext,
  action: string,
  userId: string,
  change: (tx: Transaction, user: AdminUser) => Promise<void>,
): Promise<AdminUser> {
  const scope = managedScope(context);
  return runAdministration(
    context,
    action,
    async (tx) => {
      await change(tx, await managedUser(tx, context, scope, userId));
      return managedUser(tx, context, scope, userId);
    },
    userOrganisation,
  );
}

/** Sessions are ended after the change commits; a disabled user's sessions are refused even before that. */
async function endSessionsOf(context: ActionContext, user: AdminUser): Promise<AdminUser> {
  await deleteUserSessions(context.deps.db, user.id);
  return { ...user, activeSessions: 0 };
}

const isUniqueViolation = (error: unknown): boolean =>
  error instanceof Error && ((error as { code?: string }).code === '23505' || isUniqueViolation(error.cause));

export async function listUsers(context: ActionContext, query: UserListQuery) {
  const scope = managedScope(context);
  const result = await inTransaction(context.deps.db, dataScope(context), (tx) => queries.listUsers(tx, scope, query, context.now));
  return { ...result, page: query.page, pageSize: query.pageSize };
}

export function getUser(context: ActionContext, userId: string): Promise<AdminUser> {
  const scope = managedScope(context);
  return inTransaction(context.deps.db, dataScope(context), (tx) => managedUser(tx, context, scope, userId));
}

export async function createUser(context: ActionContext, input: CreateUserRequest): Promise<AdminUser> {
  const scope = managedScope(context);
  const problem = passwordProblem(input.password);
  if (problem) throw invalidField('password', problem);
  const passwordHash = await hashPassword(input.password);
  return runAdministration(
    context,
    'user.create',
    async (tx) => {
      await checkMemberships(tx, context, input.memberships);
      const userId = await queries
        .insertUser(tx, { email: input.email, name: input.name, passwordHash }, context.now)
        .catch((error: unknown) => {
          throw isUniqueViolation(error) ? conflict('email', 'already_exists') : error;
        });
      await queries.replaceMemberships(tx, userId, input.memberships);
      return managedUser(tx, context, scope, userId);
    },
    userOrganisation,
  );
}

export function updateUser(context: ActionContext, userId: string, input: UpdateUserRequest): Promise<AdminUser> {
  return changeUser(context, 'user.update', userId, async (tx) => {
    await checkMemberships(tx, context, input.memberships);
    await queries.updateUser(tx, userId, { name: input.name });
    await queries.replaceMemberships(tx, userId, input.memberships);
  });
}

export async function disableUser(context: ActionContext, userId: string): Promise<AdminUser> {
  const user = await changeUser(context, 'user.disable', userId, async (tx) => {
    // An admin who disables themself would lock the organisation's administration out.
    if (userId === context.actor.userId) throw conflict();
    await queries.updateUser(tx, userId, { disabledAt: context.now });
  });
  return endSessionsOf(context, user);
}

export function enableUser(context: ActionContext, userId: string): Promise<AdminUser> {
  return changeUser(context, 'user.enable', userId, (tx) => queries.updateUser(tx, userId, { disabledAt: null }));
}

export async function endUserSessions(context: ActionContext, userId: string): Promise<AdminUser> {
  return endSessionsOf(context, await changeUser(context, 'user.sessions.end', userId, async () => {}));
}

/** For a lost authenticator: the user enrols a new one at next login (admins must), so live sessions end too. */
export async function resetUserTotp(context: ActionContext, userId: string): Promise<AdminUser> {
  const user = await changeUser(context, 'user.totp.reset', userId, (tx) =>
    queries.updateUser(tx, userId, { totpSecret: null, totpEnabled: false }),
  );
  return endSessionsOf(context, user);
}

export async function listStaff(context: ActionContext, role: Role | undefined): Promise<{ items: StaffMember[] }> {
  authorizeOrganisation(context.actor, 'user.read');
  const rows = await inTransaction(context.deps.db, dataScope(context), (tx) =>
    queries.staffMemberships(tx, organisationsAllowed(context.actor, 'user.read')),
  );
  const byUser = new Map<string, StaffMember>();
  for (const row of rows) {
    const member = byUser.get(row.id) ?? { id: row.id, name: row.name, roles: [], team: null };
    if (!member.roles.includes(row.role as Role)) member.roles.push(row.role as Role);
    member.team ??= row.teamId ? { id: row.teamId, name: row.teamName! } : null;
    byUser.set(row.id, member);
  }
  return { items: [...byUser.values()].filter((member) => !role || member.roles.includes(role)) };
}
