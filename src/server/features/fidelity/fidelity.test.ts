import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FidelityReview, FidelityReviewSummary } from '../../../contract/fidelity.js';
import { auditLog } from '../../audit/audit.tables.js';
import { inTransaction } from '../../db/transaction.js';
import { fieldErrors } from '../../test-support/case-work-test-world.js';
import type { UserAgent } from '../../test-support/test-app.js';
import { testEngines } from '../../test-support/test-database.js';
import { createFidelityWorld, type FidelityWorld } from './fidelity-test-world.js';

const newReview = (world: FidelityWorld, overrides: Record<string, unknown> = {}) => ({
  teamId: world.teamId,
  reviewDate: '2026-11-20',
  periodStart: '2026-05-01',
  periodEnd: '2026-10-31',
  reviewers: ['Riitta Arvioija'],
  ...overrides,
});

async function createReview(agent: UserAgent, body: object): Promise<FidelityReview> {
  const response = await agent.post('/api/fidelity/reviews', body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

/** Every item confirmed as pre-filled, else scored `score`; with `overrides` item number → [score, note]. */
function scoring(review: FidelityReview, score: number, overrides: Record<number, [number, string | null]> = {}) {
  return {
    version: review.version,
    reviewDate: review.reviewDate,
    reviewers: review.reviewers,
    notes: 'Haastateltiin kuutta valmentajaa.',
    actionPlan: 'Työnantajakäynnit viikoittain seurantaan.',
    items: review.items.map((item) => {
      const override = overrides[item.number];
      if (override) return { number: item.number, finalScore: override[0], note: override[1] };
      return { number: item.number, finalScore: item.prefilledScore ?? score, note: null };
    }),
  };
}

describe.each(testEngines)('fidelity reviews API on %s', (engine) => {
  let world: FidelityWorld;
  beforeAll(async () => {
    world = await createFidelityWorld(engine);
  });
  afterAll(() => world.close());

  it('refuses a review without reviewers, with its period ending before it starts, or about nothing, at the fields', async () => {
    const response = await world.agents.lead.post('/api/fidelity/reviews', {
      ...newReview(world, { teamId: null, reviewers: [], periodEnd: '2026-04-30' }),
    });
    expect(response.statusCode).toBe(400);
    expect(fieldErrors(response).sort()).toEqual(['periodEnd:end_before_start', 'reviewers:too_small', 'teamId:required']);
  });

  it('refuses another organisation’s team and a look-back period over two years', async () => {
    const response = await world.agents.lead.post(
      '/api/fidelity/reviews',
      newReview(world, { teamId: world.otherTeamId, periodStart: '2024-01-01' }),
    );
    expect(response.statusCode).toBe(400);
    expect(fieldErrors(response).sort()).toEqual(['periodEnd:too_large', 'teamId:unknown_team']);
  });

  it('answers 403 to roles that may not write reviews, 404 for an unknown or another organisation’s review', async () => {
    expect((await world.agents.coachA.post('/api/fidelity/reviews', newReview(world))).statusCode).toBe(403);
    expect((await world.agents.analyst.post('/api/fidelity/reviews', newReview(world))).statusCode).toBe(403);
    const review = await createReview(
      world.agents.lead,
      newReview(world, { reviewDate: '2026-01-10', periodStart: '2025-07-01', periodEnd: '2025-12-31' }),
    );
    expect((await world.agents.lead.get('/api/fidelity/reviews/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await world.agents.otherLead.get(`/api/fidelity/reviews/${review.id}`)).statusCode).toBe(404);
    expect((await world.agents.otherLead.put(`/api/fidelity/reviews/${review.id}`, scoring(review, 3))).statusCode).toBe(404);
    const list = (await world.agents.otherLead.get('/api/fidelity/reviews')).json() as { items: FidelityReviewSummary[] };
    expect(list.items.map((item) => item.id)).not.toContain(review.id);
  });

  it('answers 409 to a second review of the same team on the same day, and to a stale version', async () => {
    const body = newReview(world, { reviewDate: '2026-02-01' });
    const review = await createReview(world.agents.lead, body);
    const duplicate = await world.agents.admin.post('/api/fidelity/reviews', body);
    expect(duplicate.statusCode).toBe(409);
    expect(fieldErrors(duplicate)).toEqual(['reviewDate:already_exists']);
    expect((await world.agents.lead.put(`/api/fidelity/reviews/${review.id}`, scoring(review, 3))).statusCode).toBe(200);
    const stale = await world.agents.lead.put(`/api/fidelity/reviews/${review.id}`, scoring(review, 4));
    expect(stale.statusCode).toBe(409);
    expect(fieldErrors(stale)).toEqual(['version:stale_version']);
  });

  it('asks for a note when a pre-filled score is overridden, and keeps nothing of the refused save', async () => {
    const review = await createReview(world.agents.lead, newReview(world, { reviewDate: '2026-03-01' }));
    const caseload = review.items[0]!;
    expect(caseload.prefilledScore).toBe(5); // nobody on the caseloads yet: 0 clients per coach
    const refused = await world.agents.lead.put(`/api/fidelity/reviews/${review.id}`, scoring(review, 3, { 1: [4, null] }));
    expect(refused.statusCode).toBe(400);
    expect(fieldErrors(refused)).toEqual(['items.0.note:required']);
    const unchanged = (await world.agents.lead.get(`/api/fidelity/reviews/${review.id}`)).json() as FidelityReview;
    expect([unchanged.version, unchanged.scoredItems, unchanged.notes]).toEqual([1, 0, null]);
  });

  it('stores the pre-filled and the final score side by side and computes the total and band from the final scores', async () => {
    const review = await createReview(world.agents.lead, newReview(world, { reviewDate: '2026-04-01' }));
    // No work recorded: items 1 (0 clients per coach → 5), 17 and 18 (no employer contacts → 1) are pre-filled.
    expect(review.items.filter((item) => item.prefilledScore !== null).map((item) => [item.number, item.prefilledScore])).toEqual([
      [1, 5],
      [17, 1],
      [18, 1],
    ]);
    const response = await world.agents.lead.put(
      `/api/fidelity/reviews/${review.id}`,
      scoring(review, 4, { 1: [3, 'Kaksi valmentajaa on osa-aikaisia: todellinen suhdeluku on 26.'] }),
    );
    expect(response.statusCode, response.body).toBe(200);
    const saved = response.json() as FidelityReview;
    expect(saved.items[0]).toMatchObject({
      prefilledScore: 5,
      finalScore: 3,
      note: 'Kaksi valmentajaa on osa-aikaisia: todellinen suhdeluku on 26.',
    });
    // 3 (overridden) + 1 + 1 (confirmed) + 22 items × 4 = 93: fair fidelity.
    expect([saved.total, saved.scoredItems, saved.band, saved.version, saved.actionPlan]).toEqual([
      93,
      25,
      'fair',
      2,
      'Työnantajakäynnit viikoittain seurantaan.',
    ]);
  });

  it('audits every write with the review as target', async () => {
    const review = await createReview(world.agents.admin, newReview(world, { reviewDate: '2026-05-05' }));
    await world.agents.admin.put(`/api/fidelity/reviews/${review.id}`, scoring(review, 4));
    const entries = await inTransaction(world.db, 'system', (tx) =>
      tx
        .select({ action: auditLog.action, outcome: auditLog.outcome })
        .from(auditLog)
        .where(and(eq(auditLog.targetId, review.id))),
    );
    expect(entries).toEqual([
      { action: 'fidelity.write', outcome: 'success' },
      { action: 'fidelity.write', outcome: 'success' },
    ]);
  });

  it('lists the team’s history with the change against its previous complete review', async () => {
    const first = await createReview(
      world.agents.lead,
      newReview(world, { reviewDate: '2025-06-01', periodStart: '2024-12-01', periodEnd: '2025-05-31' }),
    );
    await world.agents.lead.put(`/api/fidelity/reviews/${first.id}`, scoring(first, 3));
    const second = await createReview(
      world.agents.lead,
      newReview(world, { reviewDate: '2025-12-01', periodStart: '2025-06-01', periodEnd: '2025-11-30' }),
    );
    await world.agents.lead.put(`/api/fidelity/reviews/${second.id}`, scoring(second, 4));
    const { items } = (await world.agents.lead.get(`/api/fidelity/reviews?teamId=${world.teamId}`)).json() as {
      items: FidelityReviewSummary[];
    };
    const byId = new Map(items.map((item) => [item.id, item]));
    const older = byId.get(first.id)!;
    const newer = byId.get(second.id)!;
    // Nothing was recorded before these periods: items 1, 17 and 18 are pre-filled alike in both, the other 22 scored 3 and then 4.
    expect(newer.total - older.total).toBe(22);
    expect([older.change, newer.change]).toEqual([null, 22]);
    expect(items.map((item) => item.reviewDate)).toEqual([...items.map((item) => item.reviewDate)].sort().reverse());
  });

  it('lets a coach read the reviews of their own team but not write them; a coach outside the team has none', async () => {
    const review = await createReview(world.agents.lead, newReview(world, { reviewDate: '2026-06-06' }));
    const read = await world.agents.coachA.get(`/api/fidelity/reviews/${review.id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json().permissions).toEqual({ write: false });
    expect((await world.agents.coachA.get('/api/fidelity/reviews')).json().items.length).toBeGreaterThan(0);
    expect((await world.agents.coachA.put(`/api/fidelity/reviews/${review.id}`, scoring(review, 3))).statusCode).toBe(403);
    expect((await world.agents.coachC.get(`/api/fidelity/reviews/${review.id}`)).statusCode).toBe(403);
    expect((await world.agents.coordinator.get('/api/fidelity/reviews')).statusCode).toBe(403);
    expect((await world.agents.analyst.get(`/api/fidelity/reviews/${review.id}`)).statusCode).toBe(200);
  });

  it('offers the scale to readers and the organisation’s teams and programmes to those who write reviews', async () => {
    const scale = await world.agents.coachA.get('/api/fidelity/scale');
    expect(scale.statusCode).toBe(200);
    expect(scale.json().items).toHaveLength(25);
    const targets = (await world.agents.lead.get('/api/fidelity/targets')).json();
    expect(targets.organisations).toEqual([
      {
        id: world.organisationId,
        name: 'Oulun työllisyysalue',
        teams: [{ id: world.teamId, name: 'Oulun työllisyysalue tiimi' }],
        programmes: [{ id: world.programmeId, name: 'IPS-hanke' }],
      },
    ]);
    expect((await world.agents.coachA.get('/api/fidelity/targets')).statusCode).toBe(403);
  });
});
