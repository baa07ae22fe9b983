import { useState } from 'react';
import type { Role } from '../../../contract/auth';
import { useSession } from '../../auth/session';

export const employerWorkRoles: readonly Role[] = ['coach', 'employer_coordinator', 'team_lead'];
export const settingsRoles: readonly Role[] = ['team_lead', 'admin'];

/**
 * The organisation a per-organisation view shows: the user's only one where they hold one of the
 * roles, or the one they choose when they have several.
 */
export function useOrganisationChoice(roles: readonly Role[]) {
  const session = useSession().data;
  const organisations = new Map<string, string>();
  for (const membership of session?.memberships ?? []) {
    if (roles.includes(membership.role)) organisations.set(membership.organisationId, membership.organisationName);
  }
  const options = [...organisations].map(([value, label]) => ({ value, label }));
  const [chosen, setChosen] = useState<string | null>(null);
  const organisationId = chosen ?? options[0]?.value ?? null;
  return { options, organisationId, choose: setChosen };
}
