import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { makeIdentityCode } from '../src/contract/identity-code.js';
import { ClientPage } from './pages/ClientPage.js';
import { expectAccessible, launchBrowser, newPage, qa } from './support/browser.js';
import { e2eNow } from './support/server.js';

/**
 * The main journey on one client: created, consented, enrolled in IPS, moved through the
 * phases, met, found overdue 35 days later, ended with an outcome and scheduled for follow-up.
 * The tests run in order and share the client; the server clock is put back at the end.
 */
const ipsProgramme = 'IPS-työhönvalmennus 2025–2027';
const today = '23.11.2026';
const thirtyFiveDaysLater = '2026-12-28T09:00:00+02:00';
const lastName = `Polkunen-${Date.now().toString(36)}`;

type ApiAnswer = {
  status: number;
  body: { error?: { code: string; fields?: { path: string; code: string }[] } } & Record<string, unknown>;
};

/** A logged-in API call from the page, with the session's CSRF token, as the web app makes it. */
function callApi(page: Page, method: string, path: string, body?: unknown): Promise<ApiAnswer> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const session = (await (await fetch('/api/auth/session')).json()) as { csrfToken: string };
      const response = await fetch(path, {
        method,
        headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: response.status, body: (await response.json()) as ApiAnswer['body'] };
    },
    { method, path, body },
  );
}

const setClock = (page: Page, now: string) => callApi(page, 'POST', '/api/dev/clock', { now });

