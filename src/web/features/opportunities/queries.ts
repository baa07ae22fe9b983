import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Employer } from '../../../contract/employers';
import type { escoOccupationList, escoSkillList, OccupationSkills } from '../../../contract/esco';
import type { employerJobList, Opportunity, opportunityList } from '../../../contract/opportunities';
import { apiDelete, apiGet, apiPost, apiPut, type QueryParameters } from '../../api/client';

type OpportunityList = z.infer<typeof opportunityList>;
type EmployerJobList = z.infer<typeof employerJobList>;

/**
 * Everything about opportunities and an employer's jobs lives under ['opportunities']: a change
 * (a task edited, a status changed) may alter several lists and pages, so it refreshes them all.
 */
export const opportunityKeys = {
  all: ['opportunities'] as const,
  list: (query: QueryParameters) => ['opportunities', 'list', query] as const,
  employerList: (employerId: string) => ['opportunities', 'employer', employerId, 'list'] as const,
  jobs: (employerId: string) => ['opportunities', 'employer', employerId, 'jobs'] as const,
  one: (opportunityId: string) => ['opportunities', 'one', opportunityId] as const,
};

export const opportunityPageSize = 25;

export function useOpportunityList(query: QueryParameters) {
  return useQuery({
    queryKey: opportunityKeys.list(query),
    queryFn: ({ signal }) => apiGet<OpportunityList>('/api/opportunities', query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useEmployerOpportunities(employerId: string) {
  return useQuery({
    queryKey: opportunityKeys.employerList(employerId),
    queryFn: ({ signal }) => apiGet<OpportunityList>(`/api/employers/${employerId}/opportunities`, { pageSize: 200 }, signal),
  });
}

export function useOpportunity(opportunityId: string) {
  return useQuery({
    queryKey: opportunityKeys.one(opportunityId),
    queryFn: ({ signal }) => apiGet<Opportunity>(`/api/opportunities/${opportunityId}`, undefined, signal),
    enabled: opportunityId !== '',
  });
}

export function useEmployerJobs(employerId: string) {
  return useQuery({
    queryKey: opportunityKeys.jobs(employerId),
    queryFn: ({ signal }) => apiGet<EmployerJobList>(`/api/employers/${employerId}/jobs`, undefined, signal),
    enabled: employerId !== '',
  });
}

/** The employer's name and workplaces for the forms (the employer record itself belongs to the employers feature). */
export function useEmployerSummary(employerId: string) {
  return useQuery({
    queryKey: ['opportunities', 'employer', employerId, 'summary'],
    queryFn: ({ signal }) => apiGet<Employer>(`/api/employers/${employerId}`, undefined, signal),
    enabled: employerId !== '',
  });
}

type Method = 'POST' | 'PUT' | 'DELETE';

/** A write to opportunities or jobs; on success every opportunity query is read again. */
export function useOpportunityMutation<Body, Result = unknown>(
  method: Method,
  path: string | ((body: Body) => string),
  options: { onSuccess?: (result: Result) => void; onError?: (error: unknown) => void } = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Body) => {
      const url = typeof path === 'function' ? path(body) : path;
      if (method === 'DELETE') return apiDelete<Result>(url);
      return method === 'POST' ? apiPost<Result>(url, body) : apiPut<Result>(url, body);
    },
    onSuccess: async (result) => {
      await queryClient.invalidateQueries({ queryKey: opportunityKeys.all });
      options.onSuccess?.(result);
    },
    onError: options.onError,
  });
}

/** Reference searches: public lists the server lets the browser keep for an hour. */
const referenceStaleTime = 60 * 60 * 1000;

export function useOccupationSearch(search: string, language: string) {
  return useQuery({
    queryKey: ['reference', 'occupations', language, search],
    queryFn: ({ signal }) =>
      apiGet<z.infer<typeof escoOccupationList>>('/api/reference/occupations', { search, language, limit: 15 }, signal),
    enabled: search.trim().length > 0,
    staleTime: referenceStaleTime,
    placeholderData: keepPreviousData,
  });
}

export function useSkillSearch(search: string, language: string) {
  return useQuery({
    queryKey: ['reference', 'skills', language, search],
    queryFn: ({ signal }) => apiGet<z.infer<typeof escoSkillList>>('/api/reference/skills', { search, language, limit: 15 }, signal),
    enabled: search.trim().length > 0,
    staleTime: referenceStaleTime,
    placeholderData: keepPreviousData,
  });
}

export function useOccupationSkills(occupationUri: string | null) {
  return useQuery({
    queryKey: ['reference', 'occupation-skills', occupationUri],
    queryFn: ({ signal }) => apiGet<OccupationSkills>('/api/reference/occupation-skills', { occupation: occupationUri }, signal),
    enabled: occupationUri !== null,
    staleTime: referenceStaleTime,
  });
}
