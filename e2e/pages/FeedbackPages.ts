import type { Page } from 'playwright-core';
import { qa } from '../support/browser.js';

/** The public answer page, as the recipient sees it from the link in the mail. */
export class SurveyAnswerPage {
  constructor(private readonly page: Page) {}

  async open(link: string): Promise<void> {
    await this.page.goto(new URL(link).pathname);
    await this.page.waitForSelector(`${qa('survey-page')}, ${qa('survey-answered')}, ${qa('survey-expired')}, ${qa('survey-not-found')}`);
  }

  heading() {
    return this.page.locator('h1');
  }

  /** A 0–10 or 4–10 scale: the label of the number takes the tap. */
  async choose(question: 'recommend' | 'grade' | 'effectiveness', value: number): Promise<void> {
    await this.page
      .locator(qa(`survey-${question}`))
      .getByText(String(value), { exact: true })
      .click();
  }

  async tick(choiceKey: string): Promise<void> {
    const id = await this.page.getAttribute(`${qa(`survey-choice-${choiceKey}`)} input, input${qa(`survey-choice-${choiceKey}`)}`, 'id');
    await this.page.click(`label[for="${id}"]`);
  }

  async write(text: string): Promise<void> {
    await this.page.fill(`${qa('survey-free-text')} textarea, textarea${qa('survey-free-text')}`, text);
  }

  async submit(): Promise<void> {
    await this.page.click(qa('survey-submit'));
  }
}

/** The results page of a team lead. */
export class FeedbackResultsPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/feedback');
    await this.page.waitForSelector(qa('results-by-organisation'));
  }

  answers() {
    return this.page.locator(qa('feedback-answers'));
  }

  freeTextAnswers() {
    return this.page.locator(qa('results-free-text-answer'));
  }
}
