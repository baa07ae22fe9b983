import type { Page } from 'playwright-core';
import { qa } from './browser.js';

export const demoPassword = 'Polku-demo-2026!';

export async function logIn(page: Page, email: string): Promise<void> {
  await page.goto('/login');
  await page.fill(qa('login-email'), email);
  await page.fill(qa('login-password'), demoPassword);
  await page.click(qa('login-submit'));
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

export type ApiAnswer = { status: number; body: Record<string, unknown> & { items?: Record<string, unknown>[] } };

/** A call to the API as the logged-in user of the page (session cookie and CSRF token), for fixtures and checks. */
export function callApi(page: Page, method: string, path: string, body?: unknown): Promise<ApiAnswer> {
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

/** A valid business ID (Y-tunnus) no demo employer has: seven digits from the clock with their check digit. */
export function freshBusinessId(): string {
  const weights = [7, 9, 10, 5, 8, 4, 2];
  for (let candidate = Date.now() % 10_000_000; ; candidate = (candidate + 1) % 10_000_000) {
    const digits = String(candidate).padStart(7, '0');
    const remainder = [...digits].reduce((sum, digit, index) => sum + Number(digit) * weights[index]!, 0) % 11;
    if (remainder !== 1) return `${digits}-${remainder === 0 ? 0 : 11 - remainder}`;
  }
}

export type Candidate = { clientId: string; firstName: string; lastName: string };

/**
 * A consenting demo client offered for the assignment, in one running IPS enrolment that is not
 * yet in in-work support and has met within the last month (so the monthly rule is not already
 * overdue and the weekly in-work rule is the one that shows after hiring).
 */
export async function findIpsCandidate(
  page: Page,
  assignmentId: string,
  metSince: string,
  skip: readonly string[] = [],
): Promise<Candidate> {
  const candidates = (await callApi(page, 'GET', `/api/assignments/${assignmentId}/candidates`)).body.items as Candidate[];
  for (const candidate of candidates) {
    if (skip.includes(candidate.clientId)) continue;
    const enrolments = (await callApi(page, 'GET', `/api/clients/${candidate.clientId}/enrolments`)).body.items as {
      processModelKey: string;
      currentPhase: string;
      endDate: string | null;
      meeting: { lastMeetingOn: string | null };
    }[];
    const running = enrolments.filter((enrolment) => enrolment.endDate === null);
    const [ips] = running;
    if (
      running.length === 1 &&
      ips?.processModelKey === 'ips' &&
      ips.currentPhase !== 'in_work_support' &&
      (ips.meeting.lastMeetingOn ?? '') >= metSince
    ) {
      return candidate;
    }
  }
  throw new Error('no consenting demo client with a recent IPS meeting');
}
