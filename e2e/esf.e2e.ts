import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { EsfReportPage, EsfSection, FollowUpTaskList } from './pages/EsfPages.js';
import { CaseloadPage } from './pages/CaseloadPage.js';
import { ClientPage } from './pages/ClientPage.js';
import { expectAccessible, launchBrowser, newPage, qa } from './support/browser.js';
import { callApi, logIn } from './support/session.js';

/**
 * A coach records a due follow-up from the task list on the home page and the ESF+ participant data
 * of a client in the ESF+ funded IPS project; a team lead reads the programme's ESF+ indicators and
 * downloads them as XLSX (the test opens the file and compares it with the page); an analyst sees
 * small counts hidden.
 */
describe('ESF+ participant data, follow-up tasks and the ESF+ report', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  describe('as a coach', () => {
    let page: Page;

    beforeAll(async () => {
      page = await newPage(browser);
      await logIn(page, 'coach@oulu.polku.test');
    });

    test('the home page lists the due follow-ups; a result needs its source and leaves the list when saved', async () => {
      const tasks = new FollowUpTaskList(page);
      await tasks.section().waitFor();
      const before = await tasks.tasks().count();
      expect(before).toBeGreaterThan(0);
      await new CaseloadPage(page).waitForRows();
      await expectAccessible(page, 'caseload with the task list');

      const taskId = await tasks.openFirst();
      await tasks.choose('follow-up-task-situation', 'Työssä');
      await tasks.submit();
      // The source is required here: the form says so at the field.
      await page.locator(qa('follow-up-task-form')).getByText('Pakollinen tieto.').waitFor();
      await expectAccessible(page, 'task form with a field error');

      await tasks.choose('follow-up-information-source', 'Työnantaja');
      // The browser's own clock is not the server's fixed one.
      await page.fill(qa('follow-up-task-completed-on'), '23.11.2026');
      await tasks.submit();
      await page.waitForSelector(qa('follow-up-task-saved'));
      await page.locator(qa(taskId)).waitFor({ state: 'detached' });
      expect(await tasks.tasks().count()).toBe(before - 1);
    });

    test('the coach records the ESF+ data at entry on the enrolment card', async () => {
      const caseload = await callApi(page, 'GET', '/api/caseload?pageSize=200');
      let target: { clientId: string; enrolmentId: string } | undefined;
      for (const row of caseload.body.items ?? []) {
        if (!row.enrolmentId) continue;
        const esf = await callApi(page, 'GET', `/api/enrolments/${String(row.enrolmentId)}/esf`);
        if (esf.status === 200 && esf.body.participant === null) {
          target = { clientId: String(row.clientId), enrolmentId: String(row.enrolmentId) };
          break;
        }
      }
      expect(target, 'an ESF+ enrolment of the coach without participant data').toBeDefined();
      const clientPage = new ClientPage(page);
      await clientPage.open(target!.clientId, 'enrolments');
      const esf = new EsfSection(page, target!.enrolmentId);
      await esf.root().locator(qa('esf-not-recorded')).waitFor();
      await esf.root().locator(qa('esf-entry-open')).click();
      await esf.root().locator(qa('esf-entry-form')).waitFor();
      await esf.answer('esf-gender', 'Nainen');
      await esf.answer('esf-labour-market-status', 'Työtön');
      await page.fill(qa('esf-unemployed-since'), '1.9.2025');
      await esf.choose('esf-isced-level', '3 – Toinen aste');
      await esf.answer('esf-disability', 'Ei');
      await esf.answer('esf-foreignBackground', 'Ei');
      await esf.answer('esf-minority', 'Ei halua vastata');
      await esf.answer('esf-homeless', 'Ei');
      await esf.answer('esf-thirdCountryNational', 'Ei');
      await esf.answer('esf-ruralArea', 'Kyllä');
      await expectAccessible(page, 'ESF+ entry form');
      await page.click(qa('esf-entry-submit'));
      await esf.root().locator(qa('esf-saved')).waitFor();
      expect(await esf.root().locator(qa('esf-status')).textContent()).toBe('Työtön');
      // Unemployed since 1.9.2025: over 12 months before any start in the autumn of 2026.
      expect(await esf.root().locator(qa('esf-long-term')).textContent()).toBe('Kyllä');
      await expectAccessible(page, 'client page with ESF+ data');
    });
  });

  describe('as a team lead', () => {
    let page: Page;
    let total = '';

    beforeAll(async () => {
      page = await newPage(browser);
      await logIn(page, 'lead@oulu.polku.test');
    });

    test('the ESF+ report shows the indicators by gender with their definitions', async () => {
      // Reports live under one main menu entry, with a row of their own pages.
      await page.click(qa('nav-management'));
      await page.click(qa('nav-esf-report'));
      await page.waitForSelector(qa('esf-report-page'));
      await expectAccessible(page, 'ESF+ report form');
      const report = new EsfReportPage(page);
      await report.show('1.1.2025', '23.11.2026');
      total = (await report.cell('EECO01', 'total').textContent())!;
      expect(Number(total)).toBeGreaterThan(0);
      const [women, men, nonBinary] = await Promise.all(
        (['female', 'male', 'nonBinary'] as const).map(async (column) => Number(await report.cell('EECO01', column).textContent())),
      );
      expect(women! + men! + nonBinary!).toBe(Number(total));
      expect(await page.locator(qa('esf-suppressed-note')).count()).toBe(0);
      await expectAccessible(page, 'ESF+ report');
    });

    test('the XLSX download holds the same figures', async () => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(qa('esf-download-xlsx'))]);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile((await download.path())!);
      const rows: unknown[][] = [];
      workbook.getWorksheet('ESR+ indikaattorit')!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
      const totalRow = rows.find((row) => row[0] === 'EECO01')!;
      expect(totalRow[2]).toBe('Osallistujien kokonaismäärä');
      expect(totalRow[6]).toBe(Number(total));
    });
  });

  test('an analyst sees small counts hidden', async () => {
    const page = await newPage(browser);
    await logIn(page, 'analyst@oulu.polku.test');
    await page.goto('/esf-report');
    const report = new EsfReportPage(page);
    await report.show('1.1.2025', '23.11.2026');
    await page.waitForSelector(qa('esf-suppressed-note'));
    await expectAccessible(page, 'ESF+ report with suppressed counts');
  });
});
