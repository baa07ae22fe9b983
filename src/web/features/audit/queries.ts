import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { auditClientList, auditPage } from '../../../contract/audit';
import { apiGet, type QueryParameters } from '../../api/client';

type AuditPage = z.infer<typeof auditPage>;
type AuditClientList = z.infer<typeof auditClientList>;

export const auditKeys = {
  entries: (query: QueryParameters) => ['audit', 'entries', query] as const,
  clients: (search: string) => ['audit', 'clients', search] as const,
};

/** Each look at the log is itself logged, so answers are not cached for long. */
export function useAuditEntries(query: QueryParameters) {
  return useQuery({
    queryKey: auditKeys.entries(query),
    queryFn: ({ signal }) => apiGet<AuditPage>('/api/audit', query, signal),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

/** The API needs two characters at least; shorter searches are not sent. */
export function useAuditClients(search: string) {
  return useQuery({
    queryKey: auditKeys.clients(search),
    queryFn: async ({ signal }) => (await apiGet<AuditClientList>('/api/audit/clients', { search }, signal)).items,
    enabled: search.length >= 2,
  });
}
