import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ClientPage } from './pages/ClientPage.js';
import { ProposalPipeline } from './pages/ProposalPipeline.js';
import { expectAccessible, launchBrowser, newPage, qa } from './support/browser.js';

/**
 * Employer cooperation's last mile: a coordinator proposes a consenting job seeker to an employer's
 * assignment, moves them through the interview to hired, and the job seeker's IPS enrolment enters
 * in-work support with its weekly meeting rule. The tests run in order and share the assignment.
 */
const today = '23.11.2026';
/** The weekly rule counts from the first day at work. */
const firstWeeklyMeetingDue = '30.11.2026';
/** A candidate met within this window is not already overdue under the monthly rule, so the weekly rule is the one that shows. */
const recentMeetingSince = '2026-10-24';

type ApiAnswer = { status: number; body: Record<string, unknown> & { items?: Record<string, unknown>[] } };

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

async function logIn(page: Page, email: string): Promise<void> {
  await page.goto('/login');
  await page.fill(qa('login-email'), email);
  await page.fill(qa('login-password'), 'Polku-demo-2026!');
  await page.click(qa('login-submit'));
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

type Candidate = { clientId: string; firstName: string; lastName: string };

/** A consenting demo client offered for the assignment whose running IPS enrolment has met recently. */
async function findCandidate(page: Page, assignmentId: string): Promise<Candidate> {
  const candidates = (await callApi(page, 'GET', `/api/assignments/${assignmentId}/candidates`)).body.items as Candidate[];
  for (const candidate of candidates) {
    const enrolments = (await callApi(page, 'GET', `/api/clients/${candidate.clientId}/enrolments`)).body.items as {
      processModelKey: string;
      endDate: string | null;
      meeting: { lastMeetingOn: string | null };
    }[];
    const running = enrolments.filter((enrolment) => enrolment.endDate === null);
    const [ips] = running;
    if (running.length === 1 && ips?.processModelKey === 'ips' && (ips.meeting.lastMeetingOn ?? '') >= recentMeetingSince) return candidate;
  }
  throw new Error('no consenting demo client with a recent IPS meeting');
}

describe('a coordinator proposes a consenting job seeker and marks them hired', () => {
  let browser: Browser;
  let page: Page;
  let pipeline: ProposalPipeline;
  let assignmentId = '';
  let candidate: Candidate;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await newPage(browser);
    pipeline = new ProposalPipeline(page);
    await logIn(page, 'coordinator@oulu.polku.test');
  });

  afterAll(async () => {
    await browser?.close();
  });

  test('an assignment received by phone is recorded through the API', async () => {
    const session = (await callApi(page, 'GET', '/api/auth/session')).body as { user: { id: string } };
    const employers = (await callApi(page, 'GET', '/api/employers?pageSize=1&sort=name')).body.items as { id: string }[];
    const created = await callApi(page, 'POST', `/api/employers/${employers[0]!.id}/assignments`, {
      channel: 'phone',
      requestedRole: 'Varastotyöntekijä',
      candidatesWanted: 2,
      responderUserId: session.user.id,
      receivedAt: '2026-11-23T08:00:00+02:00',
    });
    expect(created.status).toBe(201);
    assignmentId = created.body.id as string;
    candidate = await findCandidate(page, assignmentId);
  });

  test('the coordinator proposes the client on the assignment page, which answers the assignment', async () => {
    await page.goto(`/assignments/${assignmentId}`);
    await pipeline.waitForBoard();
    await expectAccessible(page, 'assignment page with an empty proposal board');

    await page.click(qa('proposal-propose-open'));
    await page.fill(qa('propose-search'), candidate.lastName);
    await page.locator(`${qa('propose-candidates')} label`, { hasText: `${candidate.firstName} ${candidate.lastName}` }).waitFor();
    expect(await page.textContent(qa('propose-dialog'))).toContain('suostumus esittelyyn työnantajille');
    await expectAccessible(page, 'propose dialog');
    await page.click(qa('propose-dialog-cancel'));

    await pipeline.propose({
      lastName: candidate.lastName,
      fullName: `${candidate.firstName} ${candidate.lastName}`,
      note: 'Varastokokemusta',
    });
    const card = pipeline.column('proposed').locator(`${qa('proposal-card')}[data-client="${candidate.clientId}"]`);
    await card.waitFor();
    expect(await card.textContent()).toContain('Varastokokemusta');
    // Only the moves the state machine allows from proposed are offered.
    const moves = await card
      .locator('[data-qa^="proposal-move-"]')
      .evaluateAll((buttons) => buttons.map((button) => button.getAttribute('data-qa')));
    expect(moves).toEqual([
      'proposal-move-employer_interested',
      'proposal-move-interview',
      'proposal-move-not_selected',
      'proposal-move-withdrawn',
    ]);
    await expectAccessible(page, 'proposal board with a proposed candidate');

    const assignment = (await callApi(page, 'GET', `/api/assignments/${assignmentId}`)).body;
    expect(assignment.status).toBe('candidates_proposed');
    expect(assignment.firstResponseAt).not.toBeNull();
  });

  test('the coordinator moves the candidate to interview from the keyboard and marks them hired', async () => {
    await pipeline.moveByKeyboard(candidate.clientId, 'interview');
    expect(await pipeline.announcement().textContent()).toContain('Haastattelu');

    await pipeline.openHireDialog(candidate.clientId);
    await expectAccessible(page, 'hire dialog');
    await pipeline.hire({ type: 'Palkkatuettu työ', startDate: today, hoursPerWeek: '30' });
    await pipeline
      .column('hired')
      .locator(`${qa('proposal-card')}[data-client="${candidate.clientId}"]`)
      .waitFor();
    expect(await pipeline.announcement().textContent()).toContain('Asiakkuus siirtyi vaiheeseen Tuki työssä.');
    expect(await pipeline.card(candidate.clientId).locator('[data-qa^="proposal-move-"]').count()).toBe(0);
  });

  test("the client's enrolment is in in-work support with the weekly meeting rule", async () => {
    const clientPage = new ClientPage(page);
    await clientPage.open(candidate.clientId, 'enrolments');
    expect(await clientPage.currentPhase().textContent()).toBe('Tuki työssä');
    expect(await clientPage.phaseStep('in_work_support').getAttribute('data-state')).toBe('current');
    const status = await clientPage.meetingStatus().textContent();
    expect(status).toContain('Uuden työn ensimmäinen kuukausi: tapaaminen viikoittain');
    expect(status).toContain(`Seuraava viimeistään ${firstWeeklyMeetingDue}`);
    await expectAccessible(page, 'client page, enrolment in in-work support');
  });

  test('the client page lists the proposal and the placement, whose page records the support agreed with the employer', async () => {
    const clientPage = new ClientPage(page);
    await clientPage.openSection('employment');
    const proposal = page.locator(`${qa('client-proposal')}[data-status="hired"]`).first();
    expect(await proposal.textContent()).toContain('Palkattu');
    await expectAccessible(page, 'client page, work');

    await page.locator(qa('client-placement-table')).locator(qa('placement-open')).first().click();
    await page.waitForSelector(qa('support-agreement-form'));
    expect(await page.textContent(qa('placement-detail-type'))).toBe('Palkkatuettu työ');
    expect(await page.textContent(qa('placement-detail-start'))).toBe(today);
    await page.fill(qa('agreement-coach-tasks'), 'Käyn työpaikalla viikoittain ensimmäisen kuukauden ajan.');
    await page.fill(qa('agreement-contact-rhythm'), 'Viikoittain, sitten kuukausittain');
    await page.fill(qa('agreement-agreed-on'), today);
    await page.locator(qa('agreement-adjustments')).getByText('Viikkosuunnitelma', { exact: true }).click();
    await page.getByText('Jaa sopimus työnantajalle', { exact: true }).click();
    await page.click(qa('agreement-submit'));
    await page.waitForSelector(qa('support-agreement-sharing'));
    expect(await page.textContent(qa('support-agreement-sharing'))).toContain('Näkyy työnantajalle');
    await expectAccessible(page, 'placement page with a support agreement');
  });
});
