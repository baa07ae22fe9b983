import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../test-support/test-database.js';
import { figureOf } from './figure-test-support.js';
import { createReportWorld, type ReportWorld } from './reports-test-world.js';

/**
 * Coaching work and employer cooperation on the hand-made dataset (reports-test-data.ts and
 * reports-test-employer-work.ts), October 2026, as the team lead sees them.
 */
describe.each(testEngines)('work and employer indicators on %s', (engine) => {
  let world: ReportWorld;
  beforeAll(async () => {
    world = await createReportWorld(engine);
  });
  afterAll(() => world?.close());
  const figure = (id: string, cuts: Record<string, string> = {}) => figureOf(world.agents.lead, id, cuts);

  it('divides the enrolments running at the end by the coaches who have them', async () => {
    // Running on 31.10.: E1 Aino (coach A), E4 Daniel (B), E6 Fanni (A), E8 Cecilia (A): 4 ÷ 2 coaches.
    expect(await figure('caseload_per_coach')).toMatchObject({ value: 2, numerator: 4, denominator: 2 });
    expect((await figure('caseload_per_coach', { coachId: world.users.coachA })).value).toBe(3);
  });

  it('divides the meetings by the client-months of the enrolments', async () => {
    // Meetings in October: Aino 2.10. face to face and 16.10. phone (no enrolment named: counts for E1), Bertta 6.10.
    // workplace visit, Daniel 12.10. video. Aino's message is no meeting, her 28.9. meeting is outside, Lauri is Lappi's.
    // Enrolment days in October: E1 31, E2 20 (5.–24.10.), E3 15, E4 22, E5 31, E6 31, E8 12 = 162 days = 162 / 30.4375 months.
    const result = await figure('meetings_per_client_month');
    expect(result.numerator).toBe(4);
    expect(result.denominator).toBeCloseTo(162 / 30.4375, 6);
    expect(result.value).toBeCloseTo(4 / (162 / 30.4375), 6);
  });

  it('gives the share of meetings held face to face or at the workplace', async () => {
    // Aino's face-to-face and Bertta's workplace visit of the four meetings.
    expect(await figure('face_to_face_share')).toMatchObject({ value: 0.5, numerator: 2, denominator: 4 });
  });

  it('gives the share of running enrolments whose next meeting fell due before the last day', async () => {
    // E1 due 20.10. (overdue), E4 due 5.11., E8 due 30.10. (overdue); E6 has no due date and is not measured.
    const result = await figure('overdue_meetings_share');
    expect(result).toMatchObject({ numerator: 2, denominator: 3 });
  });

  it('averages the days from entry to the first employer contact made in the period (IPS: within 30)', async () => {
    // E1 1.9. → 5.10. = 34 days, E2 5.10. → 10.10. = 5 days; Fanni's contact was in September.
    expect(await figure('days_to_first_employer_contact')).toMatchObject({ value: 19.5, denominator: 2 });
    // Enrolments whose 30th day fell in October: E1 (1.10., contact only 5.10.) and E6 (15.10., contact 20.9.).
    expect(await figure('first_employer_contact_within_30_days')).toMatchObject({ value: 0.5, numerator: 1, denominator: 2 });
  });

  it('counts the employers reached by contacts, proposals and placements, by municipality, coach and programme', async () => {
    // Yksi (visit 3.10., proposals, placements), Kaksi (Bertta's proposal and employment), Kolme (Aino's proposal).
    expect((await figure('employers_reached')).value).toBe(3);
    expect((await figure('employers_reached', { municipalityCode: '244' })).value).toBe(1);
    // Coach A visited Yksi and proposed Aino to Kolme and Fanni to Yksi.
    expect((await figure('employers_reached', { coachId: world.users.coachA })).value).toBe(2);
    // Programme 2: Daniel (in P2 from 10.10.) was proposed to Yksi on 11.10. and placed there; coach A's visit on 3.10. was
    // before coach A had a P2 enrolment.
    expect((await figure('employers_reached', { programmeId: world.data.programmeTwo })).value).toBe(1);
  });

  it('counts the employers cooperating at the end of the period from the stage history', async () => {
    // Yksi cooperating from 10.10., Kolme from 1.6.; Kaksi is only "met" until 5.11.
    expect((await figure('employers_cooperating')).value).toBe(2);
    expect((await figure('employers_cooperating', { from: '2026-09-01', to: '2026-09-30' })).value).toBe(1);
    expect((await figure('employers_cooperating', { municipalityCode: '244' })).value).toBe(0);
    expect(await figure('employers_cooperating', { gender: 'female' })).toMatchObject({ notApplicable: true, value: null });
  });

  it('gives the share of assignments answered in time with the assignments feature’s own definition and figure', async () => {
    // Received in October (Helsinki time): answered in time 6.10., late 15.10., unanswered past due, cancelled before due
    // (not measured), and one received 1.10. at 01:30 Helsinki time answered in time: 2 of 4 measured.
    const result = await figure('assignments_answered_in_time');
    expect(result).toMatchObject({ value: 0.5, numerator: 2, denominator: 4 });
    const monthly = (await world.agents.lead.get('/api/assignments/monthly?months=2')).json();
    const october = monthly.months.find((month: { month: string }) => month.month === '2026-10');
    expect({ answeredInTime: october.answeredInTime, measured: october.measured }).toEqual({ answeredInTime: 2, measured: 4 });
  });

  it('gives the share of the clients served who attended a group session in the period', async () => {
    // A workshop run by coach A: Aino and Daniel attend on 12.10., Bertta only on 30.9., before the period.
    const { aino, bertta, daniel } = world.data.clients;
    const coach = world.agents.coachA;
    const created = (await coach.post('/api/groups', { name: 'Työnhakupaja', kind: 'workshop', startsOn: '2026-09-01' })).json();
    for (const clientId of [aino, bertta, daniel]) {
      expect((await coach.post(`/api/groups/${created.id}/participants`, { clientId, joinedOn: '2026-09-01' })).statusCode).toBe(201);
    }
    for (const [heldOn, present] of [
      ['2026-09-30', [bertta]],
      ['2026-10-12', [aino, daniel]],
    ] as const) {
      const session = (await coach.post(`/api/groups/${created.id}/sessions`, { heldOn, mode: 'face_to_face' })).json();
      const sessionId = session.sessionList.find((item: { heldOn: string }) => item.heldOn === heldOn).id;
      await coach.put(`/api/groups/${created.id}/sessions/${sessionId}/attendance`, { attendedClientIds: present });
    }
    // Served in October: Aino, Bertta, Cecilia, Daniel, Eero, Fanni (Gustav starts in November); Aino and Daniel attended.
    expect(await figure('group_participation_rate')).toMatchObject({ numerator: 2, denominator: 6 });
    // Coach B's clients served in October: Cecilia (E3), Daniel (E4), Eero (E5).
    expect(await figure('group_participation_rate', { coachId: world.users.coachB })).toMatchObject({ numerator: 1, denominator: 3 });
    // In September only Bertta attended, and she was not yet a client (E2 starts 5.10.); served: Aino, Cecilia, Eero, Fanni.
    expect(await figure('group_participation_rate', { from: '2026-09-01', to: '2026-09-30' })).toMatchObject({
      numerator: 0,
      denominator: 4,
    });
  });
});
