import { useSearchParams } from 'react-router-dom';
import { caseloadSorts, caseloadStatusFilters } from '../../../contract/caseload';
import type { QueryParameters } from '../../api/client';
import type { SortOrder } from '../../components/table-state';

export type CaseloadStatusFilter = (typeof caseloadStatusFilters)[number];

export type CaseloadFilters = {
  search: string;
  programmeId: string | null;
  phase: string | null;
  status: CaseloadStatusFilter;
  followUpsDue: boolean;
  /** Team view only. */
  coachId: string | null;
};

/** The most urgent meeting first: what a coach needs to act on today. */
export const defaultCaseloadSort: SortOrder = { key: 'nextMeetingDue', direction: 'asc' };
export const caseloadPageSize = 25;

const parameterNames: Record<keyof CaseloadFilters, string> = {
  search: 'q',
  programmeId: 'programme',
  phase: 'phase',
  status: 'status',
  followUpsDue: 'followUps',
  coachId: 'coach',
};

const isStatusFilter = (value: string | null): value is CaseloadStatusFilter =>
  (caseloadStatusFilters as readonly (string | null)[]).includes(value);

/** The list filters, kept in the address next to page and sort so that reload and back show the same rows. */
export function useCaseloadFilters() {
  const [searchParams, setSearchParams] = useSearchParams();
  const status = searchParams.get(parameterNames.status);
  const filters: CaseloadFilters = {
    search: searchParams.get(parameterNames.search) ?? '',
    programmeId: searchParams.get(parameterNames.programmeId),
    phase: searchParams.get(parameterNames.phase),
    status: isStatusFilter(status) ? status : 'all',
    followUpsDue: searchParams.get(parameterNames.followUpsDue) === 'true',
    coachId: searchParams.get(parameterNames.coachId),
  };

  const setFilters = (changes: Partial<CaseloadFilters>) =>
    setSearchParams((current) => {
      const updated = new URLSearchParams(current);
      for (const [name, value] of Object.entries(changes) as [keyof CaseloadFilters, CaseloadFilters[keyof CaseloadFilters]][]) {
        const isDefault = value === null || value === '' || value === false || value === 'all';
        if (isDefault) updated.delete(parameterNames[name]);
        else updated.set(parameterNames[name], String(value));
      }
      // Other rows, other pages: start again from the first one.
      updated.delete('page');
      return updated;
    });

  const clearFilters = () => setFilters({ search: '', programmeId: null, phase: null, status: 'all', followUpsDue: false, coachId: null });
  const filtered =
    filters.search !== '' ||
    filters.programmeId !== null ||
    filters.phase !== null ||
    filters.status !== 'all' ||
    filters.followUpsDue ||
    filters.coachId !== null;

  return { filters, setFilters, clearFilters, filtered };
}

/** The API query for one page of the list; an unknown sort key in the address falls back to the default. */
export function caseloadQueryOf(filters: CaseloadFilters, page: number, sort: SortOrder): QueryParameters {
  const knownSort = (caseloadSorts as readonly string[]).includes(sort.key) ? sort : defaultCaseloadSort;
  return {
    page,
    pageSize: caseloadPageSize,
    sort: knownSort.key,
    direction: knownSort.direction,
    search: filters.search.trim() || undefined,
    programmeId: filters.programmeId ?? undefined,
    phase: filters.phase ?? undefined,
    status: filters.status === 'all' ? undefined : filters.status,
    followUpsDue: filters.followUpsDue || undefined,
    coachId: filters.coachId ?? undefined,
  };
}
