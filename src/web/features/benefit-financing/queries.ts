import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ExposureResponse,
  FinancingSettings,
  RecordBenefitDaysRequest,
  UpdateFinancingSettingsRequest,
} from '../../../contract/benefit-financing';
import { apiGet, apiPost, apiPut } from '../../api/client';

export function useFinancingSettings() {
  return useQuery({
    queryKey: ['benefit-financing', 'settings'],
    queryFn: ({ signal }) => apiGet<FinancingSettings>('/api/benefit-financing/settings', undefined, signal),
  });
}

export function useExposure(municipalityCode: string | null, enabled: boolean) {
  return useQuery({
    queryKey: ['benefit-financing', 'exposure', municipalityCode],
    queryFn: ({ signal }) => apiGet<ExposureResponse>('/api/benefit-financing/exposure', { municipalityCode }, signal),
    enabled: enabled && municipalityCode !== null,
  });
}

/** Any change re-reads the settings and the exposure, which depends on them. */
function useFinancingMutation<Body>(send: (body: Body) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: send, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['benefit-financing'] }) });
}

export const useSaveFinancingSettings = () =>
  useFinancingMutation((body: UpdateFinancingSettingsRequest) => apiPut('/api/benefit-financing/settings', body));

export const useRecordBenefitDays = () =>
  useFinancingMutation(({ clientId, ...body }: RecordBenefitDaysRequest & { clientId: string }) =>
    apiPost(`/api/clients/${clientId}/benefit-days`, body),
  );
