import type { Role } from '../../contract/auth.js';

/** The authenticated person behind a request, as the authorization policy sees them. */
export type Actor = {
  userId: string;
  memberships: { organisationId: string; teamId: string | null; role: Role }[];
};

export function organisationIdsOf(actor: Actor): string[] {
  return [...new Set(actor.memberships.map((membership) => membership.organisationId))];
}

export function organisationsWithRole(actor: Actor, roles: readonly Role[]): string[] {
  return [...new Set(actor.memberships.filter((membership) => roles.includes(membership.role)).map((m) => m.organisationId))];
}
