import { describe, expect, it } from 'vitest';
import { monthlyShare, signedWeekdays, tierOfDay, tierPosition, weekdayAfter } from './benefit-tiers.js';

/** Invented for the tests, deliberately unlike any real rule: Polku ships no percentages. */
const tiers = [
  { fromDay: 101, sharePercent: 12.5 },
  { fromDay: 151, sharePercent: 40 },
];

describe('benefit financing tiers', () => {
  it.each([
    [0, null],
    [100, null],
    [101, 12.5],
    [150, 12.5],
    [151, 40],
    [5000, 40],
  ])('paid day %d falls in the tier of %s %%', (day, share) => {
    expect(tierOfDay(day, tiers)?.sharePercent ?? null).toBe(share);
  });

  it('counts weekdays only, both ways: Friday 20 to Monday 23 November 2026 is one', () => {
    expect(signedWeekdays('2026-11-20', '2026-11-23')).toBe(1);
    expect(signedWeekdays('2026-11-23', '2026-11-20')).toBe(-1);
    expect(weekdayAfter('2026-11-20', 1)).toBe('2026-11-23');
  });

  it('at 100 days on a Friday nobody pays yet; the first tier starts on the Monday', () => {
    expect(tierPosition(100, '2026-11-20', tiers)).toEqual({
      currentTier: null,
      nextTier: { fromDay: 101, sharePercent: 12.5, startsOn: '2026-11-23' },
    });
  });

  it('at 101 days the first tier applies; day 151 is 50 weekdays later, ten weeks on, Friday 29 January 2027', () => {
    expect(tierPosition(101, '2026-11-20', tiers)).toEqual({
      currentTier: { fromDay: 101, sharePercent: 12.5 },
      nextTier: { fromDay: 151, sharePercent: 40, startsOn: '2027-01-29' },
    });
    expect(tierPosition(151, '2026-11-20', tiers).nextTier).toBeNull();
  });

  /** December 2026 has 23 weekdays (Tue 1 – Thu 31); the daily amount is 40 €, so 12.5 % is 5 € and 40 % is 16 € a day. */
  it('estimates December: from 95 days on 30 November, days 96–118, of which 101–118 (18) pay 5 € = 90 €', () => {
    expect(monthlyShare(95, '2026-11-30', tiers, 40, '2026-12')).toBe(90);
  });

  it('a tier change within the month: days 141–150 at 5 € and 151–163 at 16 € make 50 + 208 = 258 €', () => {
    expect(monthlyShare(140, '2026-11-30', tiers, 40, '2026-12')).toBe(258);
  });

  it('a count recorded mid-month numbers the earlier days backwards: 120 on 15 December makes 1 December day 110', () => {
    expect(monthlyShare(120, '2026-12-15', tiers, 40, '2026-12')).toBe(115);
  });

  it('nothing is owed below the first tier, and without tiers', () => {
    expect(monthlyShare(10, '2026-11-30', tiers, 40, '2026-12')).toBe(0);
    expect(monthlyShare(500, '2026-11-30', [], 40, '2026-12')).toBe(0);
  });
});
