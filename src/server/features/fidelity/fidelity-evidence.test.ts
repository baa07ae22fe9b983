import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FidelityReview } from '../../../contract/fidelity.js';
import { addDaysToDate } from '../../time.js';
import { testEngines } from '../../test-support/test-database.js';
import {
  activities,
  createFidelityWorld,
  employerInteractions,
  enrol,
  insertEmployer,
  insertOpportunity,
  inSystemScope,
  meeting,
  placements,
  type FidelityWorld,
} from './fidelity-test-world.js';

/**
 * The review period is 1 May – 31 October 2026 (184 days = 26 2/7 weeks). Team: coaches A and B;
 * coach C works outside the team, so nothing of C's may count in the team's review.
 */
const period = { periodStart: '2026-05-01', periodEnd: '2026-10-31' };

async function recordWork(world: FidelityWorld) {
  const { coachA, coachB, coachC } = world.users;
  await inSystemScope(world, async (tx) => {
    // Item 1 — caseload on 31 October: A has 22 running enrolments (c1, c2, c3, c5 below and 18 more),
    // B has 20; A's enrolment that ended on 15 October and C's client do not count. 42 / 2 = 21 → 4.
    for (let index = 0; index < 18; index++) await enrol(tx, world, { coachId: coachA, startDate: '2026-01-15' });
    for (let index = 0; index < 20; index++) await enrol(tx, world, { coachId: coachB, startDate: '2026-01-15' });
    await enrol(tx, world, { coachId: coachA, startDate: '2026-01-15', endDate: '2026-10-15', outcome: 'work' });
    const outsider = await enrol(tx, world, { coachId: coachC, startDate: '2026-01-15' });

    // Item 15 — three of A's enrolments start in the period: c1 meets an employer face to face after
    // 10 days; c2 phones one after 4 days (not face to face) and visits a workplace with the employer
    // after 40; c3 has met none after 91 days. Mean (10 + 40) / 2 = 25 days → 5.
    const c1 = await enrol(tx, world, { coachId: coachA, startDate: '2026-06-01', referralSource: 'employment_counsellor' });
    const c2 = await enrol(tx, world, { coachId: coachA, startDate: '2026-07-01', referralSource: 'self_referral' });
    await enrol(tx, world, { coachId: coachA, startDate: '2026-08-01', referralSource: 'ohjaamo' });
    const c5 = await enrol(tx, world, { coachId: coachA, startDate: '2026-01-15' });
    await tx
      .insert(activities)
      .values([
        meeting(world, c1.clientId, '2026-06-11', 'face_to_face', ['client', 'employer']),
        meeting(world, c2.clientId, '2026-07-05', 'phone', ['client', 'employer']),
        meeting(world, c2.clientId, '2026-08-10', 'workplace_visit', ['client', 'employer']),
      ]);

    // Item 9 — B's client referred by health services leaves for rehabilitation after 30 days without
    // meeting an employer: 1 of the 2 enrolments ended in the period (with A's, ended to work) is a
    // readiness exit, half → 2. (4 referral sources would otherwise have made it 5.)
    await enrol(tx, world, {
      coachId: coachB,
      startDate: '2026-06-01',
      endDate: '2026-07-01',
      outcome: 'rehabilitation',
      referralSource: 'health_services',
    });

    // Items 17 and 18 — 91 visits by A alone, 91 by B alone and 1 joint visit: 92 each in 26 2/7
    // weeks = 3.5 a week → 3. Plus 61 calls by A: 183 of 244 contacts in person (75 %), and the
    // visits rotate over 10 employers, each met many times → 5. C's visit and A's visit in April do not count.
    const employerIds: string[] = [];
    for (let index = 0; index < 10; index++) employerIds.push(await insertEmployer(tx, world, `Työnantaja ${index}`));
    const interaction = (
      staffUserIds: string[],
      inPerson: boolean,
      index: number,
      occurredOn = addDaysToDate('2026-05-01', index % 184),
    ) => ({
      organisationId: world.organisationId,
      employerId: employerIds[index % 10]!,
      kind: inPerson ? 'workplace_visit' : 'call',
      occurredOn,
      inPerson,
      staffUserIds,
      contactIds: [],
      summary: 'Tutustumiskäynti',
      recordedBy: staffUserIds[0]!,
      createdAt: new Date('2026-11-01T10:00:00Z'),
    });
    await tx
      .insert(employerInteractions)
      .values([
        ...Array.from({ length: 91 }, (_, index) => interaction([coachA], true, index)),
        ...Array.from({ length: 91 }, (_, index) => interaction([coachB], true, index)),
        interaction([coachA, coachB], true, 5),
        ...Array.from({ length: 61 }, (_, index) => interaction([coachA], false, index)),
        interaction([coachC], true, 1),
        interaction([coachA], true, 1, '2026-04-30'),
      ]);

    // Items 19–21 — jobs started in the period: c1 employment (ISCO 5120) at employer 0; c2 a
    // pay-subsidised job (ISCO 9112) at employer 0; c5 a work trial at employer 1 (no occupation).
    // Types: 2 distinct of 2 known → 5. Employers: 2 of 3 jobs = 67 % → 3. Competitive: 1 of 3 → 1.
    // C's client's job does not count.
    const placement = (clientId: string, employerIndex: number, fields: Partial<typeof placements.$inferInsert>) => ({
      organisationId: world.organisationId,
      clientId,
      employerId: employerIds[employerIndex]!,
      type: 'employment',
      startDate: '2026-06-20',
      supportGranted: [],
      createdBy: world.users.lead,
      createdAt: new Date('2026-11-01T10:00:00Z'),
      updatedAt: new Date('2026-11-01T10:00:00Z'),
      ...fields,
    });
    await tx.insert(placements).values([
      placement(c1.clientId, 0, {
        enrolmentId: c1.enrolmentId,
        opportunityId: await insertOpportunity(tx, world, employerIds[0]!, '5120'),
      }),
      placement(c2.clientId, 0, {
        startDate: '2026-08-15',
        supportGranted: ['pay_subsidy'],
        opportunityId: await insertOpportunity(tx, world, employerIds[0]!, '9112'),
      }),
      placement(c5.clientId, 1, { type: 'work_trial', startDate: '2026-09-01', endedOn: '2026-09-30', enrolmentId: c5.enrolmentId }),
      placement(outsider.clientId, 2, { enrolmentId: outsider.enrolmentId }),
    ]);

    // Item 23 — c1's job (20 June, 133 days seen) is met 3 days before the start, in each of the
    // first four weeks (day 1 within 3 days of the start) and in each full 30-day block after
    // (days 35, 65, 95). c2's job (15 August, 77 days) is met on days 2 and 50 only. c5's trial
    // lasted under a month. Rhythm and start kept in 1 of the 2 jobs followed → 5.
    const c1Days = [-3, 1, 8, 15, 22, 35, 65, 95];
    await tx
      .insert(activities)
      .values([
        ...c1Days.map((day) => meeting(world, c1.clientId, addDaysToDate('2026-06-20', day), 'face_to_face')),
        meeting(world, c2.clientId, addDaysToDate('2026-08-15', 2), 'workplace_visit'),
        meeting(world, c2.clientId, addDaysToDate('2026-08-15', 50), 'face_to_face'),
      ]);
  });
}

