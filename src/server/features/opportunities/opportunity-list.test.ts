import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldErrors } from '../../test-support/case-work-test-world.js';
import { testEngines } from '../../test-support/test-database.js';
import { createOpportunity, createOpportunityWorld, esco, type OpportunityWorld } from './opportunity-test-world.js';

type Item = { id: string; title: string; employerName: string; status: string; occupationLabel: { fi: string } | null };
type Page = { items: Item[]; total: number; page: number; pageSize: number };

describe.each(testEngines)('opportunity lists on %s', (engine) => {
  let world: OpportunityWorld;
  const ids: Record<string, string> = {};
  const list = async (query = '') => {
    const response = await world.agents.colleague.get(`/api/opportunities${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as Page;
  };
  const titles = async (query: string) => (await list(query)).items.map((item) => item.title).sort();

  beforeAll(async () => {
    world = await createOpportunityWorld(engine);
    const coordinator = world.agents.coordinator;
    ids.cook = (await createOpportunity(coordinator, world.employerId, { title: 'Kokki' })).id;
    ids.dishwasher = (
      await createOpportunity(coordinator, world.employerId, {
        title: 'Tiskari',
        kind: 'hidden_job',
        escoOccupationUri: null,
        municipalityCode: '244',
      })
    ).id;
    ids.warehouse = (
      await createOpportunity(coordinator, world.otherEmployerId, {
        title: 'Varastotyöntekijä',
        kind: 'pay_subsidy_job',
        escoOccupationUri: esco.warehouseWorker.uri,
        startDate: '2026-12-01',
      })
    ).id;
    await coordinator.post(`/api/opportunities/${ids.warehouse}/status`, { status: 'filled', version: 1 });
    await createOpportunity(world.agents.foreign, world.foreignEmployerId, { title: 'Sahan työntekijä' });
  });
  afterAll(() => world.close());

  it("lists the opportunities of the user's organisation with employer and occupation, never another organisation's", async () => {
    const page = await list();
    expect(page).toMatchObject({ total: 3, page: 1, pageSize: 50 });
    expect(page.items.find((item) => item.id === ids.cook)).toMatchObject({
      title: 'Kokki',
      employerName: 'Oulun Ravintolat Oy',
      kind: 'advertised_vacancy',
      status: 'open',
      occupationLabel: { fi: 'kokki', sv: 'kokerska', en: 'cook' },
      iscoCode: '5120',
      municipalityCode: '564',
      positions: 2,
      carved: false,
    });
    const foreign = (await world.agents.foreign.get('/api/opportunities')).json() as Page;
    expect(foreign.items.map((item) => item.title)).toEqual(['Sahan työntekijä']);
  });

  it('filters by kind, status, employer, occupation, ISCO group, municipality and words in the title or employer name', async () => {
    expect(await titles('?kind=hidden_job')).toEqual(['Tiskari']);
    expect(await titles('?status=filled')).toEqual(['Varastotyöntekijä']);
    expect(await titles(`?employerId=${world.employerId}`)).toEqual(['Kokki', 'Tiskari']);
    expect(await titles(`?occupation=${encodeURIComponent(esco.warehouseWorker.uri)}`)).toEqual(['Varastotyöntekijä']);
    expect(await titles('?iscoCode=51')).toEqual(['Kokki']);
    expect(await titles('?iscoCode=9333')).toEqual(['Varastotyöntekijä']);
    expect(await titles('?municipality=244')).toEqual(['Tiskari']);
    expect(await titles('?search=kempeleen')).toEqual(['Varastotyöntekijä']);
    expect(await titles('?search=tisk')).toEqual(['Tiskari']);
    expect(await titles('?search=%25')).toEqual([]);
  });

  it('sorts on the server and pages the result', async () => {
    const byTitle = await list('?sort=title&order=asc&pageSize=2');
    expect(byTitle).toMatchObject({ total: 3, pageSize: 2 });
    expect(byTitle.items.map((item) => item.title)).toEqual(['Kokki', 'Tiskari']);
    expect((await list('?sort=title&order=asc&pageSize=2&page=2')).items.map((item) => item.title)).toEqual(['Varastotyöntekijä']);
    expect((await list('?sort=employer&order=desc')).items[0]!.employerName).toBe('Oulun Ravintolat Oy');
    expect((await list('?sort=startDate&order=asc')).items[0]!.title).toBe('Varastotyöntekijä');
  });

  it("lists one employer's opportunities on its own address", async () => {
    const response = await world.agents.lead.get(`/api/employers/${world.otherEmployerId}/opportunities`);
    expect((response.json() as Page).items.map((item) => item.title)).toEqual(['Varastotyöntekijä']);
  });

  it('refuses unknown filter values with field errors', async () => {
    const response = await world.agents.lead.get(
      '/api/opportunities?kind=dream_job&status=paused&municipality=Oulu&iscoCode=12345&sort=salary',
    );
    expect(fieldErrors(response).sort()).toEqual(
      [
        'kind:invalid_option',
        'status:invalid_option',
        'municipality:unknown_municipality',
        'iscoCode:unknown_isco_code',
        'sort:invalid_option',
      ].sort(),
    );
  });
});
