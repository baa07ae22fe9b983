import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParams } from '../../../contract/common.js';
import {
  clientEnrolments,
  createEnrolmentRequest,
  endEnrolmentRequest,
  enrolment,
  followUp,
  followUpRequest,
  phaseChangeRequest,
  updateEnrolmentRequest,
} from '../../../contract/enrolments.js';
import type { AppDependencies } from '../../app-dependencies.js';
import { actionContext } from '../../http/client-action.js';
import { requestLocale } from '../../http/locale.js';
import * as service from './enrolments.service.js';

/** Actions: client.read (list), client.enrolment.write (create, phase, update, end), client.follow_up.write. */
export function enrolmentRoutes(deps: AppDependencies) {
  return async function register(app: FastifyInstance): Promise<void> {
    const routes = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['enrolments'];

    routes.get('/api/clients/:id/enrolments', { schema: { tags, params: idParams, response: { 200: clientEnrolments } } }, (request) =>
      service.listEnrolments(actionContext(deps, request), request.params.id, requestLocale(request)),
    );
    routes.post(
      '/api/clients/:id/enrolments',
      { schema: { tags, params: idParams, body: createEnrolmentRequest, response: { 201: enrolment } } },
      async (request, reply) =>
        reply
          .status(201)
          .send(await service.createEnrolment(actionContext(deps, request), request.params.id, request.body, requestLocale(request))),
    );
    routes.put(
      '/api/enrolments/:id',
      { schema: { tags, params: idParams, body: updateEnrolmentRequest, response: { 200: enrolment } } },
      (request) => service.updateEnrolment(actionContext(deps, request), request.params.id, request.body, requestLocale(request)),
    );
    routes.post(
      '/api/enrolments/:id/phase',
      { schema: { tags, params: idParams, body: phaseChangeRequest, response: { 200: enrolment } } },
      (request) => service.changePhase(actionContext(deps, request), request.params.id, request.body, requestLocale(request)),
    );
    routes.post(
      '/api/enrolments/:id/end',
      { schema: { tags, params: idParams, body: endEnrolmentRequest, response: { 200: enrolment } } },
      (request) => service.endEnrolment(actionContext(deps, request), request.params.id, request.body, requestLocale(request)),
    );
    routes.post(
      '/api/follow-ups/:id',
      { schema: { tags, params: idParams, body: followUpRequest, response: { 200: followUp } } },
      (request) => service.recordFollowUp(actionContext(deps, request), request.params.id, request.body),
    );
  };
}
