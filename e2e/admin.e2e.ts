import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { AdminPage, AuditPage, ClientImportPage, logIn } from './pages/AdminPage.js';
import { expectAccessible, launchBrowser, newPage, qa } from './support/browser.js';
import { e2eBaseUrl } from './support/server.js';

/**
 * An administrator's day: first login with two-factor enrolment, a new colleague's account
 * (refused with a common password, then created and disabled), the organisation's teams and
 * programmes, and the audit log answering "who has looked at my data". Then a team lead imports
 * clients from a CSV file. The tests run in order and share the admin's page.
 */
const run = Date.now().toString(36);
const newUser = { name: `Testi Käyttäjä ${run}`, email: `testi.${run}@oulu.polku.test`, role: 'Työhönvalmentaja' };
const accessReason = `Asiakkaan tietopyyntö ${run}`;

type CaseloadAnswer = { items: { clientId: string; firstName: string; lastName: string }[] };

/** A coach opens one of their clients and views the identity code, as the client page does. */
async function coachLooksAtAClient(browser: Browser): Promise<CaseloadAnswer['items'][number]> {
  const coach = await newPage(browser);
  await logIn(coach, 'coach@oulu.polku.test');
  const client = await coach.evaluate(async (reason) => {
    const session = (await (await fetch('/api/auth/session')).json()) as { csrfToken: string };
    const caseload = (await (await fetch('/api/caseload')).json()) as CaseloadAnswer;
    const first = caseload.items[0]!;
    await fetch(`/api/clients/${first.clientId}`);
    await fetch(`/api/clients/${first.clientId}/identity-code?reason=${encodeURIComponent(reason)}`, {
      headers: { 'x-csrf-token': session.csrfToken },
    });
    return first;
  }, accessReason);
  await coach.context().close();
  return client;
}

