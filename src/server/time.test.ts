import { TZDate } from '@date-fns/tz';
import { addDays, differenceInCalendarDays, format, parseISO } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { addDaysToDate, daysBetween, helsinkiDate } from './time.js';

/** Every 7.3 hours over 16 years: both sides of every daylight-saving change, leap days, year ends. */
const instants = Array.from({ length: 20_000 }, (_, index) => new Date(Date.UTC(1995, 0, 1) + index * 7.3 * 3_600_000));

describe('day arithmetic', () => {
  it('gives the Helsinki calendar date of an instant as date-fns with the time zone does', () => {
    const mismatches = instants.filter((instant) => helsinkiDate(instant) !== format(new TZDate(instant, 'Europe/Helsinki'), 'yyyy-MM-dd'));
    expect(mismatches).toEqual([]);
    expect(helsinkiDate(new Date('2026-03-29T00:30:00Z'))).toBe('2026-03-29');
    expect(helsinkiDate(new Date('2026-12-31T22:30:00Z'))).toBe('2027-01-01');
  });

  it('adds and counts calendar days as date-fns does', () => {
    const dates = instants.map((instant) => helsinkiDate(instant));
    const mismatches = dates.flatMap((date, index) => {
      const days = (index % 400) - 200;
      const expected = format(addDays(parseISO(date), days), 'yyyy-MM-dd');
      const added = addDaysToDate(date, days);
      return added === expected && daysBetween(date, added) === differenceInCalendarDays(parseISO(expected), parseISO(date))
        ? []
        : [{ date, days, added, expected }];
    });
    expect(mismatches).toEqual([]);
    expect(addDaysToDate('2028-02-28', 1)).toBe('2028-02-29');
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
  });
});
