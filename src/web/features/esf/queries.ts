import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { EsfEnrolmentData, EsfReport, EsfReportQuery } from '../../../contract/esf';
import { apiGet, apiPut } from '../../api/client';
import { clientKeys } from '../client/queries';

/** Under the client's key, so any change to the client refreshes it, and an ESF+ save refreshes the client page. */
export const esfKeys = {
  enrolment: (clientId: string, enrolmentId: string) => [...clientKeys.all(clientId), 'esf', enrolmentId] as const,
  report: (query: EsfReportQuery) => ['esf', 'report', query] as const,
};

export function useEsfData(clientId: string, enrolmentId: string) {
  return useQuery({
    queryKey: esfKeys.enrolment(clientId, enrolmentId),
    queryFn: ({ signal }) => apiGet<EsfEnrolmentData>(`/api/enrolments/${enrolmentId}/esf`, undefined, signal),
    // 403 (a colleague who reads the client but not the ESF+ data) is an answer, not a glitch to retry.
    retry: false,
  });
}

export function useEsfSave(
  clientId: string,
  enrolmentId: string,
  part: 'entry' | 'exit',
  options: { onSuccess: () => void; onError: (error: unknown) => void },
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: unknown) => apiPut<EsfEnrolmentData>(`/api/enrolments/${enrolmentId}/esf/${part}`, body),
    onSuccess: (data) => {
      queryClient.setQueryData(esfKeys.enrolment(clientId, enrolmentId), data);
      options.onSuccess();
    },
    onError: options.onError,
  });
}

export function useEsfReport(query: EsfReportQuery | null) {
  return useQuery({
    queryKey: esfKeys.report(query ?? { programmeId: '', from: '', to: '' }),
    queryFn: ({ signal }) => apiGet<EsfReport>('/api/esf/report', query!, signal),
    enabled: query !== null,
  });
}
