import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../test-support/test-database.js';
import { breakdownOf, figureOf } from './figure-test-support.js';
import { createReportWorld, figuresUrl, type ReportWorld } from './reports-test-world.js';

/**
 * The client indicators on the hand-made dataset (table in reports-test-data.ts), October 2026,
 * as the team lead sees them (no suppression). Each expectation is worked out in its comment.
 */
describe.each(testEngines)('client indicators on %s', (engine) => {
  let world: ReportWorld;
  beforeAll(async () => {
    world = await createReportWorld(engine);
  });
  afterAll(() => world?.close());

  const figure = (id: string, cuts: Record<string, string> = {}) => figureOf(world.agents.lead, id, cuts);

  it('counts clients served: everyone with an enrolment running on any October day, once, and none of Lappi', async () => {
    // Aino (E1), Bertta (E2), Cecilia (E3 and E8: once), Daniel (E4), Eero (E5, ends 31.10.), Fanni (E6).
    // Gustav starts 1.11.; Lauri is Lappi's.
    expect((await figure('clients_served')).value).toBe(6);
  });

  it('counts new clients: enrolments started in October', async () => {
    // Bertta 5.10., Daniel 10.10., Cecilia's second enrolment 20.10.
    expect((await figure('clients_new')).value).toBe(3);
  });

  it('counts clients active at the end: an enrolment ending on the last day no longer runs', async () => {
    // Aino, Cecilia (E8), Daniel, Fanni; Eero's enrolment ends on 31.10.
    expect((await figure('clients_active_at_end')).value).toBe(4);
  });

  it('counts ended enrolments by outcome', async () => {
    // E2 Bertta work (24.10.), E3 Cecilia education (15.10.), E5 Eero rehabilitation (31.10.).
    const result = await figure('clients_ended');
    expect(result.value).toBe(3);
    expect(breakdownOf(result)).toEqual({ work: 1, education: 1, rehabilitation: 1 });
    expect(result.breakdown.map((row) => row.key)).toContain('moved_away');
  });

  it('gives the share of long-term unemployed among the clients active at the end', async () => {
    // Active: Aino (unemployed since 15.1.2025: 21 months), Cecilia (20.10.2025: 12 months), Daniel (3 months), Fanni (3 months).
    const result = await figure('long_term_unemployed_share');
    expect(result).toMatchObject({ value: 0.5, numerator: 2, denominator: 4 });
  });

  it('gives the activation rate overall and for the long-term unemployed', async () => {
    // Unemployed and active at the end: Aino (accepted training referral), Cecilia, Daniel (pay-subsidy job from 20.10.),
    // Fanni (work trial from 15.10.): 3 of 4 in an active service.
    expect(await figure('activation_rate')).toMatchObject({ value: 0.75, numerator: 3, denominator: 4 });
    // Long-term unemployed of them: Aino (in training) and Cecilia (not): 1 of 2.
    expect(await figure('activation_rate_long_term_unemployed')).toMatchObject({ value: 0.5, numerator: 1, denominator: 2 });
  });

  it('gives the flows into over 3 and 12 months of unemployment relative to the spells that started that long before', async () => {
    // Spells started in July 2026: Fanni 5.7. (no exit), Daniel 20.7. (pay-subsidy job starts 20.10. = exactly 3 months,
    // not before), Bertta 25.7. (enrolment ended in work 24.10., one day before 3 months): 2 of 3 passed 3 months.
    expect(await figure('flow_over_3_months')).toMatchObject({ numerator: 2, denominator: 3 });
    // Spells started in April 2026: none.
    expect(await figure('flow_over_6_months')).toMatchObject({ value: null, denominator: 0 });
    // Spells started in October 2025: Cecilia 20.10.2025 left for education on 15.10.2026, before 12 months;
    // Gustav (15.10.2025) had no enrolment within his first 12 months.
    expect(await figure('flow_over_12_months')).toMatchObject({ value: 0, numerator: 0, denominator: 1 });
  });

  it('never counts another organisation’s clients, even when the user names it', async () => {
    const response = await world.agents.lead.get(figuresUrl('clients_served', { organisationId: world.otherOrganisationId }));
    expect(response.statusCode).toBe(403);
    const lappi = await world.agents.foreignLead.get(figuresUrl('clients_served'));
    // Lauri only.
    expect(lappi.json().figures[0].value).toBe(1);
  });
});
