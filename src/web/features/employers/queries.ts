import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { staffList } from '../../../contract/admin';
import type { Employer, EmployerListItem, IndustrySectionAssignments, userIndustrySections } from '../../../contract/employers';
import type { industrySectionList } from '../../../contract/reference';
import { apiDelete, apiGet, apiPost, apiPut, type QueryParameters } from '../../api/client';

type EmployerList = { items: EmployerListItem[]; total: number; page: number; pageSize: number };
export type UserIndustrySections = z.infer<typeof userIndustrySections>;

/** Every employer query starts with 'employers': a change anywhere refreshes lists and pages alike. */
export const employerKeys = {
  all: ['employers'] as const,
  list: (query: QueryParameters) => ['employers', 'list', query] as const,
  detail: (employerId: string) => ['employers', 'detail', employerId] as const,
  sectionOwners: (organisationId: string | null) => ['employers', 'section-owners', organisationId] as const,
  ownSections: (userId: string) => ['employers', 'own-sections', userId] as const,
};

export function useEmployerList(query: QueryParameters) {
  return useQuery({
    queryKey: employerKeys.list(query),
    queryFn: ({ signal }) => apiGet<EmployerList>('/api/employers', query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useEmployer(employerId: string) {
  return useQuery({
    queryKey: employerKeys.detail(employerId),
    queryFn: ({ signal }) => apiGet<Employer>(`/api/employers/${employerId}`, undefined, signal),
  });
}

/** TOL 2008 sections with their names in every language; the server lets the browser keep them for an hour. */
export function useIndustrySections() {
  return useQuery({
    queryKey: ['reference', 'industry-sections'],
    queryFn: ({ signal }) => apiGet<z.infer<typeof industrySectionList>>('/api/reference/industry-sections', undefined, signal),
    staleTime: 60 * 60 * 1000,
  });
}

/** Coaches, coordinators and team leads: the people who own employers and meet them. */
export function useEmployerStaff() {
  return useQuery({
    queryKey: ['employers', 'staff'],
    queryFn: async ({ signal }) => {
      const { items } = await apiGet<z.infer<typeof staffList>>('/api/users', undefined, signal);
      return items
        .filter((member) => member.roles.some((role) => role === 'coach' || role === 'employer_coordinator' || role === 'team_lead'))
        .sort((first, second) => first.name.localeCompare(second.name, 'fi'));
    },
    staleTime: 5 * 60_000,
  });
}

export function useSectionOwners(organisationId: string | null, enabled: boolean) {
  return useQuery({
    queryKey: employerKeys.sectionOwners(organisationId),
    queryFn: ({ signal }) =>
      apiGet<IndustrySectionAssignments>('/api/industry-section-owners', { organisationId: organisationId ?? undefined }, signal),
    enabled,
  });
}

type Method = 'POST' | 'PUT' | 'DELETE';

const send = <Result>(method: Method, path: string, body: unknown) =>
  method === 'POST' ? apiPost<Result>(path, body) : method === 'PUT' ? apiPut<Result>(path, body) : apiDelete<Result>(path);

/**
 * A change to the employer register. On success every employer query is read again, so the page,
 * its header and the lists stay consistent without hand-patching caches.
 */
export function useEmployerMutation<Body, Result = unknown>(
  method: Method,
  path: string,
  options: { onSuccess?: (result: Result) => void; onError?: (error: unknown) => void } = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Body) => send<Result>(method, path, body),
    onSuccess: async (result) => {
      await queryClient.invalidateQueries({ queryKey: employerKeys.all });
      options.onSuccess?.(result);
    },
    onError: options.onError,
  });
}
