import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditTrail, createCaseWorkWorld, fieldErrors, type CaseWorkWorld } from '../../test-support/case-work-test-world.js';
import { testEngines } from '../../test-support/test-database.js';
import { insertAnswer } from './feedback-test-support.js';

type Group = { answers: number; suppressed: boolean; nps: number | null; meanGrade: number | null; promoters: number | null };

/**
 * A hand-made dataset whose right answers are worked out here.
 * Oulu (564), six answers: recommend 10, 9 (promoters), 8, 7 (passives), 6, 0 (detractors) → NPS 0;
 *   grades 10, 9, 8, 8, 7, 4 → mean 46 / 6 = 7.67.
 * Helsinki (091), two answers: recommend 10, 10; grades 9, 9.
 * Whole organisation: 8 answers, 4 promoters, 2 detractors → NPS (4 − 2) / 8 = 25; mean grade 64 / 8 = 8.
 * Outside the figures: one answer before the period, one of another organisation, one employer answer.
 */
describe.each(testEngines)('feedback results on %s', (engine) => {
  let world: CaseWorkWorld;

  beforeAll(async () => {
    world = await createCaseWorkWorld(engine);
    const deps = world.test.deps;
    const oulu = [
      [10, 10, 'Valmentaja kuunteli.'],
      [9, 9, null],
      [8, 8, null],
      [7, 8, null],
      [6, 7, null],
      [0, 4, 'Ei auttanut.'],
    ] as const;
    for (const [index, [recommend, grade, freeText]] of oulu.entries()) {
      await insertAnswer(deps, {
        organisationId: world.organisationId,
        municipalityCode: '564',
        recommend,
        grade,
        freeText,
        helpedMost: index < 3 ? ['coach_support'] : ['job_search'],
        answeredAt: `2026-11-0${index + 1}T10:00:00+02:00`,
        clientId: index === 0 ? world.clientId : null,
      });
    }
    for (const day of ['10', '11']) {
      await insertAnswer(deps, {
        organisationId: world.organisationId,
        municipalityCode: '091',
        recommend: 10,
        grade: 9,
        answeredAt: `2026-11-${day}T10:00:00+02:00`,
      });
    }
    await insertAnswer(deps, {
      organisationId: world.organisationId,
      municipalityCode: '564',
      recommend: 0,
      grade: 4,
      answeredAt: '2026-09-30T10:00:00+03:00',
    });
    await insertAnswer(deps, {
      organisationId: world.otherOrganisationId,
      municipalityCode: '698',
      recommend: 0,
      grade: 4,
      answeredAt: '2026-11-05T10:00:00+02:00',
    });
    await insertAnswer(deps, {
      organisationId: world.organisationId,
      kind: 'employer',
      municipalityCode: '564',
      recommend: 9,
      effectiveness: 7,
      answeredAt: '2026-11-05T10:00:00+02:00',
    });
  });
  afterAll(() => world.close());

  const results = (agent: keyof CaseWorkWorld['agents'], query = 'kind=job_seeker&from=2026-10-01&to=2026-11-30') =>
    world.agents[agent].get(`/api/feedback/results?${query}`);

  it('computes NPS and the grade distribution by organisation and municipality', async () => {
    const response = await results('lead');
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.total).toMatchObject({ answers: 8, promoters: 4, passives: 2, detractors: 2, nps: 25, meanGrade: 8, suppressed: false });
    expect(body.total.grades).toEqual([
      { grade: 4, count: 1 },
      { grade: 5, count: 0 },
      { grade: 6, count: 0 },
      { grade: 7, count: 1 },
      { grade: 8, count: 2 },
      { grade: 9, count: 3 },
      { grade: 10, count: 1 },
    ]);
    expect(body.byOrganisation.map((group: Group & { name: string }) => [group.name, group.answers, group.nps])).toEqual([
      ['Oulun työllisyysalue', 8, 25],
    ]);
    const byPlace = Object.fromEntries(body.byMunicipality.map((group: Group & { name: { fi: string } }) => [group.name.fi, group]));
    expect(byPlace.Oulu).toMatchObject({ answers: 6, promoters: 2, nps: 0, meanGrade: 7.67 });
    expect(byPlace.Helsinki).toMatchObject({ answers: 2, nps: 100, meanGrade: 9, suppressed: false });
    expect(body.helpedMost).toEqual([
      { key: 'coach_support', label: 'Valmentajan tuki ja kannustus', count: 3 },
      { key: 'job_search', label: 'Apu työnhaussa', count: 3 },
    ]);
  });

  it('shows free text only to those allowed, and audits whose answers were read', async () => {
    const lead = (await results('lead')).json();
    expect(lead.freeText.map((answer: { text: string; answeredOn: string }) => [answer.answeredOn, answer.text])).toEqual([
      ['2026-11-06', 'Ei auttanut.'],
      ['2026-11-01', 'Valmentaja kuunteli.'],
    ]);
    const trail = await auditTrail(world.db, world.clientId);
    expect(trail.at(-1)).toMatchObject({ action: 'feedback.read_free_text', actorUserId: world.users.lead });

    const analyst = (await results('analyst')).json();
    expect(analyst.freeText).toBeNull();
    expect(analyst.total).toMatchObject({ answers: 8, nps: 25 });
  });

  it('hides groups of fewer than 5 answers from analysts, who may not see the people behind them', async () => {
    const analyst = (await results('analyst')).json();
    const helsinki = analyst.byMunicipality.find((group: { municipalityCode: string }) => group.municipalityCode === '091');
    expect(helsinki).toMatchObject({ suppressed: true, answers: 0, nps: null, grades: null, meanGrade: null });
    const oulu = analyst.byMunicipality.find((group: { municipalityCode: string }) => group.municipalityCode === '564');
    expect(oulu).toMatchObject({ suppressed: false, answers: 6, nps: 0 });
  });

  it('filters by period and survey kind', async () => {
    const november = (await results('lead', 'kind=job_seeker&from=2026-11-06&to=2026-11-10')).json();
    expect(november.total).toMatchObject({ answers: 2, promoters: 1, detractors: 1, nps: 0 });
    const everything = (await results('lead', 'kind=job_seeker')).json();
    expect(everything.total.answers).toBe(9);
    const employer = (await results('lead', 'kind=employer')).json();
    expect(employer.total).toMatchObject({ answers: 1, nps: 100, meanEffectiveness: 7, meanGrade: null, grades: null });
  });

  it('refuses roles without the results action and another organisation’s figures', async () => {
    expect((await results('assigned')).statusCode).toBe(403);
    expect((await results('coordinator')).statusCode).toBe(403);
    expect((await results('partner')).statusCode).toBe(403);
    expect((await results('lead', `organisationId=${world.otherOrganisationId}`)).statusCode).toBe(403);
    const foreign = (await results('foreign')).statusCode;
    expect(foreign).toBe(403);
    const badDate = await results('lead', 'from=2026-13-01');
    expect(badDate.statusCode).toBe(400);
    expect(fieldErrors(badDate)).toEqual(['from:invalid_date']);
  });
});
