import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParams } from '../../../contract/common.js';
import {
  createOpportunityRequest,
  employerParams,
  opportunity,
  opportunityList,
  opportunityListQuery,
  opportunityStatusRequest,
  updateOpportunityRequest,
} from '../../../contract/opportunities.js';
import type { AppDependencies } from '../../app-dependencies.js';
import { actionContext } from '../../http/client-action.js';
import * as service from './opportunities.service.js';

/** Actions: opportunity.read, opportunity.write. */
export function opportunityRoutes(deps: AppDependencies) {
  return async function register(app: FastifyInstance): Promise<void> {
    const routes = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['opportunities'];

    routes.get(
      '/api/opportunities',
      { schema: { tags, querystring: opportunityListQuery, response: { 200: opportunityList } } },
      (request) => service.listOpportunities(actionContext(deps, request), request.query),
    );
    routes.get(
      '/api/employers/:employerId/opportunities',
      { schema: { tags, params: employerParams, querystring: opportunityListQuery, response: { 200: opportunityList } } },
      (request) => service.listEmployerOpportunities(actionContext(deps, request), request.params.employerId, request.query),
    );
    routes.post(
      '/api/employers/:employerId/opportunities',
      { schema: { tags, params: employerParams, body: createOpportunityRequest, response: { 201: opportunity } } },
      async (request, reply) =>
        reply.status(201).send(await service.createOpportunity(actionContext(deps, request), request.params.employerId, request.body)),
    );
    routes.get('/api/opportunities/:id', { schema: { tags, params: idParams, response: { 200: opportunity } } }, (request) =>
      service.getOpportunity(actionContext(deps, request), request.params.id),
    );
    routes.put(
      '/api/opportunities/:id',
      { schema: { tags, params: idParams, body: updateOpportunityRequest, response: { 200: opportunity } } },
      (request) => service.updateOpportunity(actionContext(deps, request), request.params.id, request.body),
    );
    routes.post(
      '/api/opportunities/:id/status',
      { schema: { tags, params: idParams, body: opportunityStatusRequest, response: { 200: opportunity } } },
      (request) => service.changeOpportunityStatus(actionContext(deps, request), request.params.id, request.body),
    );
  };
}
