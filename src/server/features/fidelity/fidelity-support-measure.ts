import { addDaysToDate, daysBetween } from '../../time.js';
import { within, type MeasuredOf, type Period, type PlacementFact } from './fidelity-measures.js';

/** A face-to-face meeting (at the office, elsewhere or at the workplace) with a client. */
export type FaceToFaceContact = { clientId: string; occurredOn: string };

/** Support "for a year or more" needs a year to see: jobs started in the year up to the period's end count. */
export function supportWindow(period: Period): Period {
  const yearBack = addDaysToDate(period.end, -364);
  return { start: yearBack < period.start ? yearBack : period.start, end: period.end };
}

type JobFollowUp = {
  followed: boolean;
  afterFirstMonth: boolean;
  fourMonths: boolean;
  supportedFourMonths: boolean;
  weeklyThenMonthly: boolean;
  beforeAndEarly: boolean;
};

function followUp(job: PlacementFact, contactDates: readonly string[], periodEnd: string): JobFollowUp {
  const observedUntil = job.endedOn !== null && job.endedOn < periodEnd ? job.endedOn : periodEnd;
  const observedDays = daysBetween(job.startDate, observedUntil);
  const day = (offset: number) => addDaysToDate(job.startDate, offset);
  const met = (fromDay: number, toDay: number) => contactDates.some((date) => date >= day(fromDay) && date <= day(toDay));

  const weeklyFirstMonth = [0, 1, 2, 3].every((week) => met(week * 7, week * 7 + 6));
  // After the first four weeks, every full 30-day block seen (up to a year) has a meeting.
  let monthly = true;
  for (let from = 28; from + 29 <= Math.min(observedDays, 364); from += 30) monthly &&= met(from, from + 29);
  const weeklyThenMonthly = weeklyFirstMonth && monthly;
  return {
    followed: observedDays >= 30,
    afterFirstMonth: observedDays >= 30 && met(30, observedDays),
    fourMonths: observedDays >= 120,
    supportedFourMonths: observedDays >= 120 && met(90, observedDays),
    weeklyThenMonthly,
    beforeAndEarly: weeklyThenMonthly && met(-7, -1) && met(0, 3),
  };
}

/**
 * Item 23, over the jobs followed for more than a month (started in the year up to the period's
 * end). "On average" is read as at least half of those jobs: weekly face-to-face contact in the
 * first four weeks and then in every 30-day block → 4; also within the week before the start and
 * the first 3 days → 5. Otherwise: face to face in the fourth month or later for at least half of
 * the jobs followed 4 months → 3; for some → 2; never after the first month → 1.
 */
export function measureTimeUnlimitedSupport(
  placements: readonly PlacementFact[],
  contacts: readonly FaceToFaceContact[],
  period: Period,
): MeasuredOf<'time_unlimited_support'> {
  const window = supportWindow(period);
  const datesByClient = new Map<string, string[]>();
  for (const contact of contacts) datesByClient.set(contact.clientId, [...(datesByClient.get(contact.clientId) ?? []), contact.occurredOn]);
  const jobs = placements
    .filter((job) => within(job.startDate, window))
    .map((job) => followUp(job, datesByClient.get(job.clientId) ?? [], period.end))
    .filter((job) => job.followed);
  const countOf = (test: (job: JobFollowUp) => boolean) => jobs.filter(test).length;
  const evidence = {
    kind: 'time_unlimited_support' as const,
    jobsFollowed: jobs.length,
    contactAfterFirstMonth: countOf((job) => job.afterFirstMonth),
    jobsFourMonths: countOf((job) => job.fourMonths),
    supportedFourMonths: countOf((job) => job.supportedFourMonths),
    weeklyThenMonthly: countOf((job) => job.weeklyThenMonthly),
    beforeAndEarly: countOf((job) => job.beforeAndEarly),
  };
  if (jobs.length === 0) return { score: null, evidence };
  if (evidence.weeklyThenMonthly * 2 >= jobs.length) return { score: evidence.beforeAndEarly * 2 >= jobs.length ? 5 : 4, evidence };
  if (evidence.jobsFourMonths > 0 && evidence.supportedFourMonths * 2 >= evidence.jobsFourMonths) return { score: 3, evidence };
  return { score: evidence.contactAfterFirstMonth > 0 ? 2 : 1, evidence };
}
