import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ClientPage } from './pages/ClientPage.js';
import { expectAccessible, launchBrowser, newPage, qa } from './support/browser.js';
import { callApi, logIn } from './support/session.js';

/**
 * Two coaches editing the same plan goal, step, meeting or referral: the one who saves second
 * from an older version is told so, sees the other's change reloaded into the form, and saves
 * again on top of it. "The other coach" saves through the API while this page's form is open.
 */
type Goal = { id: string; version: number; actions: { id: string; version: number }[] };
type Versioned = { id: string; version: number } & Record<string, unknown>;

describe('edits made from a stale version of a case record', () => {
  let browser: Browser;
  let page: Page;
  let clientPage: ClientPage;
  let clientId = '';

  const plan = async () => (await callApi(page, 'GET', `/api/clients/${clientId}/plan`)).body.goals as Goal[];
  const referrals = async () => (await callApi(page, 'GET', `/api/clients/${clientId}/referrals`)).body.items as Versioned[];
  const activities = async () => (await callApi(page, 'GET', `/api/clients/${clientId}/activities`)).body.items as Versioned[];

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await newPage(browser);
    clientPage = new ClientPage(page);
    await logIn(page, 'coach@oulu.polku.test');
    const created = await callApi(page, 'POST', '/api/clients', {
      firstName: 'Veera',
      lastName: `Versio-${Date.now().toString(36)}`,
      gender: 'female',
      municipalityCode: '564',
      languages: ['fi'],
      targetGroups: [],
    });
    expect(created.status).toBe(201);
    clientId = created.body.id as string;
  });

  afterAll(async () => {
    await browser?.close();
  });

  test('a plan goal saved in between is reloaded into the open form, and the second save goes on top of it', async () => {
    const goal = (await callApi(page, 'POST', `/api/clients/${clientId}/plan/goals`, { title: 'Työpaikka kaupan alalta' })).body;
    await clientPage.open(clientId, 'plan');
    const card = page.locator(qa(`goal-${goal.id as string}`));
    await card.locator(qa('goal-edit')).click();
    await page.fill(qa('goal-title'), 'Minun otsikkoni');

    const other = await callApi(page, 'PUT', `/api/plan/goals/${goal.id as string}`, {
      title: 'Toisen valmentajan otsikko',
      targetDate: null,
      status: 'open',
      version: 1,
    });
    expect(other.status).toBe(200);
    await page.click(qa('goal-submit'));

    await page.waitForSelector(qa('goal-stale'));
    expect(await page.textContent(qa('goal-stale'))).toContain('Joku muu on muuttanut tätä tietoa');
    expect(await page.inputValue(qa('goal-title'))).toBe('Toisen valmentajan otsikko');
    await expectAccessible(page, 'client page, plan goal form after a conflict');

    await page.fill(qa('goal-title'), 'Yhdistetty otsikko');
    await page.click(qa('goal-submit'));
    await page.waitForSelector(qa('goal-form'), { state: 'detached' });
    expect(await page.isVisible(qa('goal-stale'))).toBe(false);
    expect((await plan()).find((candidate) => candidate.id === goal.id)).toMatchObject({ title: 'Yhdistetty otsikko', version: 3 });
  });

  test('a plan step changed in between is reloaded the same way', async () => {
    const goalId = (await plan())[0]!.id;
    const action = (
      await callApi(page, 'POST', `/api/plan/goals/${goalId}/actions`, { description: 'Hygieniapassi', owner: 'client', dueDate: null })
    ).body;
    await clientPage.open(clientId, 'plan');
    await page.locator(`${qa(`action-${action.id as string}`)} ${qa('action-edit')}`).click();
    await page.fill(qa('action-description'), 'Minun kuvaukseni');

    const other = await callApi(page, 'PUT', `/api/plan/actions/${action.id as string}`, {
      description: 'Hygieniapassin koe varattu',
      owner: 'client',
      dueDate: null,
      status: 'todo',
      version: 1,
    });
    expect(other.status).toBe(200);
    await page.click(qa('action-submit'));

    await page.waitForSelector(qa('action-stale'));
    expect(await page.inputValue(qa('action-description'))).toBe('Hygieniapassin koe varattu');
    await page.click(qa('action-submit'));
    await page.waitForSelector(qa('action-form'), { state: 'detached' });
    expect((await plan())[0]!.actions.find((candidate) => candidate.id === action.id)).toMatchObject({ version: 3 });
  });

  test('a referral whose status moved in between reopens on the new status with its own next steps', async () => {
    const referral = (
      await callApi(page, 'POST', `/api/clients/${clientId}/referrals`, { service: 'health_check', referredOn: '2026-11-20' })
    ).body;
    await clientPage.open(clientId, 'referrals');
    await page.locator(`${qa(`referral-${referral.id as string}`)} ${qa('referral-change-status')}`).click();
    await page.waitForSelector(qa('referral-status-form'));

    const other = await callApi(page, 'PUT', `/api/referrals/${referral.id as string}`, { status: 'sent', note: 'Lähetetty', version: 1 });
    expect(other.status).toBe(200);
    await page.click(qa('referral-status-submit'));

    await page.waitForSelector(qa('referral-stale'));
    expect(await page.inputValue(qa('referral-status-note'))).toBe('Lähetetty');
    await expectAccessible(page, 'client page, referral status form after a conflict');
    await clientPage.choose('referral-new-status', 'Hyväksytty');
    await page.click(qa('referral-status-submit'));
    await page.waitForSelector(qa('referral-status-form'), { state: 'detached' });
    expect((await referrals()).find((candidate) => candidate.id === referral.id)).toMatchObject({ status: 'accepted', version: 3 });
  });

  test('the recorder corrects a meeting, and a correction from another tab in between is reloaded first', async () => {
    const meeting = (await callApi(page, 'POST', `/api/clients/${clientId}/activities`, { summary: 'Ensitapaaminen', enrolmentId: null }))
      .body;
    await clientPage.open(clientId, 'activities');
    await page.locator(`${qa(`activity-${meeting.id as string}`)} ${qa('activity-correct')}`).click();
    await page.waitForSelector(qa('activity-correct-form'));
    expect(await page.isVisible(qa('activity-protected-note'))).toBe(false);
    await page.fill(qa('activity-summary'), 'Minun korjaukseni');

    const other = await callApi(page, 'PUT', `/api/activities/${meeting.id as string}`, {
      occurredOn: meeting.occurredOn,
      durationMinutes: 90,
      mode: 'face_to_face',
      participants: ['client'],
      summary: 'Korjattu toisessa välilehdessä',
      version: 1,
    });
    expect(other.status).toBe(200);
    await page.click(qa('activity-submit'));

    await page.waitForSelector(qa('activity-stale'));
    expect(await page.inputValue(qa('activity-summary'))).toBe('Korjattu toisessa välilehdessä');
    expect(await page.inputValue(qa('activity-duration'))).toBe('90');
    await expectAccessible(page, 'client page, meeting correction after a conflict');
    await page.fill(qa('activity-summary'), 'Ensitapaaminen, 90 min');
    await page.click(qa('activity-submit'));
    await page.waitForSelector(qa('activity-correct-form'), { state: 'detached' });
    expect(await page.textContent(`${qa(`activity-${meeting.id as string}`)} ${qa('activity-summary-text')}`)).toBe(
      'Ensitapaaminen, 90 min',
    );
    expect((await activities()).find((candidate) => candidate.id === meeting.id)).toMatchObject({ version: 3 });
  });
});
