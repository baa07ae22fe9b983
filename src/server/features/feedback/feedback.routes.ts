import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParams } from '../../../contract/common.js';
import {
  answerRequest,
  deliveryQuery,
  invitationDelivery,
  invitationDeliveryList,
  employerInvitation,
  employerInvitationList,
  employerSurveyRequest,
  feedbackResults,
  feedbackTemplate,
  feedbackTemplateList,
  kindParams,
  publicSurvey,
  resultsQuery,
  saveTemplateRequest,
  templateQuery,
  tokenParams,
} from '../../../contract/feedback.js';
import type { AppDependencies } from '../../app-dependencies.js';
import { actionContext } from '../../http/client-action.js';
import { requestLocale } from '../../http/locale.js';
import * as answers from './feedback-answer.service.js';
import * as delivery from './feedback-delivery.service.js';
import * as invitations from './feedback-invitations.service.js';
import * as results from './feedback-results.service.js';
import * as templates from './feedback-templates.service.js';

/** The public answer endpoints are reachable without login, so they are rate limited per address. */
const publicAccess = { access: 'public' as const, rateLimit: { max: 60, timeWindow: '1 minute' } };

/**
 * Feedback surveys. Actions: none for the public answer page (the token is the key),
 * feedback.read_results (+ feedback.read_free_text), feedback.manage_templates, feedback.send, employer.read,
 * feedback.invitations.read, feedback.invitations.requeue.
 */
export function feedbackRoutes(deps: AppDependencies) {
  return async function register(app: FastifyInstance): Promise<void> {
    const routes = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['feedback'];

    routes.get(
      '/api/feedback/answer/:token',
      { schema: { tags, params: tokenParams, response: { 200: publicSurvey } }, config: publicAccess },
      (request) => answers.publicSurvey(deps, request.params.token),
    );
    routes.post(
      '/api/feedback/answer/:token',
      { schema: { tags, params: tokenParams, body: answerRequest }, config: publicAccess },
      async (request, reply) => {
        await answers.submitAnswer(deps, request.params.token, request.body, request.id);
        return reply.status(204).send();
      },
    );

    routes.get('/api/feedback/results', { schema: { tags, querystring: resultsQuery, response: { 200: feedbackResults } } }, (request) =>
      results.feedbackResults(actionContext(deps, request), request.query, requestLocale(request)),
    );

    routes.get(
      '/api/feedback/invitations',
      { schema: { tags, querystring: deliveryQuery, response: { 200: invitationDeliveryList } } },
      (request) => delivery.listDeliveries(actionContext(deps, request), request.query),
    );
    routes.post(
      '/api/feedback/invitations/:id/requeue',
      { schema: { tags, params: idParams, response: { 200: invitationDelivery } } },
      (request) => delivery.requeueInvitation(actionContext(deps, request), request.params.id),
    );

    routes.get(
      '/api/feedback/templates',
      { schema: { tags, querystring: templateQuery, response: { 200: feedbackTemplateList } } },
      (request) => templates.listTemplates(actionContext(deps, request), request.query.organisationId),
    );
    routes.put(
      '/api/feedback/templates/:kind',
      { schema: { tags, params: kindParams, body: saveTemplateRequest, response: { 200: feedbackTemplate } } },
      (request) => templates.saveTemplate(actionContext(deps, request), request.params.kind, request.body),
    );

    routes.get(
      '/api/employers/:id/feedback-invitations',
      { schema: { tags, params: idParams, response: { 200: employerInvitationList } } },
      (request) => invitations.listEmployerInvitations(actionContext(deps, request), request.params.id),
    );
    routes.post(
      '/api/employers/:id/feedback-invitations',
      { schema: { tags, params: idParams, body: employerSurveyRequest, response: { 201: employerInvitation } } },
      async (request, reply) =>
        reply.status(201).send(await invitations.sendEmployerSurvey(actionContext(deps, request), request.params.id, request.body)),
    );
  };
}
