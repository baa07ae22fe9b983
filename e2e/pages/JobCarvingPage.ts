import type { Page } from 'playwright-core';
import { qa } from '../support/browser.js';

export type TaskInput = { description: string; hours: string; physical?: string[]; cognitive?: string[] };

/**
 * The job carving editor (/employers/:id/job-carving): the employer's existing jobs with their
 * tasks, the tasks picked into a new role, its derived requirements and the role's own details.
 */
export class JobCarvingPage {
  constructor(private readonly page: Page) {}

  /** From the employer page's opportunities tab, the way a coordinator gets there. */
  async openFromEmployer(employerId: string): Promise<void> {
    await this.page.goto(`/employers/${employerId}?section=opportunities`);
    await this.page.waitForSelector(qa('employer-opportunities'));
    await this.page.click(qa('employer-job-carving'));
    await this.page.waitForSelector(qa('carving-jobs'));
  }

  /** A suomifi checkbox: its label, drawn over the input, takes the click. */
  private async tick(scope: string, dataQa: string): Promise<void> {
    const id = await this.page.locator(`${scope} ${qa(dataQa)}`).getAttribute('id');
    await this.page.click(`${scope} label[for="${id}"]`);
  }

  /** Adds an existing job of the employer and answers its id. */
  async addJob(title: string): Promise<string> {
    await this.page.click(qa('job-add'));
    await this.page.fill(qa('job-title'), title);
    await this.page.click(qa('job-submit'));
    await this.page.waitForSelector(qa('job-form'), { state: 'detached' });
    const card = this.page.locator(`article[aria-label="${title}"]`);
    await card.waitFor();
    return (await card.getAttribute('data-qa'))!.replace('job-', '');
  }

  async addTask(jobId: string, task: TaskInput): Promise<void> {
    const job = qa(`job-${jobId}`);
    await this.page.click(`${job} ${qa('task-add')}`);
    await this.page.fill(`${job} ${qa('task-description')}`, task.description);
    await this.page.fill(`${job} ${qa('task-hours')}`, task.hours);
    for (const demand of task.physical ?? []) await this.tick(job, `task-physical-${demand}`);
    for (const demand of task.cognitive ?? []) await this.tick(job, `task-cognitive-${demand}`);
    await this.page.click(`${job} ${qa('task-submit')}`);
    await this.page.waitForSelector(qa('task-form'), { state: 'detached' });
    await this.page.locator(`${job} ${qa('job-tasks')} li`, { hasText: task.description }).waitFor();
  }

  /** Moves a task into the new role by its checkbox. */
  async pick(jobId: string, description: string): Promise<void> {
    const row = this.page.locator(`${qa(`job-${jobId}`)} ${qa('job-tasks')} li`, { hasText: description });
    const rowQa = await row.getAttribute('data-qa');
    await this.tick(qa(rowQa!), 'task-pick');
  }

  derived(name: 'task-count' | 'hours' | 'skills' | 'physical' | 'cognitive') {
    return this.page.locator(qa(`derived-${name}`));
  }

  /** Searches the ESCO occupations and picks the result with the given label. */
  async chooseOccupation(search: string, label: string): Promise<void> {
    await this.page.fill(qa('occupation-search-input'), search);
    await this.page
      .locator(`${qa('occupation-search-options')} [role="option"]`, { hasText: label })
      .first()
      .click();
    await this.page.waitForSelector(qa('occupation-chosen'));
  }

  /** Saves the carved role and answers the new opportunity's id. */
  async save(title: string): Promise<string> {
    await this.page.fill(qa('opportunity-title'), title);
    await this.page.click(qa('carving-submit'));
    await this.page.waitForURL(/\/opportunities\/[0-9a-f-]{36}$/);
    return new URL(this.page.url()).pathname.split('/').pop()!;
  }
}
