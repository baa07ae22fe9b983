import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  candidateList,
  clientProposalList,
  proposalList,
  proposalStatusRequest,
  proposalStatusResult,
} from '../../../contract/proposals';
import { apiGet, apiPost } from '../../api/client';

/** What the proposals are for: one assignment or one opportunity. */
export type ProposalTarget = { assignmentId: string } | { opportunityId: string };

export function targetPath(target: ProposalTarget): string {
  return 'assignmentId' in target ? `/api/assignments/${target.assignmentId}` : `/api/opportunities/${target.opportunityId}`;
}

export function useTargetProposals(target: ProposalTarget) {
  const path = targetPath(target);
  return useQuery({ queryKey: ['proposals', path], queryFn: () => apiGet<z.infer<typeof proposalList>>(`${path}/proposals`) });
}

export function useCandidates(target: ProposalTarget, search: string) {
  const path = targetPath(target);
  return useQuery({
    queryKey: ['proposals', path, 'candidates', search],
    queryFn: ({ signal }) => apiGet<z.infer<typeof candidateList>>(`${path}/candidates`, { q: search }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useClientProposals(clientId: string) {
  return useQuery({
    queryKey: ['client', clientId, 'proposals'],
    queryFn: () => apiGet<z.infer<typeof clientProposalList>>(`/api/clients/${clientId}/proposals`),
  });
}

/** One step of the state machine; what the move changed (assignment, opportunity, enrolment) is read again. */
export function useProposalMove(
  options: { onSuccess?: (result: z.infer<typeof proposalStatusResult>) => void; onError?: (error: unknown) => void } = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ proposalId, body }: { proposalId: string; body: z.input<typeof proposalStatusRequest> }) =>
      apiPost<z.infer<typeof proposalStatusResult>>(`/api/proposals/${proposalId}/status`, body),
    onSuccess: async (result) => {
      await queryClient.invalidateQueries();
      options.onSuccess?.(result);
    },
    onError: options.onError,
  });
}
