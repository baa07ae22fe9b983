import type { Page } from 'playwright-core';
import { qa } from '../support/browser.js';

/** The proposal board embedded on an assignment's or an opportunity's page. */
export class ProposalPipeline {
  constructor(private readonly page: Page) {}

  async waitForBoard(): Promise<void> {
    await this.page.waitForSelector(qa('proposal-pipeline'));
    await this.page.waitForSelector(`${qa('proposal-pipeline')} ${qa('pipeline-column-proposed')}`);
  }

  column(status: string) {
    return this.page.locator(qa(`pipeline-column-${status}`));
  }

  card(clientId: string) {
    return this.page.locator(`${qa('proposal-card')}[data-client="${clientId}"]`);
  }

  /** Searches by last name in the dialog, picks the person by their full name and proposes them. */
  async propose(options: { lastName: string; fullName: string; note: string }): Promise<void> {
    await this.page.click(qa('proposal-propose-open'));
    await this.page.waitForSelector(qa('propose-dialog'));
    await this.page.fill(qa('propose-search'), options.lastName);
    await this.page.locator(`${qa('propose-candidates')} label`, { hasText: options.fullName }).click();
    await this.page.fill(qa('propose-note'), options.note);
    await this.page.click(qa('propose-dialog-confirm'));
    await this.page.waitForSelector(qa('propose-dialog'), { state: 'detached' });
  }

  /** A move without details, made from the keyboard: focus the card's button and press Enter. */
  async moveByKeyboard(clientId: string, status: string): Promise<void> {
    await this.card(clientId)
      .locator(qa(`proposal-move-${status}`))
      .focus();
    await this.page.keyboard.press('Enter');
    await this.column(status)
      .locator(`${qa('proposal-card')}[data-client="${clientId}"]`)
      .waitFor();
  }

  async openHireDialog(clientId: string): Promise<void> {
    await this.card(clientId).locator(qa('proposal-move-hired')).click();
    await this.page.waitForSelector(qa('hire-dialog'));
  }

  async hire(options: { type: string; startDate: string; hoursPerWeek: string }): Promise<void> {
    await this.page.click(qa('placement-type'));
    await this.page.getByRole('option', { name: options.type, exact: true }).click();
    await this.page.fill(qa('placement-start-date'), options.startDate);
    await this.page.fill(qa('placement-hours'), options.hoursPerWeek);
    await this.page.click(qa('hire-dialog-confirm'));
    await this.page.waitForSelector(qa('hire-dialog'), { state: 'detached' });
  }

  announcement() {
    return this.page.locator(qa('proposal-announcement'));
  }
}
