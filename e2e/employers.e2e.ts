import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ClientImportPage as CsvImportPage } from './pages/AdminPage.js';
import { EmployerListPage, EmployerPage, NewEmployerForm } from './pages/EmployerPages.js';
import { expectAccessible, launchBrowser, newPage, qa } from './support/browser.js';

/**
 * An employer coordinator adds an employer to the register (the business ID's check digit is
 * verified in the form), visits it at the workplace, and sees the relationship move to "met"
 * with one personal meeting counted. The tests run in order and share the employer.
 */
const today = '23.11.2026';
const suffix = Date.now().toString(36);
const employerName = `Polkupyöräpaja ${suffix} Oy`;

/** A valid business ID no demo employer has: seven digits from the clock with their check digit. */
function freshBusinessId(): string {
  const weights = [7, 9, 10, 5, 8, 4, 2];
  for (let candidate = Date.now() % 10_000_000; ; candidate = (candidate + 1) % 10_000_000) {
    const digits = String(candidate).padStart(7, '0');
    const remainder = [...digits].reduce((sum, digit, index) => sum + Number(digit) * weights[index]!, 0) % 11;
    if (remainder !== 1) return `${digits}-${remainder === 0 ? 0 : 11 - remainder}`;
  }
}

async function logIn(page: Page, email = 'coordinator@oulu.polku.test'): Promise<void> {
  await page.goto('/login');
  await page.fill(qa('login-email'), email);
  await page.fill(qa('login-password'), 'Polku-demo-2026!');
  await page.click(qa('login-submit'));
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

describe('an employer coordinator adds an employer and visits it', () => {
  let browser: Browser;
  let page: Page;
  let employerId = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await newPage(browser);
    await logIn(page);
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('the employer register lists the organisation’s employers and passes axe', async () => {
    await page.click(qa('nav-employers'));
    const list = new EmployerListPage(page);
    await list.waitForRows();
    expect((await list.rowNames()).length).toBeGreaterThan(0);
    await expectAccessible(page, 'employer list');
    await list.startNewEmployer();
    await expectAccessible(page, 'new employer form');
  });

  test('a business ID with a wrong check digit is refused at the field, then a valid one creates the employer', async () => {
    const form = new NewEmployerForm(page);
    await form.fill('name-field', employerName);
    await form.fill('business-id', '1234567-8');
    await form.chooseIndustry('C Teollisuus');
    await form.chooseMunicipality('Oulu');
    await form.submit();
    await form.fieldInError('business-id').waitFor();
    expect(await form.describedText('business-id')).toContain('Y-tunnus ei ole kelvollinen');
    expect(new URL(page.url()).pathname).toBe('/employers/new');
    await expectAccessible(page, 'new employer form with a field error');

    await form.fill('business-id', freshBusinessId());
    await form.submit();
    await page.waitForURL(/\/employers\/[0-9a-f-]{36}$/);
    employerId = new URL(page.url()).pathname.split('/').pop()!;
    const employer = new EmployerPage(page);
    await employer.open(employerId);
    expect(await employer.heading().textContent()).toBe(employerName);
    expect(await employer.stage().textContent()).toBe('Tunnistettu');
    expect(await employer.meetingCount().textContent()).toBe('0');
    expect(await employer.lastContact().textContent()).toBe('Ei vielä');
  });

  test('a visit at the workplace moves the relationship to "met" and counts one personal meeting', async () => {
    const employer = new EmployerPage(page);
    await employer.logInteraction({
      kind: 'Käynti työpaikalla',
      occurredOn: today,
      summary: 'Tutustuttiin korjaamoon ja sen työtehtäviin.',
      agreed: 'Kaksi työkokeilupaikkaa keväällä.',
    });
    await page.locator(qa('employer-stage')).getByText('Tavattu').waitFor();
    expect(await employer.meetingCount().textContent()).toBe('1');
    expect(await employer.lastContact().textContent()).toBe(today);
    expect(await page.getAttribute(qa('employer-step-met'), 'data-state')).toBe('current');
    const entries = employer.timelineEntries();
    expect(await entries.count()).toBe(3);
    expect(await entries.nth(0).getAttribute('data-qa')).toBe('timeline-stage-change');
    expect(await entries.nth(0).textContent()).toContain('Vaihe: Tavattu');
    expect(await entries.nth(1).textContent()).toContain('Kaksi työkokeilupaikkaa keväällä.');
    await expectAccessible(page, 'employer page after a visit');
  });

  test('the employer’s other sections pass axe, and the new employer is found in the register', async () => {
    const employer = new EmployerPage(page);
    for (const section of ['profile', 'contacts', 'workplaces'] as const) {
      await employer.openSection(section);
      await expectAccessible(page, `employer page, ${section}`);
    }
    const list = new EmployerListPage(page);
    await list.open();
    await list.search(suffix);
    await page.locator(qa(`employer-row-${employerId}`)).waitFor();
    expect(await list.rowNames()).toEqual([employerName]);
  });

  test('the coordinator previews an employer file, sees the rejected row and why, then imports the valid one', async () => {
    const list = new EmployerListPage(page);
    await list.open();
    await page.click(qa('employers-import'));
    await page.waitForSelector(qa('import-file'));
    await expectAccessible(page, 'employer import');
    // The import page is shared with the client import, and so is its page object.
    const importPage = new CsvImportPage(page);
    const csv = [
      'name;business_id;industry_section;municipality_code',
      `Tuotu ${suffix} Oy;${freshBusinessId()};G;Oulu`,
      `Virheellinen ${suffix} Oy;1234567-8;G;Oulu`,
    ].join('\r\n');
    await importPage.preview('tyonantajat.csv', csv);
    expect(await importPage.count('create').innerText()).toBe('1');
    expect(await importPage.count('reject').innerText()).toBe('1');
    expect(await importPage.rowAction(3).innerText()).toBe('Hylätään');
    expect(await importPage.rowReasons(3).innerText()).toContain('business_id: Y-tunnus ei ole kelvollinen');
    expect(await importPage.commitButton().innerText()).toBe('Tuo 1 työnantaja');
    await expectAccessible(page, 'employer import preview');
    await importPage.commit();
    expect(await importPage.rowAction(2).innerText()).toBe('Luotu');
    await expectAccessible(page, 'employer import result');
    await page.click(qa('nav-employers'));
    await list.search(`Tuotu ${suffix}`);
    await page
      .locator(`${qa('employer-table')} a[data-qa^="employer-row-"]`)
      .getByText(`Tuotu ${suffix} Oy`)
      .waitFor();
  });
});

describe('a team lead assigns industry sections to the staff', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await newPage(browser);
    await logIn(page, 'lead@oulu.polku.test');
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('the lead adds a section to a coach, and the page passes axe', async () => {
    await page.click(qa('nav-employers'));
    await page.click(qa('employers-sectors'));
    await page.waitForSelector(qa('sector-table'));
    await expectAccessible(page, 'industry responsibilities');
    const row = page.locator('[data-qa^="sector-row-"]').filter({ hasText: 'Työhönvalmentaja' }).first();
    const sectionsBefore = await row.locator(qa('sector-row-sections')).innerText();
    await row.locator('[data-qa^="sector-edit-"]').click();
    await page.waitForSelector(qa('sector-form'));
    await expectAccessible(page, 'industry responsibilities, editing');
    const choice = page.locator(qa('sector-choice-U'));
    const wasChosen = await choice.isChecked();
    // A suomifi checkbox: its label, drawn over the input, takes the click.
    await page.click(`label[for="${await choice.getAttribute('id')}"]`);
    await page.click(qa('sector-submit'));
    await page.waitForSelector(qa('sector-saved'));
    const sectionsAfter = await row.locator(qa('sector-row-sections')).innerText();
    expect(sectionsAfter.includes('U')).toBe(!wasChosen);
    expect(sectionsAfter).not.toBe(sectionsBefore);
  });
});
