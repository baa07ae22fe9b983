import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { clientPlacementList, Placement, placementList, supportAgreementResponse } from '../../../contract/placements';
import { apiGet, apiPost, apiPut } from '../../api/client';

export const placementKeys = {
  ofClient: (clientId: string) => ['client', clientId, 'placements'] as const,
  ofEmployer: (employerId: string) => ['placements', 'employer', employerId] as const,
  one: (placementId: string) => ['placements', placementId] as const,
  agreement: (placementId: string) => ['placements', placementId, 'support-agreement'] as const,
};

export function useClientPlacements(clientId: string) {
  return useQuery({
    queryKey: placementKeys.ofClient(clientId),
    queryFn: () => apiGet<z.infer<typeof clientPlacementList>>(`/api/clients/${clientId}/placements`),
  });
}

export function useEmployerPlacements(employerId: string) {
  return useQuery({
    queryKey: placementKeys.ofEmployer(employerId),
    queryFn: () => apiGet<z.infer<typeof placementList>>(`/api/employers/${employerId}/placements`),
  });
}

export function usePlacement(placementId: string) {
  return useQuery({ queryKey: placementKeys.one(placementId), queryFn: () => apiGet<Placement>(`/api/placements/${placementId}`) });
}

export function useSupportAgreement(placementId: string) {
  return useQuery({
    queryKey: placementKeys.agreement(placementId),
    queryFn: () => apiGet<z.infer<typeof supportAgreementResponse>>(`/api/placements/${placementId}/support-agreement`),
  });
}

/**
 * A change in employer cooperation ripples: a proposal answers an assignment, a hire fills an
 * opportunity and moves the client's enrolment. After success everything on screen is read again
 * rather than patching each cache by hand.
 */
export function useEmployerWorkMutation<Body, Result = unknown>(
  method: 'POST' | 'PUT',
  path: string,
  options: { onSuccess?: (result: Result) => void; onError?: (error: unknown) => void } = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Body) => (method === 'POST' ? apiPost<Result>(path, body) : apiPut<Result>(path, body)),
    onSuccess: async (result) => {
      await queryClient.invalidateQueries();
      options.onSuccess?.(result);
    },
    onError: options.onError,
  });
}
