import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParams } from '../../../contract/common.js';
import {
  addParticipantRequest,
  clientGroupList,
  createGroupRequest,
  createSessionRequest,
  group,
  groupList,
  groupListQuery,
  participantParams,
  recordAttendanceRequest,
  sessionParams,
  updateGroupRequest,
} from '../../../contract/groups.js';
import type { AppDependencies } from '../../app-dependencies.js';
import { actionContext } from '../../http/client-action.js';
import * as service from './groups.service.js';

/**
 * Actions: group.read (the list, and a group with its participants, audited), group.write (everything
 * else, audited), client.read (one client's groups).
 */
export function groupRoutes(deps: AppDependencies) {
  return async function register(app: FastifyInstance): Promise<void> {
    const routes = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['groups'];

    routes.get('/api/groups', { schema: { tags, querystring: groupListQuery, response: { 200: groupList } } }, (request) =>
      service.listGroups(actionContext(deps, request), request.query),
    );
    routes.post('/api/groups', { schema: { tags, body: createGroupRequest, response: { 201: group } } }, async (request, reply) =>
      reply.status(201).send(await service.createGroup(actionContext(deps, request), request.body)),
    );
    routes.get('/api/groups/:id', { schema: { tags, params: idParams, response: { 200: group } } }, (request) =>
      service.getGroup(actionContext(deps, request), request.params.id),
    );
    routes.put('/api/groups/:id', { schema: { tags, params: idParams, body: updateGroupRequest, response: { 200: group } } }, (request) =>
      service.updateGroup(actionContext(deps, request), request.params.id, request.body),
    );
    routes.post(
      '/api/groups/:id/participants',
      { schema: { tags, params: idParams, body: addParticipantRequest, response: { 201: group } } },
      async (request, reply) =>
        reply.status(201).send(await service.addParticipant(actionContext(deps, request), request.params.id, request.body)),
    );
    routes.delete(
      '/api/groups/:id/participants/:clientId',
      { schema: { tags, params: participantParams, response: { 200: group } } },
      (request) => service.removeParticipant(actionContext(deps, request), request.params.id, request.params.clientId),
    );
    routes.post(
      '/api/groups/:id/sessions',
      { schema: { tags, params: idParams, body: createSessionRequest, response: { 201: group } } },
      async (request, reply) =>
        reply.status(201).send(await service.createSession(actionContext(deps, request), request.params.id, request.body)),
    );
    routes.delete('/api/groups/:id/sessions/:sessionId', { schema: { tags, params: sessionParams, response: { 200: group } } }, (request) =>
      service.deleteSession(actionContext(deps, request), request.params.id, request.params.sessionId),
    );
    routes.get('/api/clients/:id/groups', { schema: { tags, params: idParams, response: { 200: clientGroupList } } }, (request) =>
      service.groupsOfClient(actionContext(deps, request), request.params.id),
    );
    routes.put(
      '/api/groups/:id/sessions/:sessionId/attendance',
      { schema: { tags, params: sessionParams, body: recordAttendanceRequest, response: { 200: group } } },
      (request) => service.recordAttendance(actionContext(deps, request), request.params.id, request.params.sessionId, request.body),
    );
  };
}
