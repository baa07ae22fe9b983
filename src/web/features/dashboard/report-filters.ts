import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { cutNames, type CutName } from '../../../contract/reports';

export type ReportFilters = { from: string; to: string } & Partial<Record<CutName, string>>;

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** From the start of this year to today, until the user chooses otherwise. */
export function defaultPeriod(today: string) {
  return { from: `${today.slice(0, 4)}-01-01`, to: today };
}

/**
 * The period and cuts of the dashboard, kept in the address so that a reload, the back button, a
 * shared link and a move between the dashboard pages keep them.
 */
export function useReportFilters(today: string | undefined) {
  const [searchParams, setSearchParams] = useSearchParams();
  const fallback = defaultPeriod(today ?? new Date().toISOString().slice(0, 10));
  const filters = useMemo(() => {
    const result: ReportFilters = { from: searchParams.get('from') ?? fallback.from, to: searchParams.get('to') ?? fallback.to };
    for (const name of cutNames) {
      const value = searchParams.get(name);
      if (value) result[name] = value;
    }
    return result;
  }, [searchParams, fallback.from, fallback.to]);
  const valid = isoDate.test(filters.from) && isoDate.test(filters.to) && filters.from <= filters.to;

  const setFilter = (name: keyof ReportFilters, value: string | null) =>
    setSearchParams(
      (current) => {
        const updated = new URLSearchParams(current);
        if (value) updated.set(name, value);
        else updated.delete(name);
        // A team, coach or programme belongs to one organisation: a new organisation clears them.
        if (name === 'organisationId') for (const dependent of ['teamId', 'coachId', 'programmeId']) updated.delete(dependent);
        return updated;
      },
      { replace: true },
    );
  const clear = () => setSearchParams(new URLSearchParams(), { replace: true });
  const cutsActive = cutNames.some((name) => filters[name] !== undefined);
  return { filters, valid, setFilter, clear, cutsActive, search: searchParams.toString() };
}

/** The same filters as a link's query string, for moving between dashboard pages. */
export function filterSearch(filters: ReportFilters, extra: Record<string, string> = {}): string {
  const parameters = new URLSearchParams();
  for (const [name, value] of Object.entries({ ...filters, ...extra })) if (value) parameters.set(name, value);
  return parameters.toString();
}
