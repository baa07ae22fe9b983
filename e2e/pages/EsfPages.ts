import type { Page } from 'playwright-core';
import { qa } from '../support/browser.js';

/** The "Tehtävät" list on the coach's home page. */
export class FollowUpTaskList {
  constructor(private readonly page: Page) {}

  section() {
    return this.page.locator(qa('follow-up-tasks'));
  }

  tasks() {
    return this.page.locator(`${qa('follow-up-tasks')} li`);
  }

  async openFirst(): Promise<string> {
    const first = this.tasks().first();
    const id = (await first.getAttribute('data-qa'))!;
    await first.locator(qa('follow-up-task-record')).click();
    await this.page.waitForSelector(qa('follow-up-task-form'));
    return id;
  }

  async choose(name: string, optionText: string): Promise<void> {
    await this.page.click(`${qa('follow-up-task-form')} ${qa(name)}`);
    await this.page.getByRole('option', { name: optionText, exact: true }).click();
  }

  async submit(): Promise<void> {
    await this.page.click(qa('follow-up-task-submit'));
  }
}

/** The ESF+ section of an enrolment card on the client page. */
export class EsfSection {
  constructor(
    private readonly page: Page,
    private readonly enrolmentId: string,
  ) {}

  root() {
    return this.page.locator(`${qa(`enrolment-${this.enrolmentId}`)} ${qa('esf-section')}`);
  }

  /** Chooses with the keyboard's space on the focused radio, as a keyboard user would. */
  async answer(group: string, optionText: string): Promise<void> {
    await this.root().locator(qa(group)).getByRole('radio', { name: optionText, exact: true }).focus();
    await this.page.keyboard.press('Space');
  }

  async choose(name: string, optionText: string): Promise<void> {
    await this.root().locator(qa(name)).click();
    await this.page.getByRole('option', { name: optionText, exact: true }).click();
  }
}

/** The ESF+ report page (/esf-report). */
export class EsfReportPage {
  constructor(private readonly page: Page) {}

  async show(from: string, to: string): Promise<void> {
    await this.page.fill(qa('esf-report-from'), from);
    await this.page.fill(qa('esf-report-to'), to);
    await this.page.click(qa('esf-report-show'));
    await this.page.waitForSelector(qa('esf-report-result'));
  }

  cell(code: string, column: 'female' | 'male' | 'nonBinary' | 'total') {
    return this.page.locator(qa(`esf-${code}-${column}`));
  }
}
