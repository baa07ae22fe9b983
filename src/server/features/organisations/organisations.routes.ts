import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { adminOrganisation, organisationList, organisationRequest, team, teamRequest } from '../../../contract/admin.js';
import { idParams } from '../../../contract/common.js';
import type { AppDependencies } from '../../app-dependencies.js';
import { actionContext } from '../../http/client-action.js';
import * as service from './organisations.service.js';

/** Action: organisation.manage. */
export function organisationRoutes(deps: AppDependencies) {
  return async function register(app: FastifyInstance): Promise<void> {
    const routes = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['administration'];

    routes.get('/api/admin/organisations', { schema: { tags, response: { 200: organisationList } } }, (request) =>
      service.listOrganisations(actionContext(deps, request)),
    );
    routes.post(
      '/api/admin/organisations',
      { schema: { tags, body: organisationRequest, response: { 201: adminOrganisation } } },
      async (request, reply) => reply.status(201).send(await service.createOrganisation(actionContext(deps, request), request.body)),
    );
    routes.put(
      '/api/admin/organisations/:id',
      { schema: { tags, params: idParams, body: organisationRequest, response: { 200: adminOrganisation } } },
      (request) => service.updateOrganisation(actionContext(deps, request), request.params.id, request.body),
    );
    routes.post(
      '/api/admin/organisations/:id/teams',
      { schema: { tags, params: idParams, body: teamRequest, response: { 201: team } } },
      async (request, reply) =>
        reply.status(201).send(await service.createTeam(actionContext(deps, request), request.params.id, request.body.name)),
    );
    routes.put('/api/admin/teams/:id', { schema: { tags, params: idParams, body: teamRequest, response: { 200: team } } }, (request) =>
      service.renameTeam(actionContext(deps, request), request.params.id, request.body.name),
    );
  };
}
