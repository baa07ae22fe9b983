import { eq } from 'drizzle-orm';
import { inTransaction } from '../../db/transaction.js';
import type { CaseWorkWorld, EndpointMatrix, MatrixRequest, MatrixRole } from '../../test-support/case-work-test-world.js';
import { addDaysToDate } from '../../time.js';
import { teams } from '../organisations/organisations.tables.js';

/**
 * Every fidelity endpoint against every role of the case-work world (merged into the authorization
 * matrix test). Team leads and admins write reviews; analysts read them; the world's coaches belong
 * to no team, so they read none (a team's coach reading its review is tested in fidelity.test.ts,
 * as is the 404 for another organisation's review); coordinators and partners have no fidelity action.
 */
const managers = { lead: 200, admin: 200 };
const noFidelityWork = { assigned: 403, colleague: 403, coordinator: 403, partner: 403, foreign: 403 };
const readers: Record<MatrixRole, number> = { ...noFidelityWork, ...managers, analyst: 200 };
const writers = (success: number): Record<MatrixRole, number> => ({ ...noFidelityWork, lead: success, admin: success, analyst: 403 });

export const fidelityAuthorizationMatrix: EndpointMatrix = {
  'GET /api/fidelity/scale': readers,
  'GET /api/fidelity/targets': writers(200),
  'GET /api/fidelity/reviews': readers,
  'POST /api/fidelity/reviews': writers(201),
  'GET /api/fidelity/reviews/:id': readers,
  'PUT /api/fidelity/reviews/:id': writers(200),
};

/** A fresh review (a day of its own) for each request, created by the team lead. */
export function fidelityMatrixRequests(world: CaseWorkWorld): Record<string, () => Promise<MatrixRequest>> {
  let day = 0;
  const teamId = async () =>
    (
      await inTransaction(world.db, 'system', (tx) =>
        tx.select({ id: teams.id }).from(teams).where(eq(teams.organisationId, world.organisationId)),
      )
    )[0]!.id;
  const body = async () => ({
    organisationId: world.organisationId,
    teamId: await teamId(),
    reviewDate: addDaysToDate('2026-01-01', day++),
    periodStart: '2026-05-01',
    periodEnd: '2026-10-31',
    reviewers: ['Riitta Arvioija'],
  });
  const review = async () => (await world.agents.lead.post('/api/fidelity/reviews', await body())).json();
  return {
    'GET /api/fidelity/scale': async () => ({ method: 'GET', url: '/api/fidelity/scale' }),
    'GET /api/fidelity/targets': async () => ({ method: 'GET', url: '/api/fidelity/targets' }),
    'GET /api/fidelity/reviews': async () => ({ method: 'GET', url: '/api/fidelity/reviews' }),
    'POST /api/fidelity/reviews': async () => ({ method: 'POST', url: '/api/fidelity/reviews', body: await body() }),
    'GET /api/fidelity/reviews/:id': async () => ({ method: 'GET', url: `/api/fidelity/reviews/${(await review()).id}` }),
    'PUT /api/fidelity/reviews/:id': async () => {
      const created = await review();
      return {
        method: 'PUT',
        url: `/api/fidelity/reviews/${created.id}`,
        body: {
          version: created.version,
          reviewDate: created.reviewDate,
          reviewers: created.reviewers,
          items: (created.items as { number: number; prefilledScore: number | null }[]).map((item) => ({
            number: item.number,
            finalScore: item.prefilledScore ?? 3,
            note: null,
          })),
        },
      };
    },
  };
}
