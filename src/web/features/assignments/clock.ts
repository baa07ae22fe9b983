import { TZDate } from '@date-fns/tz';
import type { Locale } from '../../../contract/common';

/**
 * Assignment times are Helsinki wall-clock times whatever the browser's own time zone: a request
 * received at 9.30 in Oulu is 9.30 for a colleague abroad too.
 */
const helsinki = 'Europe/Helsinki';
const clockPattern = /^(\d{1,2})(?:[.:](\d{2}))?$/;

/** "9", "9.30" or "09:30" → minutes from midnight; undefined when the text is no time of day. */
export function parseClock(text: string): number | undefined {
  const match = clockPattern.exec(text.trim());
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2] ?? 0);
  if (hours > 24 || minutes > 59 || (hours === 24 && minutes > 0)) return undefined;
  return hours * 60 + minutes;
}

/** 8.00 in Finnish and Swedish, 8:00 in English. */
export function formatClock(minuteOfDay: number, language: Locale): string {
  const separator = language === 'en' ? ':' : '.';
  return `${Math.floor(minuteOfDay / 60)}${separator}${String(minuteOfDay % 60).padStart(2, '0')}`;
}

/** The instant of a Helsinki date and time, with its UTC offset, as the API expects it. */
export function helsinkiInstant(isoDate: string, minuteOfDay: number): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return new TZDate(year, month - 1, day, Math.floor(minuteOfDay / 60), minuteOfDay % 60, helsinki).toISOString();
}

/** The Helsinki calendar date and time of day of an instant, for a form's fields. */
export function helsinkiDateAndClock(instant: string): { date: string; minuteOfDay: number } {
  const local = new TZDate(new Date(instant), helsinki);
  const date = [local.getFullYear(), local.getMonth() + 1, local.getDate()].map((part) => String(part).padStart(2, '0')).join('-');
  return { date, minuteOfDay: local.getHours() * 60 + local.getMinutes() };
}
