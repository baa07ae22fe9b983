import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TargetProgress } from '../../../contract/reports.js';
import { fieldErrors } from '../../test-support/case-work-test-world.js';
import { testEngines } from '../../test-support/test-database.js';
import { createReportWorld, type ReportWorld } from './reports-test-world.js';

/**
 * Programme targets and budgets, progress against them, and the monthly report with its XLSX and
 * PDF, on the hand-made dataset (reports-test-data.ts). The app's clock is 23.11.2026.
 */
describe.each(testEngines)('targets, budgets and the monthly report on %s', (engine) => {
  let world: ReportWorld;
  beforeAll(async () => {
    world = await createReportWorld(engine);
  });
  afterAll(() => world?.close());

  const target = (overrides: Record<string, unknown> = {}) => ({
    organisationId: world.organisationId,
    programmeId: world.data.programmeOne,
    indicatorId: 'clients_served',
    targetValue: 10,
    periodStart: '2026-01-01',
    periodEnd: '2026-12-31',
    ...overrides,
  });

  it('shows each target against the figure from its start to today, with a cumulative monthly trend', async () => {
    const reached = await world.agents.lead.post('/api/reports/targets', target());
    expect(reached.statusCode, reached.body).toBe(201);
    expect(
      (await world.agents.analyst.post('/api/reports/targets', target({ indicatorId: 'positive_outcome_share', targetValue: 0.5 })))
        .statusCode,
    ).toBe(201);

    const response = await world.agents.lead.get(`/api/reports/targets/progress?programmeId=${world.data.programmeOne}`);
    const items = response.json().items as TargetProgress[];
    const served = items.find((item) => item.indicatorId === 'clients_served')!;
    // P1 in 1.1.–23.11.2026: Aino (E1, E11), Bertta, Cecilia (E3), Fanni: 4 of 10.
    expect(served).toMatchObject({ programmeName: 'IPS-hanke', targetValue: 10, actual: { value: 4 }, met: false });
    // Cumulative from 1.1.: January Aino (E11) and Cecilia (E3); September adds Fanni (Aino's E1 is Aino again); October Bertta.
    expect(served.trend.map((point) => [point.month, point.figure.value])).toEqual([
      ['2026-01', 2],
      ['2026-02', 2],
      ['2026-03', 2],
      ['2026-04', 2],
      ['2026-05', 2],
      ['2026-06', 2],
      ['2026-07', 2],
      ['2026-08', 2],
      ['2026-09', 3],
      ['2026-10', 4],
      ['2026-11', 4],
    ]);
    // P1 enrolments ended in 2026: Aino work (10.4.), Cecilia education, Bertta work: 3 of 3 ≥ 50 %.
    const share = items.find((item) => item.indicatorId === 'positive_outcome_share')!;
    expect(share).toMatchObject({ actual: { value: 1 }, met: true });
  });

  it('refuses a duplicate, a share over 100 %, an indicator that cannot be cut by programme, and a foreign programme', async () => {
    expect((await world.agents.lead.post('/api/reports/targets', target())).statusCode).toBe(409);
    const tooLarge = await world.agents.lead.post('/api/reports/targets', target({ indicatorId: 'activation_rate', targetValue: 1.5 }));
    expect(fieldErrors(tooLarge)).toEqual(['targetValue:too_large']);
    const uncut = await world.agents.lead.post('/api/reports/targets', target({ indicatorId: 'employers_cooperating' }));
    expect(fieldErrors(uncut)).toEqual(['indicatorId:invalid_option']);
    const reversed = await world.agents.lead.post('/api/reports/targets', target({ periodEnd: '2025-01-01' }));
    expect(fieldErrors(reversed)).toEqual(['periodEnd:end_before_start']);
    const foreign = await world.agents.foreignLead.post(
      '/api/reports/targets',
      target({ organisationId: world.otherOrganisationId, indicatorId: 'clients_new' }),
    );
    expect(fieldErrors(foreign)).toEqual(['programmeId:unknown_programme']);
    expect((await world.agents.coachA.post('/api/reports/targets', target({ indicatorId: 'clients_new' }))).statusCode).toBe(403);
    expect((await world.agents.foreignLead.post('/api/reports/targets', target({ indicatorId: 'clients_new' }))).statusCode).toBe(403);
  });

  it('updates a target with its version, refuses a stale one, deletes it, and hides it from other organisations', async () => {
    const created = (
      await world.agents.lead.post('/api/reports/targets', target({ indicatorId: 'employers_reached', targetValue: 150 }))
    ).json();
    const body = { targetValue: 120, periodStart: '2026-01-01', periodEnd: '2027-12-31', version: created.version };
    const updated = await world.agents.lead.put(`/api/reports/targets/${created.id}`, body);
    expect(updated.json()).toMatchObject({ targetValue: 120, periodEnd: '2027-12-31', version: 2 });
    expect((await world.agents.lead.put(`/api/reports/targets/${created.id}`, body)).statusCode).toBe(409);
    expect((await world.agents.foreignLead.put(`/api/reports/targets/${created.id}`, { ...body, version: 2 })).statusCode).toBe(404);
    expect((await world.agents.foreignLead.get('/api/reports/targets')).json().items).toEqual([]);
    expect((await world.agents.lead.delete(`/api/reports/targets/${created.id}`)).statusCode).toBe(204);
    expect((await world.agents.lead.delete(`/api/reports/targets/${created.id}`)).statusCode).toBe(404);
  });

  it('saves a programme budget with its version, and the cost per client follows it', async () => {
    const budgets = (await world.agents.lead.get('/api/reports/budgets')).json().items as { programmeId: string; version: number }[];
    const current = budgets.find((budget) => budget.programmeId === world.data.programmeOne)!;
    const url = `/api/reports/programmes/${world.data.programmeOne}/budget`;
    const saved = await world.agents.analyst.put(url, {
      amountEuros: 80000,
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
      version: current.version,
    });
    expect(saved.json()).toMatchObject({ amountEuros: 80000, version: current.version + 1 });
    expect((await world.agents.analyst.put(url, { amountEuros: 1, periodStart: '2026-01-01', periodEnd: '2026-12-31' })).statusCode).toBe(
      409,
    );
    const cost = await world.agents.lead.get(
      `/api/reports/figures?from=2026-10-01&to=2026-10-31&indicators=cost_per_client&programmeId=${world.data.programmeOne}`,
    );
    // 80 000 € ÷ Aino, Bertta, Cecilia, Fanni.
    expect(cost.json().figures[0].value).toBeCloseTo(20000, 6);
    expect((await world.agents.coachA.put(url, { amountEuros: 1, periodStart: '2026-01-01', periodEnd: '2026-12-31' })).statusCode).toBe(
      403,
    );
    const foreign = await world.agents.foreignLead.put(url, { amountEuros: 1, periodStart: '2026-01-01', periodEnd: '2026-12-31' });
    expect(foreign.statusCode).toBe(404);
  });

  it('gives the monthly report with the year to date, and the same figures in its XLSX and PDF', async () => {
    const report = (await world.agents.lead.get('/api/reports/monthly?month=2026-10')).json();
    const created = report.rows.find((row: { indicatorId: string }) => row.indicatorId === 'clients_new');
    // October: Bertta, Daniel, Cecilia. Year to date: also Cecilia (10.1.), Daniel (1.1.), Aino (1.9.), Fanni (15.9.): 5 people.
    expect([created.month.value, created.yearToDate.value]).toEqual([3, 5]);
    const team = (await world.agents.lead.get(`/api/reports/monthly?month=2026-10&teamId=${world.teamTwoId}`)).json();
    expect(team.teamName).toBe('Oulun toinen tiimi');
    expect(team.rows.find((row: { indicatorId: string }) => row.indicatorId === 'clients_served').month.value).toBe(2);

    const file = await world.agents.lead.get('/api/reports/monthly.xlsx?month=2026-10&language=en');
    expect(file.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Monthly report')!;
    const rowOf = (label: string) => sheet.getRows(1, sheet.rowCount)!.find((row) => row.getCell(1).value === label)!;
    expect([rowOf('New clients').getCell(3).value, rowOf('New clients').getCell(4).value]).toEqual([3, 5]);
    expect(rowOf('   In work').getCell(3).value).toBe(1);
    expect(workbook.getWorksheet('Definitions')!.rowCount).toBe(report.rows.length + 1);

    const pdf = await world.agents.lead.get('/api/reports/monthly.pdf?month=2026-10');
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('suppresses small cells in the analyst’s monthly report and refuses it to coaches and bad months', async () => {
    const report = (await world.agents.analyst.get('/api/reports/monthly?month=2026-10')).json();
    expect(report.suppression).toBe(true);
    expect(report.rows.find((row: { indicatorId: string }) => row.indicatorId === 'clients_new').month).toMatchObject({ suppressed: true });
    expect((await world.agents.coachA.get('/api/reports/monthly?month=2026-10')).statusCode).toBe(403);
    expect(fieldErrors(await world.agents.lead.get('/api/reports/monthly?month=2026-13'))).toEqual(['month:invalid']);
  });
});
