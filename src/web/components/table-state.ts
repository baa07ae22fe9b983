import { useSearchParams } from 'react-router-dom';

export type SortDirection = 'asc' | 'desc';
export type SortOrder = { key: string; direction: SortDirection };

/**
 * Page and sort order of a server-sorted list, kept in the address (?page=2&sort=name&order=desc)
 * so that reload, back and shared links show the same rows.
 */
export function useTableSearchParams(defaultSort: SortOrder) {
  const [searchParams, setSearchParams] = useSearchParams();
  const pageParameter = Number(searchParams.get('page'));
  const page = Number.isInteger(pageParameter) && pageParameter >= 1 ? pageParameter : 1;
  const order = searchParams.get('order');
  const sort: SortOrder = {
    key: searchParams.get('sort') ?? defaultSort.key,
    direction: order === 'asc' || order === 'desc' ? order : defaultSort.direction,
  };

  const setPage = (next: number) =>
    setSearchParams((current) => {
      const updated = new URLSearchParams(current);
      if (next === 1) updated.delete('page');
      else updated.set('page', String(next));
      return updated;
    });

  const setSort = (next: SortOrder) =>
    setSearchParams((current) => {
      const updated = new URLSearchParams(current);
      updated.set('sort', next.key);
      updated.set('order', next.direction);
      // A new order makes the old page number meaningless.
      updated.delete('page');
      return updated;
    });

  return { page, sort, setPage, setSort };
}
