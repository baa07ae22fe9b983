import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { followUpRequest } from '../../../contract/enrolments';
import type { FollowUpTaskList } from '../../../contract/follow-up-tasks';
import { apiGet, apiPost } from '../../api/client';
import { caseloadKeys } from '../caseload/queries';
import { clientKeys } from '../client/queries';

export const taskKeys = { followUps: ['tasks', 'follow-ups'] as const };

export function useFollowUpTasks() {
  return useQuery({
    queryKey: taskKeys.followUps,
    queryFn: ({ signal }) => apiGet<FollowUpTaskList>('/api/tasks/follow-ups', undefined, signal),
  });
}

/** Recording a result changes the task list, the client's enrolments and the caseload's "follow-ups due" flags. */
export function useRecordFollowUp(
  followUpId: string,
  clientId: string,
  options: { onSuccess: () => void; onError: (error: unknown) => void },
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: z.output<typeof followUpRequest>) => apiPost(`/api/follow-ups/${followUpId}`, body),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: taskKeys.followUps }),
        queryClient.invalidateQueries({ queryKey: clientKeys.all(clientId) }),
        queryClient.invalidateQueries({ queryKey: caseloadKeys.lists }),
      ]);
      options.onSuccess();
    },
    onError: options.onError,
  });
}
