import { TZDate } from '@date-fns/tz';
import { addDays, differenceInCalendarDays, differenceInCalendarMonths, format, parseISO } from 'date-fns';

/** Calendar dates are Europe/Helsinki dates; storage keeps instants in UTC. */
export const helsinki = 'Europe/Helsinki';

export function helsinkiDate(instant: Date): string {
  return format(new TZDate(instant, helsinki), 'yyyy-MM-dd');
}

export function addDaysToDate(date: string, days: number): string {
  return format(addDays(parseISO(date), days), 'yyyy-MM-dd');
}

export function daysBetween(from: string, to: string): number {
  return differenceInCalendarDays(parseISO(to), parseISO(from));
}

export function monthsBetween(from: string, to: string): number {
  return differenceInCalendarMonths(parseISO(to), parseISO(from)) - (parseISO(to).getDate() < parseISO(from).getDate() ? 1 : 0);
}

export function addMonthsToDate(date: string, months: number): string {
  const parsed = parseISO(date);
  return format(new Date(parsed.getFullYear(), parsed.getMonth() + months, parsed.getDate()), 'yyyy-MM-dd');
}
