import { describe, expect, it } from 'vitest';
import {
  isCompetitive,
  measureCaseload,
  measureCompetitiveJobs,
  measureEmployerContactFrequency,
  measureEmployerContactQuality,
  measureEmployerDiversity,
  measureJobTypeDiversity,
  measureRapidSearch,
  measureZeroExclusion,
  type EnrolmentFact,
  type InteractionFact,
  type PlacementFact,
} from './fidelity-measures.js';

const half = { start: '2026-01-01', end: '2026-06-30' };

const enrolment = (fields: Partial<EnrolmentFact> & { startDate: string }): EnrolmentFact => ({
  endDate: null,
  outcome: null,
  referralSource: 'employment_counsellor',
  firstFaceToFaceEmployerContactOn: null,
  ...fields,
});

const job = (fields: Partial<PlacementFact>): PlacementFact => ({
  clientId: 'c1',
  employerId: 'e1',
  type: 'employment',
  supportGranted: [],
  jobType: null,
  startDate: '2026-03-01',
  endedOn: null,
  ...fields,
});

describe('caseload size (item 1)', () => {
  it('divides the clients by the specialists: 18 + 22 + 20 = 60 clients for 3 coaches is 20 each, score 5', () => {
    expect(measureCaseload([18, 22, 20])).toEqual({
      score: 5,
      evidence: { kind: 'caseload_size', coaches: 3, clients: 60, ratio: 20, largestCaseload: 22 },
    });
  });

  it.each([
    [[20, 21], 20.5, 4], // rounds to 21 clients
    [[25, 25], 25, 4],
    [[25, 26], 25.5, 3],
    [[30, 30], 30, 3],
    [[30, 31], 30.5, 2],
    [[40], 40, 2],
    [[41], 41, 1],
  ])('caseloads %j make a ratio of %d and score %d', (caseloads, ratio, score) => {
    const measured = measureCaseload(caseloads);
    expect(measured.evidence.ratio).toBe(ratio);
    expect(measured.score).toBe(score);
  });

  it('has no score without specialists', () => {
    expect(measureCaseload([]).score).toBeNull();
  });
});

describe('zero exclusion (item 9)', () => {
  const earlyRehabilitation = enrolment({ startDate: '2026-01-10', endDate: '2026-02-15', outcome: 'rehabilitation' }); // 36 days, no employer met
  const lateRehabilitation = enrolment({ startDate: '2026-01-05', endDate: '2026-05-30', outcome: 'rehabilitation' }); // 145 days: not "early"
  const sickAfterEmployer = enrolment({
    startDate: '2026-02-01',
    endDate: '2026-03-01',
    outcome: 'sick_leave',
    firstFaceToFaceEmployerContactOn: '2026-02-10',
  });
  const work = enrolment({ startDate: '2026-03-01', endDate: '2026-04-01', outcome: 'work', referralSource: 'self_referral' });

  it('counts 1 readiness exit of 4 ended enrolments: some people look screened out, score 3', () => {
    expect(measureZeroExclusion([earlyRehabilitation, lateRehabilitation, sickAfterEmployer, work], half)).toEqual({
      score: 3,
      evidence: { kind: 'zero_exclusion', enrolmentsStarted: 4, enrolmentsEnded: 4, readinessExits: 1, referralSources: 2 },
    });
  });

  it('scores 2 when half of the ended enrolments are readiness exits', () => {
    const another = enrolment({ startDate: '2026-04-01', endDate: '2026-05-01', outcome: 'pension' });
    expect(measureZeroExclusion([earlyRehabilitation, another, sickAfterEmployer, work], half).score).toBe(2);
  });

  it('scores 4 with no exits but only 2 referral sources, 5 with 3 sources', () => {
    expect(measureZeroExclusion([sickAfterEmployer, work], half).score).toBe(4);
    const ohjaamo = enrolment({ startDate: '2026-05-01', referralSource: 'ohjaamo' });
    expect(measureZeroExclusion([sickAfterEmployer, work, ohjaamo], half).score).toBe(5);
  });

  it('has no score when nothing started or ended in the period', () => {
    expect(measureZeroExclusion([enrolment({ startDate: '2025-05-01' })], half).score).toBeNull();
  });
});

