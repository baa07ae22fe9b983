import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { makeIdentityCode } from '../src/contract/identity-code.js';
import { CaseloadPage } from './pages/CaseloadPage.js';
import { NewClientPage } from './pages/NewClientPage.js';
import { expectAccessible, launchBrowser, newPage, qa } from './support/browser.js';

/** The server's fixed clock (e2e/support/server.ts) as the caseload shows it. */
const today = '23.11.2026';

describe('a coach works from the caseload and a team lead balances the team', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  describe('as a coach', () => {
    let page: Page;
    let caseload: CaseloadPage;

    beforeAll(async () => {
      page = await newPage(browser);
      caseload = new CaseloadPage(page);
      await caseload.logIn('coach@oulu.polku.test');
    });

    test('the coach lands on their caseload, sees the demo clients and at least one overdue meeting', async () => {
      await caseload.open('/');
      expect(new URL(page.url()).pathname).toBe('/');
      expect(await caseload.rows().count()).toBeGreaterThan(0);
      expect(Number(await caseload.summaryCount('overdue').textContent())).toBeGreaterThanOrEqual(1);
      // Most urgent first: the first row's meeting is overdue and says so in words.
      await expect(caseload.rows().first().locator(qa('meeting-status-overdue')).textContent()).resolves.toContain('Myöhässä');
      await expectAccessible(page, 'caseload (fi)');
    });

    test('the status filter narrows the list to overdue meetings, and the tile turns it off again', async () => {
      const overdue = Number(await caseload.summaryCount('overdue').textContent());
      await caseload.choose('filter-status', 'Myöhässä');
      expect(new URL(page.url()).searchParams.get('status')).toBe('overdue');
      const rows = caseload.rows();
      expect(await rows.count()).toBe(Math.min(overdue, 25));
      expect(await page.locator(`${qa('caseload-table')} ${qa('meeting-status-overdue')}`).count()).toBe(await rows.count());
      await expect(page.locator(qa('summary-overdue')).getAttribute('aria-pressed')).resolves.toBe('true');

      await page.click(qa('summary-overdue'));
      await caseload.waitForRows();
      expect(new URL(page.url()).searchParams.get('status')).toBeNull();
    });

    test('a meeting is logged from the caseload in at most five interactions and its row updates', async () => {
      await caseload.open('/');
      const [clientId] = await caseload.clientIds();
      const row = caseload.row(clientId!);
      await expect(row.locator(qa('meeting-status-overdue')).count()).resolves.toBe(1);
      const name = (await row.locator(qa(`caseload-row-${clientId}`)).textContent())!;

      caseload.interactions = 0;
      await caseload.openQuickLog(clientId!);
      // Nothing the system can derive is asked: today, face to face, an hour and the client are filled in.
      const details = await caseload.quickLogDetails().textContent();
      for (const text of ['Tänään', 'Kasvokkain', '60 min', name.split(', ').reverse().join(' ')]) expect(details).toContain(text);
      await expectAccessible(page, 'quick log dialog (fi)');
      await caseload.typeSummary('Käytiin läpi työnhakusuunnitelma ja sovittiin seuraavat askeleet.');
      await caseload.saveQuickLog();
      expect(caseload.interactions).toBeLessThanOrEqual(5);

      await expect(caseload.notice('quick-log-saved').textContent()).resolves.toContain(today);
      // The row may have moved down the list now that its meeting is no longer due; find it by name.
      await caseload.search(name.split(', ')[0]!);
      await expect(row.locator(qa('last-meeting')).textContent()).resolves.toBe(today);
      await expect(row.locator(qa('meeting-status-overdue')).count()).resolves.toBe(0);
    });

    test('a new client with an invalid identity code is refused at the field and nothing is saved; a valid one opens the client page and a second one is a duplicate', async () => {
      const form = new NewClientPage(page);
      const before = await caseload.total();
      await form.open();
      const lastName = `Uusinen-${Date.now().toString(36)}`;
      await form.fill('first-name', 'Aino');
      await form.fill('last-name', lastName);
      await form.fill('identity-code', '010190-123A');
      await page.fill(`${qa('client-municipality')} input`, 'Ou');
      await page.getByRole('option', { name: 'Oulu', exact: true }).waitFor();
      await expectAccessible(page, 'new client with the municipality list open');
      await form.chooseMunicipality('Oulu');
      await form.submit();

      await form.fieldError('identity-code').waitFor();
      expect(await form.describedText('identity-code')).toContain('Henkilötunnus ei ole kelvollinen');
      await expectAccessible(page, 'new client with a field error (fi)');
      expect(new URL(page.url()).pathname).toBe('/clients/new');
      expect(await caseload.total()).toBe(before);

      const identityCode = makeIdentityCode('1990-01-01', 2 + (Date.now() % 800));
      await form.fill('identity-code', identityCode);
      await expect(page.locator(qa('client-derived-birth-date')).textContent()).resolves.toContain('1.1.1990');
      await form.submit();
      await page.waitForURL(/\/clients\/[0-9a-f-]{36}$/);
      expect(await caseload.total()).toBe(before + 1);

      // The same person again: the server's 409 lands on the identity code field.
      await form.open();
      await form.fill('first-name', 'Aino');
      await form.fill('last-name', lastName);
      await form.fill('identity-code', identityCode);
      await form.chooseMunicipality('Oulu');
      await form.submit();
      await form.fieldError('identity-code').waitFor();
      expect(await form.describedText('identity-code')).toContain('Tällä henkilötunnuksella on jo asiakas');
      expect(await caseload.total()).toBe(before + 1);
    });

    test('the caseload passes axe in English as well', async () => {
      await caseload.open('/');
      await page.click(qa('language-en'));
      await page.waitForSelector(`${qa('page-heading')}:has-text("My clients")`);
      await caseload.waitForRows();
      await expectAccessible(page, 'caseload (en)');
      await page.click(qa('language-fi'));
    });
  });

  describe('as a team lead', () => {
    let page: Page;
    let team: CaseloadPage;

    beforeAll(async () => {
      page = await newPage(browser);
      team = new CaseloadPage(page);
      await team.logIn('lead@oulu.polku.test');
    });

    test('the team view filters by coach and a client is reassigned to another coach', async () => {
      await team.open('/team');
      await expect(page.locator(`${qa('coach-counts')} tbody tr`).count()).resolves.toBeGreaterThan(1);
      // The coaches' table is searched on the server.
      const coachesAnswered = page.waitForResponse(
        (response) => response.url().includes('/api/caseload/team/coaches?') && response.url().includes('search=Rautio'),
      );
      await page.fill(qa('coach-counts-search'), 'Rautio');
      await coachesAnswered;
      await expect(page.locator(`${qa('coach-counts')} tbody tr`, { hasText: 'Anna Rautio' }).count()).resolves.toBe(1);
      await expect(page.locator(`${qa('coach-counts')} tbody tr`).count()).resolves.toBe(1);
      await expectAccessible(page, 'team (fi)');

      const everyone = await team.total('/api/caseload/team');
      await team.chooseCoach('Essi Järvinen');
      expect(new URL(page.url()).searchParams.get('coach')).not.toBeNull();
      await expectAccessible(page, 'team, one coach chosen');
      await expect(page.locator(qa('data-table-range')).last().textContent()).resolves.not.toContain(`/ ${everyone}`);
      // A coach's caseload also holds the clients they are the personal coach of, whoever runs the enrolment:
      // each row names the personal coach, and the enrolment's coach when that is someone else.
      const coachLines = page.locator(`${qa('caseload-table')} :is(${qa('row-coach')}, ${qa('row-personal-coach')})`, {
        hasText: 'Essi Järvinen',
      });
      expect(await coachLines.count()).toBeGreaterThan(0);

      const [clientId] = await team.clientIds();
      const lastName = (await team
        .row(clientId!)
        .locator(qa(`caseload-row-${clientId}`))
        .textContent())!.split(', ')[0]!;
      await team.reassign(clientId!, 'Anna Rautio');
      await expect(team.notice('reassign-done').textContent()).resolves.toContain('Anna Rautio');

      // The client is now in the new personal coach's caseload.
      await team.chooseCoach('Anna Rautio');
      await team.search(lastName);
      expect(await team.row(clientId!).count()).toBe(1);
    });
  });
});
