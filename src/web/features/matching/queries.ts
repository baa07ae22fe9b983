import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CandidateMatchList, OpportunityMatchList } from '../../../contract/match-lists';
import type { Proposal } from '../../../contract/proposals';
import { apiGet, apiPost } from '../../api/client';

/** The filters of a match list as the API takes them; null = no filter. */
export type MatchFilterValues = { municipality: string | null; maxDistanceKm: number | null; onlyInJobSearch: boolean };
export const noMatchFilters: MatchFilterValues = { municipality: null, maxDistanceKm: null, onlyInJobSearch: false };

const parameters = (filters: MatchFilterValues) => ({
  municipality: filters.municipality,
  maxDistanceKm: filters.maxDistanceKm,
  onlyInJobSearch: filters.onlyInJobSearch || undefined,
});

export function useOpportunityMatches(opportunityId: string, filters: MatchFilterValues) {
  return useQuery({
    queryKey: ['matching', 'opportunity', opportunityId, filters],
    queryFn: ({ signal }) => apiGet<CandidateMatchList>(`/api/opportunities/${opportunityId}/matches`, parameters(filters), signal),
    placeholderData: keepPreviousData,
  });
}

export function useClientMatches(clientId: string, filters: MatchFilterValues) {
  return useQuery({
    queryKey: ['matching', 'client', clientId, filters],
    queryFn: ({ signal }) =>
      apiGet<OpportunityMatchList>(`/api/clients/${clientId}/matches`, { ...parameters(filters), onlyInJobSearch: undefined }, signal),
    placeholderData: keepPreviousData,
  });
}

/**
 * Proposing from a match row is the proposal flow's own request (consent, duplicates and the
 * assignment's response are checked there); everything it changes is read again.
 */
export function useProposeMatch(options: { onSuccess: (proposal: Proposal) => void }) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { clientId: string; opportunityId: string; assignmentId?: string | null }) =>
      apiPost<Proposal>('/api/proposals', body),
    onSuccess: async (proposal) => {
      await queryClient.invalidateQueries();
      options.onSuccess(proposal);
    },
  });
}
