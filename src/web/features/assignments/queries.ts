import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Assignment,
  AssignmentBoard,
  AssignmentFormOptions,
  AssignmentMonthlyFigures,
  AssignmentResponseSettings,
  AssignmentStatusRequest,
  CreateAssignmentRequest,
  UpdateAssignmentRequest,
  UpdateAssignmentResponseSettingsRequest,
} from '../../../contract/assignments';
import type { StaffMember } from '../../../contract/admin';
import type { EmployerListItem } from '../../../contract/employers';
import { apiGet, apiPost, apiPut, type QueryParameters } from '../../api/client';

/** Everything under ['assignments'] changes through these pages or the proposals, so a change refreshes by prefix. */
export const assignmentKeys = {
  all: ['assignments'] as const,
  board: (query: QueryParameters) => ['assignments', 'board', query] as const,
  one: (assignmentId: string) => ['assignments', 'one', assignmentId] as const,
  monthly: (organisationId: string | null) => ['assignments', 'monthly', organisationId] as const,
  settings: (organisationId: string | null) => ['assignments', 'settings', organisationId] as const,
  formOptions: (employerId: string) => ['assignments', 'form-options', employerId] as const,
};

export function useAssignmentBoard(query: QueryParameters) {
  return useQuery({
    queryKey: assignmentKeys.board(query),
    queryFn: ({ signal }) => apiGet<AssignmentBoard>('/api/assignments', query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useAssignment(assignmentId: string) {
  return useQuery({
    queryKey: assignmentKeys.one(assignmentId),
    queryFn: ({ signal }) => apiGet<Assignment>(`/api/assignments/${assignmentId}`, undefined, signal),
  });
}

/** organisationId null: the user's only organisation (the API asks for one when there are several). */
export function useMonthlyFigures(organisationId: string | null) {
  return useQuery({
    queryKey: assignmentKeys.monthly(organisationId),
    queryFn: ({ signal }) => apiGet<AssignmentMonthlyFigures>('/api/assignments/monthly', { organisationId, months: 12 }, signal),
  });
}

export function useResponseSettings(organisationId: string | null) {
  return useQuery({
    queryKey: assignmentKeys.settings(organisationId),
    queryFn: ({ signal }) => apiGet<AssignmentResponseSettings>('/api/assignment-settings', { organisationId }, signal),
  });
}

export function useAssignmentFormOptions(employerId: string | null) {
  return useQuery({
    queryKey: assignmentKeys.formOptions(employerId ?? ''),
    queryFn: ({ signal }) => apiGet<AssignmentFormOptions>(`/api/employers/${employerId}/assignment-options`, undefined, signal),
    enabled: employerId !== null,
  });
}

/** Staff who answer employers (coaches, employer coordinators, team leads), sorted by name. */
export function useResponders() {
  return useQuery({
    queryKey: ['assignments', 'responders'],
    queryFn: async ({ signal }) => {
      const { items } = await apiGet<{ items: StaffMember[] }>('/api/users', undefined, signal);
      return items
        .filter((member) => member.roles.some((role) => role === 'coach' || role === 'employer_coordinator' || role === 'team_lead'))
        .sort((first, second) => first.name.localeCompare(second.name, 'fi'));
    },
    staleTime: 5 * 60_000,
  });
}

/** The employer picker: the employer register's own search (name or business ID). */
export function useEmployerSearch(text: string) {
  return useQuery({
    queryKey: ['employers', 'assignment-picker', text],
    queryFn: ({ signal }) =>
      apiGet<{ items: EmployerListItem[]; total: number }>('/api/employers', { text: text.trim() || undefined, pageSize: 20 }, signal),
    placeholderData: keepPreviousData,
  });
}

/** A change to one assignment refreshes the board, the figures and the proposals that show its status. */
function useAssignmentMutation<Body>(request: (body: Body) => Promise<Assignment>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: (assignment) => {
      queryClient.setQueryData(assignmentKeys.one(assignment.id), assignment);
      void queryClient.invalidateQueries({ queryKey: assignmentKeys.all });
    },
  });
}

export const useCreateAssignment = (employerId: string) =>
  useAssignmentMutation((body: CreateAssignmentRequest) => apiPost<Assignment>(`/api/employers/${employerId}/assignments`, body));

export const useUpdateAssignment = (assignmentId: string) =>
  useAssignmentMutation((body: UpdateAssignmentRequest) => apiPut<Assignment>(`/api/assignments/${assignmentId}`, body));

export const useChangeAssignmentStatus = (assignmentId: string) =>
  useAssignmentMutation((body: AssignmentStatusRequest) => apiPost<Assignment>(`/api/assignments/${assignmentId}/status`, body));

export const useMarkResponded = (assignmentId: string) =>
  useAssignmentMutation((body: { respondedAt: string | null; version: number }) =>
    apiPost<Assignment>(`/api/assignments/${assignmentId}/responded`, body),
  );

export function useSaveResponseSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateAssignmentResponseSettingsRequest) => apiPut<AssignmentResponseSettings>('/api/assignment-settings', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: assignmentKeys.all }),
  });
}
