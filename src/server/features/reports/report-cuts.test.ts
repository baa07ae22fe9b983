import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction } from '../../db/transaction.js';
import { testEngines } from '../../test-support/test-database.js';
import { fieldErrors } from '../../test-support/case-work-test-world.js';
import { figureOf } from './figure-test-support.js';
import { createReportWorld, figuresUrl, type ReportWorld } from './reports-test-world.js';

/**
 * Every cut on "clients served" in October 2026 (Aino, Bertta, Cecilia, Daniel, Eero, Fanni: see
 * reports-test-data.ts), the monthly trend, and the field errors of bad cuts.
 */
describe.each(testEngines)('report cuts and trend on %s', (engine) => {
  let world: ReportWorld;
  beforeAll(async () => {
    world = await createReportWorld(engine);
  });
  afterAll(() => world?.close());
  const served = async (cuts: Record<string, string>) => (await figureOf(world.agents.lead, 'clients_served', cuts)).value;

  it('cuts by team, coach, programme and municipality', async () => {
    expect(await served({ teamId: world.teamTwoId })).toBe(2); // Daniel, Eero
    expect(await served({ coachId: world.users.coachA })).toBe(4); // Aino, Bertta, Fanni, Cecilia (E8)
    expect(await served({ programmeId: world.data.programmeTwo })).toBe(3); // Daniel, Eero, Cecilia (E8)
    expect(await served({ municipalityCode: '244' })).toBe(2); // Cecilia, Eero
    expect(await served({ organisationId: world.organisationId })).toBe(6);
  });

  it('cuts by gender, age band on the last day, and recorded or derived target group', async () => {
    expect(await served({ gender: 'male' })).toBe(2); // Daniel, Eero
    // Ages on 31.10.2026: Aino 36, Daniel 41, Eero 30 (born 12.12.1995); Bertta 26, Fanni 23, Cecilia 56.
    expect(await served({ ageBand: '30_49' })).toBe(3);
    expect(await served({ ageBand: 'under_25' })).toBe(1);
    expect(await served({ targetGroup: 'immigrant' })).toBe(1); // Bertta
    // Unemployed 12 months or more on 31.10.2026: Aino (15.1.2025), Cecilia (20.10.2025).
    expect(await served({ targetGroup: 'long_term_unemployed' })).toBe(2);
    expect(await served({ targetGroup: 'under_30' })).toBe(2); // Bertta, Fanni
    expect(await served({ targetGroup: 'over_50' })).toBe(1); // Cecilia
  });

  it('gives a monthly trend, month by month or cumulative from the start', async () => {
    const url = (mode: string) => `/api/reports/trend?indicatorId=clients_new&from=2026-09-01&to=2026-10-31&mode=${mode}`;
    const monthly = (await world.agents.lead.get(url('month'))).json();
    // September: Aino (1.9.), Fanni (15.9.); October: Bertta, Daniel, Cecilia.
    expect(monthly.points.map((point: { month: string; figure: { value: number } }) => [point.month, point.figure.value])).toEqual([
      ['2026-09', 2],
      ['2026-10', 3],
    ]);
    const cumulative = (await world.agents.lead.get(url('cumulative'))).json();
    expect(cumulative.points.map((point: { figure: { value: number } }) => point.figure.value)).toEqual([2, 5]);
  });

  it('answers bad cuts with field errors and a cut of another organisation with 403', async () => {
    const reversed = await world.agents.lead.get(figuresUrl('clients_served', { from: '2026-11-01', to: '2026-10-01' }));
    expect(reversed.statusCode).toBe(400);
    expect(fieldErrors(reversed)).toEqual(['to:end_before_start']);
    const unknown = await world.agents.lead.get(
      figuresUrl('clients_served', { teamId: '00000000-0000-4000-8000-000000000000', programmeId: world.data.programmeOne }),
    );
    expect(fieldErrors(unknown)).toEqual(['teamId:unknown_team']);
    const badIndicator = await world.agents.lead.get(figuresUrl('no_such_indicator'));
    expect(fieldErrors(badIndicator)).toEqual(['indicators:invalid_option']);
    expect(fieldErrors(await world.agents.lead.get(figuresUrl('clients_served', { gender: 'robot' })))).toEqual(['gender:invalid_option']);
    expect(fieldErrors(await world.agents.lead.get(figuresUrl('clients_served', { municipalityCode: 'Oulu' })))).toEqual([
      'municipalityCode:invalid',
    ]);
    const lappiCoach = await world.agents.lead.get(figuresUrl('clients_served', { coachId: world.users.foreignCoach }));
    expect(fieldErrors(lappiCoach)).toEqual(['coachId:unknown_user']);
    const longTrend = await world.agents.lead.get('/api/reports/trend?indicatorId=clients_new&from=2020-01-01&to=2026-10-31');
    expect(fieldErrors(longTrend)).toEqual(['from:too_small']);
  });

  it("keeps every enrolment in its client's organisation, which the uncut figures rely on", async () => {
    const moved = inTransaction(world.db, 'system', (tx) =>
      tx.execute(sql`update enrolments set organisation_id = ${world.otherOrganisationId} where client_id = ${world.data.clients.aino}`),
    );
    await expect(moved).rejects.toMatchObject({ cause: { code: '23503' } });
    expect(await served({})).toBe(6);
  });
});
