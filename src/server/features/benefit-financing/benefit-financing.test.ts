import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditedBy, createCaseWorkWorld, fieldErrors, type CaseWorkWorld } from '../../test-support/case-work-test-world.js';
import { testEngines } from '../../test-support/test-database.js';

/** Invented for the tests, deliberately unlike any real rule: Polku ships no percentages. */
const tiers = [
  { fromDay: 101, sharePercent: 12.5 },
  { fromDay: 151, sharePercent: 40 },
];
const settings = (version: number, overrides: Record<string, unknown> = {}) => ({
  version,
  tiers,
  legalSource: 'Laki työttömyysetuuksien rahoituksesta 555/1998, muutettuna (testi)',
  dailyAmount: 40,
  dailyAmountSource: 'Testisumma',
  ...overrides,
});

describe.each(testEngines)('municipal financing of unemployment benefits on %s', (engine) => {
  let world: CaseWorkWorld;
  beforeAll(async () => {
    world = await createCaseWorkWorld(engine);
  });
  afterAll(() => world.close());

  it('starts unconfigured, and the exposure then shows counts and tiers but no euros', async () => {
    const read = await world.agents.lead.get('/api/benefit-financing/settings');
    expect(read.json()).toMatchObject({ tiers: [], configured: false, version: 0, dailyAmount: null });
    const recorded = await world.agents.assigned.post(`/api/clients/${world.clientId}/benefit-days`, {
      benefitDays: 100,
      asOf: '2026-11-20',
    });
    expect(recorded.statusCode, recorded.body).toBe(201);
    const exposure = (await world.agents.lead.get('/api/benefit-financing/exposure?municipalityCode=564')).json();
    expect(exposure.totalMonthlyShare).toBeNull();
    expect(exposure.items.find((item: { clientId: string }) => item.clientId === world.clientId)).toMatchObject({
      benefitDays: 100,
      currentTier: null,
      nextTier: null,
      monthlyShare: null,
    });
  });

  it('refuses tiers without their legal source, tiers out of order, and a daily amount without its source', async () => {
    const noSource = await world.agents.lead.put('/api/benefit-financing/settings', settings(0, { legalSource: null }));
    expect(fieldErrors(noSource)).toEqual(['legalSource:required']);
    const unordered = await world.agents.lead.put('/api/benefit-financing/settings', settings(0, { tiers: [...tiers].reverse() }));
    expect(fieldErrors(unordered)).toEqual(['tiers:invalid']);
    const noAmountSource = await world.agents.lead.put('/api/benefit-financing/settings', settings(0, { dailyAmountSource: '' }));
    expect(fieldErrors(noAmountSource)).toEqual(['dailyAmountSource:required']);
  });

  it('only team leads and admins configure; a stale version is a conflict', async () => {
    expect((await world.agents.assigned.put('/api/benefit-financing/settings', settings(0))).statusCode).toBe(403);
    expect((await world.agents.foreign.get('/api/benefit-financing/settings')).statusCode).toBe(403);
    const saved = await world.agents.lead.put('/api/benefit-financing/settings', settings(0));
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ configured: true, version: 1, tiers });
    expect((await world.agents.admin.put('/api/benefit-financing/settings', settings(0))).statusCode).toBe(409);
  });

  /**
   * 100 days on Friday 20 November 2026: the first tier starts on Monday 23rd. November's weekdays
   * from the 23rd (23–27 and 30) are days 101–106, six days at 12.5 % of 40 € = 5 €: 30 €.
   */
  it('estimates the month’s share per client and in total, and names every listed client in the audit log', async () => {
    const { response, entries } = await auditedBy(world.db, world.clientId, () =>
      world.agents.lead.get('/api/benefit-financing/exposure?municipalityCode=564'),
    );
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.month).toBe('2026-11');
    expect(body.items).toEqual([
      {
        clientId: world.clientId,
        name: 'Korhonen Aino',
        benefitDays: 100,
        asOf: '2026-11-20',
        currentTier: null,
        nextTier: { fromDay: 101, sharePercent: 12.5, startsOn: '2026-11-23' },
        monthlyShare: 30,
      },
    ]);
    expect(body.totalMonthlyShare).toBe(30);
    expect(entries).toEqual([{ action: 'benefit_financing.exposure.read', outcome: 'success', actorUserId: world.users.lead }]);
    expect((await world.agents.assigned.get('/api/benefit-financing/exposure?municipalityCode=564')).statusCode).toBe(403);
    expect((await world.agents.lead.get('/api/benefit-financing/exposure?municipalityCode=56')).statusCode).toBe(400);
  });

  it('records a client’s count with the case-work rules, audited, and refuses a future date', async () => {
    const url = `/api/clients/${world.clientId}/benefit-days`;
    const { response, entries } = await auditedBy(world.db, world.clientId, () =>
      world.agents.lead.post(url, { benefitDays: 160, asOf: '2026-11-23' }),
    );
    expect(response.statusCode).toBe(201);
    expect(response.json().latest).toMatchObject({ benefitDays: 160, asOf: '2026-11-23' });
    expect(response.json().history).toHaveLength(2);
    expect(entries.map((entry) => entry.action)).toEqual(['client.benefit_days.write']);
    expect((await world.agents.colleague.post(url, { benefitDays: 1, asOf: '2026-11-23' })).statusCode).toBe(403);
    expect((await world.agents.foreign.post(url, { benefitDays: 1, asOf: '2026-11-23' })).statusCode).toBe(404);
    expect((await world.agents.coordinator.get(url)).statusCode).toBe(403);
    expect(fieldErrors(await world.agents.assigned.post(url, { benefitDays: 1, asOf: '2026-11-24' }))).toEqual(['asOf:date_in_future']);
    expect(fieldErrors(await world.agents.assigned.post(url, { benefitDays: -1, asOf: '2026-11-23' }))).toEqual(['benefitDays:too_small']);
  });
});
