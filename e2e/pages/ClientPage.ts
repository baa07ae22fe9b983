import type { Page } from 'playwright-core';
import { qa } from '../support/browser.js';

export type ClientSection = 'profile' | 'enrolments' | 'plan' | 'activities' | 'referrals' | 'employment' | 'consents';

/** The client page (/clients/:id): header summary and the record's sections as tabs. */
export class ClientPage {
  constructor(private readonly page: Page) {}

  async open(clientId: string, section: ClientSection = 'profile'): Promise<void> {
    await this.page.goto(section === 'profile' ? `/clients/${clientId}` : `/clients/${clientId}?section=${section}`);
    await this.page.waitForSelector(qa('client-header'));
    await this.waitForSection(section);
  }

  /** Opens a section the way a user does, by its tab. */
  async openSection(section: ClientSection): Promise<void> {
    await this.page.click(qa(`client-tab-${section}`));
    await this.waitForSection(section);
  }

  private async waitForSection(section: ClientSection): Promise<void> {
    await this.page.waitForSelector(`${qa(`client-panel-${section}`)} ${qa(`${section}-section`)}`);
    await this.page.waitForSelector(`${qa(`client-panel-${section}`)} ${qa('loading')}`, { state: 'detached' });
  }

  heading() {
    return this.page.locator(qa('client-name'));
  }

  meetingStatus() {
    return this.page.locator(`${qa('client-header')} ${qa('client-meeting-status')}`);
  }

  currentPhase() {
    return this.page.locator(`${qa('client-header')} ${qa('client-current-phase')}`);
  }

  /** A suomifi Dropdown: the button carries the data-qa, the options open in a listbox. */
  async choose(name: string, optionText: string): Promise<void> {
    await this.page.click(qa(name));
    await this.page.getByRole('option', { name: optionText, exact: true }).click();
  }

  async fillDate(name: string, finnishDate: string): Promise<void> {
    await this.page.fill(qa(name), finnishDate);
  }

  async recordConsent(kind: string, givenOn: string): Promise<void> {
    await this.page.click(qa('consent-add'));
    await this.choose('consent-kind', kind);
    await this.fillDate('consent-given-on', givenOn);
    await this.page.click(qa('consent-submit'));
    await this.page.waitForSelector(qa('consent-form'), { state: 'detached' });
  }

  async startEnrolment(options: {
    programme: string;
    referralSource: string;
    startingSituation: string;
    startDate: string;
  }): Promise<string> {
    await this.page.click(qa('enrolment-start-open'));
    await this.choose('enrolment-programme', options.programme);
    await this.fillDate('enrolment-start-date', options.startDate);
    await this.choose('enrolment-referral-source', options.referralSource);
    await this.choose('enrolment-starting-situation', options.startingSituation);
    await this.page.click(qa('enrolment-submit'));
    await this.page.waitForSelector(qa('enrolment-form'), { state: 'detached' });
    const card = this.page.locator('[data-qa^="enrolment-"][data-state="active"]').first();
    const dataQa = await card.getAttribute('data-qa');
    return dataQa!.replace('enrolment-', '');
  }

  async changePhase(phaseName: string, changedOn: string): Promise<void> {
    await this.page.click(qa('phase-change-open'));
    await this.choose('phase-select', phaseName);
    await this.fillDate('phase-changed-on', changedOn);
    await this.page.click(qa('phase-submit'));
    await this.page.waitForSelector(qa('phase-form'), { state: 'detached' });
  }

  phaseStep(key: string) {
    return this.page.locator(qa(`phase-${key}`));
  }

  async logMeeting(options: { occurredOn: string; summary: string; protectedNote?: string }): Promise<void> {
    await this.page.click(qa('activity-log-open'));
    await this.fillDate('activity-occurred-on', options.occurredOn);
    await this.page.fill(`${qa('activity-summary')}`, options.summary);
    if (options.protectedNote) await this.page.fill(qa('activity-protected-note'), options.protectedNote);
    await this.page.click(qa('activity-submit'));
    await this.page.waitForSelector(qa('activity-form'), { state: 'detached' });
  }

  /** Fills and submits the end form; the form stays open when the API refuses. */
  async submitEnd(endDate: string, outcome: string): Promise<void> {
    if (!(await this.page.isVisible(qa('end-form')))) await this.page.click(qa('end-open'));
    await this.fillDate('end-date', endDate);
    await this.choose('end-outcome', outcome);
    await this.page.click(qa('end-submit'));
  }

  followUp(months: number) {
    return this.page.locator(qa(`follow-up-${months}`));
  }

  async openProfileEdit(): Promise<void> {
    await this.page.click(qa('profile-edit'));
    await this.page.waitForSelector(qa('profile-form'));
  }

  async revealIdentityCode(reason: string): Promise<string> {
    await this.page.click(qa('identity-code-reveal'));
    await this.page.fill(qa('identity-code-reason'), reason);
    await this.page.click(qa('identity-code-dialog-confirm'));
    await this.page.waitForSelector(qa('identity-code-hide'));
    return (await this.page.textContent(qa('identity-code-value'))) ?? '';
  }
}
