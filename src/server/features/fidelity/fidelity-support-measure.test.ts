import { describe, expect, it } from 'vitest';
import { addDaysToDate } from '../../time.js';
import type { PlacementFact } from './fidelity-measures.js';
import { measureTimeUnlimitedSupport, supportWindow, type FaceToFaceContact } from './fidelity-support-measure.js';

const year = { start: '2026-01-01', end: '2026-12-31' };
const job = (clientId: string, startDate: string, endedOn: string | null = null): PlacementFact => ({
  clientId,
  employerId: 'e1',
  type: 'employment',
  supportGranted: [],
  jobType: null,
  startDate,
  endedOn,
});
const metOn = (clientId: string, startDate: string, days: readonly number[]): FaceToFaceContact[] =>
  days.map((day) => ({ clientId, occurredOn: addDaysToDate(startDate, day) }));

/**
 * Job 1 starts 2 March and runs to the end of the year: 304 days observed, so the four first weeks
 * (days 0–27) and nine full 30-day blocks (from day 28, 58, … 268) must each hold a meeting.
 */
const firstStart = '2026-03-02';
const weekly = [1, 8, 15, 22]; // one meeting in each of the first four weeks; day 1 is also within 3 days of the start
const monthly = [33, 63, 93, 123, 153, 183, 213, 243, 273]; // day 28 + 30·m + 5
const firstJob = job('c1', firstStart);
// Job 2: 44 days (1 June – 15 July), met on day 2 and day 40 only. Job 3 starts 15 December: under a month seen.
const secondJob = job('c2', '2026-06-01', '2026-07-15');
const secondContacts = metOn('c2', '2026-06-01', [2, 40]);
const thirdJob = job('c3', '2026-12-15');

describe('time-unlimited follow-along support (item 23)', () => {
  it('the rhythm kept in one of the two jobs followed over a month, with meetings before and just after the start: score 5', () => {
    const contacts = [...metOn('c1', firstStart, [-3, ...weekly, ...monthly]), ...secondContacts];
    expect(measureTimeUnlimitedSupport([firstJob, secondJob, thirdJob], contacts, year)).toEqual({
      score: 5,
      evidence: {
        kind: 'time_unlimited_support',
        jobsFollowed: 2,
        contactAfterFirstMonth: 2,
        jobsFourMonths: 1,
        supportedFourMonths: 1,
        weeklyThenMonthly: 1,
        beforeAndEarly: 1,
      },
    });
  });

  it('without the meeting in the week before the start the rhythm alone scores 4', () => {
    const contacts = [...metOn('c1', firstStart, [...weekly, ...monthly]), ...secondContacts];
    expect(measureTimeUnlimitedSupport([firstJob, secondJob], contacts, year).score).toBe(4);
  });

  it('one missed 30-day block breaks the monthly rhythm; meetings past the fourth month still score 3', () => {
    const contacts = [...metOn('c1', firstStart, [-3, ...weekly, ...monthly.filter((day) => day !== 153)]), ...secondContacts];
    const measured = measureTimeUnlimitedSupport([firstJob, secondJob], contacts, year);
    expect(measured.evidence.weeklyThenMonthly).toBe(0);
    expect(measured.score).toBe(3);
  });

  it('meetings after the first month but none in the fourth month score 2; none after the first month score 1', () => {
    expect(measureTimeUnlimitedSupport([firstJob], metOn('c1', firstStart, [1, 40]), year).score).toBe(2);
    expect(measureTimeUnlimitedSupport([firstJob], metOn('c1', firstStart, [1, 8, 20]), year).score).toBe(1);
  });

  it('has no score when no job has been followed for a month', () => {
    expect(measureTimeUnlimitedSupport([thirdJob], [], year).score).toBeNull();
  });

  it('looks back a year from the end of a shorter review period', () => {
    expect(supportWindow({ start: '2026-07-01', end: '2026-12-31' })).toEqual({ start: '2026-01-01', end: '2026-12-31' });
    expect(supportWindow({ start: '2025-01-01', end: '2026-12-31' })).toEqual({ start: '2025-01-01', end: '2026-12-31' });
  });
});
