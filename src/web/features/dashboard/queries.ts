import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';
import type {
  Budget,
  DrillDownResponse,
  FiguresResponse,
  IndicatorDefinition,
  MonthlyReport,
  ReportCoach,
  ReportOptions,
  Target,
  TargetProgress,
  TargetRequest,
  TrendResponse,
} from '../../../contract/reports';
import { apiDelete, apiGet, apiPost, apiPut, type QueryParameters } from '../../api/client';

/** Targets and budgets change the progress figures, so a change refreshes everything under ['reports']. */
export const reportKeys = {
  all: ['reports'] as const,
  indicators: ['reports', 'indicators'] as const,
  options: ['reports', 'options'] as const,
  coaches: (search: string, organisationId: string | undefined) => ['reports', 'coaches', search, organisationId ?? null] as const,
  coach: (coachId: string) => ['reports', 'coach', coachId] as const,
  figures: (query: QueryParameters) => ['reports', 'figures', query] as const,
  trend: (query: QueryParameters) => ['reports', 'trend', query] as const,
  drillDown: (query: QueryParameters) => ['reports', 'drill-down', query] as const,
  targets: ['reports', 'targets'] as const,
  budgets: ['reports', 'budgets'] as const,
  monthly: (query: QueryParameters) => ['reports', 'monthly', query] as const,
};

/** The registry changes only with a release. */
export function useIndicators() {
  return useQuery({
    queryKey: reportKeys.indicators,
    queryFn: ({ signal }) => apiGet<{ items: IndicatorDefinition[] }>('/api/reports/indicators', undefined, signal),
    staleTime: Infinity,
  });
}

export function useReportOptions() {
  return useQuery({
    queryKey: reportKeys.options,
    queryFn: ({ signal }) => apiGet<ReportOptions>('/api/reports/options', undefined, signal),
    staleTime: 5 * 60_000,
  });
}

/** The coach filter searches by name: the organisations of a large area have too many coaches to list. */
export function useCoachSearch(search: string, organisationId: string | undefined) {
  const text = search.trim();
  return useQuery({
    queryKey: reportKeys.coaches(text, organisationId),
    queryFn: ({ signal }) => apiGet<{ items: ReportCoach[] }>('/api/reports/coaches', { search: text, organisationId }, signal),
    enabled: text !== '',
    staleTime: 60_000,
    placeholderData: keepPreviousData,
  });
}

/** The coach a filter names, e.g. in a shared link; a coach picked from the search is already known (useRememberCoach). */
export function useReportCoach(coachId: string | undefined) {
  return useQuery({
    queryKey: reportKeys.coach(coachId ?? ''),
    queryFn: ({ signal }) => apiGet<ReportCoach>(`/api/reports/coaches/${coachId}`, undefined, signal),
    enabled: coachId !== undefined,
    staleTime: 5 * 60_000,
  });
}

export function useRememberCoach() {
  const queryClient = useQueryClient();
  return (coach: ReportCoach) => queryClient.setQueryData(reportKeys.coach(coach.id), coach);
}

export function useFigures(query: QueryParameters, enabled = true) {
  return useQuery({
    queryKey: reportKeys.figures(query),
    queryFn: ({ signal }) => apiGet<FiguresResponse>('/api/reports/figures', query, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useTrend(query: QueryParameters, enabled = true) {
  return useQuery({
    queryKey: reportKeys.trend(query),
    queryFn: ({ signal }) => apiGet<TrendResponse>('/api/reports/trend', query, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useDrillDown(query: QueryParameters) {
  return useQuery({
    queryKey: reportKeys.drillDown(query),
    queryFn: ({ signal }) => apiGet<DrillDownResponse>('/api/reports/drill-down', query, signal),
  });
}

export function useTargetProgress() {
  return useQuery({
    queryKey: reportKeys.targets,
    queryFn: ({ signal }) => apiGet<{ computedAt: string; items: TargetProgress[] }>('/api/reports/targets/progress', undefined, signal),
  });
}

export function useBudgets() {
  return useQuery({
    queryKey: reportKeys.budgets,
    queryFn: ({ signal }) => apiGet<{ items: Budget[] }>('/api/reports/budgets', undefined, signal),
  });
}

export function useMonthlyReport(query: QueryParameters, enabled: boolean) {
  return useQuery({
    queryKey: reportKeys.monthly(query),
    queryFn: ({ signal }) => apiGet<MonthlyReport>('/api/reports/monthly', query, signal),
    enabled,
  });
}

/** A figures request of the page: its API path and query, and the key its answer is kept under. */
export type FiguresSource = { path: string; query: QueryParameters; key: QueryKey };

/**
 * Computes a page's figures now (`fresh=true`) instead of reading those the server computed within
 * its maximum age, and puts the answers where the page reads them.
 */
export function useRecomputeFigures(sources: FiguresSource[]) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => Promise.all(sources.map((source) => apiGet<unknown>(source.path, { ...source.query, fresh: 'true' }))),
    onSuccess: (answers) => answers.forEach((answer, index) => queryClient.setQueryData(sources[index]!.key, answer)),
  });
}

function useReportMutation<Body, Result>(request: (body: Body) => Promise<Result>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: request, onSuccess: () => queryClient.invalidateQueries({ queryKey: reportKeys.all }) });
}

export const useCreateTarget = () => useReportMutation((body: TargetRequest) => apiPost<Target>('/api/reports/targets', body));
export const useDeleteTarget = () => useReportMutation((targetId: string) => apiDelete<void>(`/api/reports/targets/${targetId}`));
export const useSaveBudget = () =>
  useReportMutation(
    ({ programmeId, ...body }: { programmeId: string; amountEuros: number; periodStart: string; periodEnd: string; version?: number }) =>
      apiPut<Budget>(`/api/reports/programmes/${programmeId}/budget`, body),
  );
