import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParams } from '../../../contract/common.js';
import {
  createActionRequest,
  createGoalRequest,
  plan,
  planAction,
  planGoal,
  updateActionRequest,
  updateGoalRequest,
} from '../../../contract/plans.js';
import type { AppDependencies } from '../../app-dependencies.js';
import { actionContext } from '../../http/client-action.js';
import * as service from './plans.service.js';

export function planRoutes(deps: AppDependencies) {
  return async function register(app: FastifyInstance): Promise<void> {
    const routes = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['plans'];

    routes.get('/api/clients/:id/plan', { schema: { tags, params: idParams, response: { 200: plan } } }, (request) =>
      service.getPlan(actionContext(deps, request), request.params.id),
    );
    routes.post(
      '/api/clients/:id/plan/goals',
      { schema: { tags, params: idParams, body: createGoalRequest, response: { 201: planGoal } } },
      async (request, reply) =>
        reply.status(201).send(await service.createGoal(actionContext(deps, request), request.params.id, request.body)),
    );
    routes.put(
      '/api/plan/goals/:id',
      { schema: { tags, params: idParams, body: updateGoalRequest, response: { 200: planGoal } } },
      (request) => service.updateGoal(actionContext(deps, request), request.params.id, request.body),
    );
    routes.post(
      '/api/plan/goals/:id/actions',
      { schema: { tags, params: idParams, body: createActionRequest, response: { 201: planAction } } },
      async (request, reply) =>
        reply.status(201).send(await service.createAction(actionContext(deps, request), request.params.id, request.body)),
    );
    routes.put(
      '/api/plan/actions/:id',
      { schema: { tags, params: idParams, body: updateActionRequest, response: { 200: planAction } } },
      (request) => service.updateAction(actionContext(deps, request), request.params.id, request.body),
    );
  };
}
