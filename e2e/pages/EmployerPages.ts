import type { Page } from 'playwright-core';
import { qa } from '../support/browser.js';

/** A suomifi Dropdown: the button carries the data-qa, the options open in a listbox. */
async function choose(page: Page, name: string, optionText: string): Promise<void> {
  await page.click(qa(name));
  await page.getByRole('option', { name: optionText, exact: true }).click();
}

const employerLinks = 'a[data-qa^="employer-row-"]';

/** The employer register (/employers) with its filters. */
export class EmployerListPage {
  constructor(private readonly page: Page) {}

  async open(query = ''): Promise<void> {
    await this.page.goto(`/employers${query}`);
    await this.waitForRows();
  }

  async waitForRows(): Promise<void> {
    await this.page.waitForSelector(`${qa('employer-table')} ${employerLinks}`);
  }

  async startNewEmployer(): Promise<void> {
    await this.page.click(qa('employers-new'));
    await this.page.waitForSelector(qa('new-employer-form'));
  }

  rowNames() {
    return this.page.locator(`${qa('employer-table')} ${employerLinks}`).allInnerTexts();
  }

  async search(text: string): Promise<void> {
    await this.page.fill(qa('employer-filter-text'), text);
    await this.page.waitForURL((url) => url.searchParams.get('q') === text);
  }
}

/** The new-employer form (/employers/new). */
export class NewEmployerForm {
  constructor(private readonly page: Page) {}

  async fill(field: 'name-field' | 'business-id' | 'website', value: string): Promise<void> {
    await this.page.fill(qa(`employer-${field}`), value);
  }

  async chooseMunicipality(name: string): Promise<void> {
    await this.page.fill(`${qa('employer-municipality')} input`, name);
    await this.page.getByRole('option', { name, exact: true }).click();
    // The searchable list closes once the choice is made; the next field is not under it then.
    await this.page.getByRole('listbox').waitFor({ state: 'detached' });
  }

  async chooseIndustry(optionText: string): Promise<void> {
    await choose(this.page, 'employer-industry-section', optionText);
  }

  async submit(): Promise<void> {
    await this.page.click(qa('new-employer-submit'));
  }

  /** The field in error state, e.g. the business ID's. */
  fieldInError(field: 'business-id' | 'name-field') {
    return this.page.locator(`${qa(`employer-${field}`)}[aria-invalid="true"]`);
  }

  /** The texts the field points to with aria-describedby: its hint and, when in error, the error. */
  async describedText(field: 'business-id'): Promise<string> {
    const describedBy = (await this.page.getAttribute(qa(`employer-${field}`), 'aria-describedby')) ?? '';
    const texts = await Promise.all(
      describedBy
        .split(' ')
        .filter(Boolean)
        .map((id) => this.page.locator(`[id="${id}"]`).textContent()),
    );
    return texts.join(' ');
  }
}

export type EmployerSection = 'relationship' | 'profile' | 'contacts' | 'workplaces';

/** One employer (/employers/:id): the header with the stage and meeting count, and the sections as tabs. */
export class EmployerPage {
  constructor(private readonly page: Page) {}

  async open(employerId: string, section: EmployerSection = 'relationship'): Promise<void> {
    await this.page.goto(section === 'relationship' ? `/employers/${employerId}` : `/employers/${employerId}?section=${section}`);
    await this.page.waitForSelector(qa('employer-header'));
    await this.page.waitForSelector(qa(`employer-panel-${section}`));
  }

  async openSection(section: EmployerSection): Promise<void> {
    await this.page.click(qa(`employer-tab-${section}`));
    await this.page.waitForSelector(qa(`employer-panel-${section}`));
  }

  heading() {
    return this.page.locator(qa('employer-name'));
  }

  stage() {
    return this.page.locator(qa('employer-stage'));
  }

  meetingCount() {
    return this.page.locator(qa('employer-meeting-count'));
  }

  lastContact() {
    return this.page.locator(qa('employer-last-contact'));
  }

  timelineEntries() {
    return this.page.locator(`${qa('employer-timeline')} > li`);
  }

  /** Logs a contact through the form; the kind is chosen by its text, e.g. "Käynti työpaikalla". */
  async logInteraction(options: { kind: string; occurredOn: string; summary: string; agreed?: string }): Promise<void> {
    await this.page.click(qa('employer-interaction-open'));
    await this.page.waitForSelector(qa('employer-interaction-form'));
    await choose(this.page, 'interaction-kind', options.kind);
    await this.page.fill(qa('interaction-occurred-on'), options.occurredOn);
    await this.page.fill(qa('interaction-summary'), options.summary);
    if (options.agreed) await this.page.fill(qa('interaction-agreed'), options.agreed);
    await this.page.click(qa('interaction-submit'));
    await this.page.waitForSelector(qa('employer-interaction-form'), { state: 'detached' });
  }
}
