import type { Page } from 'playwright-core';
import { qa } from '../support/browser.js';

/** The caseload (/) and the team view (/team): summary tiles, filters and the client table they share. */
export class CaseloadPage {
  /** Clicks and typed fields since the last reset, to hold the quick log to its interaction budget. */
  interactions = 0;

  constructor(private readonly page: Page) {}

  async logIn(email: string): Promise<void> {
    await this.page.goto('/login');
    await this.page.fill(qa('login-email'), email);
    await this.page.fill(qa('login-password'), 'Polku-demo-2026!');
    await this.page.click(qa('login-submit'));
    await this.page.waitForURL((url) => !url.pathname.startsWith('/login'));
  }

  async open(path: '/' | '/team' = '/'): Promise<void> {
    await this.page.goto(path);
    await this.waitForRows();
  }

  /** The table has answered: no request in flight and rows (or the empty text) in place. */
  async waitForRows(): Promise<void> {
    await this.page.waitForSelector(`${qa('caseload-table')} table[aria-busy="false"]`);
    await this.page.waitForSelector(`${qa('caseload-table')} tbody tr`);
  }

  summaryCount(tile: 'overdue' | 'dueSoon' | 'followUpsDue' | 'clients') {
    return this.page.locator(qa(`summary-${tile}-count`));
  }

  rows() {
    return this.page.locator(`${qa('caseload-table')} tbody tr`);
  }

  /** The client's row; the name link carries the client id. */
  row(clientId: string) {
    return this.page.locator(`${qa('caseload-table')} tbody tr`, { has: this.page.locator(qa(`caseload-row-${clientId}`)) });
  }

  /** Client ids of the rows on screen, in order. */
  async clientIds(): Promise<string[]> {
    const links = await this.page.locator(`${qa('caseload-table')} [data-qa^="caseload-row-"]`).all();
    return Promise.all(links.map(async (link) => (await link.getAttribute('data-qa'))!.replace('caseload-row-', '')));
  }

  /** Does something that asks for a new page of the list, and waits until its rows are shown. */
  private async reloadingRows(action: () => Promise<void>): Promise<void> {
    const answered = this.page.waitForResponse((response) => new URL(response.url()).pathname.startsWith('/api/caseload'));
    await action();
    await answered;
    await this.waitForRows();
  }

  /** A suomifi Dropdown filter: the button carries the data-qa, the options open in a listbox. */
  async choose(name: string, optionText: string): Promise<void> {
    await this.reloadingRows(async () => {
      await this.page.click(qa(name));
      await this.page.getByRole('option', { name: optionText, exact: true }).click();
    });
  }

  /** The team view's coach filter searches on the server; an earlier choice is cleared first. */
  async chooseCoach(name: string): Promise<void> {
    const clear = this.page.locator(qa('filter-coach-clear'));
    if (await clear.isVisible()) await clear.click();
    await this.page.fill(qa('filter-coach-search-input'), name.split(' ')[0]!);
    const option = this.page.locator(qa('filter-coach-search-options')).getByRole('option', { name, exact: true });
    await option.waitFor();
    const answered = this.page.waitForResponse((response) => {
      const url = new URL(response.url());
      return url.pathname === '/api/caseload/team' && url.searchParams.has('coachId');
    });
    await option.click();
    await answered;
    await this.waitForRows();
  }

  async search(text: string): Promise<void> {
    await this.reloadingRows(() => this.page.fill(qa('filter-search'), text));
  }

  async openQuickLog(clientId: string): Promise<void> {
    await this.page.click(qa(`quick-log-open-${clientId}`));
    this.interactions += 1;
    await this.page.waitForSelector(qa('quick-log'));
  }

  async typeSummary(text: string): Promise<void> {
    await this.page.fill(qa('quick-log-summary'), text);
    this.interactions += 1;
  }

  async saveQuickLog(): Promise<void> {
    await this.page.click(qa('quick-log-confirm'));
    this.interactions += 1;
    await this.page.waitForSelector(qa('quick-log-saved'));
  }

  quickLogDetails() {
    return this.page.locator(qa('quick-log-details'));
  }

  notice(name: 'quick-log-saved' | 'reassign-done') {
    return this.page.locator(qa(name));
  }

  async reassign(clientId: string, coachName: string): Promise<void> {
    await this.page.click(qa(`reassign-open-${clientId}`));
    await this.page.waitForSelector(qa('reassign'));
    await this.page.click(qa('reassign-coach'));
    await this.page.getByRole('option', { name: new RegExp(`^${coachName}`) }).click();
    await this.page.click(qa('reassign-confirm'));
    await this.page.waitForSelector(qa('reassign-done'));
  }

  /** The caseload's size as the API reports it, read with the page's own session. */
  total(path: '/api/caseload' | '/api/caseload/team' = '/api/caseload'): Promise<number> {
    return this.page.evaluate(async (url) => ((await (await fetch(`${url}?pageSize=1`)).json()) as { total: number }).total, path);
  }
}
