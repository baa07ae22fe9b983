import type { Page } from 'playwright-core';
import { qa } from '../support/browser.js';

/** Some suomifi inputs put the data-qa on a wrapper, some on the input itself. */
const inputOf = (page: Page, name: string) => page.locator(qa(name)).locator('xpath=descendant-or-self::input').first();

/** The assignment pages: the board (/assignments), a new assignment (/assignments/new) and one assignment (/assignments/:id). */
export class AssignmentsPage {
  constructor(private readonly page: Page) {}

  async openBoard(): Promise<void> {
    await this.page.click(qa('nav-assignments'));
    await this.page.waitForURL((url) => url.pathname === '/assignments');
    await this.waitForBoard();
  }

  async waitForBoard(): Promise<void> {
    await this.page.waitForSelector(`${qa('assignment-table')} table[aria-busy="false"]`);
    await this.page.waitForSelector(`${qa('monthly-table')}`);
  }

  async startNewAssignment(): Promise<void> {
    await this.page.click(qa('new-assignment'));
    await this.page.waitForSelector(qa('employer-picker'));
  }

  /** Finds the employer in the register by name and opens the form for it. */
  async chooseEmployer(name: string): Promise<void> {
    await inputOf(this.page, 'employer-search').fill(name);
    await this.page.getByRole('link', { name: new RegExp(name) }).click();
    await this.page.waitForSelector(qa('assignment-form'));
  }

  async choose(field: string, optionText: string): Promise<void> {
    await this.page.click(qa(field));
    await this.page.getByRole('option', { name: optionText, exact: true }).click();
  }

  async fill(field: string, value: string): Promise<void> {
    await inputOf(this.page, field).fill(value);
  }

  /** Saves the form and waits for the new assignment's page. */
  async save(): Promise<string> {
    await this.page.click(qa('assignment-save'));
    await this.page.waitForURL(/\/assignments\/[0-9a-f-]{36}$/);
    await this.page.waitForSelector(qa('assignment-response'));
    return this.page.url().split('/').pop()!;
  }

  /** The board's row of one assignment. */
  row(assignmentId: string) {
    return this.page.locator(`${qa('assignment-table')} tbody tr`, { has: this.page.locator(qa(`assignment-link-${assignmentId}`)) });
  }

  dueCell(assignmentId: string) {
    return this.page.locator(qa(`assignment-due-${assignmentId}`));
  }

  async openAssignment(assignmentId: string): Promise<void> {
    await this.page.click(qa(`assignment-link-${assignmentId}`));
    await this.page.waitForSelector(qa('assignment-response'));
  }

  async markResponded(): Promise<void> {
    await this.page.click(qa('assignment-respond'));
    await this.page.click(qa('respond-save'));
    await this.page.waitForSelector(qa('assignment-notice'));
  }

  text(name: string) {
    return this.page.locator(qa(name)).innerText();
  }
}
