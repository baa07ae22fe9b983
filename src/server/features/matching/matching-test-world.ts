import { expect } from 'vitest';
import type { CandidateMatchList, OpportunityMatchList } from '../../../contract/match-lists.js';
import type { EndpointMatrix, MatrixRequest } from '../../test-support/case-work-test-world.js';
import { insertClient, insertEnrolment } from '../../test-support/case-work-test-world.js';
import type { UserAgent } from '../../test-support/test-app.js';
import type { Engine } from '../../test-support/test-database.js';
import { profileRequest } from '../competence-profiles/profile-test-support.js';
import { createOpportunity } from '../opportunities/opportunity-test-world.js';
import { createEmployerWorkWorld, type EmployerWorkWorld } from '../proposals/employer-work-test-world.js';

/**
 * Test-only: the employer-work world (two organisations, one user per role, consenting candidates)
 * plus helpers that give people competence profiles and employers open opportunities through the API,
 * the way users do, so the matching index hears of them as it would in production.
 */
export type MatchingWorld = EmployerWorkWorld & {
  /** A consenting client of `assigned` (IPS enrolment) with a competence profile. */
  newProfiledCandidate: (options?: { firstName?: string; profile?: Record<string, unknown>; consent?: null }) => Promise<string>;
  saveProfile: (clientId: string, profile?: Record<string, unknown>) => Promise<void>;
  /** A client of the other organisation with a profile and consent, coached by `foreign`. */
  newForeignCandidate: () => Promise<string>;
  newMatchedOpportunity: (overrides?: Record<string, unknown>) => Promise<string>;
  moveToPhase: (agent: UserAgent, clientId: string, phase: string) => Promise<void>;
  candidates: (agent: UserAgent, opportunityId: string, query?: string) => Promise<CandidateMatchList>;
  opportunitiesFor: (agent: UserAgent, clientId: string, query?: string) => Promise<OpportunityMatchList>;
};

export async function createMatchingWorld(engine: Engine): Promise<MatchingWorld> {
  const world = await createEmployerWorkWorld(engine);
  const { agents, users, db } = world;

  const saveProfile = async (clientId: string, profile: Record<string, unknown> = {}, agent = agents.assigned) => {
    const current = await agent.get(`/api/clients/${clientId}/competence-profile`);
    const version = (current.json() as { version: number }).version;
    const response = await agent.put(`/api/clients/${clientId}/competence-profile`, profileRequest({ ...profile, version }));
    expect(response.statusCode, response.body).toBe(200);
  };

  const newProfiledCandidate: MatchingWorld['newProfiledCandidate'] = async (options = {}) => {
    const clientId = await world.newCandidate({ firstName: options.firstName, consent: options.consent });
    await saveProfile(clientId, options.profile);
    return clientId;
  };

  const newForeignCandidate = async () => {
    const clientId = await insertClient(db, world.otherOrganisationId, users.foreign, 'Lauri');
    await insertEnrolment(db, { clientId, coachId: users.foreign });
    await saveProfile(clientId, {}, agents.foreign);
    const consent = await agents.foreign.post(`/api/clients/${clientId}/consents`, {
      kind: 'employer_proposal',
      channel: 'in_person',
      givenOn: '2026-11-01',
    });
    expect(consent.statusCode, consent.body).toBe(201);
    return clientId;
  };

  const moveToPhase = async (agent: UserAgent, clientId: string, phase: string) => {
    const enrolments = (await agent.get(`/api/clients/${clientId}/enrolments`)).json() as { items: { id: string }[] };
    const moved = await agent.post(`/api/enrolments/${enrolments.items[0]!.id}/phase`, { phase, changedOn: '2026-11-20' });
    expect(moved.statusCode, moved.body).toBe(200);
  };

  const get = async <T>(agent: UserAgent, url: string): Promise<T> => {
    const response = await agent.get(url);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as T;
  };

  return {
    ...world,
    saveProfile,
    newProfiledCandidate,
    newForeignCandidate,
    newMatchedOpportunity: async (overrides = {}) => (await createOpportunity(agents.coordinator, world.employerId, overrides)).id,
    moveToPhase,
    candidates: (agent, opportunityId, query = '') => get(agent, `/api/opportunities/${opportunityId}/matches${query}`),
    opportunitiesFor: (agent, clientId, query = '') => get(agent, `/api/clients/${clientId}/matches${query}`),
  };
}

/** Every matching endpoint against every role (run by the authorization matrix test). */
const readers = { assigned: 200, colleague: 200, coordinator: 200, lead: 200 };
export const matchingAuthorizationMatrix: EndpointMatrix = {
  'GET /api/opportunities/:id/matches': { ...readers, admin: 403, analyst: 403, partner: 403, foreign: 404 },
  'GET /api/clients/:id/matches': { ...readers, admin: 404, analyst: 404, partner: 404, foreign: 404 },
  'GET /api/matching/weights': {
    assigned: 403,
    colleague: 403,
    coordinator: 403,
    lead: 200,
    admin: 200,
    analyst: 403,
    partner: 403,
    foreign: 403,
  },
  // A version nobody read: 409 means the write was allowed and reached the version check.
  'PUT /api/matching/weights': {
    assigned: 403,
    colleague: 403,
    coordinator: 403,
    lead: 409,
    admin: 409,
    analyst: 403,
    partner: 403,
    foreign: 403,
  },
};

export function matchingMatrixRequests(world: EmployerWorkWorld): Record<string, () => Promise<MatrixRequest>> {
  return {
    'GET /api/opportunities/:id/matches': async () => ({
      method: 'GET',
      url: `/api/opportunities/${await world.newOpportunity()}/matches`,
    }),
    'GET /api/clients/:id/matches': async () => ({ method: 'GET', url: `/api/clients/${world.clientId}/matches` }),
    'GET /api/matching/weights': async () => ({ method: 'GET', url: '/api/matching/weights' }),
    'PUT /api/matching/weights': async () => ({ method: 'PUT', url: '/api/matching/weights', body: { weights: {}, version: 99 } }),
  };
}
