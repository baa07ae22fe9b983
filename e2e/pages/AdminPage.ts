import type { Page } from 'playwright-core';
import { currentTotp } from '../../src/server/auth/totp.js';
import { qa } from '../support/browser.js';

export const demoPassword = 'Polku-demo-2026!';

/**
 * Logs in through the login page. An admin's first login enrols an authenticator: the secret
 * shown on the page is read and the code computed from it, as a phone app would.
 * Answers the secret, which the next login of the same admin needs.
 */
export async function logIn(page: Page, email: string, totpSecret?: string): Promise<string | undefined> {
  await page.goto('/login');
  await page.fill(qa('login-email'), email);
  await page.fill(qa('login-password'), demoPassword);
  await page.click(qa('login-submit'));
  const next = await Promise.race([
    page.waitForSelector(qa('totp-secret')).then(() => 'setup' as const),
    page.waitForSelector(qa('totp-code')).then(() => 'code' as const),
    page.waitForURL((url) => !url.pathname.startsWith('/login')).then(() => 'done' as const),
  ]);
  let secret = totpSecret;
  if (next === 'setup') {
    secret = (await page.locator(qa('totp-secret')).innerText()).replace(/\s/g, '');
    await page.fill(qa('totp-code'), currentTotp(secret));
    await page.click(qa('totp-setup-submit'));
  } else if (next === 'code') {
    if (!secret) throw new Error(`${email} owes a second factor but no secret is known`);
    await page.fill(qa('totp-code'), currentTotp(secret));
    await page.keyboard.press('Enter');
  }
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  return secret;
}

/** A suomifi Dropdown: the button carries the data-qa, the options open in a listbox. */
async function choose(page: Page, name: string, optionText: string): Promise<void> {
  await page.click(qa(name));
  await page.getByRole('option', { name: optionText, exact: true }).click();
}

/** Some suomifi inputs put the data-qa on a wrapper, some on the input itself. */
const inputOf = (page: Page, name: string) => page.locator(qa(name)).locator('xpath=descendant-or-self::input').first();

/** The administration pages: users, organisations and teams, programmes. */
export class AdminPage {
  constructor(private readonly page: Page) {}

  async openUsers(): Promise<void> {
    await this.page.click(qa('nav-admin'));
    await this.page.waitForSelector('[data-qa^="user-row-"]');
  }

  async searchUsers(text: string): Promise<void> {
    await inputOf(this.page, 'user-filter-search').fill(text);
    await this.page.keyboard.press('Enter');
    await this.page.waitForURL((url) => url.searchParams.get('q') === text);
    await this.page.waitForSelector(`${qa('user-table')} table:not([aria-busy="true"])`);
  }

  userRow(email: string) {
    return this.page.locator('tr', { has: this.page.locator(qa(`user-row-${email}`)) });
  }

  async openNewUserForm(): Promise<void> {
    await this.page.click(qa('new-user'));
    await this.page.waitForSelector(qa('membership-role-0'));
  }

  async fillNewUser(user: { name: string; email: string; password: string; role: string }): Promise<void> {
    await this.page.fill(qa('user-form-name'), user.name);
    await this.page.fill(qa('user-form-email'), user.email);
    await this.page.fill(qa('user-form-password'), user.password);
    await choose(this.page, 'membership-role-0', user.role);
  }

  async setPassword(password: string): Promise<void> {
    await this.page.fill(qa('user-form-password'), password);
  }

  async submitNewUser(): Promise<void> {
    await this.page.click(qa('new-user-submit'));
  }

  /** The error text of a text field, read through its aria-describedby like a screen reader does. */
  async fieldError(name: string): Promise<string> {
    const field = this.page.locator(qa(name));
    await field.and(this.page.locator('[aria-invalid="true"]')).waitFor();
    const describedBy = (await field.getAttribute('aria-describedby')) ?? '';
    const texts = await Promise.all(
      describedBy
        .split(' ')
        .filter(Boolean)
        .map((id) => this.page.locator(`[id="${id}"]`).innerText()),
    );
    return texts.join(' ');
  }

