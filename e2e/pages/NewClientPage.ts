import type { Page } from 'playwright-core';
import { qa } from '../support/browser.js';

/** The new-client form (/clients/new). */
export class NewClientPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/clients/new');
    await this.page.waitForSelector(qa('new-client-form'));
  }

  async fill(field: 'first-name' | 'last-name' | 'identity-code' | 'street-address' | 'postal-code' | 'email' | 'phone', value: string) {
    await this.page.fill(qa(`client-${field}`), value);
  }

  /** The searchable municipality list: type the start of the name and pick the exact match. */
  async chooseMunicipality(name: string): Promise<void> {
    await this.page.fill(`${qa('client-municipality')} input`, name);
    await this.page.getByRole('option', { name, exact: true }).click();
  }

  async submit(): Promise<void> {
    await this.page.click(qa('new-client-submit'));
  }

  /** The status text of a field in error, e.g. the identity code's. */
  fieldError(field: 'identity-code' | 'first-name' | 'last-name') {
    return this.page.locator(`${qa(`client-${field}`)}[aria-invalid="true"]`);
  }

  /** The texts the field points to with aria-describedby: its hint and, when in error, the error. */
  async describedText(field: 'identity-code'): Promise<string> {
    const describedBy = (await this.page.getAttribute(qa(`client-${field}`), 'aria-describedby')) ?? '';
    const texts = await Promise.all(
      describedBy
        .split(' ')
        .filter(Boolean)
        .map((id) => this.page.locator(`[id="${id}"]`).textContent()),
    );
    return texts.join(' ');
  }
}
