import type { FinancingTier } from '../../../contract/benefit-financing.js';
import { addDaysToDate } from '../../time.js';

/**
 * Tier arithmetic on paid benefit days. Unemployment benefit is paid for five days a week, Monday
 * to Friday, weekday public holidays included (Kela, "Peruspäiväraha": "maksetaan 5 arkipäivältä
 * viikossa (myös arkipyhiltä)"), so projections count Mondays to Fridays. A client's n-th paid day
 * falls in the tier with the largest fromDay ≤ n.
 */
const isWeekday = (isoDate: string) => {
  const weekday = new Date(`${isoDate}T12:00:00Z`).getUTCDay();
  return weekday >= 1 && weekday <= 5;
};

/** Weekdays in (from, to] when to is later, minus those in (to, from] when it is earlier. */
export function signedWeekdays(from: string, to: string): number {
  const [start, end, sign] = to >= from ? [from, to, 1] : [to, from, -1];
  let count = 0;
  for (let day = addDaysToDate(start, 1); day <= end; day = addDaysToDate(day, 1)) if (isWeekday(day)) count++;
  return sign * count;
}

/** The date of the k-th weekday after a date (k ≥ 1). */
export function weekdayAfter(isoDate: string, weekdays: number): string {
  let day = isoDate;
  for (let counted = 0; counted < weekdays;) {
    day = addDaysToDate(day, 1);
    if (isWeekday(day)) counted++;
  }
  return day;
}

export function tierOfDay(day: number, tiers: readonly FinancingTier[]): FinancingTier | null {
  let found: FinancingTier | null = null;
  for (const tier of tiers) if (tier.fromDay <= day) found = tier;
  return found;
}

/** The tier of the latest paid day, and when the next tier's first day would be paid if the benefit continues. */
export function tierPosition(benefitDays: number, asOf: string, tiers: readonly FinancingTier[]) {
  const next = tiers.find((tier) => tier.fromDay > benefitDays) ?? null;
  return {
    currentTier: benefitDays > 0 ? tierOfDay(benefitDays, tiers) : null,
    nextTier: next ? { ...next, startsOn: weekdayAfter(asOf, next.fromDay - benefitDays) } : null,
  };
}

/**
 * The municipality's share in one calendar month, to the cent: every weekday of the month is taken
 * as a paid day, numbered from the recorded count (days before the as-of date count back from it),
 * and pays the share of its own tier.
 */
export function monthlyShare(
  benefitDays: number,
  asOf: string,
  tiers: readonly FinancingTier[],
  dailyAmount: number,
  month: string,
): number {
  const first = `${month}-01`;
  let cents = 0;
  let dayNumber = benefitDays + signedWeekdays(asOf, first) - (isWeekday(first) ? 1 : 0);
  for (let day = first; day.startsWith(month); day = addDaysToDate(day, 1)) {
    if (!isWeekday(day)) continue;
    dayNumber++;
    const tier = dayNumber > 0 ? tierOfDay(dayNumber, tiers) : null;
    if (tier) cents += Math.round(dailyAmount * 100) * (tier.sharePercent / 100);
  }
  return Math.round(cents) / 100;
}
