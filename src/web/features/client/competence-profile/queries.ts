import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { CompetenceProfile, competenceProfileHistory, updateCompetenceProfileRequest } from '../../../../contract/competence-profiles';
import { apiGet, apiPut } from '../../../api/client';
import { clientKeys } from '../queries';

/** Under the client's key, so refreshing the client page refreshes the profile too. */
const profileKeys = {
  profile: (clientId: string) => [...clientKeys.all(clientId), 'competence-profile'] as const,
  history: (clientId: string) => [...clientKeys.all(clientId), 'competence-profile', 'history'] as const,
};

export function useCompetenceProfile(clientId: string) {
  return useQuery({
    queryKey: profileKeys.profile(clientId),
    queryFn: ({ signal }) => apiGet<CompetenceProfile>(`/api/clients/${clientId}/competence-profile`, undefined, signal),
  });
}

export function useProfileHistory(clientId: string) {
  return useQuery({
    queryKey: profileKeys.history(clientId),
    queryFn: ({ signal }) =>
      apiGet<z.infer<typeof competenceProfileHistory>>(`/api/clients/${clientId}/competence-profile/history`, undefined, signal),
  });
}

export function useSaveProfile(
  clientId: string,
  options: { onSuccess: (profile: CompetenceProfile) => void; onError: (error: unknown) => void },
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: z.output<typeof updateCompetenceProfileRequest>) =>
      apiPut<CompetenceProfile>(`/api/clients/${clientId}/competence-profile`, body),
    onSuccess: async (profile) => {
      queryClient.setQueryData(profileKeys.profile(clientId), profile);
      await queryClient.invalidateQueries({ queryKey: profileKeys.history(clientId) });
      options.onSuccess(profile);
    },
    onError: async (error) => {
      // A stale version: read the latest one, so the user sees what the other person saved.
      await queryClient.invalidateQueries({ queryKey: profileKeys.profile(clientId) });
      options.onError(error);
    },
  });
}