async function logIn(page: Page): Promise<void> {
  await page.goto('/login');
  await page.fill(qa('login-email'), 'coach@oulu.polku.test');
  await page.fill(qa('login-password'), 'Polku-demo-2026!');
  await page.click(qa('login-submit'));
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

describe('a coach works with one job seeker from the first meeting to the follow-up', () => {
  let browser: Browser;
  let page: Page;
  let clientPage: ClientPage;
  let clientId = '';
  let enrolmentId = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await newPage(browser);
    clientPage = new ClientPage(page);
    await logIn(page);
  });

  afterAll(async () => {
    // Other spec files share the server: its clock goes back even when a test above failed.
    if (page) await setClock(page, e2eNow);
    await browser?.close();
  });

  test('the coach creates a client and lands on the client page', async () => {
    await page.goto('/clients/new');
    await page.fill(qa('client-first-name'), 'Aino');
    await page.fill(qa('client-last-name'), lastName);
    await page.fill(`${qa('client-municipality')} input`, 'Oulu');
    await page.getByRole('option', { name: 'Oulu', exact: true }).click();
    await page.click(qa('new-client-submit'));
    await page.waitForURL(/\/clients\/[0-9a-f-]{36}$/);
    clientId = new URL(page.url()).pathname.split('/').pop()!;

    await clientPage.open(clientId);
    expect(await clientPage.heading().textContent()).toBe(`Aino ${lastName}`);
    expect(await page.textContent(qa('client-header-municipality'))).toBe('Oulu');
    expect(await page.textContent(qa('client-header-responsible'))).toBe('Essi Järvinen');
    expect(await page.textContent(qa('client-current-enrolment'))).toContain('Ei voimassa olevaa asiakkuutta');
    await expectAccessible(page, 'client page, basic details');
  });

  test('the coach records the consent to the enrolment', async () => {
    await clientPage.openSection('consents');
    await clientPage.recordConsent('Suostumus asiakkuuteen', today);
    const row = page.locator(qa('consent-enrolment'));
    expect(await row.getAttribute('data-status')).toBe('active');
    expect(await row.locator(qa('consent-status')).textContent()).toBe('Voimassa');
    await expectAccessible(page, 'client page, consents');
  });

  test('the coach enrols the client in the IPS programme', async () => {
    await clientPage.openSection('enrolments');
    enrolmentId = await clientPage.startEnrolment({
      programme: ipsProgramme,
      referralSource: 'Sosiaalipalvelut',
      startingSituation: 'Työtön',
      startDate: today,
    });
    expect(enrolmentId).toMatch(/^[0-9a-f-]{36}$/);
    expect(await clientPage.currentPhase().textContent()).toBe('Aloitus ja sopimus valmennuksesta');
    expect(await clientPage.phaseStep('entry').getAttribute('data-state')).toBe('current');
    expect(await clientPage.phaseStep('in_work_support').getAttribute('data-state')).toBe('upcoming');
    await expectAccessible(page, 'client page, enrolments');
  });

  test('the coach moves the client from entry through the vocational profile to job search', async () => {
    await clientPage.changePhase('Ammatillinen profiili', today);
    expect(await clientPage.currentPhase().textContent()).toBe('Ammatillinen profiili');
    await clientPage.changePhase('Nopea työnhaku', today);
    expect(await clientPage.currentPhase().textContent()).toBe('Nopea työnhaku');
    expect(await clientPage.phaseStep('entry').getAttribute('data-state')).toBe('done');
    expect(await clientPage.phaseStep('vocational_profile').getAttribute('data-state')).toBe('done');
    expect(await clientPage.phaseStep('job_search').getAttribute('data-state')).toBe('current');
    expect(await clientPage.phaseStep('job_search').textContent()).toContain(`alkaen ${today}`);
  });

  test('a phase that is not in the process model is refused with a field error and changes nothing', async () => {
    // The form offers only the model's phases, so the bad input goes straight to the API.
    const answer = await callApi(page, 'POST', `/api/enrolments/${enrolmentId}/phase`, { phase: 'retirement', changedOn: '2026-11-23' });
    expect(answer.status).toBe(400);
    expect(answer.body.error?.fields).toContainEqual(expect.objectContaining({ path: 'phase', code: 'phase_not_in_model' }));
    await clientPage.open(clientId, 'enrolments');
    expect(await clientPage.currentPhase().textContent()).toBe('Nopea työnhaku');
  });

  test('the coach logs a meeting with the defaults and a protected note', async () => {
    await clientPage.openSection('activities');
    await page.click(qa('activity-log-open'));
    // The quick defaults: face to face, an hour, with the client.
    expect(await page.textContent(qa('activity-mode'))).toContain('Kasvokkain');
    expect(await page.inputValue(qa('activity-duration'))).toBe('60');
    expect(await page.isChecked(qa('activity-participant-client'))).toBe(true);
    await page.click(qa('activity-cancel'));
    await clientPage.logMeeting({
      occurredOn: today,
      summary: 'Sovittiin työnhaun tavoitteista.',
      protectedNote: 'Selkävaiva rajoittaa nostamista.',
    });

    const item = page.locator(`${qa('activity-list')} li`).first();
    expect(await item.textContent()).toContain('Sovittiin työnhaun tavoitteista.');
    expect(await item.textContent()).toContain('Kasvokkain');
    expect(await item.textContent()).toContain('60 min');
    // The protected note is not on the page until the coach asks for it.
    expect(await item.textContent()).not.toContain('Selkävaiva');
    await item.locator(qa('protected-note-show')).click();
    expect(await item.locator(qa('protected-note-text')).textContent()).toBe('Selkävaiva rajoittaa nostamista.');
    expect(await page.textContent(qa('client-meeting-status'))).toContain(`Edellinen tapaaminen ${today}`);
    await expectAccessible(page, 'client page, meetings');
  });

  test('35 days later the client page and the caseload flag the meeting as overdue', async () => {
    expect((await setClock(page, thirtyFiveDaysLater)).status).toBe(200);
    // A working day's session does not last five weeks: the coach logs in again.
    await logIn(page);
    await clientPage.open(clientId, 'enrolments');
    expect(await clientPage.meetingStatus().getAttribute('data-status')).toBe('overdue');
    const status = await clientPage.meetingStatus().textContent();
    expect(status).toContain('Tapaaminen myöhässä');
    expect(status).toContain('Tapaaminen vähintään kuukausittain');

    await page.goto(`/?q=${encodeURIComponent(lastName)}`);
    const row = page.locator('tr', { has: page.locator(qa(`caseload-row-${clientId}`)) });
    await row.waitFor();
    expect(await row.locator(qa('meeting-status-overdue')).count()).toBe(1);
  });

  test('an end date before the start date gets a field error and the enrolment stays open', async () => {
    await clientPage.open(clientId, 'enrolments');
    await clientPage.submitEnd('1.11.2026', 'Työssä');
    await page.getByText('Päättymispäivä ei voi olla ennen alkamispäivää.').waitFor();
    expect(await page.getAttribute(qa('end-date'), 'aria-invalid')).toBe('true');

    await clientPage.open(clientId, 'enrolments');
    expect(await page.getAttribute(qa(`enrolment-${enrolmentId}`), 'data-state')).toBe('active');
  });

  test('the coach ends the enrolment in work and sees the follow-ups at 3 and 6 months', async () => {
    await clientPage.submitEnd('28.12.2026', 'Työssä');
    await page.waitForSelector(qa('end-form'), { state: 'detached' });
    const card = page.locator(qa(`enrolment-${enrolmentId}`));
    expect(await card.getAttribute('data-state')).toBe('ended');
    expect(await card.locator(qa('enrolment-outcome')).textContent()).toBe('Työssä');
    expect(await clientPage.followUp(3).locator(qa('follow-up-due-on')).textContent()).toBe('Ajankohta 28.3.2027');
    expect(await clientPage.followUp(6).locator(qa('follow-up-due-on')).textContent()).toBe('Ajankohta 28.6.2027');
    expect(await page.textContent(qa('client-current-enrolment'))).toContain('Ei voimassa olevaa asiakkuutta');
    await expectAccessible(page, 'client page, ended enrolment with follow-ups');
  });

  test('an invalid identity code in the profile edit gets a field error and changes nothing', async () => {
    await clientPage.open(clientId, 'profile');
    await clientPage.openProfileEdit();
    const valid = makeIdentityCode('1952-10-13', 308);
    await page.fill(qa('client-identity-code'), `${valid.slice(0, -1)}${valid.endsWith('A') ? 'B' : 'A'}`);
    await page.click(qa('profile-save'));
    await page.getByText('Henkilötunnus ei ole kelvollinen', { exact: false }).first().waitFor();
    expect(await page.getAttribute(qa('client-identity-code'), 'aria-invalid')).toBe('true');
    await page.click(qa('profile-cancel'));

    await clientPage.open(clientId, 'profile');
    expect(await page.textContent(qa('identity-code-value'))).toBe('Ei tallennettu');
  });

  test('a saved identity code stays hidden until the coach reveals it with a reason', async () => {
    const identityCode = makeIdentityCode('1990-04-12', 100 + (Date.now() % 800));
    await clientPage.openProfileEdit();
    await page.fill(qa('client-identity-code'), identityCode);
    await page.click(qa('profile-save'));
    await page.waitForSelector(qa('profile-saved'));
    expect(await page.textContent(qa('identity-code-value'))).toBe('Tallennettu (piilotettu)');
    expect(await clientPage.revealIdentityCode('Kelan asiointi')).toBe(identityCode);
    await page.click(qa('identity-code-hide'));

    // Editing other details neither shows nor loses the stored code.
    await clientPage.openProfileEdit();
    expect(await page.inputValue(qa('client-identity-code'))).toBe('');
    await page.fill(qa('client-phone'), '040 765 4321');
    await page.click(qa('profile-save'));
    await page.waitForSelector(qa('profile-saved'));
    expect(await page.textContent(qa('identity-code-value'))).toBe('Tallennettu (piilotettu)');
    expect(await clientPage.revealIdentityCode('Tarkistus muokkauksen jälkeen')).toBe(identityCode);
  });

  test('the plan and referral sections pass the accessibility check', async () => {
    await clientPage.openSection('plan');
    await page.click(qa('goal-add'));
    await page.fill(qa('goal-title'), 'Työpaikka varastoalalta');
    await page.click(qa('goal-submit'));
    await page.waitForSelector(qa('goal-form'), { state: 'detached' });
    expect(await page.textContent(qa('plan-section'))).toContain('Työpaikka varastoalalta');
    await expectAccessible(page, 'client page, plan');

    await clientPage.openSection('referrals');
    await expectAccessible(page, 'client page, referrals');
  });
});
