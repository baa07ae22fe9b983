import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  adminUser,
  createUserRequest,
  staffList,
  staffQuery,
  updateUserRequest,
  userList,
  userListQuery,
} from '../../../contract/admin.js';
import { idParams } from '../../../contract/common.js';
import type { AppDependencies } from '../../app-dependencies.js';
import { actionContext } from '../../http/client-action.js';
import * as service from './users.service.js';

/** Actions: user.manage for /api/admin/users, user.read for the staff list. */
export function userRoutes(deps: AppDependencies) {
  return async function register(app: FastifyInstance): Promise<void> {
    const routes = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['administration'];
    const userChanges = {
      disable: service.disableUser,
      enable: service.enableUser,
      'end-sessions': service.endUserSessions,
      'reset-totp': service.resetUserTotp,
    } as const;

    routes.get('/api/admin/users', { schema: { tags, querystring: userListQuery, response: { 200: userList } } }, (request) =>
      service.listUsers(actionContext(deps, request), request.query),
    );
    routes.post('/api/admin/users', { schema: { tags, body: createUserRequest, response: { 201: adminUser } } }, async (request, reply) =>
      reply.status(201).send(await service.createUser(actionContext(deps, request), request.body)),
    );
    routes.get('/api/admin/users/:id', { schema: { tags, params: idParams, response: { 200: adminUser } } }, (request) =>
      service.getUser(actionContext(deps, request), request.params.id),
    );
    routes.put(
      '/api/admin/users/:id',
      { schema: { tags, params: idParams, body: updateUserRequest, response: { 200: adminUser } } },
      (request) => service.updateUser(actionContext(deps, request), request.params.id, request.body),
    );
    for (const [path, change] of Object.entries(userChanges)) {
      routes.post(`/api/admin/users/:id/${path}`, { schema: { tags, params: idParams, response: { 200: adminUser } } }, (request) =>
        change(actionContext(deps, request), request.params.id),
      );
    }

    routes.get('/api/users', { schema: { tags: ['users'], querystring: staffQuery, response: { 200: staffList } } }, (request) =>
      service.listStaff(actionContext(deps, request), request.query.role),
    );
  };
}
