import { useSearchParams } from 'react-router-dom';
import { deliverySorts, deliveryStates, surveyKinds, type DeliveryState, type SurveyKind } from '../../../contract/feedback';
import type { QueryParameters } from '../../api/client';
import type { SortOrder } from '../../components/table-state';

export type DeliveryFilters = { state: DeliveryState | null; kind: SurveyKind | null };

export const defaultDeliverySort: SortOrder = { key: 'createdAt', direction: 'desc' };
export const deliveryPageSize = 25;

const oneOf = <Value extends string>(values: readonly Value[], value: string | null): Value | null =>
  (values as readonly (string | null)[]).includes(value) ? (value as Value) : null;

/** The state and kind filters, kept in the address next to page and sort (reload and back show the same rows). */
export function useDeliveryFilters() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters: DeliveryFilters = {
    state: oneOf(deliveryStates, searchParams.get('state')),
    kind: oneOf(surveyKinds, searchParams.get('kind')),
  };
  const setFilters = (changes: Partial<DeliveryFilters>) =>
    setSearchParams((current) => {
      const updated = new URLSearchParams(current);
      for (const [name, value] of Object.entries(changes)) {
        if (value === null) updated.delete(name);
        else updated.set(name, value);
      }
      // Other rows, other pages: start again from the first one.
      updated.delete('page');
      return updated;
    });
  const clearFilters = () => setFilters({ state: null, kind: null });
  return { filters, setFilters, clearFilters, filtered: filters.state !== null || filters.kind !== null };
}

/** The API query for one page; an unknown sort key in the address falls back to the default. */
export function deliveryQueryOf(filters: DeliveryFilters, page: number, sort: SortOrder, organisationId: string | null): QueryParameters {
  const knownSort = (deliverySorts as readonly string[]).includes(sort.key) ? sort : defaultDeliverySort;
  return {
    page,
    pageSize: deliveryPageSize,
    sort: knownSort.key,
    direction: knownSort.direction,
    state: filters.state ?? undefined,
    kind: filters.kind ?? undefined,
    organisationId: organisationId ?? undefined,
  };
}
