import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { logIn } from './pages/AdminPage.js';
import { CompetenceProfilePanel } from './pages/CompetenceProfilePanel.js';
import { expectAccessible, launchBrowser, newPage, qa } from './support/browser.js';

/**
 * A coach fills in a job seeker's competence profile with them: an occupation found by its Finnish
 * name, a skill from the occupation's typical skills with its level, a language, a card, wishes
 * and a job demand to avoid; a field error is shown by the field; saved, the profile reads back
 * and the history names the change. The tests run in order and share the client.
 */
const lastName = `Osaaja-${Date.now().toString(36)}`;

async function createClient(page: Page): Promise<string> {
  const answer = await page.evaluate(async (lastName) => {
    const session = (await (await fetch('/api/auth/session')).json()) as { csrfToken: string };
    const response = await fetch('/api/clients', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
      body: JSON.stringify({ firstName: 'Onni', lastName, gender: 'male', municipalityCode: '564', languages: ['fi'] }),
    });
    return { status: response.status, body: (await response.json()) as { id: string } };
  }, lastName);
  expect(answer.status).toBe(201);
  return answer.body.id;
}

describe('a coach records a job seeker’s competence profile', () => {
  let browser: Browser;
  let page: Page;
  let panel: CompetenceProfilePanel;
  let clientId = '';
  let skillName = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await newPage(browser);
    panel = new CompetenceProfilePanel(page);
    await logIn(page, 'coach@oulu.polku.test');
    clientId = await createClient(page);
  });

  afterAll(async () => {
    await browser?.close();
  });

  test('the competence tab shows an empty profile the coach may edit', async () => {
    await panel.open(clientId);
    expect(await page.textContent(qa('competence-empty'))).toBe('Osaamisprofiilia ei ole vielä täytetty.');
    // The history loads after the profile.
    await expect.poll(() => page.textContent(qa('competence-history')), { timeout: 15_000 }).toContain('Ei tallennettuja versioita.');
    await expectAccessible(page, 'client page, empty competence profile');
  });

  test('the coach fills in the form; a wrong entry gets its error by the field', async () => {
    await panel.edit();
    await panel.addOccupationOfInterest('kokki', 'kokki');
    skillName = await panel.addFirstSuggestedSkill();
    await page.waitForSelector(qa('profile-skill'));
    await panel.choose('profile-skill-level-0', 'Erinomainen');
    await page.click(qa('opportunity-language-add'));
    await panel.choose('opportunity-language-level-0', 'C2');
    await panel.check('profile-licences-hygiene_passport');
    await panel.check('profile-demands-cognitive-night_work');
    await panel.fill('profile-hoursPerWeekMin', '30');
    await panel.fill('profile-hoursPerWeekMax', '20');
    await panel.fill('profile-maxCommuteKm', '25');
    await expectAccessible(page, 'competence profile form');

    await panel.save();
    const error = page.locator(`${qa('profile-preferences')} .fi-status-text`, { hasText: 'Arvo on liian pieni' });
    await error.waitFor();
    expect(await page.isVisible(qa('competence-form'))).toBe(true);
    await expectAccessible(page, 'competence profile form with an error');
  });

  test('corrected and saved, the profile reads back and the history names the change', async () => {
    await panel.fill('profile-hoursPerWeekMax', '37,5');
    await panel.save();
    await panel.waitForSaved();
    expect(await panel.value('competence-occupations').textContent()).toMatch(/^kokki \(ISCO 5120\)/);
    expect(await panel.value('competence-skills').textContent()).toBe(`${skillName} (Erinomainen)`);
    expect(await panel.value('competence-languages').textContent()).toBe('suomi C2');
    expect(await panel.value('competence-licences').textContent()).toBe('Hygieniapassi');
    expect(await panel.value('competence-demands').textContent()).toBe('Yötyö');
    expect(await panel.value('competence-hours').textContent()).toBe('30–37,5 h/vko');
    expect(await page.textContent(qa('competence-last-changed'))).toContain('versio 1');
    await expect.poll(() => panel.historyRows().count()).toBe(1);
    expect(await panel.historyRows().first().locator(qa('competence-history-parts')).textContent()).toBe(
      'Kiinnostavat ammatit, Osaamiset, Kortit ja luvat, Kielitaito, Toiveet, Vältettävät vaatimukset',
    );
    await expectAccessible(page, 'client page, saved competence profile');

    await page.reload();
    await page.waitForSelector(qa('competence-view'));
    expect(await panel.value('competence-skills').textContent()).toBe(`${skillName} (Erinomainen)`);
  });
});
