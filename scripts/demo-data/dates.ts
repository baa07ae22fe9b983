/**
 * Calendar arithmetic on yyyy-mm-dd strings, in UTC so that no local time zone leaks in.
 * Millions of rows reuse a few thousand distinct dates, so conversions are memoised.
 */
const dayInMilliseconds = 86_400_000;
const dayNumbers = new Map<string, number>();
const isoDates = new Map<number, string>();

/** Days since 1970-01-01. */
function dayNumber(isoDate: string): number {
  let day = dayNumbers.get(isoDate);
  if (day === undefined) {
    day = Math.round(parseDate(isoDate) / dayInMilliseconds);
    dayNumbers.set(isoDate, day);
  }
  return day;
}

function isoDateOf(day: number): string {
  let isoDate = isoDates.get(day);
  if (isoDate === undefined) {
    isoDate = new Date(day * dayInMilliseconds).toISOString().slice(0, 10);
    isoDates.set(day, isoDate);
  }
  return isoDate;
}

export function parseDate(isoDate: string): number {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) throw new Error(`expected yyyy-mm-dd, got '${isoDate}'`);
  const time = Date.parse(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(time)) throw new Error(`not a date: '${isoDate}'`);
  return time;
}

export function addDays(isoDate: string, days: number): string {
  return isoDateOf(dayNumber(isoDate) + days);
}

export function addMonths(isoDate: string, months: number): string {
  const date = new Date(parseDate(isoDate));
  const day = date.getUTCDate();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(day, lastDay));
  return date.toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

export function minDate(first: string, second: string): string {
  return first < second ? first : second;
}

export function maxDate(first: string, second: string): string {
  return first > second ? first : second;
}

/** A working-hours moment on that day (Finnish time is UTC+2/+3, so 06–13 UTC is office hours). */
export function timestampOn(isoDate: string, minuteOfDay: number): Date {
  return new Date(dayNumber(isoDate) * dayInMilliseconds + (6 * 60 + (minuteOfDay % (7 * 60))) * 60_000);
}

/** Moves Saturdays and Sundays to the following Monday: coaches do not meet clients at weekends. */
export function toWeekday(isoDate: string): string {
  // 1970-01-01 was a Thursday.
  const weekday = (((dayNumber(isoDate) + 4) % 7) + 7) % 7;
  if (weekday === 6) return addDays(isoDate, 2);
  if (weekday === 0) return addDays(isoDate, 1);
  return isoDate;
}

/** Moves Saturdays and Sundays back to Friday, unless that would go before `notBefore`: for things that must not move later. */
export function weekdayOnOrBefore(isoDate: string, notBefore: string): string {
  const weekday = (((dayNumber(isoDate) + 4) % 7) + 7) % 7;
  const moved = weekday === 6 ? addDays(isoDate, -1) : weekday === 0 ? addDays(isoDate, -2) : isoDate;
  return moved >= notBefore ? moved : isoDate;
}

/** An update is never recorded before the row was created, even on the same day. */
export function notBefore(moment: Date, earliest: Date): Date {
  return moment < earliest ? earliest : moment;
}
