import type { Locale } from '../contract/common';

const timeZone = 'Europe/Helsinki';

// d.M.yyyy in every UI language: it is what the date inputs accept, and Swedish and English
// speakers in Finland read it the same way.
const dateFormat = new Intl.DateTimeFormat('fi-FI', { timeZone, day: 'numeric', month: 'numeric', year: 'numeric' });
const timeFormats: Record<Locale, Intl.DateTimeFormat> = {
  fi: new Intl.DateTimeFormat('fi-FI', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
  sv: new Intl.DateTimeFormat('sv-FI', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
  en: new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
};

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const finnishDatePattern = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

/**
 * 23.11.2026. A calendar date ("2026-11-23") is shown as it is; an instant (a Date or an ISO
 * date-time) is shown as the date it was in Helsinki.
 */
export function formatDate(value: string | Date | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'string') {
    const calendarDate = finnishDateOfIsoDate(value);
    if (calendarDate) return calendarDate;
  }
  const instant = new Date(value);
  // Intl throws on an invalid date; a display helper shows the input instead of breaking the page.
  return Number.isNaN(instant.getTime()) ? String(value) : dateFormat.format(instant);
}

/** 23.11.2026 14.05 (fi, sv) or 23.11.2026 14:05 (en), Helsinki time. */
export function formatDateTime(value: string | Date | null | undefined, language: Locale): string {
  if (value === null || value === undefined || value === '') return '';
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) return String(value);
  return `${dateFormat.format(instant)} ${timeFormats[language].format(instant)}`;
}

/** "2026-11-23" → "23.11.2026"; undefined when the text is not an ISO calendar date. */
export function finnishDateOfIsoDate(value: string): string | undefined {
  const match = isoDatePattern.exec(value);
  if (!match) return undefined;
  const [, year, month, day] = match;
  return `${Number(day)}.${Number(month)}.${year}`;
}

/** "23.11.2026" → "2026-11-23"; undefined unless the text is a real date with a four-digit year. */
export function isoDateOfFinnishDate(value: string): string | undefined {
  const match = finnishDatePattern.exec(value.trim());
  if (!match) return undefined;
  const [day, month, year] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
