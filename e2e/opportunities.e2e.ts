import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { logIn } from './pages/AdminPage.js';
import { JobCarvingPage } from './pages/JobCarvingPage.js';
import { OpportunityPage } from './pages/OpportunityPage.js';
import { expectAccessible, launchBrowser, newPage, qa } from './support/browser.js';

/**
 * An employer coordinator carves a hidden job: at a restaurant they record two existing jobs as
 * tasks, move tasks of both into a new role, see its hours and demands worked out as they pick,
 * save it and find it on its own page and in the list. The tests run in order and share the employer.
 */
const run = Date.now().toString(36);
const employerName = `Räätälöintiravintola ${run} Oy`;
const roleTitle = `Sali- ja astiahuoltaja ${run}`;

/** The employer is made through the employer register's API: this journey starts from a known employer. */
async function createEmployer(page: Page, name: string): Promise<string> {
  const answer = await page.evaluate(async (employerName) => {
    const session = (await (await fetch('/api/auth/session')).json()) as { csrfToken: string };
    const response = await fetch('/api/employers', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
      body: JSON.stringify({ name: employerName, businessId: null, industrySection: 'I', municipalityCode: '564', ownerUserId: null }),
    });
    return { status: response.status, body: (await response.json()) as { id: string } };
  }, name);
  expect(answer.status).toBe(201);
  return answer.body.id;
}

describe('an employer coordinator carves a hidden job from tasks of two existing jobs', () => {
  let browser: Browser;
  let page: Page;
  let carving: JobCarvingPage;
  let opportunityPage: OpportunityPage;
  let employerId = '';
  let kitchenId = '';
  let cleaningId = '';
  let opportunityId = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await newPage(browser);
    carving = new JobCarvingPage(page);
    opportunityPage = new OpportunityPage(page);
    await logIn(page, 'coordinator@oulu.polku.test');
    employerId = await createEmployer(page, employerName);
  });

  afterAll(async () => {
    await browser?.close();
  });

  test("the coordinator opens the carving editor from the employer's page and records two jobs with their tasks", async () => {
    await carving.openFromEmployer(employerId);
    expect(await page.locator('h1').innerText()).toBe(`Työn räätälöinti: ${employerName}`);
    kitchenId = await carving.addJob('Keittiötyöntekijä');
    await carving.addTask(kitchenId, { description: 'Astioiden pesu', hours: '10', physical: ['standing_long'] });
    await carving.addTask(kitchenId, {
      description: 'Ruoanvalmistus',
      hours: '25',
      physical: ['cold_or_heat'],
      cognitive: ['time_pressure'],
    });
    cleaningId = await carving.addJob('Siivooja');
    await carving.addTask(cleaningId, {
      description: 'Salin siivous',
      hours: '8,5',
      physical: ['standing_long', 'repetitive_movements'],
      cognitive: ['working_alone'],
    });
    await carving.addTask(cleaningId, { description: 'Asiakkaiden opastus', hours: '4', cognitive: ['customer_contact'] });
    expect(await carving.derived('task-count').innerText()).toBe('Valitse vähintään yksi tehtävä.');
    await expectAccessible(page, 'job carving editor with two jobs');
  });

  test('picking tasks from both jobs shows the new role’s hours and demands as they add up', async () => {
    await carving.pick(kitchenId, 'Astioiden pesu');
    expect(await carving.derived('hours').innerText()).toBe('10');
    await carving.pick(cleaningId, 'Salin siivous');
    await carving.pick(cleaningId, 'Asiakkaiden opastus');
    expect(await carving.derived('task-count').innerText()).toBe('3 tehtävää valittu');
    expect(await carving.derived('hours').innerText()).toBe('22,5');
    expect(await carving.derived('physical').innerText()).toBe('Pitkään seisominen, Toistuvat liikkeet');
    expect(await carving.derived('cognitive').innerText()).toBe('Asiakaskontaktit, Yksintyöskentely');
    await carving.chooseOccupation('keittiöapulai', 'keittiöapulainen');
    expect(await page.locator(qa('occupation-chosen')).innerText()).toContain('keittiöapulainen (ISCO 9412)');
    await expectAccessible(page, 'job carving editor with tasks picked');
  });

  test('the saved hidden job shows its derived requirements and, by source job, which tasks moved and which stayed', async () => {
    opportunityId = await carving.save(roleTitle);
    await opportunityPage.waitUntilShown();
    expect(await opportunityPage.text('opportunity-title')).toBe(roleTitle);
    expect(await opportunityPage.text('opportunity-kind')).toBe('Piilotyöpaikka');
    expect(await opportunityPage.text('opportunity-status')).toBe('Avoinna');
    expect(await opportunityPage.text('opportunity-hours')).toBe('22,5 h / vko');
    expect(await opportunityPage.text('opportunity-occupation')).toBe('keittiöapulainen');
    expect(await opportunityPage.text('opportunity-demands')).toBe(
      'Pitkään seisominen, Toistuvat liikkeet, Asiakaskontaktit, Yksintyöskentely',
    );
    expect(await opportunityPage.sourceJobTitles()).toEqual(['Lähtötyö: Keittiötyöntekijä', 'Lähtötyö: Siivooja']);
    expect(await opportunityPage.sourceJobTasks(kitchenId)).toEqual([
      ['Astioiden pesu', true],
      ['Ruoanvalmistus', false],
    ]);
    expect(await opportunityPage.sourceJobTasks(cleaningId)).toEqual([
      ['Salin siivous', true],
      ['Asiakkaiden opastus', true],
    ]);
    await expectAccessible(page, 'opportunity page of a carved job');
  });

  test('the list of jobs finds the carved hidden job by kind and name', async () => {
    await page.goto(`/opportunities?kind=hidden_job&search=${encodeURIComponent(run)}`);
    const row = page.locator(qa(`opportunity-row-${opportunityId}`));
    await row.waitFor();
    expect(await row.innerText()).toBe(roleTitle);
    expect(await page.locator(`${qa('opportunity-table')} tbody tr`).count()).toBe(1);
    await expectAccessible(page, 'list of jobs');
    await row.click();
    await opportunityPage.waitUntilShown();
    expect(new URL(page.url()).pathname).toBe(`/opportunities/${opportunityId}`);
  });
});
