import { useSearchParams } from 'react-router-dom';
import { assignmentDueFilters, assignmentSorts, assignmentStatuses, type AssignmentStatus } from '../../../contract/assignments';
import type { QueryParameters } from '../../api/client';

export type DueFilter = (typeof assignmentDueFilters)[number];
export type BoardSort = (typeof assignmentSorts)[number];

export type BoardFilters = {
  due: DueFilter | null;
  status: AssignmentStatus | null;
  responderUserId: string | null;
  mine: boolean;
  sort: BoardSort;
};

export const boardPageSize = 25;

const oneOf = <Value extends string>(values: readonly Value[], value: string | null): Value | null =>
  (values as readonly (string | null)[]).includes(value) ? (value as Value) : null;

/** The board's filters live in the address, so reload, back and a shared link show the same rows. */
export function useBoardFilters() {
  const [searchParams, setSearchParams] = useSearchParams();
  const pageParameter = Number(searchParams.get('page'));
  const page = Number.isInteger(pageParameter) && pageParameter >= 1 ? pageParameter : 1;
  const filters: BoardFilters = {
    due: oneOf(assignmentDueFilters, searchParams.get('due')),
    status: oneOf(assignmentStatuses, searchParams.get('status')),
    responderUserId: searchParams.get('responder'),
    mine: searchParams.get('mine') === 'true',
    sort: oneOf(assignmentSorts, searchParams.get('sort')) ?? 'due',
  };
  const names: Record<keyof BoardFilters, string> = {
    due: 'due',
    status: 'status',
    responderUserId: 'responder',
    mine: 'mine',
    sort: 'sort',
  };

  const update = (changes: Record<string, string | null>) =>
    setSearchParams((current) => {
      const updated = new URLSearchParams(current);
      for (const [name, value] of Object.entries(changes)) {
        if (value === null) updated.delete(name);
        else updated.set(name, value);
      }
      return updated;
    });

  const setFilters = (changes: Partial<BoardFilters>) => {
    const parameters: Record<string, string | null> = { page: null };
    for (const [key, value] of Object.entries(changes) as [keyof BoardFilters, BoardFilters[keyof BoardFilters]][]) {
      const isDefault = value === null || value === false || (key === 'sort' && value === 'due');
      parameters[names[key]] = isDefault ? null : String(value);
    }
    update(parameters);
  };
  const setPage = (next: number) => update({ page: next === 1 ? null : String(next) });
  const clearFilters = () => setFilters({ due: null, status: null, responderUserId: null, mine: false });
  const filtered = filters.due !== null || filters.status !== null || filters.responderUserId !== null || filters.mine;

  return { filters, page, setFilters, setPage, clearFilters, filtered };
}

export function boardQueryOf(filters: BoardFilters, page: number): QueryParameters {
  return {
    page,
    pageSize: boardPageSize,
    due: filters.due ?? undefined,
    status: filters.status ?? undefined,
    responderUserId: filters.responderUserId ?? undefined,
    mine: filters.mine || undefined,
    sort: filters.sort,
  };
}
