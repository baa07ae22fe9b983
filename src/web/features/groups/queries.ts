import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { clientList } from '../../../contract/clients';
import type {
  AddParticipantRequest,
  ClientGroupList,
  CreateGroupRequest,
  CreateSessionRequest,
  Group,
  GroupList,
  GroupListQuery,
  RecordAttendanceRequest,
  UpdateGroupRequest,
} from '../../../contract/groups';
import { apiDelete, apiGet, apiPost, apiPut } from '../../api/client';

type ClientList = z.infer<typeof clientList>;

export const groupPageSize = 25;

/** Every group query starts with 'groups': a change to one group refreshes the list's counts too. */
const groupKeys = {
  lists: ['groups', 'list'] as const,
  list: (query: Pick<GroupListQuery, 'status' | 'page'>) => ['groups', 'list', query] as const,
  one: (groupId: string) => ['groups', 'one', groupId] as const,
  clients: (search: string) => ['groups', 'clients', search] as const,
  clientLists: ['groups', 'ofClient'] as const,
  ofClient: (clientId: string) => ['groups', 'ofClient', clientId] as const,
};

export function useGroupList(query: Pick<GroupListQuery, 'status' | 'page'>) {
  return useQuery({
    queryKey: groupKeys.list(query),
    queryFn: ({ signal }) => apiGet<GroupList>('/api/groups', { ...query, pageSize: groupPageSize }, signal),
    placeholderData: keepPreviousData,
  });
}

/** The groups one client takes part in, for the client page; every group change refreshes it too. */
export function useClientGroups(clientId: string) {
  return useQuery({
    queryKey: groupKeys.ofClient(clientId),
    queryFn: ({ signal }) => apiGet<ClientGroupList>(`/api/clients/${clientId}/groups`, undefined, signal),
  });
}

export function useGroup(groupId: string) {
  return useQuery({
    queryKey: groupKeys.one(groupId),
    queryFn: ({ signal }) => apiGet<Group>(`/api/groups/${groupId}`, undefined, signal),
    enabled: groupId !== '',
    retry: false,
  });
}

/** The clients the user may see whose name starts with (or contains) the text; a search runs only for two letters or more. */
export function useClientSearch(search: string) {
  const trimmed = search.trim();
  return useQuery({
    queryKey: groupKeys.clients(trimmed),
    queryFn: ({ signal }) => apiGet<ClientList>('/api/clients', { search: trimmed, pageSize: 10 }, signal),
    enabled: trimmed.length >= 2,
  });
}

export function useCreateGroup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateGroupRequest) => apiPost<Group>('/api/groups', body),
    onSuccess: async (saved) => {
      queryClient.setQueryData(groupKeys.one(saved.id), saved);
      await queryClient.invalidateQueries({ queryKey: groupKeys.lists });
    },
  });
}

/** Every change to a group answers with the whole group: it replaces the cached one; the lists and the client pages' group lists are refreshed. */
function useGroupChange<Variables>(groupId: string, request: (variables: Variables) => Promise<Group>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: async (saved) => {
      queryClient.setQueryData(groupKeys.one(groupId), saved);
      await queryClient.invalidateQueries({ queryKey: groupKeys.lists });
      await queryClient.invalidateQueries({ queryKey: groupKeys.clientLists });
    },
  });
}

export const useUpdateGroup = (groupId: string) =>
  useGroupChange(groupId, (body: UpdateGroupRequest) => apiPut<Group>(`/api/groups/${groupId}`, body));

export const useAddParticipant = (groupId: string) =>
  useGroupChange(groupId, (body: AddParticipantRequest) => apiPost<Group>(`/api/groups/${groupId}/participants`, body));

export const useRemoveParticipant = (groupId: string) =>
  useGroupChange(groupId, (clientId: string) => apiDelete<Group>(`/api/groups/${groupId}/participants/${clientId}`));

export const useCreateSession = (groupId: string) =>
  useGroupChange(groupId, (body: CreateSessionRequest) => apiPost<Group>(`/api/groups/${groupId}/sessions`, body));

export const useDeleteSession = (groupId: string) =>
  useGroupChange(groupId, (sessionId: string) => apiDelete<Group>(`/api/groups/${groupId}/sessions/${sessionId}`));

export const useRecordAttendance = (groupId: string, sessionId: string) =>
  useGroupChange(groupId, (body: RecordAttendanceRequest) =>
    apiPut<Group>(`/api/groups/${groupId}/sessions/${sessionId}/attendance`, body),
  );

/** Refetches a group, e.g. after an edit was refused as made on an old version. */
export function useReloadGroup(groupId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: groupKeys.one(groupId) });
}
