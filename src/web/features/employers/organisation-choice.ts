import type { Role } from '../../../contract/auth';
import { useSession } from '../../auth/session';

export const employerWorkRoles: readonly Role[] = ['coach', 'employer_coordinator', 'team_lead'];

/** The organisations where the user holds one of the roles; a form asks which only when there are several. */
export function useOrganisationsWithRole(roles: readonly Role[]) {
  const { data: session } = useSession();
  const byId = new Map<string, string>();
  for (const membership of session?.memberships ?? []) {
    if (roles.includes(membership.role)) byId.set(membership.organisationId, membership.organisationName);
  }
  return [...byId].map(([value, label]) => ({ value, label }));
}
