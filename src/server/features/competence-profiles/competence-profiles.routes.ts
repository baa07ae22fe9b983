import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParams } from '../../../contract/common.js';
import { competenceProfile, competenceProfileHistory, updateCompetenceProfileRequest } from '../../../contract/competence-profiles.js';
import type { AppDependencies } from '../../app-dependencies.js';
import { actionContext } from '../../http/client-action.js';
import * as service from './competence-profiles.service.js';

/** Actions: client.profile.read, client.profile.write. */
export function competenceProfileRoutes(deps: AppDependencies) {
  return async function register(app: FastifyInstance): Promise<void> {
    const routes = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['competence profiles'];

    routes.get(
      '/api/clients/:id/competence-profile',
      { schema: { tags, params: idParams, response: { 200: competenceProfile } } },
      (request) => service.getProfile(actionContext(deps, request), request.params.id),
    );
    routes.put(
      '/api/clients/:id/competence-profile',
      { schema: { tags, params: idParams, body: updateCompetenceProfileRequest, response: { 200: competenceProfile } } },
      (request) => service.updateProfile(actionContext(deps, request), request.params.id, request.body),
    );
    routes.get(
      '/api/clients/:id/competence-profile/history',
      { schema: { tags, params: idParams, response: { 200: competenceProfileHistory } } },
      (request) => service.getProfileHistory(actionContext(deps, request), request.params.id),
    );
  };
}