const prefilled = (review: FidelityReview) =>
  Object.fromEntries(review.items.filter((item) => item.prefilledScore !== null).map((item) => [item.number, item.prefilledScore]));

describe.each(testEngines)('pre-filled fidelity items from the recorded work on %s', (engine) => {
  let world: FidelityWorld;
  let review: FidelityReview;

  beforeAll(async () => {
    world = await createFidelityWorld(engine);
    await recordWork(world);
    const response = await world.agents.lead.post('/api/fidelity/reviews', {
      teamId: world.teamId,
      reviewDate: '2026-11-20',
      reviewers: ['Riitta Arvioija', 'Pekka Arvioija'],
      ...period,
    });
    expect(response.statusCode, response.body).toBe(201);
    review = response.json();
  });
  afterAll(() => world.close());

  it('pre-fills the nine measurable items of the team with the scores worked out above, and no other item', () => {
    expect(prefilled(review)).toEqual({ 1: 4, 9: 2, 15: 5, 17: 3, 18: 5, 19: 5, 20: 3, 21: 1, 23: 5 });
    expect(review.items.every((item) => item.finalScore === null)).toBe(true);
  });

  it('stores the evidence next to each pre-filled item', () => {
    const evidence = (number: number) => review.items.find((item) => item.number === number)!.evidence;
    expect(evidence(1)).toEqual({ kind: 'caseload_size', coaches: 2, clients: 42, ratio: 21, largestCaseload: 22 });
    expect(evidence(9)).toEqual({
      kind: 'zero_exclusion',
      enrolmentsStarted: 4,
      enrolmentsEnded: 2,
      readinessExits: 1,
      referralSources: 4,
    });
    expect(evidence(15)).toEqual({
      kind: 'rapid_search',
      enrolmentsStarted: 4,
      withContact: 2,
      meanDays: 25,
      medianDays: 25,
      waitingOver30Days: 1,
    });
    expect(evidence(17)).toEqual({
      kind: 'employer_contact_frequency',
      coaches: 2,
      weeks: 26.3,
      inPersonContacts: 183,
      perCoachPerWeek: 3.5,
    });
    expect(evidence(18)).toMatchObject({ contacts: 244, inPersonContacts: 183, employersMetInPerson: 10, employersMetRepeatedly: 10 });
    expect(evidence(19)).toEqual({ kind: 'job_type_diversity', jobs: 3, jobsWithType: 2, distinctTypes: 2, share: 1 });
    expect(evidence(20)).toEqual({ kind: 'employer_diversity', jobs: 3, distinctEmployers: 2, share: 2 / 3 });
    expect(evidence(21)).toEqual({ kind: 'competitive_jobs', jobs: 3, competitive: 1, share: 1 / 3 });
    expect(evidence(23)).toEqual({
      kind: 'time_unlimited_support',
      jobsFollowed: 2,
      contactAfterFirstMonth: 2,
      jobsFourMonths: 1,
      supportedFourMonths: 1,
      weeklyThenMonthly: 1,
      beforeAndEarly: 1,
    });
  });

  it('a review of the programme alone takes in coach C as well: 43 clients for 3 coaches is 14.3, score 5', async () => {
    const response = await world.agents.lead.post('/api/fidelity/reviews', {
      programmeId: world.programmeId,
      reviewDate: '2026-11-20',
      reviewers: ['Riitta Arvioija'],
      ...period,
    });
    expect(response.statusCode, response.body).toBe(201);
    const programmeReview = response.json() as FidelityReview;
    expect(programmeReview.items[0]).toMatchObject({ prefilledScore: 5, evidence: { coaches: 3, clients: 43, ratio: 14.3 } });
    expect(programmeReview.items.find((item) => item.number === 21)!.evidence).toMatchObject({ jobs: 4, competitive: 2 });
  });
});
