import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParams } from '../../../contract/common.js';
import { consent, consentList, createConsentRequest, revokeConsentRequest } from '../../../contract/consents.js';
import type { AppDependencies } from '../../app-dependencies.js';
import { actionContext } from '../../http/client-action.js';
import * as service from './consents.service.js';

export function consentRoutes(deps: AppDependencies) {
  return async function register(app: FastifyInstance): Promise<void> {
    const routes = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['consents'];

    routes.get('/api/clients/:id/consents', { schema: { tags, params: idParams, response: { 200: consentList } } }, (request) =>
      service.listConsents(actionContext(deps, request), request.params.id),
    );
    routes.post(
      '/api/clients/:id/consents',
      { schema: { tags, params: idParams, body: createConsentRequest, response: { 201: consent } } },
      async (request, reply) =>
        reply.status(201).send(await service.createConsent(actionContext(deps, request), request.params.id, request.body)),
    );
    routes.post(
      '/api/consents/:id/revoke',
      { schema: { tags, params: idParams, body: revokeConsentRequest, response: { 200: consent } } },
      (request) => service.revokeConsent(actionContext(deps, request), request.params.id, request.body.revokedOn),
    );
  };
}
