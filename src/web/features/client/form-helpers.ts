import { ApiRequestError } from '../../api/client';
import type { Option } from '../../components/options';

const helsinkiCalendarDate = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Helsinki',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's calendar date in Helsinki as an ISO date, the default of every date field here. */
export function todayInHelsinki(): string {
  return helsinkiCalendarDate.format(new Date());
}

/** The options of a contract enum, labelled in the UI language. */
export function optionsOf<Value extends string>(values: readonly Value[], label: (value: Value) => string): Option<Value>[] {
  return values.map((value) => ({ value, label: label(value) }));
}

/** Forms keep '' for an empty field; the schemas take null for "not given". */
export function emptyToNull(value: string): string | null {
  return value === '' ? null : value;
}

/** The 409 of an edit made from a version someone else has since replaced (clients, enrolments, plans, meetings, referrals). */
export function isStaleVersion(error: unknown): boolean {
  return error instanceof ApiRequestError && error.fields.some((field) => field.code === 'stale_version');
}
