import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { AssignmentsPage } from './pages/AssignmentsPage.js';
import { ClientPage } from './pages/ClientPage.js';
import { EmployerListPage, EmployerPage, NewEmployerForm } from './pages/EmployerPages.js';
import { JobCarvingPage } from './pages/JobCarvingPage.js';
import { OpportunityPage } from './pages/OpportunityPage.js';
import { ProposalPipeline } from './pages/ProposalPipeline.js';
import { expectAccessible, launchBrowser, newPage, qa } from './support/browser.js';
import { findIpsCandidate, freshBusinessId, logIn, type Candidate } from './support/session.js';

/**
 * The whole employer-cooperation journey in the browser, one step after another: a coordinator
 * adds an employer, visits it, carves a hidden job from its existing jobs' tasks, receives an
 * assignment from it, proposes a consenting job seeker, marks them hired — and the job seeker's
 * IPS enrolment enters in-work support with its weekly meeting rule. The tests share one employer.
 */
const today = '23.11.2026';
const run = Date.now().toString(36);
const employerName = `Matkan Varasto ${run} Oy`;
const hiddenJob = `Varasto- ja asiakaspalveluavustaja ${run}`;

describe('employer cooperation from the first visit to a hire', () => {
  let browser: Browser;
  let page: Page;
  let employerId = '';
  let assignmentId = '';
  let candidate: Candidate;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await newPage(browser);
    await logIn(page, 'coordinator@oulu.polku.test');
  });

  afterAll(async () => {
    await browser?.close();
  });

  test('the coordinator adds the employer to the register', async () => {
    await page.click(qa('nav-employers'));
    const list = new EmployerListPage(page);
    await list.waitForRows();
    await list.startNewEmployer();
    const form = new NewEmployerForm(page);
    await form.fill('name-field', employerName);
    await form.fill('business-id', freshBusinessId());
    await form.chooseMunicipality('Oulu');
    await form.submit();
    await page.waitForURL(/\/employers\/[0-9a-f-]{36}$/);
    employerId = new URL(page.url()).pathname.split('/').pop()!;
    const employer = new EmployerPage(page);
    await employer.open(employerId);
    expect(await employer.stage().textContent()).toBe('Tunnistettu');
  });

  test('a visit at the workplace is logged and the relationship moves to "met"', async () => {
    const employer = new EmployerPage(page);
    await employer.logInteraction({
      kind: 'Käynti työpaikalla',
      occurredOn: today,
      summary: 'Kierrettiin varasto ja asiakaspalvelu; tehtävät käytiin läpi esimiehen kanssa.',
      agreed: 'Räätälöidään osa-aikainen avustajan tehtävä.',
    });
    await page.locator(qa('employer-stage')).getByText('Tavattu').waitFor();
    expect(await employer.meetingCount().textContent()).toBe('1');
  });

  test('a hidden job is carved from tasks of two existing jobs', async () => {
    const carving = new JobCarvingPage(page);
    await carving.openFromEmployer(employerId);
    const warehouse = await carving.addJob('Varastotyöntekijä');
    await carving.addTask(warehouse, { description: 'Hyllytys', hours: '12', physical: ['standing_long'] });
    await carving.addTask(warehouse, { description: 'Trukkiajo', hours: '20', physical: ['driving'] });
    const service = await carving.addJob('Asiakaspalvelija');
    await carving.addTask(service, { description: 'Noutojen luovutus', hours: '8', cognitive: ['customer_contact'] });
    await carving.addTask(service, { description: 'Puhelinpalvelu', hours: '15', cognitive: ['time_pressure'] });
    await carving.pick(warehouse, 'Hyllytys');
    await carving.pick(service, 'Noutojen luovutus');
    expect(await carving.derived('hours').innerText()).toBe('20');
    const opportunityId = await carving.save(hiddenJob);

    const opportunity = new OpportunityPage(page);
    await opportunity.open(opportunityId);
    expect(await opportunity.text('opportunity-kind')).toBe('Piilotyöpaikka');
    expect(await opportunity.sourceJobTitles()).toEqual(['Lähtötyö: Varastotyöntekijä', 'Lähtötyö: Asiakaspalvelija']);
    await expectAccessible(page, 'carved hidden job');
  });

  test('the employer asks for candidates and the assignment is recorded with its due time', async () => {
    const assignments = new AssignmentsPage(page);
    await assignments.openBoard();
    await assignments.startNewAssignment();
    await assignments.chooseEmployer(employerName);
    await assignments.choose('assignment-channel', 'Puhelin');
    await assignments.fill('assignment-requested-role', hiddenJob);
    await assignments.fill('assignment-candidates-wanted', '1');
    assignmentId = await assignments.save();
    // Two working days from Monday 23 November 2026 9.00, the run's fixed clock.
    expect(await assignments.text('assignment-response')).toContain('25.11.2026');
  });

  test('the coordinator proposes a consenting job seeker and marks them hired after the interview', async () => {
    const pipeline = new ProposalPipeline(page);
    await pipeline.waitForBoard();
    candidate = await findIpsCandidate(page, assignmentId, '2026-10-24');
    await pipeline.propose({
      lastName: candidate.lastName,
      fullName: `${candidate.firstName} ${candidate.lastName}`,
      note: 'Kiinnostunut varastotyöstä, trukkikortti suoritettu.',
    });
    await pipeline
      .column('proposed')
      .locator(`${qa('proposal-card')}[data-client="${candidate.clientId}"]`)
      .waitFor();
    await pipeline.moveByKeyboard(candidate.clientId, 'interview');
    await pipeline.openHireDialog(candidate.clientId);
    await pipeline.hire({ type: 'Työsuhde', startDate: today, hoursPerWeek: '20' });
    await pipeline
      .column('hired')
      .locator(`${qa('proposal-card')}[data-client="${candidate.clientId}"]`)
      .waitFor();
    await expectAccessible(page, 'assignment with a hired candidate');
  });

  test("the job seeker's enrolment is in in-work support and asks for weekly meetings", async () => {
    const clientPage = new ClientPage(page);
    await clientPage.open(candidate.clientId, 'enrolments');
    expect(await clientPage.currentPhase().textContent()).toBe('Tuki työssä');
    const status = await clientPage.meetingStatus().textContent();
    expect(status).toContain('Uuden työn ensimmäinen kuukausi: tapaaminen viikoittain');
    expect(status).toContain('Seuraava viimeistään 30.11.2026');
  });
});
