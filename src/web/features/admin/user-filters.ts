import { useSearchParams } from 'react-router-dom';
import { roles, type Role } from '../../../contract/auth';
import type { QueryParameters } from '../../api/client';

export const userStatusFilters = ['all', 'enabled', 'disabled'] as const;
export type UserStatusFilter = (typeof userStatusFilters)[number];

export type UserFilters = {
  search: string;
  organisationId: string | null;
  role: Role | null;
  status: UserStatusFilter;
};

export const userPageSize = 25;

const parameterNames: Record<keyof UserFilters, string> = { search: 'q', organisationId: 'organisation', role: 'role', status: 'status' };

const isRole = (value: string | null): value is Role => (roles as readonly (string | null)[]).includes(value);
const isStatus = (value: string | null): value is UserStatusFilter => (userStatusFilters as readonly (string | null)[]).includes(value);

/** The user list filters live in the address, next to the page number, so reload and back keep them. */
export function useUserFilters() {
  const [searchParams, setSearchParams] = useSearchParams();
  const role = searchParams.get(parameterNames.role);
  const status = searchParams.get(parameterNames.status);
  const filters: UserFilters = {
    search: searchParams.get(parameterNames.search) ?? '',
    organisationId: searchParams.get(parameterNames.organisationId),
    role: isRole(role) ? role : null,
    status: isStatus(status) ? status : 'all',
  };

  const setFilters = (changes: Partial<UserFilters>) =>
    setSearchParams((current) => {
      const updated = new URLSearchParams(current);
      for (const [name, value] of Object.entries(changes) as [keyof UserFilters, string | null][]) {
        if (value === null || value === '' || value === 'all') updated.delete(parameterNames[name]);
        else updated.set(parameterNames[name], value);
      }
      // Other rows, other pages: start again from the first one.
      updated.delete('page');
      return updated;
    });

  const clearFilters = () => setFilters({ search: '', organisationId: null, role: null, status: 'all' });
  const filtered = filters.search !== '' || filters.organisationId !== null || filters.role !== null || filters.status !== 'all';
  return { filters, setFilters, clearFilters, filtered };
}

export function userQueryOf(filters: UserFilters, page: number): QueryParameters {
  return {
    page,
    pageSize: userPageSize,
    search: filters.search.trim() || undefined,
    organisationId: filters.organisationId ?? undefined,
    role: filters.role ?? undefined,
    disabled: filters.status === 'all' ? undefined : filters.status === 'disabled',
  };
}
