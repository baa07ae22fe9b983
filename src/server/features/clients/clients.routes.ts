import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  client,
  clientList,
  clientListQuery,
  createClientRequest,
  identityCodeResponse,
  reassignRequest,
  updateClientRequest,
  workAbilityNote,
  workAbilityNoteResponse,
} from '../../../contract/clients.js';
import { idParams } from '../../../contract/common.js';
import type { AppDependencies } from '../../app-dependencies.js';
import { actionContext } from '../../http/client-action.js';
import * as service from './clients.service.js';

const identityCodeQuery = z.object({ reason: z.string().trim().max(200).optional() });

export function clientRoutes(deps: AppDependencies) {
  return async function register(app: FastifyInstance): Promise<void> {
    const routes = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['clients'];

    routes.get('/api/clients', { schema: { tags, querystring: clientListQuery, response: { 200: clientList } } }, (request) =>
      service.listVisibleClients(actionContext(deps, request), request.query),
    );
    routes.post('/api/clients', { schema: { tags, body: createClientRequest, response: { 201: client } } }, async (request, reply) =>
      reply.status(201).send(await service.createClient(actionContext(deps, request), request.body)),
    );
    routes.get('/api/clients/:id', { schema: { tags, params: idParams, response: { 200: client } } }, (request) =>
      service.getClient(actionContext(deps, request), request.params.id),
    );
    routes.put(
      '/api/clients/:id',
      { schema: { tags, params: idParams, body: updateClientRequest, response: { 200: client } } },
      (request) => service.updateClient(actionContext(deps, request), request.params.id, request.body),
    );
    routes.get(
      '/api/clients/:id/identity-code',
      { schema: { tags, params: idParams, querystring: identityCodeQuery, response: { 200: identityCodeResponse } } },
      (request) => service.readIdentityCode(actionContext(deps, request), request.params.id, request.query.reason ?? null),
    );
    routes.get(
      '/api/clients/:id/work-ability',
      { schema: { tags, params: idParams, response: { 200: workAbilityNoteResponse } } },
      (request) => service.readWorkAbilityNote(actionContext(deps, request), request.params.id),
    );
    routes.put(
      '/api/clients/:id/work-ability',
      { schema: { tags, params: idParams, body: workAbilityNote, response: { 200: workAbilityNoteResponse } } },
      (request) => service.updateWorkAbilityNote(actionContext(deps, request), request.params.id, request.body.note),
    );
    routes.post(
      '/api/clients/:id/reassign',
      { schema: { tags, params: idParams, body: reassignRequest, response: { 200: client } } },
      (request) => service.reassignClient(actionContext(deps, request), request.params.id, request.body),
    );
  };
}