describe('rapid search (item 15)', () => {
  const contactAfter = (startDate: string, days: number) => {
    const date = new Date(`${startDate}T00:00:00Z`);
    date.setUTCDate(date.getUTCDate() + days);
    return enrolment({ startDate, firstFaceToFaceEmployerContactOn: date.toISOString().slice(0, 10) });
  };

  it('averages 10, 20 and 45 days to 25 days (score 5), median 20; counts one person still waiting past 30 days', () => {
    const enrolments = [
      contactAfter('2026-02-01', 10),
      contactAfter('2026-03-01', 20),
      contactAfter('2026-04-01', 45),
      enrolment({ startDate: '2026-05-01' }), // 60 days without contact by 30 June
      enrolment({ startDate: '2026-06-20' }), // 10 days: not yet late
      contactAfter('2025-12-01', 300), // started before the period: not counted
    ];
    expect(measureRapidSearch(enrolments, half)).toEqual({
      score: 5,
      evidence: { kind: 'rapid_search', enrolmentsStarted: 5, withContact: 3, meanDays: 25, medianDays: 20, waitingOver30Days: 1 },
    });
  });

  it.each([
    [[30, 30], 5],
    [[30, 31], 4], // 30.5 rounds to 31
    [[60, 60], 4],
    [[61, 61], 3],
    [[150, 150], 3],
    [[151, 151], 2],
    [[270, 270], 2],
    [[271, 271], 1],
  ])('days %j score %d', (days, score) => {
    expect(
      measureRapidSearch(
        days.map((value) => contactAfter('2026-01-02', value)),
        half,
      ).score,
    ).toBe(score);
  });

  it('has no score while nobody has met an employer', () => {
    expect(measureRapidSearch([enrolment({ startDate: '2026-02-01' })], half).score).toBeNull();
  });
});

const fourWeeks = { start: '2026-02-02', end: '2026-03-01' }; // 28 days
const contact = (staff: string[], inPerson: boolean, employerId = 'e1', occurredOn = '2026-02-10'): InteractionFact => ({
  employerId,
  occurredOn,
  inPerson,
  staffUserIds: staff,
});
const times = (count: number, make: (index: number) => InteractionFact) => Array.from({ length: count }, (_, index) => make(index));

describe('frequent employer contact (item 17)', () => {
  it('rates each specialist: a 20 and b 16 visits in 4 weeks are 5 and 4 a week, average 4.5, score 4', () => {
    const interactions = [
      ...times(19, () => contact(['a'], true)),
      contact(['a', 'b'], true), // a joint visit counts for both
      ...times(15, () => contact(['b'], true)),
      ...times(10, () => contact(['a'], false)), // calls are not face to face
      contact(['a'], true, 'e1', '2026-03-02'), // after the period
      contact(['someone-else'], true),
    ];
    expect(measureEmployerContactFrequency(interactions, ['a', 'b'], fourWeeks)).toEqual({
      score: 4,
      evidence: { kind: 'employer_contact_frequency', coaches: 2, weeks: 4, inPersonContacts: 35, perCoachPerWeek: 4.5 },
    });
  });

  const twoWeeks = { start: '2026-02-02', end: '2026-02-15' };
  it.each([
    [3, 1], // 1.5 a week
    [4, 2], // 2
    [5, 2], // 2.5: closer to 2
    [6, 3], // 3: closer to 4 than to 2 from here on
    [8, 3], // 4
    [9, 4], // 4.5
    [10, 4], // 5
    [11, 5], // 5.5
    [12, 5], // 6
  ])('%d visits in two weeks score %d', (visits, score) => {
    expect(
      measureEmployerContactFrequency(
        times(visits, () => contact(['a'], true)),
        ['a'],
        twoWeeks,
      ).score,
    ).toBe(score);
  });
});

