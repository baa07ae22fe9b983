import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createCaseWorkWorld,
  expectMatrix,
  fieldErrors,
  matrixRoles,
  type CaseWorkWorld,
  type EndpointMatrix,
} from '../test-support/case-work-test-world.js';
import { testEngines } from '../test-support/test-database.js';

const everyone = Object.fromEntries(matrixRoles.map((role) => [role, 200])) as Record<(typeof matrixRoles)[number], number>;

export const referenceAuthorizationMatrix: EndpointMatrix = {
  'GET /api/reference/municipalities': everyone,
  'GET /api/reference/isced-levels': everyone,
  'GET /api/reference/postal-codes': everyone,
  'GET /api/reference/industry-sections': everyone,
};

describe.each(testEngines)('reference data on %s', (engine) => {
  let world: CaseWorkWorld;

  beforeAll(async () => {
    world = await createCaseWorkWorld(engine);
  });
  afterAll(() => world.close());

  it('serves the reference lists to every logged-in user and to nobody else', async () => {
    await expectMatrix(world, referenceAuthorizationMatrix, {
      'GET /api/reference/municipalities': async () => ({ method: 'GET', url: '/api/reference/municipalities' }),
      'GET /api/reference/isced-levels': async () => ({ method: 'GET', url: '/api/reference/isced-levels' }),
      'GET /api/reference/postal-codes': async () => ({ method: 'GET', url: '/api/reference/postal-codes?municipality=564' }),
      'GET /api/reference/industry-sections': async () => ({ method: 'GET', url: '/api/reference/industry-sections' }),
    });
    const anonymous = await world.test.app.inject({ method: 'GET', url: '/api/reference/municipalities' });
    expect(anonymous.statusCode).toBe(401);
  });

  it('lists municipalities with Finnish and Swedish names and their region, cacheable for an hour', async () => {
    const response = await world.agents.colleague.get('/api/reference/municipalities');
    expect(response.headers['cache-control']).toBe('private, max-age=3600');
    const items = response.json().items as { code: string }[];
    expect(items.length).toBeGreaterThan(300);
    expect(items.find((item) => item.code === '564')).toEqual({
      code: '564',
      name: { fi: 'Oulu', sv: 'Uleåborg' },
      region: { code: '17', name: { fi: 'Pohjois-Pohjanmaa', sv: 'Norra Österbotten', en: 'North Ostrobothnia' } },
    });
  });

  it('lists the ISCED 2011 levels with their ESF+ groups', async () => {
    const response = await world.agents.colleague.get('/api/reference/isced-levels');
    expect(response.headers['cache-control']).toBe('private, max-age=3600');
    const items = response.json().items as { level: number; esfGroup: string }[];
    expect(items.map((item) => item.level)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(items[3]).toEqual({ level: 3, label: { fi: 'Toinen aste', en: 'Upper secondary education' }, esfGroup: 'ISCED 3-4' });
  });

  it("lists a municipality's postal codes, and refuses a malformed municipality code", async () => {
    const response = await world.agents.partner.get('/api/reference/postal-codes?municipality=564');
    const items = response.json().items as { code: string; municipalityCode: string }[];
    expect(items).toContainEqual({ code: '90100', name: { fi: 'OULU', sv: 'OULU' }, municipalityCode: '564' });
    expect(items.every((item) => item.municipalityCode === '564')).toBe(true);
    const all = (await world.agents.partner.get('/api/reference/postal-codes')).json().items;
    expect(all.length).toBeGreaterThan(items.length);
    expect(fieldErrors(await world.agents.partner.get('/api/reference/postal-codes?municipality=Oulu'))).toEqual([
      'municipality:unknown_municipality',
    ]);
  });

  it('lists the 21 TOL 2008 sections A–U with Statistics Finland’s names in Finnish, Swedish and English', async () => {
    const response = await world.agents.coordinator.get('/api/reference/industry-sections');
    expect(response.headers['cache-control']).toBe('private, max-age=3600');
    const items = response.json().items as { code: string }[];
    expect(items.map((item) => item.code).join('')).toBe('ABCDEFGHIJKLMNOPQRSTU');
    expect(items[16]).toEqual({
      code: 'Q',
      name: { fi: 'Terveys- ja sosiaalipalvelut', sv: 'Vård och omsorg; sociala tjänster', en: 'Human health and social work activities' },
    });
  });
});
