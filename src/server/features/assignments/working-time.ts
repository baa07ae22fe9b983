import { TZDate } from '@date-fns/tz';
import Holidays from 'date-holidays';
import type { ResponseTimeUnit } from '../../../contract/assignments.js';
import { addDaysToDate, helsinki, helsinkiDate } from '../../time.js';

/**
 * The agreed response time to an employer assignment runs only in working time: Monday to Friday
 * inside the organisation's working day, in Europe/Helsinki local time (so a DST change never
 * shifts 08:00 to 07:00 or 09:00), skipping Finnish public holidays.
 *
 * Rules (each one has a test in working-time.test.ts):
 * - A request received outside working hours (evening, weekend, holiday) starts counting at the
 *   start of the next working day; one received before the day starts counts from its start.
 * - N working hours: N × 60 minutes of working time; what does not fit into one day carries over
 *   to the next working day's start.
 * - N working days: due at the same local time of day N working days later (received Monday 10:00,
 *   2 working days → Wednesday 10:00). With the start moved as above, a request received on
 *   Friday evening is due on Wednesday at the working day's start. This equals N full working days of
 *   working time, so `workingMinutesBetween(received, due)` is always N × the working day's length.
 */
export type Workday = { startMinute: number; endMinute: number };

/**
 * Midsummer Eve and Christmas Eve are not statutory public holidays, but they are days off under the
 * municipal (KVTES) and state collective agreements: employment services, public offices and
 * most employers are closed, so nobody can answer an employer then and an agreed response time
 * must not run out on them. They count as non-working days. New Year's Eve is an ordinary working day.
 * date-holidays names them by their rules; the package is pinned, and the tests catch a renamed rule.
 */
const closedEveRules = new Set(['friday after 06-19', '12-24']);

/** The Finnish holiday calendar is fixed data: each year is computed once per process and kept. */
const finnishCalendar = new Holidays('FI');
const nonWorkingDaysByYear = new Map<number, ReadonlySet<string>>();

function nonWorkingHolidays(year: number): ReadonlySet<string> {
  let days = nonWorkingDaysByYear.get(year);
  if (!days) {
    const holidays = finnishCalendar.getHolidays(year) || [];
    days = new Set(
      holidays
        .filter((holiday) => holiday.type === 'public' || closedEveRules.has(holiday.rule))
        .map((holiday) => holiday.date.slice(0, 10)),
    );
    nonWorkingDaysByYear.set(year, days);
  }
  return days;
}

/** A Helsinki calendar date (yyyy-MM-dd) on which the service works. */
export function isWorkingDay(date: string): boolean {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !nonWorkingHolidays(year).has(date);
}

/** The instant of a local Helsinki time on a calendar date; TZDate resolves the UTC offset of that very day. */
function instantAt(date: string, minute: number): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const wholeMinute = Math.floor(minute);
  const local = new TZDate(year, month - 1, day, Math.floor(wholeMinute / 60), wholeMinute % 60, helsinki);
  return new Date(local.getTime() + Math.round((minute - wholeMinute) * 60_000));
}

function minuteOfDay(instant: Date): number {
  const local = new TZDate(instant, helsinki);
  return local.getHours() * 60 + local.getMinutes() + local.getSeconds() / 60 + local.getMilliseconds() / 60_000;
}

function nextWorkingDay(date: string): string {
  let next = addDaysToDate(date, 1);
  while (!isWorkingDay(next)) next = addDaysToDate(next, 1);
  return next;
}

/** Where the clock starts: the instant itself inside working hours, else the next start of a working day. */
function clockStart(start: Date, workday: Workday): { date: string; minute: number } {
  const date = helsinkiDate(start);
  const minute = minuteOfDay(start);
  if (isWorkingDay(date) && minute < workday.endMinute) return { date, minute: Math.max(minute, workday.startMinute) };
  return { date: nextWorkingDay(date), minute: workday.startMinute };
}

export function addWorkingTime(start: Date, amount: number, unit: ResponseTimeUnit, workday: Workday): Date {
  let { date, minute } = clockStart(start, workday);
  if (unit === 'working_days') {
    for (let day = 0; day < amount; day++) date = nextWorkingDay(date);
    return instantAt(date, minute);
  }
  let remaining = amount * 60;
  while (remaining > workday.endMinute - minute) {
    remaining -= workday.endMinute - minute;
    date = nextWorkingDay(date);
    minute = workday.startMinute;
  }
  return instantAt(date, minute + remaining);
}

/** Working minutes from start to end (0 when end is not after start), e.g. the time an employer waited for the first response. */
export function workingMinutesBetween(start: Date, end: Date, workday: Workday): number {
  if (end <= start) return 0;
  let total = 0;
  const lastDate = helsinkiDate(end);
  for (let date = helsinkiDate(start); date <= lastDate; date = addDaysToDate(date, 1)) {
    if (!isWorkingDay(date)) continue;
    const from = Math.max(instantAt(date, workday.startMinute).getTime(), start.getTime());
    const to = Math.min(instantAt(date, workday.endMinute).getTime(), end.getTime());
    if (to > from) total += (to - from) / 60_000;
  }
  return Math.round(total);
}

/** Midnight that ends the next working day after the instant's own day: where "due soon" on the board ends. */
export function endOfNextWorkingDay(instant: Date): Date {
  return instantAt(addDaysToDate(nextWorkingDay(helsinkiDate(instant)), 1), 0);
}
