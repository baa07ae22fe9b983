import { useSearchParams } from 'react-router-dom';
import { employerSorts, employerStages, industrySections, type EmployerStage, type IndustrySection } from '../../../contract/employers';
import type { QueryParameters } from '../../api/client';
import type { SortOrder } from '../../components/table-state';

export type EmployerFilters = {
  text: string;
  industrySection: IndustrySection | null;
  municipalityCode: string | null;
  stage: EmployerStage | null;
  ownerUserId: string | null;
  mySectors: boolean;
  /** Not contacted for more than this many days (or never). */
  lastContactOlderThanDays: number | null;
};

export const defaultEmployerSort: SortOrder = { key: 'name', direction: 'asc' };
export const employerPageSize = 25;
/** The "not contacted for" choices, in days: a month, a quarter, half a year. */
export const lastContactChoices = [30, 90, 180] as const;

const parameterNames: Record<keyof EmployerFilters, string> = {
  text: 'q',
  industrySection: 'section',
  municipalityCode: 'municipality',
  stage: 'stage',
  ownerUserId: 'owner',
  mySectors: 'mine',
  lastContactOlderThanDays: 'contact',
};

const oneOf = <Value extends string>(values: readonly Value[], value: string | null): Value | null =>
  (values as readonly (string | null)[]).includes(value) ? (value as Value) : null;

const noFilters: EmployerFilters = {
  text: '',
  industrySection: null,
  municipalityCode: null,
  stage: null,
  ownerUserId: null,
  mySectors: false,
  lastContactOlderThanDays: null,
};

/** The list filters, kept in the address next to page and sort so that reload and back show the same rows. */
export function useEmployerFilters() {
  const [searchParams, setSearchParams] = useSearchParams();
  const days = Number(searchParams.get(parameterNames.lastContactOlderThanDays));
  const filters: EmployerFilters = {
    text: searchParams.get(parameterNames.text) ?? '',
    industrySection: oneOf(industrySections, searchParams.get(parameterNames.industrySection)),
    municipalityCode: searchParams.get(parameterNames.municipalityCode),
    stage: oneOf(employerStages, searchParams.get(parameterNames.stage)),
    ownerUserId: searchParams.get(parameterNames.ownerUserId),
    mySectors: searchParams.get(parameterNames.mySectors) === 'true',
    lastContactOlderThanDays: Number.isInteger(days) && days > 0 ? days : null,
  };

  const setFilters = (changes: Partial<EmployerFilters>) =>
    setSearchParams((current) => {
      const updated = new URLSearchParams(current);
      for (const [name, value] of Object.entries(changes) as [keyof EmployerFilters, EmployerFilters[keyof EmployerFilters]][]) {
        if (value === null || value === '' || value === false) updated.delete(parameterNames[name]);
        else updated.set(parameterNames[name], String(value));
      }
      // Other rows, other pages: start again from the first one.
      updated.delete('page');
      return updated;
    });

  const clearFilters = () => setFilters(noFilters);
  const filtered = (Object.keys(noFilters) as (keyof EmployerFilters)[]).some((name) => filters[name] !== noFilters[name]);
  return { filters, setFilters, clearFilters, filtered };
}

/** The API query for one page of the list; an unknown sort key in the address falls back to the default. */
export function employerQueryOf(filters: EmployerFilters, page: number, sort: SortOrder): QueryParameters {
  const knownSort = (employerSorts as readonly string[]).includes(sort.key) ? sort : defaultEmployerSort;
  return {
    page,
    pageSize: employerPageSize,
    sort: knownSort.key,
    direction: knownSort.direction,
    text: filters.text.trim() || undefined,
    industrySection: filters.industrySection ?? undefined,
    municipalityCode: filters.municipalityCode ?? undefined,
    stage: filters.stage ?? undefined,
    ownerUserId: filters.ownerUserId ?? undefined,
    mySectors: filters.mySectors || undefined,
    lastContactOlderThanDays: filters.lastContactOlderThanDays ?? undefined,
  };
}
