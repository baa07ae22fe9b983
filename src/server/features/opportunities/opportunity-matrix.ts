import type { EndpointMatrix, MatrixRequest } from '../../test-support/case-work-test-world.js';
import { createJob, createOpportunity, opportunityRequest, taskRequest, type OpportunityWorld } from './opportunity-test-world.js';

/**
 * Test-only: every opportunity and job-carving endpoint against every role (run by the
 * authorization matrix test). Employer staff of the organisation may read and write; the other
 * organisation's coach does not see the records (404); roles without employer work get 403.
 */
const staff = (success: number) => ({ assigned: success, colleague: success, coordinator: success, lead: success });
const record = (success: number) => ({ ...staff(success), admin: 403, analyst: 403, partner: 403, foreign: 404 });

export const opportunitiesAuthorizationMatrix: EndpointMatrix = {
  'GET /api/opportunities': { ...staff(200), admin: 403, analyst: 403, partner: 403, foreign: 200 },
  'GET /api/employers/:employerId/opportunities': record(200),
  'POST /api/employers/:employerId/opportunities': record(201),
  'GET /api/opportunities/:id': record(200),
  'PUT /api/opportunities/:id': record(200),
  'POST /api/opportunities/:id/status': record(200),
  'GET /api/employers/:employerId/jobs': record(200),
  'POST /api/employers/:employerId/jobs': record(201),
  'PUT /api/jobs/:id': record(200),
  'DELETE /api/jobs/:id': record(200),
  'POST /api/jobs/:id/tasks': record(201),
  'PUT /api/job-tasks/:id': record(200),
  'DELETE /api/job-tasks/:id': record(200),
};

/** A fresh target for each request, so one role's write cannot change what the next role meets. */
export function opportunityMatrixRequests(world: OpportunityWorld): Record<string, () => Promise<MatrixRequest>> {
  const coordinator = world.agents.coordinator;
  const employer = world.employerId;
  const newOpportunity = () => createOpportunity(coordinator, employer);
  const newJob = () => createJob(coordinator, employer, 'Tarjoilija', [taskRequest()]);
  return {
    'GET /api/opportunities': async () => ({ method: 'GET', url: '/api/opportunities' }),
    'GET /api/employers/:employerId/opportunities': async () => ({ method: 'GET', url: `/api/employers/${employer}/opportunities` }),
    'POST /api/employers/:employerId/opportunities': async () => ({
      method: 'POST',
      url: `/api/employers/${employer}/opportunities`,
      body: opportunityRequest(),
    }),
    'GET /api/opportunities/:id': async () => ({ method: 'GET', url: `/api/opportunities/${(await newOpportunity()).id}` }),
    'PUT /api/opportunities/:id': async () => {
      const opportunity = await newOpportunity();
      return { method: 'PUT', url: `/api/opportunities/${opportunity.id}`, body: opportunityRequest({ version: opportunity.version }) };
    },
    'POST /api/opportunities/:id/status': async () => {
      const opportunity = await newOpportunity();
      return {
        method: 'POST',
        url: `/api/opportunities/${opportunity.id}/status`,
        body: { status: 'filled', version: opportunity.version },
      };
    },
    'GET /api/employers/:employerId/jobs': async () => ({ method: 'GET', url: `/api/employers/${employer}/jobs` }),
    'POST /api/employers/:employerId/jobs': async () => ({
      method: 'POST',
      url: `/api/employers/${employer}/jobs`,
      body: { title: 'Siivooja' },
    }),
    'PUT /api/jobs/:id': async () => ({ method: 'PUT', url: `/api/jobs/${(await newJob()).id}`, body: { title: 'Salitarjoilija' } }),
    'DELETE /api/jobs/:id': async () => ({ method: 'DELETE', url: `/api/jobs/${(await newJob()).id}` }),
    'POST /api/jobs/:id/tasks': async () => ({ method: 'POST', url: `/api/jobs/${(await newJob()).id}/tasks`, body: taskRequest() }),
    'PUT /api/job-tasks/:id': async () => ({ method: 'PUT', url: `/api/job-tasks/${(await newJob()).tasks[0]!.id}`, body: taskRequest() }),
    'DELETE /api/job-tasks/:id': async () => ({ method: 'DELETE', url: `/api/job-tasks/${(await newJob()).tasks[0]!.id}` }),
  };
}