describe('quality of employer contact (item 18)', () => {
  it('6 of 10 contacts in person, 2 of the 3 employers met more than once: relationships by repeated visits, score 5', () => {
    const interactions = [
      ...times(3, () => contact(['a'], true, 'e1')),
      ...times(2, () => contact(['a'], true, 'e2')),
      contact(['a'], true, 'e3'),
      ...times(4, () => contact(['a'], false, 'e4')),
      contact(['other'], true, 'e5'),
    ];
    expect(measureEmployerContactQuality(interactions, ['a'], fourWeeks)).toEqual({
      score: 5,
      evidence: {
        kind: 'employer_contact_quality',
        contacts: 10,
        inPersonContacts: 6,
        inPersonShare: 0.6,
        employersMetInPerson: 3,
        employersMetRepeatedly: 2,
        repeatedShare: 2 / 3,
      },
    });
  });

  it('scores 4 when most contacts are in person but each employer is met once', () => {
    const interactions = [...times(6, (index) => contact(['a'], true, `e${index}`)), ...times(4, () => contact(['a'], false))];
    expect(measureEmployerContactQuality(interactions, ['a'], fourWeeks).score).toBe(4);
  });

  it('scores 3 under half in person, 2 under a quarter, 1 with no contacts', () => {
    const mixed = (inPerson: number) => [
      ...times(inPerson, () => contact(['a'], true)),
      ...times(10 - inPerson, () => contact(['a'], false)),
    ];
    expect(measureEmployerContactQuality(mixed(4), ['a'], fourWeeks).score).toBe(3);
    expect(measureEmployerContactQuality(mixed(2), ['a'], fourWeeks).score).toBe(2);
    expect(measureEmployerContactQuality([], ['a'], fourWeeks).score).toBe(1);
  });
});

describe('diversity of job types and employers, competitive jobs (items 19–21)', () => {
  const placements = [
    job({ jobType: '5120', employerId: 'e1', type: 'employment' }),
    job({ jobType: '5120', employerId: 'e1', type: 'employment', supportGranted: ['pay_subsidy'] }),
    job({ jobType: '9112', employerId: 'e2', type: 'apprenticeship' }),
    job({ jobType: '4110', employerId: 'e3', type: 'work_trial' }),
    job({ jobType: null, employerId: 'e4', type: 'summer_job' }),
    job({ jobType: '2512', employerId: 'e9', startDate: '2025-12-31' }), // before the period
  ];

  it('3 occupations among the 4 jobs whose occupation is known: 75 %, score 4', () => {
    expect(measureJobTypeDiversity(placements, half)).toEqual({
      score: 4,
      evidence: { kind: 'job_type_diversity', jobs: 5, jobsWithType: 4, distinctTypes: 3, share: 0.75 },
    });
  });

  it('4 employers for 5 jobs: 80 %, score 4', () => {
    expect(measureEmployerDiversity(placements, half)).toEqual({
      score: 4,
      evidence: { kind: 'employer_diversity', jobs: 5, distinctEmployers: 4, share: 0.8 },
    });
  });

  it('2 of 5 are competitive (plain employment and the apprenticeship): 40 %, score 1', () => {
    expect(measureCompetitiveJobs(placements, half)).toEqual({
      score: 1,
      evidence: { kind: 'competitive_jobs', jobs: 5, competitive: 2, share: 0.4 },
    });
    expect(placements.slice(0, 5).map(isCompetitive)).toEqual([true, false, true, false, false]);
  });

  const ofEmployers = (distinct: number, total: number) =>
    Array.from({ length: total }, (_, index) => job({ employerId: `e${Math.min(index, distinct - 1)}` }));
  it.each([
    [17, 20, 5],
    [16, 20, 4],
    [7, 10, 4],
    [6, 10, 3],
    [5, 10, 2],
    [49, 100, 1],
  ])('%d employers for %d jobs score %d', (distinct, total, score) => {
    expect(measureEmployerDiversity(ofEmployers(distinct, total), half).score).toBe(score);
  });

  const competitiveOf = (competitive: number, total: number) =>
    Array.from({ length: total }, (_, index) => job({ type: index < competitive ? 'employment' : 'work_trial' }));
  it.each([
    [19, 20, 5],
    [18, 20, 4],
    [17, 20, 4],
    [15, 20, 3],
    [13, 20, 2],
    [64, 100, 1],
  ])('%d competitive of %d jobs score %d', (competitive, total, score) => {
    expect(measureCompetitiveJobs(competitiveOf(competitive, total), half).score).toBe(score);
  });

  it('has no scores without jobs', () => {
    expect([
      measureJobTypeDiversity([], half).score,
      measureEmployerDiversity([], half).score,
      measureCompetitiveJobs([], half).score,
    ]).toEqual([null, null, null]);
  });
});
