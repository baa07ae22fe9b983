import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction, queryRows } from '../db/transaction.js';
import { esco } from '../features/opportunities/opportunity-test-world.js';
import {
  createCaseWorkWorld,
  expectMatrix,
  fieldErrors,
  matrixRoles,
  type CaseWorkWorld,
  type EndpointMatrix,
} from '../test-support/case-work-test-world.js';
import { testEngines } from '../test-support/test-database.js';
import { testPassword } from '../test-support/builders.js';
import { loadEscoData } from './esco.load.js';

const everyone = Object.fromEntries(matrixRoles.map((role) => [role, 200])) as Record<(typeof matrixRoles)[number], number>;

export const escoAuthorizationMatrix: EndpointMatrix = {
  'GET /api/reference/occupations': everyone,
  'GET /api/reference/skills': everyone,
  'GET /api/reference/occupation-skills': everyone,
};

type Occupation = { uri: string; iscoCode: string; label: { fi: string; sv: string; en: string }; matchedAlternativeLabel: string | null };

describe.each(testEngines)('ESCO reference data on %s', (engine) => {
  let world: CaseWorkWorld;
  const occupations = async (query: string) =>
    (await world.agents.coordinator.get(`/api/reference/occupations?${query}`)).json().items as Occupation[];

  beforeAll(async () => {
    world = await createCaseWorkWorld(engine);
  });
  afterAll(() => world.close());

  it('serves the ESCO searches to every logged-in user and to nobody else', async () => {
    await expectMatrix(world, escoAuthorizationMatrix, {
      'GET /api/reference/occupations': async () => ({ method: 'GET', url: '/api/reference/occupations?search=kokki' }),
      'GET /api/reference/skills': async () => ({ method: 'GET', url: '/api/reference/skills?search=siivo' }),
      'GET /api/reference/occupation-skills': async () => ({
        method: 'GET',
        url: `/api/reference/occupation-skills?occupation=${encodeURIComponent(esco.cook.uri)}`,
      }),
    });
    expect((await world.test.app.inject({ method: 'GET', url: '/api/reference/occupations?search=kokki' })).statusCode).toBe(401);
  });

  it('holds every shipped occupation, skill and ISCO group, and loads them again only when the files change', async () => {
    const [counts] = await inTransaction(world.db, 'system', (tx) =>
      queryRows<{ occupations: number; skills: number; groups: number; relations: number }>(
        tx,
        sql`select (select count(*)::int from ref_esco_occupations) as occupations, (select count(*)::int from ref_esco_skills) as skills,
          (select count(*)::int from ref_isco_groups) as groups,
          (select sum(cardinality(essential_skill_uris) + cardinality(optional_skill_uris))::int from ref_esco_occupations) as relations`,
      ),
    );
    expect(counts).toEqual({ occupations: 3007, skills: 3000, groups: 619, relations: 91922 });
    expect(await loadEscoData(world.db)).toBeNull();
  });

  it('finds occupations by their Finnish, Swedish and English labels, the exact label first', async () => {
    const finnish = await occupations('search=kokki&language=fi');
    expect(finnish[0]).toMatchObject({ uri: esco.cook.uri, iscoCode: '5120', label: { fi: 'kokki', sv: 'kokerska', en: 'cook' } });
    expect((await occupations('search=kokerska&language=sv'))[0]!.uri).toBe(esco.cook.uri);
    expect((await occupations('search=cook&language=en'))[0]!.uri).toBe(esco.cook.uri);
    expect((await occupations('search=Lagerarbetare&language=sv'))[0]!.uri).toBe(esco.warehouseWorker.uri);
  });

  it('ranks by the language of the request when none is named, and names the ISCO group', async () => {
    const response = await world.agents.coordinator.get('/api/reference/occupations?search=cook&limit=5');
    const items = response.json().items as (Occupation & { iscoGroup: { code: string; label: { fi: string } } })[];
    expect(items.length).toBeLessThanOrEqual(5);
    expect(items.some((item) => item.uri === esco.cook.uri)).toBe(true);
    expect(items.find((item) => item.uri === esco.cook.uri)!.iscoGroup.code).toBe('5120');
    expect(response.headers['cache-control']).toBe('private, max-age=3600');
    const english = await world.test.app.inject({
      method: 'GET',
      url: '/api/reference/occupations?search=cook',
      headers: { ...(await sessionHeaders(world)), 'accept-language': 'en' },
    });
    expect((english.json().items as Occupation[])[0]!.uri).toBe(esco.cook.uri);
  });

  it('finds occupations by an alternative label and says which label matched', async () => {
    const found = (await occupations('search=keittäjä')).find((item) => item.uri === esco.cook.uri);
    expect(found?.matchedAlternativeLabel).toBe('keittäjä');
    expect((await occupations('search=kokki'))[0]!.matchedAlternativeLabel).toBeNull();
  });

  it('finds occupations by ISCO code: a group code lists the occupations under it', async () => {
    const unitGroup = await occupations('search=5120');
    expect(unitGroup.length).toBeGreaterThan(0);
    expect(unitGroup.every((item) => item.iscoCode === '5120')).toBe(true);
    expect(unitGroup.map((item) => item.uri)).toContain(esco.cook.uri);
    const majorGroup = await occupations('search=9&limit=50');
    expect(majorGroup).toHaveLength(50);
    expect(majorGroup.every((item) => item.iscoCode.startsWith('9'))).toBe(true);
  });

  it('treats LIKE wildcards in the search as plain characters', async () => {
    expect(await occupations('search=%25')).toEqual([]);
    expect(await occupations('search=_')).toEqual([]);
  });

  it('finds skills by label in the three languages, the skills linked to most occupations first among equals', async () => {
    const skills = async (query: string) =>
      (await world.agents.assigned.get(`/api/reference/skills?${query}`)).json().items as Occupation[];
    expect((await skills('search=siivota&language=fi'))[0]!.uri).toBe(esco.cleaning);
    expect((await skills('search=kundservice&language=sv'))[0]!.uri).toBe(esco.customerService);
    expect((await skills('search=operate forklift&language=en'))[0]).toMatchObject({
      uri: esco.operateForklift,
      label: { fi: 'käyttää haarukkatrukkia', sv: 'köra gaffeltruck', en: 'operate forklift' },
    });
  });

  it("lists an occupation's essential and optional skills, and answers 404 for an unknown occupation", async () => {
    const response = await world.agents.lead.get(`/api/reference/occupation-skills?occupation=${encodeURIComponent(esco.cook.uri)}`);
    const body = response.json() as { occupation: Occupation; essential: { uri: string }[]; optional: { uri: string }[] };
    expect(body.occupation.uri).toBe(esco.cook.uri);
    expect(body.essential.length).toBeGreaterThan(5);
    expect(body.optional.length).toBeGreaterThan(0);
    const unknown = await world.agents.lead.get('/api/reference/occupation-skills?occupation=http%3A%2F%2Fexample.org%2Fnone');
    expect(unknown.statusCode).toBe(404);
  });

  it('refuses an empty search and a limit over 50 with field errors', async () => {
    expect(fieldErrors(await world.agents.assigned.get('/api/reference/occupations?search='))).toEqual(['search:required']);
    expect(fieldErrors(await world.agents.assigned.get('/api/reference/skills?search=a&limit=51'))).toEqual(['limit:too_large']);
  });
});

/** The coach's session as raw headers, for a request that sets its own Accept-Language. */
async function sessionHeaders(world: CaseWorkWorld): Promise<Record<string, string>> {
  const login = await world.test.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email: 'colleague@example.fi', password: testPassword },
  });
  const cookie = login.cookies.find((candidate) => candidate.name === 'polku_session')!;
  return { cookie: `polku_session=${cookie.value}` };
}
