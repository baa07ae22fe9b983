import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CreateFidelityReviewRequest,
  FidelityReview,
  FidelityReviewSummary,
  FidelityScale,
  FidelityTargets,
  UpdateFidelityReviewRequest,
} from '../../../contract/fidelity';
import { apiGet, apiPost, apiPut } from '../../api/client';

/** Every fidelity query starts with 'fidelity': a saved review refreshes the list and its trend too. */
const fidelityKeys = {
  all: ['fidelity'] as const,
  scale: ['fidelity', 'scale'] as const,
  targets: ['fidelity', 'targets'] as const,
  list: ['fidelity', 'list'] as const,
  review: (reviewId: string) => ['fidelity', 'review', reviewId] as const,
};

/** The scale changes only with a release. */
export function useFidelityScale() {
  return useQuery({
    queryKey: fidelityKeys.scale,
    queryFn: ({ signal }) => apiGet<FidelityScale>('/api/fidelity/scale', undefined, signal),
    staleTime: Infinity,
  });
}

export function useFidelityTargets() {
  return useQuery({
    queryKey: fidelityKeys.targets,
    queryFn: ({ signal }) => apiGet<FidelityTargets>('/api/fidelity/targets', undefined, signal),
  });
}

export function useFidelityReviews() {
  return useQuery({
    queryKey: fidelityKeys.list,
    queryFn: ({ signal }) => apiGet<{ items: FidelityReviewSummary[] }>('/api/fidelity/reviews', undefined, signal),
  });
}

export function useFidelityReview(reviewId: string) {
  return useQuery({
    queryKey: fidelityKeys.review(reviewId),
    queryFn: ({ signal }) => apiGet<FidelityReview>(`/api/fidelity/reviews/${reviewId}`, undefined, signal),
  });
}

export function useCreateFidelityReview() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateFidelityReviewRequest) => apiPost<FidelityReview>('/api/fidelity/reviews', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: fidelityKeys.list }),
  });
}

export function useSaveFidelityReview(reviewId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateFidelityReviewRequest) => apiPut<FidelityReview>(`/api/fidelity/reviews/${reviewId}`, body),
    onSuccess: async (saved) => {
      queryClient.setQueryData(fidelityKeys.review(reviewId), saved);
      await queryClient.invalidateQueries({ queryKey: fidelityKeys.list });
    },
  });
}
