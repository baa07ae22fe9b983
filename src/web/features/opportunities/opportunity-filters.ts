import { useSearchParams } from 'react-router-dom';
import { opportunityKinds, opportunityStatuses, type OpportunityKind, type OpportunityStatus } from '../../../contract/opportunities';
import type { QueryParameters } from '../../api/client';
import type { SortOrder } from '../../components/table-state';
import { opportunityPageSize } from './queries';

export type OpportunityFilters = {
  search: string;
  kind: OpportunityKind | null;
  status: OpportunityStatus | null;
  /** The municipality's code; the filter bar turns a typed name into it. */
  municipality: string;
  iscoCode: string;
};

const names: (keyof OpportunityFilters)[] = ['search', 'kind', 'status', 'municipality', 'iscoCode'];
const oneOf = <Value extends string>(values: readonly Value[], value: string | null): Value | null =>
  (values as readonly (string | null)[]).includes(value) ? (value as Value) : null;

/** The list's filters live in the address with its page and order, so reload, back and shared links show the same rows. */
export function useOpportunityFilters() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters: OpportunityFilters = {
    search: searchParams.get('search') ?? '',
    kind: oneOf(opportunityKinds, searchParams.get('kind')),
    status: oneOf(opportunityStatuses, searchParams.get('status')),
    municipality: searchParams.get('municipality') ?? '',
    iscoCode: searchParams.get('iscoCode') ?? '',
  };
  const setFilters = (changes: Partial<OpportunityFilters>) =>
    setSearchParams((current) => {
      const updated = new URLSearchParams(current);
      for (const [name, value] of Object.entries(changes)) {
        if (value === null || value === '') updated.delete(name);
        else updated.set(name, value);
      }
      updated.delete('page');
      return updated;
    });
  const clearFilters = () => setFilters({ search: '', kind: null, status: null, municipality: '', iscoCode: '' });
  const filtered = names.some((name) => filters[name] !== null && filters[name] !== '');
  return { filters, setFilters, clearFilters, filtered };
}

export function opportunityQueryOf(filters: OpportunityFilters, page: number, sort: SortOrder): QueryParameters {
  return {
    page,
    pageSize: opportunityPageSize,
    sort: sort.key,
    order: sort.direction,
    search: filters.search.trim() || undefined,
    kind: filters.kind ?? undefined,
    status: filters.status ?? undefined,
    municipality: filters.municipality || undefined,
    iscoCode: filters.iscoCode.trim() || undefined,
  };
}
