import type { Page } from 'playwright-core';
import { qa } from '../support/browser.js';

/** The match list on an opportunity's page (candidates) or on a client's page (jobs). */
export class MatchPanel {
  constructor(
    private readonly page: Page,
    private readonly section: 'opportunity-matches' | 'client-matches',
  ) {}

  async waitForList(): Promise<void> {
    await this.page.waitForSelector(`${qa(this.section)} ${qa('match-list')}`);
  }

  row(id: string) {
    return this.page.locator(`${qa(this.section)} ${qa('match-row')}[data-id="${id}"]`);
  }

  rowIds(): Promise<string[]> {
    return this.page
      .locator(`${qa(this.section)} ${qa('match-list')} ${qa('match-row')}`)
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-id') ?? ''));
  }

  /** Opens a row's explanation from the keyboard: focus its button and press Enter. */
  async expand(id: string): Promise<void> {
    await this.row(id).locator(qa('match-explain')).focus();
    await this.page.keyboard.press('Enter');
    await this.row(id).locator(qa('match-explanation')).waitFor();
  }

  componentText(id: string, kind: string): Promise<string> {
    return this.row(id)
      .locator(qa(`match-component-${kind}`))
      .innerText();
  }

  async filterByDistance(km: string): Promise<void> {
    await this.page.fill(`${qa(this.section)} ${qa('match-filter-distance')}`, km);
  }

  async filterByMunicipality(name: string): Promise<void> {
    await this.page.fill(`${qa(this.section)} ${qa('match-filter-municipality')}`, name);
  }

  async propose(id: string): Promise<void> {
    await this.row(id).locator(qa('match-propose')).click();
    await this.row(id).locator(qa('match-proposed')).waitFor();
  }

  announcement() {
    return this.page.locator(`${qa(this.section)} ${qa('match-announcement')}`);
  }
}
