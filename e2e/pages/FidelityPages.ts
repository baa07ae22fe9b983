import type { Page } from 'playwright-core';
import { qa } from '../support/browser.js';

/** The fidelity reviews (/fidelity): one history table per team or programme. */
export class FidelityListPage {
  constructor(private readonly page: Page) {}

  async waitForHistory(): Promise<void> {
    await this.page.waitForSelector(qa('fidelity-history'));
  }

  async startNewReview(): Promise<void> {
    await this.page.click(qa('fidelity-new'));
    await this.page.waitForSelector(qa('new-fidelity-review-form'));
  }

  row(reviewId: string) {
    return this.page.locator(qa(`fidelity-review-${reviewId}`));
  }
}

/** The new-review form (/fidelity/new). Dates are typed as d.M.yyyy. */
export class NewFidelityReviewForm {
  constructor(private readonly page: Page) {}

  async fill(options: { reviewDate: string; periodStart: string; periodEnd: string; reviewers: string[] }): Promise<void> {
    await this.page.fill(qa('fidelity-review-date'), options.reviewDate);
    await this.page.fill(qa('fidelity-period-start'), options.periodStart);
    await this.page.fill(qa('fidelity-period-end'), options.periodEnd);
    await this.page.fill(qa('fidelity-reviewers'), options.reviewers.join('\n'));
  }

  selectedTeam() {
    return this.page.locator(qa('fidelity-team'));
  }

  async submit(): Promise<string> {
    await this.page.click(qa('fidelity-create'));
    await this.page.waitForURL(/\/fidelity\/[0-9a-f-]{36}$/);
    await this.page.waitForSelector(qa('fidelity-review-form'));
    return new URL(this.page.url()).pathname.split('/').pop()!;
  }
}

/** One review (/fidelity/:id): summary, and per item the pre-filled score, its evidence and the reviewers' choice. */
export class FidelityReviewPage {
  constructor(private readonly page: Page) {}

  item(number: number) {
    return this.page.locator(qa(`fidelity-item-${number}`));
  }

  prefilled(number: number) {
    return this.page.locator(qa(`item-${number}-prefilled`));
  }

  evidence(number: number) {
    return this.page.locator(qa(`item-${number}-evidence`));
  }

  scoreOption(number: number, score: number) {
    return this.item(number).locator(`input[type="radio"][value="${score}"]`);
  }

  /** The chosen score of an item, or null when none is chosen yet. */
  async chosenScore(number: number): Promise<number | null> {
    const checked = this.item(number).locator('input[type="radio"]:checked');
    return (await checked.count()) === 0 ? null : Number(await checked.getAttribute('value'));
  }

  /** Chooses with the keyboard's space on the focused radio, as a keyboard user would. */
  async choose(number: number, score: number): Promise<void> {
    await this.scoreOption(number, score).focus();
    await this.page.keyboard.press('Space');
  }

  async writeNote(number: number, note: string): Promise<void> {
    await this.page.fill(qa(`item-${number}-note`), note);
  }

  async save(): Promise<void> {
    await this.page.click(qa('fidelity-save'));
  }

  noteInError(number: number) {
    return this.page.locator(`${qa(`item-${number}-note`)}[aria-invalid="true"]`);
  }

  total() {
    return this.page.locator(qa('fidelity-total'));
  }

  band() {
    return this.page.locator(qa('fidelity-band'));
  }
}
