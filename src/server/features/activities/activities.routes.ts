import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  activity,
  activityList,
  activityListQuery,
  correctActivityRequest,
  createActivityRequest,
  protectedNoteResponse,
} from '../../../contract/activities.js';
import { idParams } from '../../../contract/common.js';
import type { AppDependencies } from '../../app-dependencies.js';
import { actionContext } from '../../http/client-action.js';
import * as service from './activities.service.js';

/** No DELETE: case records are corrected by the recorder, never removed. */
export function activityRoutes(deps: AppDependencies) {
  return async function register(app: FastifyInstance): Promise<void> {
    const routes = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['activities'];

    routes.get(
      '/api/clients/:id/activities',
      { schema: { tags, params: idParams, querystring: activityListQuery, response: { 200: activityList } } },
      (request) => service.listActivities(actionContext(deps, request), request.params.id, request.query),
    );
    routes.post(
      '/api/clients/:id/activities',
      { schema: { tags, params: idParams, body: createActivityRequest, response: { 201: activity } } },
      async (request, reply) =>
        reply.status(201).send(await service.createActivity(actionContext(deps, request), request.params.id, request.body)),
    );
    routes.put(
      '/api/activities/:id',
      { schema: { tags, params: idParams, body: correctActivityRequest, response: { 200: activity } } },
      (request) => service.correctActivity(actionContext(deps, request), request.params.id, request.body),
    );
    routes.get(
      '/api/activities/:id/protected-note',
      { schema: { tags, params: idParams, response: { 200: protectedNoteResponse } } },
      (request) => service.readProtectedNote(actionContext(deps, request), request.params.id),
    );
  };
}
