import { expect } from 'vitest';
import type { Figure } from '../../../contract/reports.js';
import type { UserAgent } from '../../test-support/test-app.js';
import { figuresUrl } from './reports-test-world.js';

/** One indicator's figure for October 2026 (or the cuts given), as the agent sees it. */
export async function figureOf(agent: UserAgent, id: string, cuts: Record<string, string> = {}): Promise<Figure> {
  const response = await agent.get(figuresUrl(id, cuts));
  expect(response.statusCode, response.body).toBe(200);
  return (response.json().figures as Figure[])[0]!;
}

/** The non-zero keys of a breakdown, for compact assertions. */
export const breakdownOf = (result: Figure) =>
  Object.fromEntries(result.breakdown.filter((row) => row.value !== 0).map((row) => [row.key, row.value]));
