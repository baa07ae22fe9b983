import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectAccessible, launchBrowser, newPage, qa } from './support/browser.js';
import { callApi, logIn } from './support/session.js';

/**
 * A coach runs a group activity: creates a group (a wrong end date is refused on the field and
 * creates nothing), adds a client from their caseload found by name, records a session and marks
 * the client present, then edits the group's details. The tests run in order and share the group; its name is unique per run, so
 * reruns on a shared database do not collide.
 */
const groupName = `Työpaja e2e ${Date.now()}`;

type Client = { firstName: string; lastName: string };

async function groupsNamed(page: Page, name: string): Promise<number> {
  const list = await callApi(page, 'GET', '/api/groups?status=all&pageSize=200');
  return (list.body.items ?? []).filter((group) => group.name === name).length;
}

/** suomifi checkboxes are drawn over a hidden input: a user clicks the label. */
async function tick(page: Page, name: string): Promise<void> {
  const id = await page.locator(qa(name)).getAttribute('id');
  await page.click(`label[for="${id}"]`);
}

describe('a coach runs a group activity', () => {
  let browser: Browser;
  let page: Page;
  let client: Client;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await newPage(browser);
    await logIn(page, 'coach@oulu.polku.test');
    const caseload = await callApi(page, 'GET', '/api/caseload?pageSize=1');
    const [row] = (caseload.body.items ?? []) as Client[];
    if (!row) throw new Error('the demo coach has no clients');
    client = row;
  });

  afterAll(async () => {
    await browser?.close();
  });

  test('the coach opens the groups from the main menu and starts a new group', async () => {
    await page.click(qa('nav-groups'));
    await page.locator(qa('group-table')).waitFor();
    expect(await page.locator(qa('page-heading')).innerText()).toBe('Ryhmät');
    await expectAccessible(page, 'groups list');

    await page.click(qa('group-new'));
    await page.locator(qa('group-form')).waitFor();
    expect(new URL(page.url()).pathname).toBe('/groups/new');
    await expectAccessible(page, 'new group form');
  });

  test('an end date before the start date is shown on the field and creates nothing', async () => {
    await page.fill(qa('group-name'), groupName);
    await page.click(qa('group-kind'));
    await page.getByRole('option', { name: 'Työpaja', exact: true }).click();
    await page.fill(qa('group-description'), 'Työnhaun työpaja kerran viikossa.');
    await page.fill(qa('group-starts-on'), '1.11.2026');
    await page.fill(qa('group-ends-on'), '31.10.2026');
    await page.click(qa('group-submit'));

    const form = page.locator(qa('group-form'));
    await form.getByText('Päättymispäivä ei voi olla ennen alkamispäivää.').waitFor();
    expect(await page.locator(qa('group-ends-on')).getAttribute('aria-invalid')).toBe('true');
    expect(new URL(page.url()).pathname).toBe('/groups/new');
    expect(await groupsNamed(page, groupName)).toBe(0);
    await expectAccessible(page, 'new group form with a field error');
  });

  test('with the end date fixed the group is created and its page opens', async () => {
    await page.fill(qa('group-ends-on'), '31.12.2026');
    await page.click(qa('group-submit'));
    await page.waitForURL(/\/groups\/[0-9a-f-]{36}$/);
    await page.locator(qa('group-participants')).waitFor();
    expect(await page.locator(qa('group-name-heading')).innerText()).toBe(groupName);
    expect(await page.locator(qa('group-period')).innerText()).toBe('1.11.2026–31.12.2026');
    expect(await page.locator(qa('group-kind-value')).innerText()).toBe('Työpaja');
    await page.locator(qa('participants-empty')).waitFor();
    expect(await groupsNamed(page, groupName)).toBe(1);
    await expectAccessible(page, 'new group page');
  });

  test('a client found by name is added as a participant', async () => {
    const name = `${client.firstName} ${client.lastName}`;
    await page.fill(qa('participant-search-input'), client.lastName);
    await page.locator(qa('participant-search-options')).getByRole('option', { name, exact: true }).first().click();
    expect(await page.inputValue(qa('participant-search-input'))).toBe(name);
    await page.fill(qa('participant-joined-on'), '2.11.2026');
    await page.click(qa('participant-add'));

    const row = page.locator(`${qa('participant-table')} tbody tr`);
    await row.first().waitFor();
    expect(await row.count()).toBe(1);
    expect(await row.locator(qa('participant-name')).innerText()).toBe(name);
    expect(await row.locator(qa('participant-attended')).innerText()).toBe('0');
    await page.locator(qa('participants-notice')).getByText(`${name} lisätty ryhmään.`).waitFor();
  });

  test('a session outside the group’s period is refused on its date', async () => {
    await page.fill(qa('session-held-on'), '15.1.2027');
    await page.click(qa('session-record'));
    await page.locator(qa('new-session-form')).getByText('Päivämäärä on ryhmän toiminta-ajan ulkopuolella.').waitFor();
    await page.locator(qa('sessions-empty')).waitFor();
  });

  test('a session is recorded and the participant marked present', async () => {
    await page.fill(qa('session-held-on'), '23.11.2026');
    await page.fill(qa('session-topic'), 'Työhakemuksen kirjoittaminen');
    await page.fill(qa('session-duration'), '90');
    await page.locator(qa('session-mode')).getByText('Etätapaaminen', { exact: true }).click();
    await page.click(qa('session-record'));

    const session = page.locator(`${qa('group-sessions')} li`);
    await session.first().waitFor();
    expect(await session.count()).toBe(1);
    expect(await session.innerText()).toContain('Työhakemuksen kirjoittaminen · Etätapaaminen · 90 min');
    expect(await session.locator(qa('session-present')).innerText()).toBe('0 / 1 paikalla');

    const participant = page.locator(`${qa('participant-table')} tbody tr`).first();
    const clientId = (await participant.getAttribute('data-qa'))!.replace('participant-', '');
    await tick(page, `attendance-${clientId}`);
    await session.locator(qa('attendance-save')).click();
    await session.locator(qa('attendance-saved')).waitFor();
    expect(await session.locator(qa('session-present')).innerText()).toBe('1 / 1 paikalla');
    expect(await participant.locator(qa('participant-attended')).innerText()).toBe('1');
    await expectAccessible(page, 'group page with a participant and a session');
  });

  test('a participant who attended a session cannot be removed, and the page says why', async () => {
    await page.click(qa('participant-remove'));
    await page.locator(qa('participant-remove-dialog')).waitFor();
    await page.click(qa('participant-remove-dialog-confirm'));
    await page
      .locator(qa('group-participants'))
      .getByText('Osallistujalla on kirjattuja läsnäoloja, joten häntä ei voi poistaa ryhmästä.')
      .waitFor();
    expect(await page.locator(`${qa('participant-table')} tbody tr`).count()).toBe(1);
  });

  test('the list shows the group with its participant and session', async () => {
    await page.click(qa('nav-groups'));
    const link = page.getByRole('link', { name: groupName, exact: true });
    await link.waitFor();
    const cells = page.locator(`${qa('group-table')} tbody tr`, { has: link }).locator('td');
    expect(await cells.allInnerTexts()).toEqual([groupName, 'Työpaja', '1.11.2026–31.12.2026', '1', '1', '23.11.2026']);
  });

  test('the group’s details are edited from its page', async () => {
    await page.getByRole('link', { name: groupName, exact: true }).click();
    await page.click(qa('group-edit'));
    await page.locator(qa('group-form')).waitFor();
    expect(await page.inputValue(qa('group-name'))).toBe(groupName);
    await page.fill(qa('group-description'), 'Työnhaun työpaja tiistaisin.');
    await page.click(qa('group-submit'));
    await page.waitForURL(/\/groups\/[0-9a-f-]{36}$/);
    await page.locator(qa('group-description-value')).getByText('Työnhaun työpaja tiistaisin.').waitFor();
    expect(await page.locator(qa('session-present')).innerText()).toBe('1 / 1 paikalla');
  });

  test('a planned session takes no attendance yet and can be cancelled', async () => {
    await page.fill(qa('session-held-on'), '15.12.2026');
    await page.click(qa('session-record'));
    const sessions = page.locator(`${qa('group-sessions')} li`);
    await sessions.nth(1).waitFor();
    const planned = sessions.first();
    expect(await planned.locator(qa('session-present')).innerText()).toBe('Suunniteltu');
    expect(await planned.locator(qa('attendance-form')).count()).toBe(0);
    await planned.locator(qa('session-delete')).click();
    await page.locator(qa('session-delete-dialog')).waitFor();
    await page.click(qa('session-delete-dialog-confirm'));
    await page.locator(qa('session-recorded')).getByText('Kokoontuminen 15.12.2026 poistettu.').waitFor();
    expect(await sessions.count()).toBe(1);
    expect(await sessions.first().locator(qa('session-present')).innerText()).toBe('1 / 1 paikalla');
  });

  test('the participant’s client page lists the group with their attendance', async () => {
    await page
      .locator(`${qa('participant-table')} tbody tr`)
      .first()
      .locator(qa('participant-name'))
      .click();
    await page.locator(qa('client-page')).waitFor();
    await page.click(qa('client-tab-groups'));
    const link = page.getByRole('link', { name: groupName, exact: true });
    await link.waitFor();
    const row = page.locator(`${qa('client-group-table')} tbody tr`, { has: link });
    expect(await row.locator(qa('client-group-attended')).innerText()).toBe('1 / 1');
    await expectAccessible(page, 'client page, groups tab');
  });
});
