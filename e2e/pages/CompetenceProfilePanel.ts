import type { Page } from 'playwright-core';
import { qa } from '../support/browser.js';

/** The "Osaaminen" tab of the client page (/clients/:id?section=competence): the competence profile, its form and history. */
export class CompetenceProfilePanel {
  constructor(private readonly page: Page) {}

  async open(clientId: string): Promise<void> {
    await this.page.goto(`/clients/${clientId}`);
    await this.page.waitForSelector(qa('client-header'));
    await this.page.click(qa('client-tab-competence'));
    await this.page.waitForSelector(`${qa('client-panel-competence')} ${qa('competence-view')}`);
  }

  async edit(): Promise<void> {
    await this.page.click(qa('competence-edit'));
    await this.page.waitForSelector(qa('competence-form'));
  }

  /** Types into an ESCO search field and picks the option whose text starts with `optionText`. */
  async pickFromSearch(field: string, search: string, optionText: string): Promise<void> {
    await this.page.fill(qa(`${field}-input`), search);
    const option = this.page.locator(`${qa(`${field}-options`)} ${qa('combobox-option')}`, { hasText: optionText }).first();
    await option.click();
  }

  async addOccupationOfInterest(search: string, optionText: string): Promise<void> {
    await this.pickFromSearch('profile-occupations-of-interest-search', search, optionText);
    await this.page.waitForSelector(`${qa('profile-occupations-of-interest')} ${qa('chosen-occupation')}`);
  }

  /** Adds the first of the chosen occupation's suggested essential skills; answers its name. */
  async addFirstSuggestedSkill(): Promise<string> {
    const suggestion = this.page.locator(`${qa('profile-skills')} section button`).first();
    const name = ((await suggestion.textContent()) ?? '').replace(/^\+\s*/, '').trim();
    await suggestion.click();
    return name;
  }

  /** A suomifi Dropdown: the button carries the data-qa, the options open in a listbox. */
  async choose(name: string, optionText: string): Promise<void> {
    await this.page.click(qa(name));
    await this.page.getByRole('option', { name: optionText, exact: true }).click();
  }

  /** A suomifi checkbox: the input carries the data-qa; its label, drawn over it, takes the click. */
  async check(name: string): Promise<void> {
    const id = await this.page.locator(qa(name)).getAttribute('id');
    await this.page.click(`label[for="${id}"]`);
  }

  async fill(name: string, text: string): Promise<void> {
    await this.page.fill(qa(name), text);
  }

  async save(): Promise<void> {
    await this.page.click(qa('competence-save'));
  }

  async waitForSaved(): Promise<void> {
    await this.page.waitForSelector(qa('competence-saved'));
    await this.page.waitForSelector(qa('competence-form'), { state: 'detached' });
  }

  value(name: string) {
    return this.page.locator(`${qa('competence-view')} ${qa(name)}`);
  }

  historyRows() {
    return this.page.locator(qa('competence-history-row'));
  }
}
