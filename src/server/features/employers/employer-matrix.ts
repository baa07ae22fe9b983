import type { CaseWorkWorld, EndpointMatrix, MatrixRequest, MatrixRole } from '../../test-support/case-work-test-world.js';
import { createEmployer, interactionRequest, newEmployerRequest } from './employer-test-support.js';

/**
 * Every employer-register endpoint against every role of the case-work world (merged into the
 * authorization matrix test). The register is the organisation's shared work: coaches,
 * coordinators and team leads read and write it (2xx); admins, analysts and partners have no
 * employer action anywhere (403); a coach of another organisation finds none of its records (404)
 * and lists and creates only in their own. The CSV import's matrix is in employer-import.test.ts.
 */
const staff = { assigned: 200, colleague: 200, coordinator: 200, lead: 200 };
const noEmployerWork = { admin: 403, analyst: 403, partner: 403 };
const onRecord = (success: number): Record<MatrixRole, number> => ({
  assigned: success,
  colleague: success,
  coordinator: success,
  lead: success,
  ...noEmployerWork,
  foreign: 404,
});
const sectorManagers = { assigned: 403, colleague: 403, coordinator: 403, lead: 200, admin: 200, analyst: 403, partner: 403, foreign: 403 };

export const employersAuthorizationMatrix: EndpointMatrix = {
  'GET /api/employers': { ...staff, ...noEmployerWork, foreign: 200 },
  'POST /api/employers': { assigned: 201, colleague: 201, coordinator: 201, lead: 201, ...noEmployerWork, foreign: 201 },
  'GET /api/employers/:id': onRecord(200),
  'PUT /api/employers/:id': onRecord(200),
  'POST /api/employers/:id/stage': onRecord(200),
  'POST /api/employers/:id/interactions': onRecord(201),
  'POST /api/employers/:id/contacts': onRecord(201),
  'PUT /api/employer-contacts/:id': onRecord(200),
  'POST /api/employer-contacts/:id/archive': onRecord(200),
  'POST /api/employers/:id/workplaces': onRecord(201),
  'PUT /api/employer-workplaces/:id': onRecord(200),
  'DELETE /api/employer-workplaces/:id': onRecord(204),
  'GET /api/industry-section-owners': sectorManagers,
  // The coordinator reads their own sections; everyone else needs employer.sectors.manage.
  'GET /api/users/:id/industry-sections': { ...sectorManagers, coordinator: 200 },
  'PUT /api/users/:id/industry-sections': sectorManagers,
};

/** A fresh employer (and contact, workplace) for each request, so that one role's write cannot affect the next. */
export function employerMatrixRequests(world: CaseWorkWorld): Record<string, () => Promise<MatrixRequest>> {
  const coordinator = world.agents.coordinator;
  const employer = () => createEmployer(coordinator);
  const contact = async () =>
    (await coordinator.post(`/api/employers/${(await employer()).id}/contacts`, { name: 'Matti Matriisi' })).json();
  const workplace = async () =>
    (await coordinator.post(`/api/employers/${(await employer()).id}/workplaces`, { name: 'Toimipiste' })).json();
  const sectionsUrl = `/api/users/${world.users.coordinator}/industry-sections`;
  return {
    'GET /api/employers': async () => ({ method: 'GET', url: '/api/employers' }),
    'POST /api/employers': async () => ({ method: 'POST', url: '/api/employers', body: newEmployerRequest() }),
    'GET /api/employers/:id': async () => ({ method: 'GET', url: `/api/employers/${(await employer()).id}` }),
    'PUT /api/employers/:id': async () => ({
      method: 'PUT',
      url: `/api/employers/${(await employer()).id}`,
      body: { ...newEmployerRequest({ name: 'Muutettu Oy' }), version: 1 },
    }),
    'POST /api/employers/:id/stage': async () => ({
      method: 'POST',
      url: `/api/employers/${(await employer()).id}/stage`,
      body: { stage: 'cooperating', changedOn: '2026-11-23' },
    }),
    'POST /api/employers/:id/interactions': async () => ({
      method: 'POST',
      url: `/api/employers/${(await employer()).id}/interactions`,
      body: interactionRequest(world.users.coordinator, { occurredOn: '2026-11-23' }),
    }),
    'POST /api/employers/:id/contacts': async () => ({
      method: 'POST',
      url: `/api/employers/${(await employer()).id}/contacts`,
      body: { name: 'Uusi Yhteys' },
    }),
    'PUT /api/employer-contacts/:id': async () => ({
      method: 'PUT',
      url: `/api/employer-contacts/${(await contact()).id}`,
      body: { name: 'Korjattu Nimi' },
    }),
    'POST /api/employer-contacts/:id/archive': async () => ({
      method: 'POST',
      url: `/api/employer-contacts/${(await contact()).id}/archive`,
    }),
    'POST /api/employers/:id/workplaces': async () => ({
      method: 'POST',
      url: `/api/employers/${(await employer()).id}/workplaces`,
      body: { name: 'Uusi toimipiste' },
    }),
    'PUT /api/employer-workplaces/:id': async () => ({
      method: 'PUT',
      url: `/api/employer-workplaces/${(await workplace()).id}`,
      body: { name: 'Korjattu toimipiste' },
    }),
    'DELETE /api/employer-workplaces/:id': async () => ({ method: 'DELETE', url: `/api/employer-workplaces/${(await workplace()).id}` }),
    'GET /api/industry-section-owners': async () => ({ method: 'GET', url: '/api/industry-section-owners' }),
    'GET /api/users/:id/industry-sections': async () => ({ method: 'GET', url: sectionsUrl }),
    'PUT /api/users/:id/industry-sections': async () => ({ method: 'PUT', url: sectionsUrl, body: { sections: ['C'] } }),
  };
}
