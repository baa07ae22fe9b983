import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ClientPage } from './pages/ClientPage.js';
import { FeedbackResultsPage, SurveyAnswerPage } from './pages/FeedbackPages.js';
import { expectAccessible, launchBrowser, newPage, qa } from './support/browser.js';
import { e2eBaseUrl, e2eNow } from './support/server.js';
import { callApi, demoPassword, logIn } from './support/session.js';

/**
 * A coach ends a job seeker's enrolment; the background worker mails the end-of-service survey
 * through the development SMTP sink; the job seeker opens the link on a phone, answers once and is
 * refused a second time; the team lead sees the answer in the results. The tests run in order.
 */
const suffix = Date.now().toString(36);
const email = `palaute.${suffix}@example.fi`;
const freeText = `Valmentaja auttoi löytämään työn ${suffix}.`;

type ReceivedMail = { to: string; subject: string; text: string };

async function mailTo(address: string): Promise<ReceivedMail> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const response = await fetch(`${e2eBaseUrl}/api/dev/mail`);
    const { items } = (await response.json()) as { items: ReceivedMail[] };
    const found = items.find((item) => item.to === address);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no mail to ${address} in 30 s`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

describe('an ended enrolment brings a feedback survey, answered once on a phone', () => {
  let browser: Browser;
  let page: Page;
  let phone: BrowserContext;
  let clientId = '';
  let link = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await newPage(browser);
    phone = await browser.newContext({
      baseURL: e2eBaseUrl,
      locale: 'fi-FI',
      timezoneId: 'Europe/Helsinki',
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    await logIn(page, 'coach@oulu.polku.test');
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('the coach ends the enrolment, and the invitation arrives by e-mail with a link and no name', async () => {
    const created = await callApi(page, 'POST', '/api/clients', {
      firstName: 'Pauliina',
      lastName: `Palaute-${suffix}`,
      gender: 'female',
      municipalityCode: '564',
      email,
      languages: ['fi'],
      targetGroups: [],
    });
    expect(created.status).toBe(201);
    clientId = created.body.id as string;
    const programmes = (await callApi(page, 'GET', '/api/programmes')).body.items as { id: string; name: string; active: boolean }[];
    const programme = programmes.find((candidate) => candidate.active && candidate.name.startsWith('IPS'))!;
    const enrolled = await callApi(page, 'POST', `/api/clients/${clientId}/enrolments`, {
      programmeId: programme.id,
      referralSource: 'employment_counsellor',
      startingSituation: 'unemployed',
      intensity: 'intensive',
      startDate: '2026-11-02',
    });
    expect(enrolled.status).toBe(201);

    const clientPage = new ClientPage(page);
    await clientPage.open(clientId, 'enrolments');
    await clientPage.submitEnd('23.11.2026', 'Työssä');
    await page.waitForSelector(qa('end-form'), { state: 'detached' });

    const mail = await mailTo(email);
    expect(mail.subject).toBe('Palaute palvelusta: kerro mielipiteesi');
    expect(mail.text).not.toContain('Pauliina');
    link = /https?:\/\/\S+\/feedback\/[A-Za-z0-9_-]{43}/.exec(mail.text)![0];
  });

  test('on a phone, the job seeker answers without logging in; the page passes axe and shows no personal data', async () => {
    const mobile = await phone.newPage();
    const survey = new SurveyAnswerPage(mobile);
    await survey.open(link);
    expect(await survey.heading().textContent()).toBe('Palaute palvelusta');
    const body = await mobile.locator('main').innerText();
    expect(body).not.toContain('Pauliina');
    expect(body).not.toContain(email);
    await expectAccessible(mobile, 'public survey page on a phone');
    // The 0–10 scale fits the phone's width: nothing scrolls sideways.
    expect(await mobile.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
    await mobile.screenshot({ path: 'tmp/feedback-survey-phone.png', fullPage: true });

    await survey.submit();
    // Nothing chosen yet: the form says what is missing before anything is sent.
    await mobile.locator(`${qa('survey-form')} ${qa('error-banner')} > *`).waitFor();
    await survey.choose('recommend', 9);
    await survey.choose('grade', 9);
    await survey.tick('job_search');
    await survey.write(freeText);
    await survey.submit();
    await mobile.locator(qa('survey-thanks')).waitFor();
    expect(await survey.heading().textContent()).toBe('Kiitos!');
    await expectAccessible(mobile, 'survey thanks page');
  });

  test('opening the link again shows that the survey has already been answered', async () => {
    const mobile = await phone.newPage();
    const survey = new SurveyAnswerPage(mobile);
    await survey.open(link);
    await mobile.locator(qa('survey-answered')).waitFor();
    expect(await survey.heading().textContent()).toBe('Kyselyyn on jo vastattu');
    await expectAccessible(mobile, 'survey already answered');
  });

  test('the team lead sees the answer in the results, free text included; the results page passes axe', async () => {
    const lead = await newPage(browser);
    await logIn(lead, 'lead@oulu.polku.test');
    // Reports live under one main menu entry, with a row of their own pages.
    await lead.click(qa('nav-management'));
    await lead.click(qa('nav-feedback'));
    const results = new FeedbackResultsPage(lead);
    await lead.waitForSelector(qa('results-by-organisation'));
    expect(Number(await results.answers().textContent())).toBeGreaterThanOrEqual(1);
    await results.freeTextAnswers().filter({ hasText: freeText }).waitFor();
    await expectAccessible(lead, 'feedback results');
    await lead.screenshot({ path: 'tmp/feedback-results.png', fullPage: true });

    await lead.click(qa('feedback-templates-link'));
    await lead.waitForSelector(qa('template-form-job_seeker'));
    await expectAccessible(lead, 'feedback survey texts');
  });
});

/**
 * The delivery list: a client without an e-mail address and one whose mailbox the mail server
 * refuses end their service. The first invitation is recorded as not sendable; the second fails
 * ten times with back-off (the clock is moved on between attempts, then put back), after which
 * the team lead sees both and sends the failed one again, and the other once the coach has
 * recorded the client's address.
 */
describe('the team lead sees what became of the survey invitations', () => {
  let browser: Browser;
  let page: Page;
  const refusedName = `Hylätty-${suffix}`;
  const noEmailName = `Osoitteeton-${suffix}`;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await newPage(browser);
    await logIn(page, 'coach@oulu.polku.test');
  });
  afterAll(async () => {
    await fetch(`${e2eBaseUrl}/api/dev/clock`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ now: e2eNow }),
    });
    await browser?.close();
  });

  const clientIds = new Map<string, string>();
  const clientFields = (lastName: string, email: string | null) => ({
    firstName: 'Ville',
    lastName,
    gender: 'male',
    municipalityCode: '564',
    email,
    languages: ['fi'],
    targetGroups: [],
  });

  async function endServiceOf(lastName: string, clientEmail: string | null): Promise<void> {
    const created = await callApi(page, 'POST', '/api/clients', clientFields(lastName, clientEmail));
    expect(created.status).toBe(201);
    clientIds.set(lastName, created.body.id as string);
    const programmes = (await callApi(page, 'GET', '/api/programmes')).body.items as { id: string; name: string; active: boolean }[];
    const programme = programmes.find((candidate) => candidate.active && candidate.name.startsWith('IPS'))!;
    const enrolled = await callApi(page, 'POST', `/api/clients/${created.body.id as string}/enrolments`, {
      programmeId: programme.id,
      referralSource: 'employment_counsellor',
      startingSituation: 'unemployed',
      intensity: 'intensive',
      startDate: '2026-11-02',
    });
    expect(enrolled.status).toBe(201);
    const ended = await callApi(page, 'POST', `/api/enrolments/${enrolled.body.id as string}/end`, {
      endDate: '2026-11-23',
      outcome: 'work',
    });
    expect(ended.status).toBe(200);
  }

  /** The invitation's state as the team lead's API answers it; a fresh login, as moving the clock ends sessions. */
  async function stateOf(lastName: string): Promise<string | undefined> {
    const login = await fetch(`${e2eBaseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'lead@oulu.polku.test', password: demoPassword }),
    });
    const cookie = login.headers
      .getSetCookie()
      .find((value) => value.startsWith('polku_session='))!
      .split(';')[0]!;
    const response = await fetch(`${e2eBaseUrl}/api/feedback/invitations?pageSize=200`, { headers: { cookie } });
    const { items } = (await response.json()) as { items: { name: string; state: string }[] };
    return items.find((item) => item.name.startsWith(lastName))?.state;
  }

  test('one invitation cannot be sent and another fails after its last attempt', async () => {
    await endServiceOf(noEmailName, null);
    await endServiceOf(refusedName, `ville.${suffix}@refused.invalid`);
    await expect.poll(() => stateOf(noEmailName), { timeout: 30_000, interval: 500 }).toBe('not_sendable');
    let clock = new Date(e2eNow).getTime();
    for (let step = 0; step < 30 && (await stateOf(refusedName)) !== 'failed'; step += 1) {
      // The longest back-off is 6 hours: each move makes the next attempt due.
      clock += 6 * 60 * 60_000;
      await fetch(`${e2eBaseUrl}/api/dev/clock`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ now: new Date(clock).toISOString() }),
      });
      await new Promise((resolve) => setTimeout(resolve, 2500));
    }
    expect(await stateOf(refusedName)).toBe('failed');
    await fetch(`${e2eBaseUrl}/api/dev/clock`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ now: e2eNow }),
    });
  });

  test('the team lead finds both on the delivery page, which passes axe, and sends each again', async () => {
    const lead = await newPage(browser);
    await logIn(lead, 'lead@oulu.polku.test');
    await lead.click(qa('nav-management'));
    await lead.click(qa('nav-feedback-delivery'));
    await lead.waitForSelector(qa('feedback-delivery-page'));
    await lead.click(qa('summary-failed'));
    const failedRow = lead.locator(`${qa('delivery-table')} tbody tr`).filter({ hasText: refusedName });
    await failedRow.waitFor();
    expect(await failedRow.locator(qa('delivery-state')).textContent()).toBe('Epäonnistui');
    expect(await failedRow.locator(qa('delivery-detail')).textContent()).toBe('Kutsu: 10 yritystä, postipalvelin hylkäsi viestin');
    expect(Number(await lead.locator(qa('summary-failed-count')).textContent())).toBeGreaterThanOrEqual(1);
    await expectAccessible(lead, 'feedback delivery, failed invitations');
    await lead.screenshot({ path: 'tmp/feedback-delivery.png', fullPage: true });

    await lead.click(qa('summary-not_sendable'));
    const unsendableRow = lead.locator(`${qa('delivery-table')} tbody tr`).filter({ hasText: noEmailName });
    await unsendableRow.waitFor();
    expect(await unsendableRow.locator(qa('delivery-state')).textContent()).toBe('Ei lähetettävissä');
    expect(await unsendableRow.locator(qa('delivery-detail')).textContent()).toBe('Ei sähköpostiosoitetta');
    await expectAccessible(lead, 'feedback delivery, not sendable');

    await lead.click(qa('summary-failed'));
    await failedRow.waitFor();
    await failedRow.getByRole('button', { name: `Lähetä uudelleen: ${refusedName} Ville` }).click();
    await lead.locator(qa('delivery-requeued')).waitFor();
    // Back in the queue: no longer among the failed ones.
    await failedRow.waitFor({ state: 'detached' });

    // The coach records the missing address; the invitation that could not be sent goes out now.
    const clientId = clientIds.get(noEmailName)!;
    const { version } = (await callApi(page, 'GET', `/api/clients/${clientId}`)).body as { version: number };
    const updated = await callApi(page, 'PUT', `/api/clients/${clientId}`, {
      ...clientFields(noEmailName, `ville.${suffix}@example.fi`),
      version,
    });
    expect(updated.status).toBe(200);
    await lead.click(qa('summary-not_sendable'));
    await unsendableRow.getByRole('button', { name: `Lähetä uudelleen: ${noEmailName} Ville` }).click();
    await unsendableRow.waitFor({ state: 'detached' });
    await expect.poll(() => stateOf(noEmailName), { timeout: 30_000, interval: 500 }).toBe('sent');
  });
});