describe('an administrator manages users and answers who has looked at a client’s data', () => {
  let browser: Browser;
  let page: Page;
  let admin: AdminPage;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await newPage(browser);
    admin = new AdminPage(page);
  });

  afterAll(async () => {
    await browser?.close();
  });

  test('the admin enrols two-factor authentication at first login and lands on the user list', async () => {
    const secret = await logIn(page, 'admin@oulu.polku.test');
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    await page.waitForURL((url) => url.pathname === '/admin');
    await page.waitForSelector('[data-qa^="user-row-"]');
    expect(await page.locator('h1').innerText()).toBe('Käyttäjät');
    expect(await admin.userRow('coach@oulu.polku.test').innerText()).toContain('Työhönvalmentaja');
    await expectAccessible(page, 'user list');
  });

  test('a common password is refused at the field, a strong one creates the user', async () => {
    await admin.openNewUserForm();
    await expectAccessible(page, 'new user form');
    await admin.fillNewUser({ ...newUser, password: 'qwerty123456' });
    await admin.submitNewUser();
    expect(await admin.fieldError('user-form-password')).toContain('Salasana on yleisesti käytetty');
    expect(page.url()).toMatch(/\/admin\/users\/new$/);

    await admin.setPassword('Kevätaamu-Oulujoella-2026');
    await admin.submitNewUser();
    await page.waitForURL(/\/admin\/users\/[0-9a-f-]{36}$/);
    await page.waitForSelector(qa('user-details'));
    expect(await page.locator('h1').innerText()).toBe(newUser.name);
    expect(await page.locator(qa('user-notice')).innerText()).toContain('on luotu');
    expect(await admin.userStatus().innerText()).toBe('Käytössä');
    await expectAccessible(page, 'user page');
  });

  test('a disabled user shows as disabled and can no longer log in', async () => {
    await admin.runAccountAction('disable');
    expect(await admin.userStatus().innerText()).toBe('Poistettu käytöstä');
    expect(await page.locator(qa('user-action-enable')).isVisible()).toBe(true);

    const login = await fetch(`${e2eBaseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: newUser.email, password: 'Kevätaamu-Oulujoella-2026' }),
    });
    expect(login.status).toBe(401);

    await admin.openUsers();
    await admin.searchUsers(newUser.email);
    expect(await admin.userRow(newUser.email).innerText()).toContain('Poistettu käytöstä');
  });

  test('the organisation page lists its teams and takes a new one; programmes are listed', async () => {
    await admin.openOrganisations();
    await expectAccessible(page, 'organisations');
    const organisation = page.locator('section[data-qa^="organisation-"]').first();
    const organisationId = ((await organisation.getAttribute('data-qa')) ?? '').replace('organisation-', '');
    expect(await organisation.innerText()).toContain('Työllisyysalue');
    await admin.addTeam(organisationId, `Testitiimi ${run}`);
    expect(await page.locator(qa('organisation-notice')).innerText()).toContain(`Testitiimi ${run}`);

    await page.click(qa(`edit-organisation-${organisationId}`));
    await page.waitForSelector(qa('organisation-form'));
    await expectAccessible(page, 'organisation form');

    await admin.openProgrammes();
    expect(await page.locator(qa('programme-table')).innerText()).toContain('IPS-työhönvalmennus 2025–2027');
    await expectAccessible(page, 'programmes');
    await page.click(qa('new-programme'));
    await page.waitForSelector(qa('programme-process-model'));
    await expectAccessible(page, 'new programme form');
  });

  test("the audit log of a client shows a coach's look at their data, with the reason given", async () => {
    const client = await coachLooksAtAClient(browser);
    const audit = new AuditPage(page);
    await audit.open();
    await expectAccessible(page, 'audit log');
    await audit.chooseClient(client.lastName, client.clientId);
    expect(await page.locator(qa('audit-log-title')).innerText()).toContain(`${client.firstName} ${client.lastName}`);

    const entries = await audit.entries();
    const byCoach = entries.filter((cells) => cells[1] === 'Essi Järvinen');
    expect(byCoach.map((cells) => cells[3])).toEqual(expect.arrayContaining(['Avasi asiakkaan tiedot', 'Katsoi henkilötunnuksen']));
    expect(byCoach.find((cells) => cells[3] === 'Katsoi henkilötunnuksen')?.[4]).toBe(accessReason);
    expect(entries.every((cells) => /^\d{1,2}\.\d{1,2}\.\d{4} \d{2}\.\d{2}$/.test(cells[0]!))).toBe(true);
    await expectAccessible(page, 'audit log of a client');

    // Who did it is searched by name among all the admin's users.
    await audit.filterByActor('Essi', 'Essi Järvinen (coach@oulu.polku.test)');
    const essiOnly = await audit.entries();
    expect(essiOnly.length).toBeGreaterThan(0);
    expect(essiOnly.every((cells) => cells[1] === 'Essi Järvinen')).toBe(true);
    await expectAccessible(page, 'audit log filtered by who did it');
  });

  test('the audit chain verifies intact', async () => {
    expect(await new AuditPage(page).verifyChain()).toMatch(/Lokiketju eheä: [\d\s]+ merkintää/);
  });
});

describe('a team lead imports clients from a CSV file', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await newPage(browser);
    await logIn(page, 'lead@oulu.polku.test');
  });

  afterAll(async () => {
    await browser?.close();
  });

  test('the preview names the bad row and why; the import then creates the valid rows', async () => {
    const importPage = new ClientImportPage(page);
    await importPage.open();
    await expectAccessible(page, 'client import');

    const csv = [
      'first_name;last_name;municipality_code;date_of_birth',
      `Aino;Tuontila-${run};564;12.3.1990`,
      `Onni;Tuontila-${run};Kempele;1.2.1985`,
      `Virve;Tuontila-${run};564;31.2.1990`,
    ].join('\r\n');
    await importPage.preview('asiakkaat.csv', csv);
    expect(await importPage.count('create').innerText()).toBe('2');
    expect(await importPage.count('reject').innerText()).toBe('1');
    expect(await importPage.rowAction(4).innerText()).toBe('Hylätään');
    expect(await importPage.rowReasons(4).innerText()).toContain('date_of_birth: Virheellinen päivämäärä');
    expect(await importPage.commitButton().innerText()).toBe('Tuo 2 asiakasta');
    await expectAccessible(page, 'client import preview');

    await importPage.commit();
    expect(await importPage.count('create').innerText()).toBe('2');
    expect(await importPage.rowAction(2).innerText()).toBe('Luotu');
    await expectAccessible(page, 'client import result');
  });

  test('a file without the required columns is refused before any row is read', async () => {
    await page.click(qa('import-another'));
    const importPage = new ClientImportPage(page);
    await page
      .locator(`${qa('import-file')} input[type="file"]`)
      .setInputFiles({ name: 'vaara.csv', mimeType: 'text/csv', buffer: Buffer.from('etunimi;sukunimi\nAino;Virhe\n') });
    await page.click(qa('import-preview'));
    await page.locator(qa('import-file')).getByText('puuttuu pakollinen sarake').waitFor();
    expect(await importPage.commitButton().count()).toBe(0);
  });
});
