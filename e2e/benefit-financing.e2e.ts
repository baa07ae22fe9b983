import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectAccessible, launchBrowser, newPage, qa } from './support/browser.js';

/**
 * A team lead opens the municipal-share page: Polku ships no percentages, so it says the shares are
 * not configured; the lead enters a tier with its source (the numbers below are invented for the
 * test), records a client's paid days and sees the client's tier and the month's estimate.
 */
async function logIn(page: Page): Promise<void> {
  await page.goto('/login');
  await page.fill(qa('login-email'), 'lead@oulu.polku.test');
  await page.fill(qa('login-password'), 'Polku-demo-2026!');
  await page.click(qa('login-submit'));
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

describe('a team lead looks at the municipal share of unemployment benefits', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await newPage(browser);
    await logIn(page);
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('without configured tiers the page says so and estimates no euros', async () => {
    // Reports live under one main menu entry, with a row of their own pages.
    await page.click(qa('nav-management'));
    await page.click(qa('nav-benefit-financing'));
    await page.locator(qa('financing-not-configured')).waitFor();
    await page.fill(`${qa('exposure-municipality')} input`, 'Oulu');
    await page.getByRole('option', { name: 'Oulu', exact: true }).click();
    await page.locator(qa('exposure-table')).waitFor();
    expect(await page.locator(qa('exposure-total')).innerText()).toBe('–');
    await expectAccessible(page, 'municipal share, not configured');
  });

  test('with a tier and its source entered, a recorded count shows its tier and the month’s estimate', async () => {
    await page.click(qa('tier-add'));
    await page.fill(qa('tier-0-from-day'), '101');
    await page.fill(qa('tier-0-share'), '12,5');
    await page.fill(qa('financing-legal-source'), 'Testiporras, ei laista');
    await page.fill(qa('financing-daily-amount'), '40');
    await page.fill(qa('financing-daily-amount-source'), 'Testisumma');
    await page.click(qa('financing-settings-save'));
    await page.locator(qa('financing-settings-saved')).waitFor();
    await page.locator(qa('financing-not-configured')).waitFor({ state: 'detached' });

    const clientName = await page.locator(`${qa('record-days-client')}`).innerText();
    await page.fill(qa('record-days-count'), '300');
    await page.fill(qa('record-days-as-of'), '20.11.2026');
    await page.click(qa('record-days-save'));
    await page.locator(qa('record-days-saved')).waitFor();
    const row = page.locator(`${qa('exposure-table')} tbody tr`, { hasText: clientName.trim() }).first();
    await row.locator(qa('exposure-current-tier')).getByText('12,5 % päivästä 101').waitFor();
    // November 2026 has 21 weekdays, every one past day 101 here: 21 × 12.5 % × 40 € = 105 €.
    expect(await row.locator(qa('exposure-monthly')).innerText()).toMatch(/^105,00\s€$/);
    await expectAccessible(page, 'municipal share with an estimate');
  });
});
