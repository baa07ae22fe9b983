import type { Page } from 'playwright-core';
import { qa } from '../support/browser.js';

/** One opportunity (/opportunities/:id): its details, its carved tasks by source job, its candidates. */
export class OpportunityPage {
  constructor(private readonly page: Page) {}

  async open(opportunityId: string): Promise<void> {
    await this.page.goto(`/opportunities/${opportunityId}`);
    await this.waitUntilShown();
  }

  async waitUntilShown(): Promise<void> {
    await this.page.waitForSelector(qa('opportunity-details'));
    await this.page.waitForSelector(qa('loading'), { state: 'detached' });
  }

  text(name: string): Promise<string> {
    return this.page.locator(qa(name)).innerText();
  }

  /** The tasks of a source job as [description, moved] pairs, in the job's order. */
  async sourceJobTasks(jobId: string): Promise<[string, boolean][]> {
    const rows = this.page.locator(`${qa(`source-job-${jobId}`)} ${qa('source-task')}`);
    const result: [string, boolean][] = [];
    for (let index = 0; index < (await rows.count()); index += 1) {
      const row = rows.nth(index);
      result.push([await row.locator('td').first().innerText(), (await row.getAttribute('data-moved')) === 'true']);
    }
    return result;
  }

  async sourceJobTitles(): Promise<string[]> {
    return this.page.locator(`${qa('carved-tasks')} caption`).allInnerTexts();
  }
}
