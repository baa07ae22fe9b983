import { describe, expect, it } from 'vitest';
import { addWorkingTime, isWorkingDay, workingMinutesBetween } from './working-time.js';

/** The default agreed working day, 08:00–16:00 Helsinki time. */
const workday = { startMinute: 8 * 60, endMinute: 16 * 60 };
const at = (iso: string) => new Date(iso);
const hours = (start: string, amount: number) => addWorkingTime(at(start), amount, 'working_hours', workday).toISOString();
const days = (start: string, amount: number) => addWorkingTime(at(start), amount, 'working_days', workday).toISOString();
const utc = (iso: string) => at(iso).toISOString();

describe('working days', () => {
  it('are Monday to Friday outside Finnish public holidays', () => {
    expect(isWorkingDay('2026-11-23')).toBe(true);
    expect(isWorkingDay('2026-11-28')).toBe(false);
    expect(isWorkingDay('2026-11-29')).toBe(false);
  });

  it('skip every Finnish public holiday that falls on a weekday in 2026', () => {
    const holidays = ['2026-01-01', '2026-01-06', '2026-04-03', '2026-04-06', '2026-05-01', '2026-05-14', '2026-12-25'];
    expect(holidays.filter(isWorkingDay)).toEqual([]);
  });

  it('treat Midsummer Eve and Christmas Eve as days off, because public offices are closed then', () => {
    expect(isWorkingDay('2026-06-19')).toBe(false);
    expect(isWorkingDay('2027-06-25')).toBe(false);
    expect(isWorkingDay('2026-12-24')).toBe(false);
    expect(isWorkingDay('2025-12-24')).toBe(false);
  });

  it("keep New Year's Eve and the days around the holidays as working days", () => {
    expect(isWorkingDay('2026-12-31')).toBe(true);
    expect(isWorkingDay('2026-06-18')).toBe(true);
    expect(isWorkingDay('2026-12-23')).toBe(true);
  });
});

describe('adding working hours', () => {
  it('counts inside one working day', () => {
    expect(hours('2026-11-23T09:00:00+02:00', 4)).toBe(utc('2026-11-23T13:00:00+02:00'));
  });

  it('carries what does not fit into the day over to the next working day', () => {
    expect(hours('2026-11-23T14:00:00+02:00', 4)).toBe(utc('2026-11-24T10:00:00+02:00'));
  });

  it('ends exactly at the end of the working day when the time fits it', () => {
    expect(hours('2026-11-23T12:00:00+02:00', 4)).toBe(utc('2026-11-23T16:00:00+02:00'));
  });

  it('skips the weekend', () => {
    expect(hours('2026-11-27T14:00:00+02:00', 4)).toBe(utc('2026-11-30T10:00:00+02:00'));
  });

  it('starts a request received at the weekend at the next working day’s start', () => {
    expect(hours('2026-11-28T11:00:00+02:00', 4)).toBe(utc('2026-11-30T12:00:00+02:00'));
  });

  it('starts a request received before the working day at its start and one received at its end on the next day', () => {
    expect(hours('2026-11-24T06:30:00+02:00', 1)).toBe(utc('2026-11-24T09:00:00+02:00'));
    expect(hours('2026-11-24T16:00:00+02:00', 1)).toBe(utc('2026-11-25T09:00:00+02:00'));
  });

  it('skips Easter from Good Friday to Easter Monday', () => {
    expect(hours('2026-04-02T15:00:00+03:00', 2)).toBe(utc('2026-04-07T09:00:00+03:00'));
  });

  it('keeps seconds of the received time', () => {
    expect(hours('2026-11-23T09:15:30+02:00', 1)).toBe(utc('2026-11-23T10:15:30+02:00'));
  });
});

