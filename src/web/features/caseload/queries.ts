import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { staffList } from '../../../contract/admin';
import { caseloadRoles } from '../../../contract/auth';
import type { Caseload, CoachCaseloadCount, TeamCaseload, TeamCoachList } from '../../../contract/caseload';
import type { programmeList } from '../../../contract/enrolments';
import { apiGet, type QueryParameters } from '../../api/client';

type ProgrammeList = z.infer<typeof programmeList>;
export type ProgrammeWithModel = ProgrammeList['items'][number];

/** Every caseload list lives under ['caseload', 'list']: a meeting log or reassignment refreshes them all. */
export const caseloadKeys = {
  lists: ['caseload', 'list'] as const,
  own: (language: string, query: QueryParameters) => ['caseload', 'list', 'own', language, query] as const,
  team: (language: string, query: QueryParameters) => ['caseload', 'list', 'team', language, query] as const,
  coaches: (query: QueryParameters) => ['caseload', 'list', 'coaches', query] as const,
  coach: (coachId: string) => ['caseload', 'list', 'coach', coachId] as const,
  programmes: ['caseload', 'programmes'] as const,
  caseworkers: ['caseload', 'caseworkers'] as const,
};

/** Phase names and meeting reasons come localised from the server, so the language is part of the key. */
export function useOwnCaseload(query: QueryParameters) {
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: caseloadKeys.own(i18n.language, query),
    queryFn: ({ signal }) => apiGet<Caseload>('/api/caseload', query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useTeamCaseload(query: QueryParameters) {
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: caseloadKeys.team(i18n.language, query),
    queryFn: ({ signal }) => apiGet<TeamCaseload>('/api/caseload/team', query, signal),
    placeholderData: keepPreviousData,
  });
}

/** The organisation's coaches with their loads (searched, sorted, paged on the server). */
export function useTeamCoaches(query: QueryParameters, enabled = true) {
  return useQuery({
    queryKey: caseloadKeys.coaches(query),
    queryFn: ({ signal }) => apiGet<TeamCoachList>('/api/caseload/team/coaches', query, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** The coach the team view filters by, e.g. from a shared link; a coach picked from a search is already known. */
export function useTeamCoach(coachId: string | null) {
  return useQuery({
    queryKey: caseloadKeys.coach(coachId ?? ''),
    queryFn: async ({ signal }) => {
      const { items } = await apiGet<TeamCoachList>('/api/caseload/team/coaches', { coachId: coachId ?? '', pageSize: 1 }, signal);
      if (!items[0]) throw new Error('unknown coach');
      return items[0];
    },
    enabled: coachId !== null,
    retry: false,
  });
}

export function useRememberTeamCoach() {
  const queryClient = useQueryClient();
  return (coach: CoachCaseloadCount) => queryClient.setQueryData(caseloadKeys.coach(coach.coachId), coach);
}

export function useProgrammes() {
  return useQuery({
    queryKey: caseloadKeys.programmes,
    queryFn: ({ signal }) => apiGet<ProgrammeList>('/api/programmes', undefined, signal),
    staleTime: 5 * 60_000,
  });
}

/** Staff who can carry a caseload (coaches and team leads), sorted by name. */
export function useCaseworkers() {
  return useQuery({
    queryKey: caseloadKeys.caseworkers,
    queryFn: async ({ signal }) => {
      const { items } = await apiGet<z.infer<typeof staffList>>('/api/users', undefined, signal);
      return items
        .filter((member) => member.roles.some((role) => (caseloadRoles as readonly string[]).includes(role)))
        .sort((first, second) => first.name.localeCompare(second.name, 'fi'));
    },
    staleTime: 5 * 60_000,
  });
}
