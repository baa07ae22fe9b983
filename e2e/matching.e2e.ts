import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { MatchPanel } from './pages/MatchPanel.js';
import { OpportunityPage } from './pages/OpportunityPage.js';
import { ProposalPipeline } from './pages/ProposalPipeline.js';
import { expectAccessible, launchBrowser, newPage, qa } from './support/browser.js';
import { callApi, logIn } from './support/session.js';

/**
 * From a job to a proposal through the match list: a team lead records a hidden cook's job and a
 * job seeker who fits it (profile, consent), finds the person on the job's match list, opens the
 * explanation by keyboard, proposes them in one step and sees the proposal on the board — and the
 * job on the person's own list of matching jobs. The tests run in order and share the records.
 */
const run = Date.now().toString(36);
const cook = 'http://data.europa.eu/esco/occupation/90f75f67-495d-49fa-ab57-2f320e251d7e';
const customerService = 'http://data.europa.eu/esco/skill/15a33d76-4640-438d-ae64-fdc0c1d3eebc';

async function createFixtures(page: Page): Promise<{ clientId: string; opportunityId: string }> {
  const employers = await callApi(page, 'GET', '/api/employers?pageSize=1');
  const employer = employers.body.items![0] as { id: string; industrySection: string | null };
  const opportunity = await callApi(page, 'POST', `/api/employers/${employer.id}/opportunities`, {
    title: `Kokki ${run}`,
    kind: 'hidden_job',
    escoOccupationUri: cook,
    requiredSkills: [{ uri: customerService, label: 'asiakaspalvelu' }],
    niceToHaveSkills: [],
    languages: [{ code: 'fi', level: 'B1' }],
    licences: ['hygiene_passport'],
    demands: ['customer_contact'],
    municipalityCode: '564',
    hoursPerWeek: 30,
    workingTimeForm: 'part_time',
    startDate: '2027-01-07',
    positions: 1,
  });
  expect(opportunity.status).toBe(201);
  const client = await callApi(page, 'POST', '/api/clients', {
    firstName: 'Kaisa',
    lastName: `Kokkila-${run}`,
    gender: 'female',
    municipalityCode: '564',
    languages: ['fi'],
  });
  expect(client.status).toBe(201);
  const clientId = client.body.id as string;
  const consent = await callApi(page, 'POST', `/api/clients/${clientId}/consents`, {
    kind: 'employer_proposal',
    channel: 'in_person',
    givenOn: '2026-11-01',
  });
  expect(consent.status).toBe(201);
  const profile = await callApi(page, 'PUT', `/api/clients/${clientId}/competence-profile`, {
    occupationsOfInterest: [{ uri: cook }],
    skills: [{ uri: customerService, level: 'expert' }],
    licences: ['hygiene_passport'],
    languages: [{ code: 'fi', level: 'C2' }],
    preferences: { hoursPerWeekMin: 25, hoursPerWeekMax: 37.5, partTimeOk: true, maxCommuteKm: 30, earliestStartDate: '2026-12-01' },
    version: 0,
  });
  expect(profile.status).toBe(200);
  return { clientId, opportunityId: opportunity.body.id as string };
}

describe('from a job to a proposal through the match list', () => {
  let browser: Browser;
  let page: Page;
  let clientId = '';
  let opportunityId = '';
  let matches: MatchPanel;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await newPage(browser);
    await logIn(page, 'lead@oulu.polku.test');
    ({ clientId, opportunityId } = await createFixtures(page));
    matches = new MatchPanel(page, 'opportunity-matches');
  });

  afterAll(async () => {
    await browser?.close();
  });

  test('the job’s page ranks the fitting job seeker, and the filters keep them', async () => {
    await new OpportunityPage(page).open(opportunityId);
    await matches.waitForList();
    expect(await matches.rowIds()).toContain(clientId);
    expect(await matches.row(clientId).locator(qa('match-distance')).innerText()).toBe('0 km');
    await matches.filterByDistance('10');
    await matches.filterByMunicipality('Oulu');
    await page.waitForSelector(qa('match-filter-clear'));
    await matches.row(clientId).waitFor();
    await expectAccessible(page, 'opportunity page with its match list');
  });

  test('the row’s explanation says which requirements are met', async () => {
    await matches.expand(clientId);
    expect(await matches.row(clientId).locator(qa('match-explain')).getAttribute('aria-expanded')).toBe('true');
    expect(await matches.componentText(clientId, 'occupation')).toContain('Sama ammatti: kokki');
    expect(await matches.componentText(clientId, 'licences')).toContain('On: Hygieniapassi');
    expect(await matches.componentText(clientId, 'commute')).toContain('0 km kotoa, enintään 30 km');
    await expectAccessible(page, 'match list with an explanation open');
  });

  test('proposing from the row puts the job seeker on the proposal board', async () => {
    await matches.propose(clientId);
    expect(await matches.announcement().innerText()).toContain(`Kaisa Kokkila-${run} ehdotettu`);
    expect(await matches.row(clientId).locator(qa('match-proposed')).innerText()).toBe('Ehdotettu: Ehdotettu');
    const pipeline = new ProposalPipeline(page);
    await pipeline.waitForBoard();
    await pipeline
      .column('proposed')
      .locator(`${qa('proposal-card')}[data-client="${clientId}"]`)
      .waitFor();
  });

  test('the job seeker’s page lists the job among their matching jobs, already proposed', async () => {
    await page.goto(`/clients/${clientId}?section=matches`);
    const jobs = new MatchPanel(page, 'client-matches');
    await jobs.waitForList();
    await jobs.row(opportunityId).waitFor();
    expect(await jobs.row(opportunityId).locator(qa('match-proposed')).innerText()).toBe('Ehdotettu: Ehdotettu');
    await expectAccessible(page, 'client page, matching jobs');
  });

  test('a team lead changes the organisation’s weights on the settings page, and puts them back', async () => {
    await page.goto('/matching/settings');
    await page.waitForSelector(qa('weights-form'));
    expect(await page.inputValue(qa('weights-occupation'))).toBe('30');
    await expectAccessible(page, 'matching weights page');
    for (const points of ['40', '30']) {
      await page.fill(qa('weights-occupation'), points);
      await page.click(qa('weights-save'));
      await page.waitForSelector(qa('weights-saved'));
      expect(await page.textContent(qa('weights-state'))).toBe('Käytössä ovat organisaation omat painotukset.');
    }
    await page.fill(qa('weights-occupation'), '101');
    await page.click(qa('weights-save'));
    await page.locator(`${qa('weights-form')} .fi-status-text`, { hasText: 'Arvo on liian suuri' }).waitFor();
  });
});