describe('adding working days', () => {
  it('is due at the same time of day N working days later', () => {
    expect(days('2026-11-23T10:00:00+02:00', 2)).toBe(utc('2026-11-25T10:00:00+02:00'));
  });

  it('skips the weekend', () => {
    expect(days('2026-11-27T10:00:00+02:00', 2)).toBe(utc('2026-12-01T10:00:00+02:00'));
  });

  it('counts a request received on Friday evening from Monday morning', () => {
    expect(days('2026-11-27T17:30:00+02:00', 2)).toBe(utc('2026-12-02T08:00:00+02:00'));
  });

  it('skips Easter', () => {
    expect(days('2026-04-02T10:00:00+03:00', 1)).toBe(utc('2026-04-07T10:00:00+03:00'));
  });

  it('skips Ascension Day', () => {
    expect(days('2026-05-13T10:00:00+03:00', 1)).toBe(utc('2026-05-15T10:00:00+03:00'));
  });

  it('skips Midsummer Eve and Midsummer Day', () => {
    expect(days('2026-06-18T10:00:00+03:00', 1)).toBe(utc('2026-06-22T10:00:00+03:00'));
  });

  it('skips Independence Day on a Monday', () => {
    expect(days('2027-12-03T10:00:00+02:00', 1)).toBe(utc('2027-12-07T10:00:00+02:00'));
  });

  it('skips Christmas Eve, Christmas Day and Boxing Day', () => {
    expect(days('2026-12-23T10:00:00+02:00', 2)).toBe(utc('2026-12-29T10:00:00+02:00'));
  });

  it("counts New Year's Eve and skips New Year's Day and Epiphany", () => {
    expect(days('2026-12-30T12:00:00+02:00', 2)).toBe(utc('2027-01-04T12:00:00+02:00'));
    expect(days('2027-01-05T12:00:00+02:00', 1)).toBe(utc('2027-01-07T12:00:00+02:00'));
  });

  it('keeps the local time of day across the change to summer time', () => {
    expect(days('2026-03-27T10:00:00+02:00', 1)).toBe('2026-03-30T07:00:00.000Z');
  });

  it('keeps the local time of day across the change back to winter time', () => {
    expect(days('2026-10-23T10:00:00+03:00', 1)).toBe('2026-10-26T08:00:00.000Z');
  });
});

describe('working minutes between two instants', () => {
  it('counts the minutes inside one working day', () => {
    expect(workingMinutesBetween(at('2026-11-23T09:00:00+02:00'), at('2026-11-23T11:30:00+02:00'), workday)).toBe(150);
  });

  it('leaves out evenings, weekends and holidays', () => {
    expect(workingMinutesBetween(at('2026-11-27T15:00:00+02:00'), at('2026-11-30T09:00:00+02:00'), workday)).toBe(120);
    expect(workingMinutesBetween(at('2026-12-23T15:00:00+02:00'), at('2026-12-28T09:00:00+02:00'), workday)).toBe(120);
    expect(workingMinutesBetween(at('2026-11-28T10:00:00+02:00'), at('2026-11-29T18:00:00+02:00'), workday)).toBe(0);
  });

  it('is zero when the end is not after the start', () => {
    expect(workingMinutesBetween(at('2026-11-23T11:00:00+02:00'), at('2026-11-23T09:00:00+02:00'), workday)).toBe(0);
  });

  it('counts a full working day across a daylight saving change as eight hours', () => {
    expect(workingMinutesBetween(at('2026-03-27T10:00:00+02:00'), at('2026-03-30T10:00:00+03:00'), workday)).toBe(480);
  });

  it('measures exactly the agreed time between any received time and its due time', () => {
    const mismatches: string[] = [];
    // Every 7 hours through a year meets every weekday, hour, holiday and both DST changes.
    for (
      let instant = at('2026-01-01T00:00:00+02:00').getTime();
      instant < at('2027-01-01T00:00:00+02:00').getTime();
      instant += 7 * 3_600_000
    ) {
      const received = new Date(instant);
      const byHours = workingMinutesBetween(received, addWorkingTime(received, 12, 'working_hours', workday), workday);
      const byDays = workingMinutesBetween(received, addWorkingTime(received, 2, 'working_days', workday), workday);
      if (byHours !== 12 * 60 || byDays !== 2 * 480) mismatches.push(`${received.toISOString()}: ${byHours} / ${byDays}`);
    }
    expect(mismatches).toEqual([]);
  });

  it('follows another working day than the default', () => {
    const early = { startMinute: 7 * 60 + 30, endMinute: 15 * 60 + 15 };
    expect(addWorkingTime(at('2026-11-23T15:00:00+02:00'), 1, 'working_hours', early).toISOString()).toBe(utc('2026-11-24T08:15:00+02:00'));
    expect(workingMinutesBetween(at('2026-11-23T15:00:00+02:00'), at('2026-11-24T08:15:00+02:00'), early)).toBe(60);
  });
});
