import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { AdminUser, organisationList, userList } from '../../../contract/admin';
import type { processModelList } from '../../../contract/enrolments';
import { apiGet, type QueryParameters } from '../../api/client';
import { caseloadKeys } from '../caseload/queries';

type UserList = z.infer<typeof userList>;
type OrganisationList = z.infer<typeof organisationList>;
type ProcessModelList = z.infer<typeof processModelList>;

/** Everything under ['admin'] changes only through these pages, so a change refreshes by prefix. */
export const adminKeys = {
  all: ['admin'] as const,
  users: ['admin', 'users'] as const,
  userList: (query: QueryParameters) => ['admin', 'users', 'list', query] as const,
  user: (userId: string) => ['admin', 'users', 'one', userId] as const,
  organisations: ['admin', 'organisations'] as const,
  processModels: ['admin', 'process-models'] as const,
};

export function useAdminUsers(query: QueryParameters, enabled = true) {
  return useQuery({
    queryKey: adminKeys.userList(query),
    queryFn: ({ signal }) => apiGet<UserList>('/api/admin/users', query, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** One user; null asks for nobody (a filter with no user chosen). */
export function useAdminUser(userId: string | null) {
  return useQuery({
    queryKey: adminKeys.user(userId ?? ''),
    queryFn: ({ signal }) => apiGet<AdminUser>(`/api/admin/users/${userId}`, undefined, signal),
    enabled: userId !== null,
  });
}

/** A user picked from a search is already known: no second request for the one chosen. */
export function useRememberAdminUser() {
  const queryClient = useQueryClient();
  return (user: AdminUser) => queryClient.setQueryData(adminKeys.user(user.id), user);
}

export function useAdminOrganisations() {
  return useQuery({
    queryKey: adminKeys.organisations,
    queryFn: async ({ signal }) => (await apiGet<OrganisationList>('/api/admin/organisations', undefined, signal)).items,
  });
}

export function useProcessModels() {
  return useQuery({
    queryKey: adminKeys.processModels,
    queryFn: async ({ signal }) => (await apiGet<ProcessModelList>('/api/process-models', undefined, signal)).items,
    staleTime: 5 * 60_000,
  });
}

/** GET /api/programmes is cached by the caseload feature; its filters must see a new or renamed programme too. */
export function useRefreshProgrammes() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: caseloadKeys.programmes });
}
