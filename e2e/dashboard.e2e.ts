import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DashboardPage } from './pages/DashboardPage.js';
import { expectAccessible, launchBrowser, newPage, qa } from './support/browser.js';
import { callApi, logIn } from './support/session.js';

/**
 * A team lead opens the dashboard, filters by municipality, drills into the outcome chart to the
 * people behind a bar, and downloads the monthly report as XLSX; the test opens the file and checks
 * its figures against the data. The lead then filters by a coach searched by name. Runs on the demo
 * data at the fixed clock 23.11.2026. The tests run in order and share the page.
 */
describe('a team lead follows the results on the dashboard', () => {
  let browser: Browser;
  let page: Page;
  let dashboard: DashboardPage;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await newPage(browser);
    await logIn(page, 'lead@oulu.polku.test');
    dashboard = new DashboardPage(page);
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('the overview shows the key figures for the year so far and passes axe', async () => {
    await dashboard.openFromNavigation();
    expect(new URL(page.url()).pathname).toBe('/dashboard');
    expect(Number(await dashboard.indicatorValue('clients_served'))).toBeGreaterThan(0);
    await page.locator(qa('overview-trend-chart')).waitFor();
    expect(await page.locator(qa('figures-computed-at')).textContent()).toContain('23.11.2026');
    await expectAccessible(page, 'dashboard overview');
  });

  test('the figures can be computed now instead of read from those computed a few minutes ago', async () => {
    const recomputed = ['/api/reports/figures?', '/api/reports/trend?'].map((path) =>
      page.waitForResponse((response) => response.url().includes(path) && response.url().includes('fresh=true') && response.ok()),
    );
    await page.locator(qa('recompute-figures')).click();
    const [figures] = await Promise.all(recomputed);
    // Other journeys record work on the same server meanwhile, so the page must show what was just computed.
    const computed = ((await figures!.json()) as { figures: { indicatorId: string; value: number }[] }).figures;
    const served = computed.find((figure) => figure.indicatorId === 'clients_served')!.value;
    await expect.poll(async () => Number(await dashboard.indicatorValue('clients_served'))).toBe(served);
  });

  test('filtering by municipality narrows the figures, and the cut follows to the outcomes page', async () => {
    const before = Number(await dashboard.indicatorValue('clients_served'));
    await dashboard.filterByMunicipality('Oulu');
    const oulu = Number(await dashboard.indicatorValue('clients_served'));
    expect(oulu).toBeGreaterThan(0);
    expect(oulu).toBeLessThan(before);
    // The default period is the year so far: 1.1.2026 to the fixed clock's day.
    const municipalityCode = new URL(page.url()).searchParams.get('municipalityCode');
    const query = `from=2026-01-01&to=2026-11-23&municipalityCode=${municipalityCode}&indicators=clients_served`;
    const figures = await callApi(page, 'GET', `/api/reports/figures?${query}`);
    expect((figures.body.figures as { value: number }[])[0]!.value).toBe(oulu);

    await dashboard.openView('outcomes');
    expect(new URL(page.url()).searchParams.get('municipalityCode')).toBe('564');
    await page.locator(qa('breakdown-clients_ended-chart')).waitFor();
    await expectAccessible(page, 'dashboard outcomes');
  });

  test('a bar of the outcome chart opens the list of the people behind it, as many as the bar says', async () => {
    const table = await dashboard.showTable('clients_ended');
    const workCount = Number(
      await table
        .locator(`${qa('breakdown-clients_ended-row-work')} td`)
        .first()
        .textContent(),
    );
    expect(workCount).toBeGreaterThan(0);
    await expectAccessible(page, 'outcome chart as a table');
    // The table's own XLSX download, built in the browser, holds the same count.
    const card = dashboard.indicator('clients_ended');
    const [download] = await Promise.all([page.waitForEvent('download'), card.locator(qa('download-xlsx')).click()]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await download.path())!);
    const sheetRows = workbook.worksheets[0]!.getRows(1, workbook.worksheets[0]!.rowCount)!;
    expect(sheetRows.find((row) => row.getCell(1).value === 'Työssä')!.getCell(2).value).toBe(workCount);
    await page.click(qa('breakdown-clients_ended-toggle'));

    // The chart draws its bars with an animation; a click opens the list only once a bar is in place.
    const peoplePage = /\/dashboard\/people\?/;
    await expect
      .poll(
        async () => {
          if (!peoplePage.test(page.url())) {
            // A click during the animation can land on the neighbouring bar: click only a bar that has stopped moving.
            const bar = dashboard.chartBars('clients_ended').first();
            const before = await bar.boundingBox().catch(() => null);
            await page.waitForTimeout(300);
            const after = await bar.boundingBox().catch(() => null);
            if (before && JSON.stringify(before) === JSON.stringify(after)) await bar.click({ timeout: 2000 }).catch(() => undefined);
          }
          return page.url();
        },
        { timeout: 30_000, interval: 1000 },
      )
      .toMatch(peoplePage);
    await page.waitForLoadState('load');
    const url = new URL(page.url());
    expect([url.searchParams.get('indicatorId'), url.searchParams.get('key'), url.searchParams.get('municipalityCode')]).toEqual([
      'clients_ended',
      'work',
      '564',
    ]);
    const rows = await dashboard.drillDownRows();
    // One row per person; a person may stand behind several ended enrolments.
    const people = await rows.count();
    expect(people).toBeGreaterThan(0);
    const enrolments = (await rows.locator('td:last-child').allTextContents()).reduce((sum, text) => sum + Number(text), 0);
    expect(enrolments).toBe(workCount);
    await expectAccessible(page, 'drill-down list');
  });

  test('the monthly report downloads as XLSX with the same figures as the data', async () => {
    await page.goto('/dashboard');
    await dashboard.waitForFigures();
    await dashboard.openView('monthly');
    await dashboard.chooseMonth('lokakuu 2026');
    await expectAccessible(page, 'monthly report');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(qa('monthly-xlsx'))]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await download.path())!);
    const sheet = workbook.getWorksheet('Kuukausiraportti')!;
    const rows = sheet.getRows(1, sheet.rowCount)!;
    const valueOf = (label: string, column: 3 | 4) => rows.find((row) => row.getCell(1).value === label)!.getCell(column).value;

    // The data: the people who started in October 2026, and in 2026 up to October, listed one by one.
    const people = async (from: string) => {
      const answer = await callApi(page, 'GET', `/api/reports/drill-down?indicatorId=clients_new&from=${from}&to=2026-10-31`);
      return answer.body.total as number;
    };
    expect(valueOf('Uudet asiakkaat', 3)).toBe(await people('2026-10-01'));
    expect(valueOf('Uudet asiakkaat', 4)).toBe(await people('2026-01-01'));
    const ended = await callApi(page, 'GET', '/api/reports/figures?from=2026-10-01&to=2026-10-31&indicators=clients_ended');
    const endedFigure = (ended.body.figures as { value: number; breakdown: { key: string; value: number }[] }[])[0]!;
    expect(valueOf('Päättyneet asiakkuudet tuloksen mukaan', 3)).toBe(endedFigure.value);
    expect(valueOf('   Työssä', 3)).toBe(endedFigure.breakdown.find((row) => row.key === 'work')!.value);
    // The page shows the same month.
    expect(await dashboard.monthlyCell('clients_new', 'monthly-value').textContent()).toBe(String(valueOf('Uudet asiakkaat', 3)));
  });

  test('the coach filter finds a coach by part of the name and cuts the figures by them; a link keeps the choice', async () => {
    await page.goto('/dashboard');
    await dashboard.waitForFigures();
    const before = Number(await dashboard.indicatorValue('clients_served'));
    await dashboard.filterByCoach('järvi', 'Essi Järvinen');
    expect(await dashboard.chosenCoach().textContent()).toContain('Essi Järvinen');
    const coachId = new URL(page.url()).searchParams.get('coachId');
    expect(coachId).not.toBeNull();
    const coached = Number(await dashboard.indicatorValue('clients_served'));
    const figures = await callApi(
      page,
      'GET',
      `/api/reports/figures?from=2026-01-01&to=2026-11-23&coachId=${coachId}&indicators=clients_served`,
    );
    expect((figures.body.figures as { value: number }[])[0]!.value).toBe(coached);
    expect(coached).toBeGreaterThan(0);
    expect(coached).toBeLessThan(before);
    await expectAccessible(page, 'dashboard cut by a coach');

    // Opened from the address, the chosen coach is named again; clearing the choice removes the cut.
    await page.reload();
    await dashboard.waitForFigures();
    await expect.poll(() => dashboard.chosenCoach().textContent()).toContain('Essi Järvinen');
    await page.click(qa('report-filter-coach-clear'));
    await expect.poll(() => new URL(page.url()).searchParams.get('coachId')).toBeNull();
    await dashboard.waitForFigures();
    await expect.poll(async () => Number(await dashboard.indicatorValue('clients_served'))).toBe(before);
  });

  test('the targets page shows the programme targets against the actual figures and passes axe', async () => {
    await dashboard.openView('targets');
    const row = page.locator(qa('target-row-clients_served')).first();
    await row.waitFor();
    expect(await row.locator(qa('target-value')).textContent()).toMatch(/^(450|524)$/);
    expect(Number(await row.locator(qa('target-actual')).textContent())).toBeGreaterThan(0);
    await expectAccessible(page, 'targets page');
  });
});

describe('an analyst sees the dashboard without the people behind it', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await newPage(browser);
    await logIn(page, 'analyst@oulu.polku.test');
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('small figures are suppressed and no figure links to people', async () => {
    const dashboard = new DashboardPage(page);
    await dashboard.openFromNavigation();
    await page.locator(qa('suppression-notice')).waitFor();
    expect(await page.locator(qa('indicator-drill-down')).count()).toBe(0);
    await expectAccessible(page, 'dashboard overview for an analyst');
  });
});
