import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { e2eBaseUrl } from './server.js';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/** A fresh page with the fixed locale and time zone of the end-to-end run. */
export async function newPage(browser: Browser, locale = 'fi-FI'): Promise<Page> {
  const context = await browser.newContext({
    baseURL: e2eBaseUrl,
    locale,
    timezoneId: 'Europe/Helsinki',
    viewport: { width: 1280, height: 900 },
  });
  return context.newPage();
}

/** Every page must pass axe with no serious or critical violation. */
export async function expectAccessible(page: Page, label: string, knownDefects: string[] = []): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  for (const selector of knownDefects) builder = builder.exclude(selector);
  const results = await builder.analyze();
  const severe = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect(severe, `axe on ${label}`).toEqual([]);
}

export const qa = (name: string) => `[data-qa="${name}"]`;