  /** Runs one of the account buttons on a user's page and confirms it in the dialog. */
  async runAccountAction(action: 'disable' | 'enable' | 'endSessions' | 'resetTotp'): Promise<void> {
    await this.page.click(qa(`user-action-${action}`));
    await this.page.click(qa('user-action-dialog-confirm'));
    await this.page.waitForSelector(qa('user-action-dialog'), { state: 'detached' });
  }

  userStatus() {
    return this.page.locator(`${qa('user-details')} ${qa('user-status')}`);
  }

  async openOrganisations(): Promise<void> {
    await this.page.click(qa('admin-nav-organisations'));
    await this.page.waitForSelector('section[data-qa^="organisation-"]');
  }

  async addTeam(organisationId: string, name: string): Promise<void> {
    await this.page.fill(qa(`team-add-${organisationId}-name`), name);
    await this.page.click(qa(`team-add-${organisationId}-submit`));
    await this.page.waitForSelector(qa(`team-${name}`));
  }

  async openProgrammes(): Promise<void> {
    await this.page.click(qa('admin-nav-programmes'));
    await this.page.waitForSelector('[data-qa^="programme-row-"]');
  }
}

/** The audit log view: find a client, read the accesses to their data, verify the chain. */
export class AuditPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.click(qa('nav-audit'));
    await this.page.waitForSelector(`${qa('audit-table')} table:not([aria-busy="true"])`);
  }

  async chooseClient(lastName: string, clientId: string): Promise<void> {
    await inputOf(this.page, 'audit-client-search-input').fill(lastName);
    await this.page.keyboard.press('Enter');
    await this.page.click(qa(`audit-client-${clientId}`));
    await this.page.waitForSelector(qa('audit-chosen-client'));
    await this.page.waitForSelector(`${qa('audit-table')} table:not([aria-busy="true"])`);
  }

  /** Each row of the log table as its cells' texts. */
  /** Searches who did it by part of the name, picks them and applies the filters. */
  async filterByActor(text: string, option: string): Promise<void> {
    await this.page.fill(qa('audit-filter-actor-search-input'), text);
    await this.page.locator(qa('audit-filter-actor-search-options')).getByRole('option', { name: option, exact: true }).click();
    await this.page.waitForSelector(qa('audit-filter-actor-chosen'));
    const filtered = this.page.waitForResponse(
      (response) => response.url().includes('/api/audit?') && response.url().includes('actorUserId='),
    );
    await this.page.click(qa('audit-filter-apply'));
    await filtered;
    await this.page.waitForSelector(`${qa('audit-table')} table:not([aria-busy="true"])`);
  }

  async entries(): Promise<string[][]> {
    return this.page
      .locator(`${qa('audit-table')} tbody tr`)
      .evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('td')].map((cell) => (cell.textContent ?? '').trim())));
  }

  async verifyChain(): Promise<string> {
    await this.page.click(qa('audit-chain-run'));
    const result = this.page.locator(qa('audit-chain-result'));
    await result.locator('*').first().waitFor();
    return result.innerText();
  }
}

/** The client import: choose a CSV file, preview, import. */
export class ClientImportPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.click(qa('nav-client-import'));
    await this.page.waitForSelector(qa('import-file'));
  }

  async preview(fileName: string, csv: string): Promise<void> {
    await this.page
      .locator(`${qa('import-file')} input[type="file"]`)
      .setInputFiles({ name: fileName, mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await this.page.click(qa('import-preview'));
    await this.page.waitForSelector(qa('import-preview-result'));
  }

  count(action: 'create' | 'update' | 'reject') {
    return this.page.locator(qa(`import-count-${action}`));
  }

  rowAction(line: number) {
    return this.page.locator(qa(`import-row-action-${line}`));
  }

  rowReasons(line: number) {
    return this.page.locator(qa(`import-row-reason-${line}`));
  }

  commitButton() {
    return this.page.locator(qa('import-commit'));
  }

  async commit(): Promise<void> {
    await this.page.click(qa('import-commit'));
    await this.page.click(qa('import-confirm-confirm'));
    await this.page.waitForSelector(qa('import-result'));
  }
}
