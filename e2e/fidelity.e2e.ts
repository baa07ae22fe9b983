import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fidelityBand } from '../src/contract/fidelity.js';
import { FidelityListPage, FidelityReviewPage, NewFidelityReviewForm } from './pages/FidelityPages.js';
import { expectAccessible, launchBrowser, newPage, qa } from './support/browser.js';

/**
 * A team lead reviews the IPS team's fidelity: Polku pre-fills what it can measure from the demo
 * work and shows the evidence; the lead overrides one pre-filled score (a note is then required),
 * scores the rest, and sees the total and band. The tests run in order and share the review.
 */
const bandNames = {
  exemplary: 'Erinomainen mallinmukaisuus (115–125)',
  good: 'Hyvä mallinmukaisuus (100–114)',
  fair: 'Kohtalainen mallinmukaisuus (74–99)',
  not_ips: 'Ei IPS-mallin mukainen (enintään 73)',
} as const;

async function logIn(page: Page, email: string): Promise<void> {
  await page.goto('/login');
  await page.fill(qa('login-email'), email);
  await page.fill(qa('login-password'), 'Polku-demo-2026!');
  await page.click(qa('login-submit'));
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

describe('a team lead reviews the IPS team’s fidelity', () => {
  let browser: Browser;
  let page: Page;
  let reviewId = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await newPage(browser);
    await logIn(page, 'lead@oulu.polku.test');
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('the reviews page shows the team’s earlier reviews with their trend and passes axe', async () => {
    // Reports live under one main menu entry, with a row of their own pages.
    await page.click(qa('nav-management'));
    await page.click(qa('nav-fidelity'));
    const list = new FidelityListPage(page);
    await list.waitForHistory();
    const changes = await page.locator(`${qa('fidelity-history')} ${qa('review-change')}`).allInnerTexts();
    expect(changes).toHaveLength(2);
    expect(changes[0]).toMatch(/^[+−-]?\d+$|^–$/);
    await expectAccessible(page, 'fidelity reviews');
    await list.startNewReview();
    await expectAccessible(page, 'new fidelity review');
  });

  test('creating a review of the IPS team pre-fills the measurable items and shows the evidence next to them', async () => {
    const form = new NewFidelityReviewForm(page);
    expect(await form.selectedTeam().innerText()).toContain('IPS-tiimi');
    await form.fill({
      reviewDate: '23.11.2026',
      periodStart: '1.6.2026',
      periodEnd: '22.11.2026',
      reviewers: ['Riitta Arvioija', 'Pekka Kumppani'],
    });
    reviewId = await form.submit();
    const review = new FidelityReviewPage(page);
    expect(await review.prefilled(1).innerText()).toMatch(/^Esitäytetty: [1-5]$/);
    expect(await review.evidence(1).innerText()).toMatch(/asiakasta ja \d+ työhönvalmentajaa jakson lopussa/);
    expect(await review.evidence(17).innerText()).toContain('henkilökohtaista työnantajatapaamista');
    // An item Polku cannot measure says so and is left for the reviewers.
    expect(await review.item(2).innerText()).toContain('Polku ei voi mitata tätä kohtaa');
    expect(await review.chosenScore(2)).toBeNull();
    expect(await review.chosenScore(1)).toBe(Number((await review.prefilled(1).innerText()).slice(-1)));
    expect(await review.band().innerText()).toContain('Taso lasketaan, kun kaikki 25 kohtaa on pisteytetty');
    await expectAccessible(page, 'fidelity review with pre-filled items');
  });

  test('overriding a pre-filled score asks for a reason; with one, the review saves with its total and band', async () => {
    const review = new FidelityReviewPage(page);
    const prefilled = Number((await review.prefilled(17).innerText()).slice(-1));
    const override = prefilled === 5 ? 4 : prefilled + 1;
    await review.choose(17, override);
    await page.locator(qa('item-17-overridden')).waitFor();
    for (let number = 1; number <= 25; number++) {
      if ((await review.chosenScore(number)) === null) await review.choose(number, 3);
    }
    await review.save();
    await review.noteInError(17).waitFor();
    await expectAccessible(page, 'fidelity review with a missing reason');

    await review.writeNote(17, 'Käynnit kirjataan osin myöhässä; haastattelujen mukaan tahti on viikoittain suurempi.');
    await review.save();
    await page.locator(qa('fidelity-saved')).waitFor();
    const scores = await Promise.all(Array.from({ length: 25 }, (_, index) => review.chosenScore(index + 1)));
    const total = scores.reduce<number>((sum, score) => sum + (score ?? 0), 0);
    expect(scores.every((score) => score !== null)).toBe(true);
    expect(await review.total().innerText()).toBe(`${total} / 125`);
    expect(await review.band().innerText()).toBe(bandNames[fidelityBand(total)]);
    expect(await review.prefilled(17).innerText()).toBe(`Esitäytetty: ${prefilled}`);
    await expectAccessible(page, 'saved fidelity review');

    await page.click('a[href="/fidelity"]');
    const list = new FidelityListPage(page);
    await list.waitForHistory();
    expect(await list.row(reviewId).locator(qa('review-total')).innerText()).toBe(String(total));
  });
});
