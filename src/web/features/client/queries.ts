import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { activityList, referralList } from '../../../contract/activities';
import type { staffList } from '../../../contract/admin';
import type { Client } from '../../../contract/clients';
import type { consentList } from '../../../contract/consents';
import type { clientEnrolments, programmeList } from '../../../contract/enrolments';
import type { Plan } from '../../../contract/plans';
import type { iscedLevelList, municipalityList } from '../../../contract/reference';
import { apiGet, apiPost, apiPut } from '../../api/client';
import { isStaleVersion } from './form-helpers';

/** Every query about one client starts with this key, so one invalidation refreshes the whole page. */
export const clientKeys = {
  all: (clientId: string) => ['client', clientId] as const,
  enrolments: (clientId: string) => ['client', clientId, 'enrolments'] as const,
  plan: (clientId: string) => ['client', clientId, 'plan'] as const,
  activities: (clientId: string, page: number) => ['client', clientId, 'activities', page] as const,
  referrals: (clientId: string) => ['client', clientId, 'referrals'] as const,
  consents: (clientId: string) => ['client', clientId, 'consents'] as const,
};

export const activityPageSize = 20;

export function useClient(clientId: string) {
  return useQuery({ queryKey: clientKeys.all(clientId), queryFn: () => apiGet<Client>(`/api/clients/${clientId}`) });
}

export function useEnrolments(clientId: string) {
  return useQuery({
    queryKey: clientKeys.enrolments(clientId),
    queryFn: () => apiGet<z.infer<typeof clientEnrolments>>(`/api/clients/${clientId}/enrolments`),
  });
}

export function usePlan(clientId: string) {
  return useQuery({ queryKey: clientKeys.plan(clientId), queryFn: () => apiGet<Plan>(`/api/clients/${clientId}/plan`) });
}

export function useActivities(clientId: string, page: number) {
  return useQuery({
    queryKey: clientKeys.activities(clientId, page),
    queryFn: () => apiGet<z.infer<typeof activityList>>(`/api/clients/${clientId}/activities`, { page, pageSize: activityPageSize }),
    placeholderData: keepPreviousData,
  });
}

export function useReferrals(clientId: string) {
  return useQuery({
    queryKey: clientKeys.referrals(clientId),
    queryFn: () => apiGet<z.infer<typeof referralList>>(`/api/clients/${clientId}/referrals`),
  });
}

export function useConsents(clientId: string) {
  return useQuery({
    queryKey: clientKeys.consents(clientId),
    queryFn: () => apiGet<z.infer<typeof consentList>>(`/api/clients/${clientId}/consents`),
  });
}

/** Reference lists change rarely; the server lets the browser keep them for an hour as well. */
const referenceStaleTime = 60 * 60 * 1000;

export function useMunicipalities() {
  return useQuery({
    queryKey: ['reference', 'municipalities'],
    queryFn: () => apiGet<z.infer<typeof municipalityList>>('/api/reference/municipalities'),
    staleTime: referenceStaleTime,
  });
}

export function useIscedLevels() {
  return useQuery({
    queryKey: ['reference', 'isced-levels'],
    queryFn: () => apiGet<z.infer<typeof iscedLevelList>>('/api/reference/isced-levels'),
    staleTime: referenceStaleTime,
  });
}

export function useProgrammes() {
  return useQuery({ queryKey: ['programmes'], queryFn: () => apiGet<z.infer<typeof programmeList>>('/api/programmes') });
}

/** Staff of the user's organisations; role narrows the list (e.g. coaches for the personal-coach picker). */
export function useStaff(role?: 'coach') {
  return useQuery({
    queryKey: ['staff', role ?? 'all'],
    queryFn: () => apiGet<z.infer<typeof staffList>>('/api/users', { role }),
  });
}

type Method = 'POST' | 'PUT';

/**
 * A change to one client's record. On success every query of that client is read again, so the
 * header (phase, meeting status) and the section stay consistent without hand-patching caches.
 * A stale version (someone saved the record after it was loaded) reloads them too, so the form
 * reopens on what the other person saved instead of overwriting it.
 */
export function useClientMutation<Body, Result = unknown>(
  clientId: string,
  method: Method,
  path: string,
  options: { onSuccess?: (result: Result) => void; onError?: (error: unknown) => void } = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Body) => (method === 'POST' ? apiPost<Result>(path, body) : apiPut<Result>(path, body)),
    onSuccess: async (result) => {
      await queryClient.invalidateQueries({ queryKey: clientKeys.all(clientId) });
      options.onSuccess?.(result);
    },
    onError: async (error) => {
      if (isStaleVersion(error)) await queryClient.invalidateQueries({ queryKey: clientKeys.all(clientId) });
      options.onError?.(error);
    },
  });
}
