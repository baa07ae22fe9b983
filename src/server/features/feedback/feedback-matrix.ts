import type { CaseWorkWorld, EndpointMatrix, MatrixRequest } from '../../test-support/case-work-test-world.js';
import { createEmployer } from '../employers/employer-test-support.js';
import { insertInvitationWithJobs } from './feedback-test-support.js';

/**
 * Every signed-in feedback endpoint against every role (merged into the authorization matrix test).
 * Results: managers and analysts; templates: managers; employer surveys: the employer staff, and a
 * coach of another organisation finds no employer (404); the delivery list naming people: team
 * leads and admins; sending a failed invitation again: team leads. The public answer endpoints need no
 * session: feedback.test.ts covers them.
 */
const nobody = { assigned: 403, colleague: 403, coordinator: 403, lead: 403, admin: 403, analyst: 403, partner: 403, foreign: 403 };
const onEmployer = (success: number) => ({
  assigned: success,
  colleague: success,
  coordinator: success,
  lead: success,
  admin: 403,
  analyst: 403,
  partner: 403,
  foreign: 404,
});

export const feedbackAuthorizationMatrix: EndpointMatrix = {
  'GET /api/feedback/results': { ...nobody, lead: 200, admin: 200, analyst: 200 },
  'GET /api/feedback/templates': { ...nobody, lead: 200, admin: 200 },
  'PUT /api/feedback/templates/:kind': { ...nobody, lead: 200, admin: 200 },
  'GET /api/feedback/invitations': { ...nobody, lead: 200, admin: 200 },
  'POST /api/feedback/invitations/:id/requeue': { ...nobody, lead: 200 },
  'GET /api/employers/:id/feedback-invitations': onEmployer(200),
  'POST /api/employers/:id/feedback-invitations': onEmployer(201),
};

export function feedbackMatrixRequests(world: CaseWorkWorld): Record<string, () => Promise<MatrixRequest>> {
  const coordinator = world.agents.coordinator;
  const employerWithContact = async () => {
    const employer = await createEmployer(coordinator);
    const contact = (
      await coordinator.post(`/api/employers/${employer.id}/contacts`, { name: 'Matti Matriisi', email: 'matti@example.fi' })
    ).json();
    return { employerId: employer.id as string, contactId: contact.id as string };
  };
  return {
    'GET /api/feedback/results': async () => ({ method: 'GET', url: '/api/feedback/results' }),
    'GET /api/feedback/templates': async () => ({ method: 'GET', url: '/api/feedback/templates' }),
    'PUT /api/feedback/templates/:kind': async () => {
      const template = (await world.agents.lead.get('/api/feedback/templates')).json().items[1];
      return { method: 'PUT', url: '/api/feedback/templates/employer', body: { version: template.version, content: template.content } };
    },
    'GET /api/feedback/invitations': async () => ({ method: 'GET', url: '/api/feedback/invitations' }),
    'POST /api/feedback/invitations/:id/requeue': async () => {
      const invitationId = await insertInvitationWithJobs(world.test.deps, {
        organisationId: world.organisationId,
        clientId: world.clientId,
        createdAt: new Date(world.test.deps.now().getTime() - 60 * 60_000),
        sendJob: { attempts: 10, failed: true, lastError: 'connect ECONNREFUSED' },
      });
      return { method: 'POST', url: `/api/feedback/invitations/${invitationId}/requeue` };
    },
    'GET /api/employers/:id/feedback-invitations': async () => ({
      method: 'GET',
      url: `/api/employers/${(await employerWithContact()).employerId}/feedback-invitations`,
    }),
    'POST /api/employers/:id/feedback-invitations': async () => {
      const { employerId, contactId } = await employerWithContact();
      return { method: 'POST', url: `/api/employers/${employerId}/feedback-invitations`, body: { contactId } };
    },
  };
}
