import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../test-support/test-database.js';
import { breakdownOf, figureOf } from './figure-test-support.js';
import { createReportWorld, type ReportWorld } from './reports-test-world.js';

/** Outcomes and cost on the hand-made dataset (reports-test-data.ts), October 2026, as the team lead sees them. */
describe.each(testEngines)('outcome and cost indicators on %s', (engine) => {
  let world: ReportWorld;
  beforeAll(async () => {
    world = await createReportWorld(engine);
  });
  afterAll(() => world?.close());
  const figure = (id: string, cuts: Record<string, string> = {}) => figureOf(world.agents.lead, id, cuts);

  it('gives the share of ended enrolments that ended in work, education or entrepreneurship', async () => {
    // Bertta work, Cecilia education, Eero rehabilitation.
    expect(await figure('positive_outcome_share')).toMatchObject({ numerator: 2, denominator: 3 });
  });

  it('gives the mean and median duration of the enrolments that ended', async () => {
    // E2 5.10. → 24.10. = 19 days, E3 10.1. → 15.10.2026 = 278 days, E5 1.5.2025 → 31.10.2026 = 548 days.
    expect((await figure('enrolment_duration_mean')).value).toBeCloseTo((19 + 278 + 548) / 3, 6);
    expect((await figure('enrolment_duration_median')).value).toBe(278);
  });

  it('gives the IPS competitive employment rate: clients in open-market work without pay subsidy ÷ clients served', async () => {
    // Served 6; Bertta's employment from 26.10.; Daniel's pay-subsidy job and Fanni's work trial are not competitive.
    expect(await figure('competitive_employment_rate')).toMatchObject({ numerator: 1, denominator: 6 });
  });

  it('follows proposals to interviews and hires, taking the proposal day in Helsinki time', async () => {
    // Proposed in October: Bertta (interview → hired), Aino (interview), Daniel (not selected), Fanni (30.9. 21:30 UTC = 1.10. Helsinki).
    const result = await figure('proposal_funnel');
    expect(breakdownOf(result)).toEqual({ proposed: 4, interview: 2, hired: 1 });
    expect(result.value).toBe(1);
  });

  it('counts the placements started by type', async () => {
    const result = await figure('placements_by_type');
    expect(result.value).toBe(3);
    expect(breakdownOf(result)).toEqual({ employment: 1, work_trial: 1, pay_subsidy_job: 1 });
  });

  it('gives the situation 3 and 6 months after the end from the recorded follow-ups due in the period', async () => {
    // 3 months: Daniel in work, Eero seeking work; Aino's unrecorded one and her July one are not counted.
    const three = await figure('follow_up_3_months');
    expect(three).toMatchObject({ value: 0.5, numerator: 1, denominator: 2 });
    expect(breakdownOf(three)).toEqual({ work: 1, job_seeking: 1 });
    // 6 months: Aino in work.
    expect(await figure('follow_up_6_months')).toMatchObject({ value: 1, numerator: 1, denominator: 1 });
  });

  it('divides the programme budgets by the clients each served in its budget period', async () => {
    // P1 60 000 €: Aino, Bertta, Cecilia, Fanni served in 2026. P2 40 000 €: Cecilia, Daniel, Eero, Gustav.
    expect((await figure('cost_per_client')).value).toBeCloseTo(100000 / 8, 6);
    expect((await figure('cost_per_client', { programmeId: world.data.programmeOne })).value).toBeCloseTo(15000, 6);
    expect((await figure('cost_per_client', { gender: 'male' })).notApplicable).toBe(true);
  });
});
