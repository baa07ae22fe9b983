import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParams } from '../../../contract/common.js';
import {
  clientPlacementList,
  createPlacementRequest,
  endPlacementRequest,
  placement,
  placementList,
  placementStarted,
  supportAgreementRequest,
  supportAgreementResponse,
  updatePlacementRequest,
} from '../../../contract/placements.js';
import type { AppDependencies } from '../../app-dependencies.js';
import { actionContext } from '../../http/client-action.js';
import { requestLocale } from '../../http/locale.js';
import * as service from './placements.service.js';
import * as agreements from './support-agreements.service.js';

/** Placements and support agreements. Actions: client.placement.write (writes), client.read (reads), employer.read for an employer's list. */
export function placementRoutes(deps: AppDependencies) {
  return async function register(app: FastifyInstance): Promise<void> {
    const routes = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['placements'];

    routes.post(
      '/api/clients/:id/placements',
      { schema: { tags, params: idParams, body: createPlacementRequest, response: { 201: placementStarted } } },
      async (request, reply) =>
        reply
          .status(201)
          .send(await service.createPlacement(actionContext(deps, request), request.params.id, request.body, requestLocale(request))),
    );
    routes.get('/api/clients/:id/placements', { schema: { tags, params: idParams, response: { 200: clientPlacementList } } }, (request) =>
      service.listClientPlacements(actionContext(deps, request), request.params.id),
    );
    routes.get('/api/employers/:id/placements', { schema: { tags, params: idParams, response: { 200: placementList } } }, (request) =>
      service.listEmployerPlacements(actionContext(deps, request), request.params.id),
    );
    routes.get('/api/placements/:id', { schema: { tags, params: idParams, response: { 200: placement } } }, (request) =>
      service.getPlacement(actionContext(deps, request), request.params.id),
    );
    routes.put(
      '/api/placements/:id',
      { schema: { tags, params: idParams, body: updatePlacementRequest, response: { 200: placement } } },
      (request) => service.updatePlacement(actionContext(deps, request), request.params.id, request.body),
    );
    routes.post(
      '/api/placements/:id/end',
      { schema: { tags, params: idParams, body: endPlacementRequest, response: { 200: placement } } },
      (request) => service.endPlacement(actionContext(deps, request), request.params.id, request.body),
    );
    routes.get(
      '/api/placements/:id/support-agreement',
      { schema: { tags, params: idParams, response: { 200: supportAgreementResponse } } },
      (request) => agreements.getSupportAgreement(actionContext(deps, request), request.params.id),
    );
    routes.put(
      '/api/placements/:id/support-agreement',
      { schema: { tags, params: idParams, body: supportAgreementRequest, response: { 200: supportAgreementResponse } } },
      (request) => agreements.saveSupportAgreement(actionContext(deps, request), request.params.id, request.body),
    );
  };
}
