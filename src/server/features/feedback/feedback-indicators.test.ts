import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Figure } from '../../../contract/reports.js';
import { createCaseWorkWorld, type CaseWorkWorld } from '../../test-support/case-work-test-world.js';
import { testEngines } from '../../test-support/test-database.js';
import { insertAnswer } from './feedback-test-support.js';

/**
 * NPS and mean grade in the indicator module, on a hand-made dataset.
 * October, Oulu (564): recommend 10, 10, 9, 8, 5, 3 → 3 promoters, 2 detractors of 6 → NPS 100 × 1/6 = 16.67;
 *   grades 10, 9, 9, 7, 6, 5 → mean 46 / 6 = 7.67.
 * October, Kempele (244): two answers, recommend 10, 10 — with Oulu 8 answers: 5 promoters, 2 detractors → 37.5.
 * Employers: 4 answers → fewer than 5, not shown to anyone.
 */
describe.each(testEngines)('feedback indicators on %s', (engine) => {
  let world: CaseWorkWorld;

  beforeAll(async () => {
    world = await createCaseWorkWorld(engine);
    const answers = [
      [10, 10],
      [10, 9],
      [9, 9],
      [8, 7],
      [5, 6],
      [3, 5],
    ] as const;
    for (const [index, [recommend, grade]] of answers.entries()) {
      await insertAnswer(world.test.deps, {
        organisationId: world.organisationId,
        municipalityCode: '564',
        recommend,
        grade,
        answeredAt: `2026-10-${10 + index}T12:00:00+03:00`,
      });
    }
    for (const day of [20, 21]) {
      await insertAnswer(world.test.deps, {
        organisationId: world.organisationId,
        municipalityCode: '244',
        recommend: 10,
        grade: 10,
        answeredAt: `2026-10-${day}T12:00:00+03:00`,
      });
    }
    // November answers are outside the period.
    await insertAnswer(world.test.deps, {
      organisationId: world.organisationId,
      municipalityCode: '564',
      recommend: 0,
      grade: 4,
      answeredAt: '2026-11-02T12:00:00+02:00',
    });
    for (const recommend of [10, 9, 9, 0]) {
      await insertAnswer(world.test.deps, {
        organisationId: world.organisationId,
        kind: 'employer',
        municipalityCode: '564',
        recommend,
        effectiveness: 8,
        answeredAt: '2026-10-15T12:00:00+03:00',
      });
    }
  });
  afterAll(() => world.close());

  const figures = async (agent: 'lead' | 'analyst', cuts: Record<string, string> = {}) => {
    const query = new URLSearchParams({
      from: '2026-10-01',
      to: '2026-10-31',
      indicators: 'feedback_nps_job_seekers,feedback_mean_grade,feedback_nps_employers',
      ...cuts,
    });
    const response = await world.agents[agent].get(`/api/reports/figures?${query.toString()}`);
    expect(response.statusCode, response.body).toBe(200);
    return Object.fromEntries((response.json().figures as Figure[]).map((figure) => [figure.indicatorId, figure.value]));
  };

  it('computes NPS and the mean grade of the period, also for an analyst', async () => {
    const lead = await figures('lead');
    expect(lead.feedback_nps_job_seekers).toBeCloseTo(37.5, 5);
    expect(lead.feedback_mean_grade).toBeCloseTo(66 / 8, 5);
    expect(await figures('analyst')).toEqual(lead);
  });

  it('cuts by municipality, and shows no figure of fewer than 5 answers to anyone', async () => {
    const oulu = await figures('lead', { municipalityCode: '564' });
    expect(oulu.feedback_nps_job_seekers).toBeCloseTo(100 / 6, 5);
    expect(oulu.feedback_mean_grade).toBeCloseTo(46 / 6, 5);
    const kempele = await figures('lead', { municipalityCode: '244' });
    expect(kempele.feedback_nps_job_seekers).toBeNull();
    expect(kempele.feedback_mean_grade).toBeNull();
    expect((await figures('lead')).feedback_nps_employers).toBeNull();
  });
});
