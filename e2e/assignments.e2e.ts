import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { AssignmentsPage } from './pages/AssignmentsPage.js';
import { expectAccessible, launchBrowser, newPage, qa } from './support/browser.js';

/**
 * An employer coordinator receives an assignment by phone, sees its due time on the board — two
 * working days from Monday 23 November 2026 at 9.00, the run's fixed clock — and marks it answered
 * within the agreed time. A team lead then opens the agreed response time. The tests run in order.
 */
const run = Date.now().toString(36);
const employerName = `Testiassari ${run} Oy`;
const role = `Varastotyöntekijä ${run}`;
const due = '25.11.2026 09.00';

async function logIn(page: Page, email: string): Promise<void> {
  await page.goto('/login');
  await page.fill(qa('login-email'), email);
  await page.fill(qa('login-password'), 'Polku-demo-2026!');
  await page.click(qa('login-submit'));
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/** The employer is made through the employer register's API: this journey starts from a known employer. */
async function createEmployer(page: Page, name: string): Promise<string> {
  const answer = await page.evaluate(async (employerName) => {
    const session = (await (await fetch('/api/auth/session')).json()) as { csrfToken: string };
    const response = await fetch('/api/employers', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
      body: JSON.stringify({ name: employerName, businessId: null, industrySection: 'H', municipalityCode: '564', ownerUserId: null }),
    });
    return { status: response.status, id: ((await response.json()) as { id: string }).id };
  }, name);
  expect(answer.status).toBe(201);
  return answer.id;
}

describe('an employer coordinator answers an assignment within the agreed response time', () => {
  let browser: Browser;
  let page: Page;
  let assignments: AssignmentsPage;
  let assignmentId = '';
  let employerId = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await newPage(browser);
    assignments = new AssignmentsPage(page);
    await logIn(page, 'coordinator@oulu.polku.test');
    employerId = await createEmployer(page, employerName);
  });

  afterAll(async () => {
    await browser?.close();
  });

  test('the board shows what is due, overdue and answered, and the monthly figure', async () => {
    await assignments.openBoard();
    expect(await page.locator('h1').innerText()).toBe('Toimeksiannot');
    expect(await assignments.text('monthly-agreement')).toContain('2 työpäivää');
    await expectAccessible(page, 'assignment board');
  });

  test('the coordinator records an assignment received by phone for the employer', async () => {
    await assignments.startNewAssignment();
    await expectAccessible(page, 'employer picker');
    await assignments.chooseEmployer(employerName);
    expect(await assignments.text('assignment-employer')).toBe(employerName);
    expect(await assignments.text('assignment-agreed-time')).toContain('2 työpäivää');
    await expectAccessible(page, 'new assignment form');
    await assignments.choose('assignment-channel', 'Puhelin');
    await assignments.fill('assignment-requested-role', role);
    await assignments.fill('assignment-candidates-wanted', '2');
    assignmentId = await assignments.save();
    expect(await assignments.text('assignment-notice')).toContain(`Vastattava viimeistään ${due}`);
    expect(await assignments.text('assignment-due')).toContain('Odottaa vastausta');
    await expectAccessible(page, 'assignment page');
  });

  test('the board shows the new assignment with its due time, still waiting for a response', async () => {
    await assignments.openBoard();
    const dueCell = assignments.dueCell(assignmentId);
    expect(await dueCell.innerText()).toContain(due);
    expect(await dueCell.innerText()).toContain('Odottaa vastausta');
    expect(await assignments.row(assignmentId).innerText()).toContain('Ei vielä vastattu');
  });

  test('marking it responded records the first response within the agreed time', async () => {
    await assignments.openAssignment(assignmentId);
    await assignments.markResponded();
    expect(await assignments.text('assignment-notice')).toBe('Vastaus työnantajalle on kirjattu.');
    expect(await assignments.text('assignment-due')).toContain('Vastattu ajoissa');
    expect(await assignments.text('assignment-first-response')).toBe('23.11.2026 09.00');
    expect(await assignments.text('assignment-status')).toBe('Työn alla');
    await expectAccessible(page, 'answered assignment');

    await page.click(qa('assignment-change-status'));
    await page.waitForSelector(qa('status-panel'));
    await expectAccessible(page, 'status change');
  });

  test('the board lists it as answered in time', async () => {
    await assignments.openBoard();
    await page.click(qa('filter-due'));
    await page.getByRole('option', { name: 'Vastattu ajoissa', exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('due') === 'answered_in_time');
    await assignments.waitForBoard();
    expect(await assignments.dueCell(assignmentId).innerText()).toContain('Vastattu ajoissa');
    expect(await assignments.row(assignmentId).innerText()).toContain('0 min');
  });

  test('the employer page lists the assignment and starts a new one for the same employer', async () => {
    await page.goto(`/employers/${employerId}?section=assignments`);
    await page.waitForSelector(qa(`assignment-link-${assignmentId}`));
    expect(await assignments.dueCell(assignmentId).innerText()).toContain('Vastattu ajoissa');
    await expectAccessible(page, 'employer assignments');
    await page.click(qa('employer-new-assignment'));
    await page.waitForSelector(qa('assignment-form'));
    expect(await assignments.text('assignment-employer')).toBe(employerName);
  });

  test('a team lead sees the agreed response time form', async () => {
    const lead = await newPage(browser);
    await logIn(lead, 'lead@oulu.polku.test');
    await lead.goto('/assignments/settings');
    await lead.waitForSelector(qa('settings-form'));
    expect(await lead.locator('h1').innerText()).toBe('Sovittu vasteaika');
    await expectAccessible(lead, 'response time settings');
    await lead.context().close();
  });
});
