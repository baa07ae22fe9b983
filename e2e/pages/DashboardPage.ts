import type { Locator, Page } from 'playwright-core';
import { qa } from '../support/browser.js';

/** The management dashboard (/dashboard and its pages), its filter bar, charts and the monthly report. */
export class DashboardPage {
  constructor(private readonly page: Page) {}

  async openFromNavigation(): Promise<void> {
    await this.page.click(qa('nav-management'));
    await this.waitForFigures();
  }

  /** Every card has its figure (not the loading state) once the figures have arrived. */
  async waitForFigures(): Promise<void> {
    await this.page.locator(`${qa('indicator-grid')}:not([aria-busy="true"])`).waitFor();
  }

  async openView(view: 'overview' | 'clients' | 'activity' | 'employers' | 'outcomes' | 'targets' | 'monthly'): Promise<void> {
    await this.page.click(qa(`dashboard-nav-${view}`));
    if (view !== 'targets' && view !== 'monthly') await this.waitForFigures();
  }

  async filterByMunicipality(name: string): Promise<void> {
    await this.page.fill(`${qa('report-filter-municipality')} input`, name);
    const figures = this.page.waitForResponse((response) => /\/api\/reports\/figures\?.*municipalityCode=/.test(response.url()));
    await this.page.getByRole('option', { name, exact: true }).click();
    await this.page.getByRole('listbox').waitFor({ state: 'detached' });
    await figures;
    await this.waitForFigures();
  }

  /** Types part of a coach's name into the coach filter, picks the coach and waits for the figures cut by them. */
  async filterByCoach(text: string, name: string): Promise<void> {
    await this.page.fill(qa('report-filter-coach-search-input'), text);
    const figures = this.page.waitForResponse((response) => /\/api\/reports\/figures\?.*coachId=/.test(response.url()));
    await this.page.locator(qa('report-filter-coach-search-options')).getByRole('option', { name, exact: true }).click();
    await figures;
    await this.waitForFigures();
  }

  chosenCoach(): Locator {
    return this.page.locator(qa('report-filter-coach-chosen'));
  }

  indicator(id: string): Locator {
    return this.page.locator(qa(`indicator-${id}`));
  }

  async indicatorValue(id: string): Promise<string> {
    return (await this.indicator(id).locator(qa('indicator-value')).textContent()) ?? '';
  }

  /** The bars of a breakdown chart, drawn as SVG paths in category order. */
  chartBars(indicatorId: string): Locator {
    const chart = qa(`breakdown-${indicatorId}-chart`);
    return this.page.locator(`${chart} svg path[fill="${barColour}"], ${chart} svg path[fill="rgb(42,110,187)"]`);
  }

  async showTable(indicatorId: string): Promise<Locator> {
    await this.page.click(qa(`breakdown-${indicatorId}-toggle`));
    return this.page.locator(qa(`breakdown-${indicatorId}-table`));
  }

  async drillDownRows(): Promise<Locator> {
    await this.page.locator(qa('drill-down-total')).waitFor();
    return this.page.locator(qa('drill-down-row'));
  }

  async chooseMonth(label: string): Promise<void> {
    await this.page.click(qa('monthly-month'));
    await this.page.getByRole('option', { name: label, exact: true }).click();
    await this.page.locator(qa('monthly-report-table')).waitFor();
  }

  monthlyCell(indicatorId: string, column: 'monthly-value' | 'monthly-year'): Locator {
    return this.page.locator(`${qa(`monthly-row-${indicatorId}`)} ${qa(column)}`);
  }
}

/** The bars' fill (chart-colours.ts), as given or as the SVG renderer may normalise it. */
const barColour = '#2a6ebb';
