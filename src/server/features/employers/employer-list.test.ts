import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCaseWorkWorld, fieldErrors, type CaseWorkWorld } from '../../test-support/case-work-test-world.js';
import { testEngines } from '../../test-support/test-database.js';
import { createEmployer, interactionRequest, makeBusinessId } from './employer-test-support.js';

describe.each(testEngines)('the employer list on %s', (engine) => {
  let world: CaseWorkWorld;
  const ids: Record<string, string> = {};

  const names = async (query: string, agent: keyof CaseWorkWorld['agents'] = 'coordinator') => {
    const response = await world.agents[agent].get(`/api/employers?${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return (response.json().items as { name: string }[]).map((item) => item.name);
  };

  beforeAll(async () => {
    world = await createCaseWorkWorld(engine);
    const coordinator = world.agents.coordinator;
    const employers = [
      { name: 'Aallon Rakennus Oy', businessId: makeBusinessId(2_000_001), industrySection: 'F', municipalityCode: '564' },
      { name: 'Byroo Palvelut Oy', businessId: makeBusinessId(2_000_002), industrySection: 'N', municipalityCode: '564' },
      { name: 'Cafe Nokka', businessId: null, industrySection: 'I', municipalityCode: '091', ownerUserId: world.users.lead },
      { name: 'Dahlia Hoiva Oy', businessId: makeBusinessId(2_000_004), industrySection: 'Q', municipalityCode: '564' },
    ] as const;
    for (const employer of employers) ids[employer.name] = (await createEmployer(coordinator, employer)).id;
    // Contacted 10 days ago, met 40 days ago, and the rest never.
    world.test.setNow('2026-10-14T09:00:00+02:00');
    await coordinator.post(
      `/api/employers/${ids['Dahlia Hoiva Oy']}/interactions`,
      interactionRequest(world.users.coordinator, { kind: 'workplace_visit', occurredOn: '2026-10-14' }),
    );
    world.test.setNow('2026-11-23T09:00:00+02:00');
    await coordinator.post(
      `/api/employers/${ids['Byroo Palvelut Oy']}/interactions`,
      interactionRequest(world.users.coordinator, { occurredOn: '2026-11-13' }),
    );
    await createEmployer(world.agents.foreign, { name: 'Aallon Rakennus Oy', businessId: makeBusinessId(2_000_001) });
    await world.agents.lead.put(`/api/users/${world.users.coordinator}/industry-sections`, { sections: ['F', 'Q'] });
  });
  afterAll(() => world.close());

  it('lists the organisation’s employers by name with paging, never another organisation’s', async () => {
    const response = await world.agents.coordinator.get('/api/employers?pageSize=3');
    expect(response.json()).toMatchObject({ total: 4, page: 1, pageSize: 3 });
    expect(response.json().items.map((item: { name: string }) => item.name)).toEqual([
      'Aallon Rakennus Oy',
      'Byroo Palvelut Oy',
      'Cafe Nokka',
    ]);
    expect(response.json().items[0]).toEqual({
      id: ids['Aallon Rakennus Oy'],
      organisationId: world.organisationId,
      name: 'Aallon Rakennus Oy',
      businessId: makeBusinessId(2_000_001),
      industrySection: 'F',
      sizeClass: 'small',
      economySector: 'private',
      municipalityCode: '564',
      ownerUserId: null,
      ownerName: null,
      stage: 'identified',
      stageChangedOn: '2026-11-23',
      lastContactOn: null,
    });
    expect(await names('page=2&pageSize=3')).toEqual(['Dahlia Hoiva Oy']);
    expect(await names('', 'foreign')).toEqual(['Aallon Rakennus Oy']);
  });

  it('finds employers by part of the name or of the business ID', async () => {
    expect(await names('text=hoiva')).toEqual(['Dahlia Hoiva Oy']);
    expect(await names(`text=${makeBusinessId(2_000_002)}`)).toEqual(['Byroo Palvelut Oy']);
    expect(await names(`text=${makeBusinessId(2_000_002).slice(0, 5)}`)).toEqual([
      'Aallon Rakennus Oy',
      'Byroo Palvelut Oy',
      'Dahlia Hoiva Oy',
    ]);
    expect(await names('text=50%25')).toEqual([]);
  });

  it('filters by sector, municipality, stage and owner', async () => {
    expect(await names('industrySection=I')).toEqual(['Cafe Nokka']);
    expect(await names('municipalityCode=091')).toEqual(['Cafe Nokka']);
    expect(await names('stage=met')).toEqual(['Dahlia Hoiva Oy']);
    expect(await names('stage=contacted')).toEqual(['Byroo Palvelut Oy']);
    expect(await names(`ownerUserId=${world.users.lead}`)).toEqual(['Cafe Nokka']);
    expect(await names('industrySection=F&municipalityCode=091')).toEqual([]);
  });

  it('shows with mySectors only employers in the sections the user answers for', async () => {
    expect(await names('mySectors=true')).toEqual(['Aallon Rakennus Oy', 'Dahlia Hoiva Oy']);
    expect(await names('mySectors=true', 'colleague')).toEqual([]);
    expect(await names('mySectors=false', 'colleague')).toHaveLength(4);
  });

  it('finds employers not contacted for more than N days, including those never contacted', async () => {
    expect(await names('lastContactOlderThanDays=30')).toEqual(['Aallon Rakennus Oy', 'Cafe Nokka', 'Dahlia Hoiva Oy']);
    expect(await names('lastContactOlderThanDays=5')).toEqual(['Aallon Rakennus Oy', 'Byroo Palvelut Oy', 'Cafe Nokka', 'Dahlia Hoiva Oy']);
    expect(await names('lastContactOlderThanDays=10')).toEqual(['Aallon Rakennus Oy', 'Cafe Nokka', 'Dahlia Hoiva Oy']);
  });

  it('sorts by name, stage, sector, municipality or last contact in either direction', async () => {
    expect(await names('sort=name&direction=desc')).toEqual(['Dahlia Hoiva Oy', 'Cafe Nokka', 'Byroo Palvelut Oy', 'Aallon Rakennus Oy']);
    expect(await names('sort=stage&direction=desc')).toEqual(['Dahlia Hoiva Oy', 'Byroo Palvelut Oy', 'Aallon Rakennus Oy', 'Cafe Nokka']);
    expect(await names('sort=industrySection')).toEqual(['Aallon Rakennus Oy', 'Cafe Nokka', 'Byroo Palvelut Oy', 'Dahlia Hoiva Oy']);
    expect(await names('sort=municipalityCode')).toEqual(['Cafe Nokka', 'Aallon Rakennus Oy', 'Byroo Palvelut Oy', 'Dahlia Hoiva Oy']);
    expect(await names('sort=lastContactOn')).toEqual(['Aallon Rakennus Oy', 'Cafe Nokka', 'Dahlia Hoiva Oy', 'Byroo Palvelut Oy']);
    expect(await names('sort=lastContactOn&direction=desc')).toEqual([
      'Byroo Palvelut Oy',
      'Dahlia Hoiva Oy',
      'Aallon Rakennus Oy',
      'Cafe Nokka',
    ]);
  });

  it('refuses malformed filters with field errors', async () => {
    const response = await world.agents.coordinator.get(
      '/api/employers?industrySection=X&municipalityCode=Oulu&stage=friends&lastContactOlderThanDays=-1&sort=size&mySectors=yes',
    );
    expect(response.statusCode).toBe(400);
    expect(fieldErrors(response).sort()).toEqual([
      'industrySection:unknown_industry_section',
      'lastContactOlderThanDays:too_small',
      'municipalityCode:unknown_municipality',
      'mySectors:invalid_option',
      'sort:invalid_option',
      'stage:invalid_option',
    ]);
  });
});
