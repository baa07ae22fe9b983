import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { inTransaction, queryRows } from '../../db/transaction.js';
import { jobs } from '../../jobs/jobs.tables.js';
import { createOrganisation, createUser, testPassword } from '../../test-support/builders.js';
import { fieldErrors, insertClient, insertEnrolment } from '../../test-support/case-work-test-world.js';
import { createTestApp, loginAs, type TestApp, type UserAgent } from '../../test-support/test-app.js';
import { testEngines } from '../../test-support/test-database.js';
import { figureRefreshJobKind, refreshStoredFigures } from './figure-refresh.js';
import { reportFigures } from './report-figures.tables.js';

const start = '2026-11-23T07:00:00.000Z';
const minutesAfterStart = (minutes: number) => new Date(new Date(start).getTime() + minutes * 60_000).toISOString();
const figuresUrl = '/api/reports/figures?from=2026-01-01&to=2026-11-23&indicators=clients_new';

type FiguresBody = { computedAt: string; figures: { indicatorId: string; value: number | null }[] };

describe.each(testEngines)('dashboard figures computed ahead of the request on %s', (engine) => {
  let test: TestApp;
  let lead: UserAgent;
  let organisationId: string;
  let otherOrganisationId: string;
  let coachId: string;

  beforeAll(async () => {
    test = await createTestApp(engine, { POLKU_REPORT_FIGURE_MAX_AGE_MINUTES: '15' });
    organisationId = (await createOrganisation(test.deps.db)).id;
    otherOrganisationId = (await createOrganisation(test.deps.db, 'Lapin työllisyysalue')).id;
    coachId = (await createUser(test.deps.db, { email: 'coach@example.fi', roles: [{ organisationId, role: 'coach' }] })).id;
    await createUser(test.deps.db, { email: 'lead@example.fi', roles: [{ organisationId, role: 'team_lead' }] });
    lead = await loginAs(test.app, 'lead@example.fi', testPassword);
  });
  afterAll(() => test.close());
  beforeEach(async () => {
    test.setNow(start);
    await inTransaction(test.deps.db, 'system', async (tx) => {
      await tx.delete(reportFigures);
      await tx.delete(jobs);
    });
  });

  const newClient = async (firstName: string) => {
    const clientId = await insertClient(test.deps.db, organisationId, coachId, firstName);
    await insertEnrolment(test.deps.db, { clientId, coachId, startDate: '2026-03-02' });
  };
  const read = async (url = figuresUrl) => {
    const response = await lead.get(url);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json() as FiguresBody;
    return { computedAt: body.computedAt, value: body.figures[0]!.value };
  };
  const storedRows = () => inTransaction(test.deps.db, 'system', (tx) => tx.select().from(reportFigures));

  it('serves a figure computed within the maximum age, computes it again after that, and computes now on request', async () => {
    await newClient('Aino');
    const first = await read();
    expect(first.computedAt).toBe(start);
    const countedBefore = first.value!;

    await newClient('Bertta');
    test.setNow(minutesAfterStart(14));
    expect(await read()).toEqual({ computedAt: start, value: countedBefore });
    expect(await read(`${figuresUrl}&fresh=true`)).toEqual({ computedAt: minutesAfterStart(14), value: countedBefore + 1 });

    await newClient('Celia');
    test.setNow(minutesAfterStart(30));
    expect(await read()).toEqual({ computedAt: minutesAfterStart(30), value: countedBefore + 2 });
    const [row] = await storedRows();
    expect(row).toMatchObject({ indicatorId: 'clients_new', organisationIds: [organisationId], suppress: false });
    expect(row!.figure.value).toBe(countedBefore + 2);
  });

  it('the trend, the monthly report and target progress read stored figures too, and compute now on request', async () => {
    await newClient('Aino');
    const urls = {
      trend: '/api/reports/trend?from=2026-01-01&to=2026-11-23&indicatorId=clients_new&mode=cumulative',
      monthly: `/api/reports/monthly?month=2026-10&organisationId=${organisationId}`,
    };
    const trendLast = async (fresh = '') => {
      const body = (await lead.get(`${urls.trend}${fresh}`)).json() as { computedAt: string; points: { figure: { value: number } }[] };
      return { computedAt: body.computedAt, value: body.points.at(-1)!.figure.value };
    };
    const monthlyYear = async (fresh = '') => {
      const body = (await lead.get(`${urls.monthly}${fresh}`)).json() as {
        computedAt: string;
        rows: { indicatorId: string; yearToDate: { value: number } }[];
      };
      return { computedAt: body.computedAt, value: body.rows.find((row) => row.indicatorId === 'clients_new')!.yearToDate.value };
    };
    const trendBefore = await trendLast();
    const monthlyBefore = await monthlyYear();
    expect([trendBefore.computedAt, monthlyBefore.computedAt]).toEqual([start, start]);

    await newClient('Bertta');
    test.setNow(minutesAfterStart(5));
    expect(await trendLast()).toEqual(trendBefore);
    expect(await monthlyYear()).toEqual(monthlyBefore);
    expect(await trendLast('&fresh=true')).toEqual({ computedAt: minutesAfterStart(5), value: trendBefore.value + 1 });
    expect(await monthlyYear('&fresh=true')).toEqual({ computedAt: minutesAfterStart(5), value: monthlyBefore.value + 1 });
    const progress = await lead.get('/api/reports/targets/progress?fresh=true');
    expect(progress.statusCode, progress.body).toBe(200);
    expect(progress.json()).toEqual({ computedAt: minutesAfterStart(5), items: [] });
  });

  it('refuses a fresh flag other than true or false on the field, and stores nothing', async () => {
    const urls = [
      `${figuresUrl}&fresh=yes`,
      '/api/reports/trend?from=2026-01-01&to=2026-11-23&indicatorId=clients_new&fresh=yes',
      `/api/reports/monthly?month=2026-10&organisationId=${organisationId}&fresh=yes`,
      '/api/reports/targets/progress?fresh=yes',
    ];
    for (const url of urls) {
      const response = await lead.get(url);
      expect(response.statusCode, url).toBe(400);
      expect(fieldErrors(response), url).toEqual(['fresh:invalid_option']);
    }
    expect(await storedRows()).toEqual([]);
  });

  it('the background worker recomputes figures in use before they grow too old, so they are served without waiting', async () => {
    await newClient('Aino');
    const first = await read();
    await newClient('Bertta');

    // The refresh is scheduled for the first five-minute slot at least five minutes away.
    test.setNow(minutesAfterStart(4));
    expect(await test.app.background.worker.runUntilIdle()).toEqual({ processed: 0, failed: 0 });
    test.setNow(minutesAfterStart(10));
    expect(await test.app.background.worker.runUntilIdle()).toEqual({ processed: 1, failed: 0 });

    test.setNow(minutesAfterStart(11));
    expect(await read()).toEqual({ computedAt: minutesAfterStart(10), value: first.value! + 1 });
    // Figures are still in use, so the next refresh is waiting in the queue.
    const waiting = await inTransaction(test.deps.db, 'system', (tx) =>
      queryRows<{ runAt: string }>(tx, sql`select run_at as "runAt" from jobs where kind = ${figureRefreshJobKind} and done_at is null`),
    );
    expect(waiting).toHaveLength(1);
  });

  it('a refresh run that uses up its time budget leaves the rest due for the next run, which the job schedules at once', async () => {
    await newClient('Aino');
    await read();
    await read('/api/reports/figures?from=2026-03-01&to=2026-03-31&indicators=clients_new');
    const later = new Date(minutesAfterStart(6));
    expect(await refreshStoredFigures(test.deps, later, 0)).toEqual({ refreshed: 1, forgotten: 0, due: true });
    expect(await refreshStoredFigures(test.deps, later, 0)).toEqual({ refreshed: 1, forgotten: 0, due: false });
    expect(await refreshStoredFigures(test.deps, later, 0)).toEqual({ refreshed: 0, forgotten: 0, due: false });
    expect((await storedRows()).map((row) => row.computedAt.toISOString())).toEqual([later.toISOString(), later.toISOString()]);
  });

  it('stops refreshing figures nobody has asked for in three hours and forgets them after a week', async () => {
    await newClient('Aino');
    await read();
    await newClient('Bertta');
    const threeHoursOn = new Date(minutesAfterStart(3 * 60 + 1));
    expect(await refreshStoredFigures(test.deps, threeHoursOn)).toEqual({ refreshed: 0, forgotten: 0, due: false });
    const [kept] = await storedRows();
    expect(kept!.computedAt.toISOString()).toBe(start);
    expect(await refreshStoredFigures(test.deps, new Date(minutesAfterStart(7 * 24 * 60 + 1)))).toEqual({
      refreshed: 0,
      forgotten: 1,
      due: false,
    });
    expect(await storedRows()).toEqual([]);
  });

  it('drops a stored figure whose query no longer matches its key instead of refreshing it', async () => {
    await newClient('Aino');
    await read();
    await inTransaction(test.deps.db, 'system', (tx) => tx.update(reportFigures).set({ key: 'computed-by-an-older-definition' }));
    expect(await refreshStoredFigures(test.deps, new Date(minutesAfterStart(6)))).toEqual({ refreshed: 0, forgotten: 0, due: false });
    expect(await storedRows()).toEqual([]);
  });

  it('row-level security hides and refuses stored figures of organisations outside the transaction', async () => {
    await newClient('Aino');
    await read();
    const seenByOther = await inTransaction(test.deps.db, { organisationIds: [otherOrganisationId] }, (tx) =>
      tx.select().from(reportFigures),
    );
    expect(seenByOther).toEqual([]);
    const [stored] = await storedRows();
    await expect(
      inTransaction(test.deps.db, { organisationIds: [otherOrganisationId] }, (tx) =>
        tx.insert(reportFigures).values({ ...stored!, key: 'forged', organisationIds: [organisationId, otherOrganisationId] }),
      ),
    ).rejects.toThrow();
    expect(await storedRows()).toHaveLength(1);
  });

  it('keeps one stored figure per scope: another period or cut is computed and stored on its own', async () => {
    await newClient('Aino');
    await read();
    await read('/api/reports/figures?from=2026-03-01&to=2026-03-31&indicators=clients_new');
    await read(`${figuresUrl}&gender=female`);
    await read();
    expect((await storedRows()).map((row) => [row.scope.from, row.scope.to, row.scope.gender ?? null]).sort()).toEqual([
      ['2026-01-01', '2026-11-23', null],
      ['2026-01-01', '2026-11-23', 'female'],
      ['2026-03-01', '2026-03-31', null],
    ]);
  });
});
