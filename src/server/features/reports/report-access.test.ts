import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Figure, IndicatorDefinition } from '../../../contract/reports.js';
import { auditedBy, fieldErrors } from '../../test-support/case-work-test-world.js';
import { testEngines } from '../../test-support/test-database.js';
import { createReportWorld, figuresUrl, october, type ReportWorld } from './reports-test-world.js';

const drillDownUrl = (indicatorId: string, extra: Record<string, string> = {}) =>
  `/api/reports/drill-down?${new URLSearchParams({ ...october, indicatorId, ...extra }).toString()}`;

/**
 * Who sees which figures: small cells are suppressed for analysts and admins (they may not see the
 * people), not for the team lead, who may also list the people behind a figure, audited.
 */
describe.each(testEngines)('report access, suppression and drill-down on %s', (engine) => {
  let world: ReportWorld;
  beforeAll(async () => {
    world = await createReportWorld(engine);
  });
  afterAll(() => world?.close());

  it('describes every indicator in three languages, naming the official definition it follows', async () => {
    const response = await world.agents.analyst.get('/api/reports/indicators');
    expect(response.statusCode).toBe(200);
    const items = response.json().items as IndicatorDefinition[];
    expect(items.length).toBeGreaterThanOrEqual(28);
    for (const item of items) expect(item.definition.fi && item.definition.sv && item.definition.en, item.id).toBeTruthy();
    const activation = items.find((item) => item.id === 'activation_rate')!;
    expect(activation.source?.en).toContain('people in active services ÷ (unemployed job seekers + people in active services)');
    const ips = items.find((item) => item.id === 'competitive_employment_rate')!;
    expect(ips.benchmarks.map((benchmark) => benchmark.value)).toEqual([0.41, 0.5]);
    expect(items.find((item) => item.id === 'caseload_per_coach')!.benchmarks[0]!.value).toBe(20);
    expect(items.find((item) => item.id === 'long_term_unemployed_share')!.source?.fi).toContain('vähintään 12 kuukautta');
  });

  it('suppresses figures about one to four people for the analyst and the admin, not for the team lead', async () => {
    const url = figuresUrl('clients_served,clients_new,clients_ended,employers_reached');
    for (const actor of ['analyst', 'admin'] as const) {
      const body = (await world.agents[actor].get(url)).json();
      expect(body).toMatchObject({ suppression: true, drillDown: false });
      const [served, created, ended, reached] = body.figures as Figure[];
      expect(served).toMatchObject({ value: 6, suppressed: false });
      expect(created).toMatchObject({ value: null, suppressed: true }); // Bertta, Daniel, Cecilia
      expect(ended!.suppressed).toBe(true);
      // One person each in work, education and rehabilitation; zero keys stay visible.
      expect(ended!.breakdown.filter((row) => row.suppressed).map((row) => row.key)).toEqual(['work', 'education', 'rehabilitation']);
      expect(ended!.breakdown.find((row) => row.key === 'pension')).toMatchObject({ value: 0, suppressed: false });
      // Employers are not people: three employers are shown.
      expect(reached).toMatchObject({ value: 3, suppressed: false });
    }
    const lead = (await world.agents.lead.get(url)).json();
    expect(lead).toMatchObject({ suppression: false, drillDown: true });
    expect((lead.figures as Figure[])[1]).toMatchObject({ value: 3, suppressed: false });
  });

  it('refuses reports to coaches and coordinators', async () => {
    for (const actor of ['coachA', 'coordinator'] as const) {
      expect((await world.agents[actor].get(figuresUrl('clients_served'))).statusCode).toBe(403);
      expect((await world.agents[actor].get('/api/reports/indicators')).statusCode).toBe(403);
      expect((await world.agents[actor].get(drillDownUrl('clients_served'))).statusCode).toBe(403);
    }
  });

  it('lists the people behind a bar to the team lead and audits the read naming each of them', async () => {
    const { response, entries } = await auditedBy(world.db, world.data.clients.bertta, () =>
      world.agents.lead.get(drillDownUrl('clients_ended', { key: 'work' })),
    );
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ total: 1, items: [{ id: world.data.clients.bertta, firstName: 'Bertta', rows: 1 }] });
    expect(entries).toEqual([{ action: 'report.drill_down', outcome: 'success', actorUserId: world.users.lead }]);

    // The numerator of a share: ended in work or education.
    const numerator = (await world.agents.lead.get(drillDownUrl('positive_outcome_share', { part: 'numerator' }))).json();
    expect(numerator.items.map((item: { firstName: string }) => item.firstName)).toEqual(['Bertta', 'Cecilia']);
    // All ended, with a cut.
    const men = (await world.agents.lead.get(drillDownUrl('positive_outcome_share', { gender: 'male' }))).json();
    expect(men.items.map((item: { firstName: string }) => item.firstName)).toEqual(['Eero']);
  });

  it('refuses the drill-down to those who may not see the people, and to other organisations', async () => {
    for (const actor of ['analyst', 'admin'] as const) {
      expect((await world.agents[actor].get(drillDownUrl('clients_served'))).statusCode).toBe(403);
    }
    const named = drillDownUrl('clients_served', { organisationId: world.organisationId });
    expect((await world.agents.foreignLead.get(named)).statusCode).toBe(403);
    const own = (await world.agents.foreignLead.get(drillDownUrl('clients_served'))).json();
    expect(own.items.map((item: { firstName: string }) => item.firstName)).toEqual(['Lauri']);
  });

  it('answers a drill-down into a figure about no people, an unknown key or an inapplicable cut with a field error', async () => {
    expect(fieldErrors(await world.agents.lead.get(drillDownUrl('employers_reached')))).toEqual(['indicatorId:invalid_option']);
    expect(fieldErrors(await world.agents.lead.get(drillDownUrl('clients_ended', { key: 'astronaut' })))).toEqual(['key:invalid_option']);
    expect(fieldErrors(await world.agents.lead.get(drillDownUrl('cost_per_client', { gender: 'male' })))).toEqual([
      'gender:invalid_option',
    ]);
    expect(fieldErrors(await world.agents.lead.get(drillDownUrl('nothing')))).toEqual(['indicatorId:invalid_option']);
  });
});
