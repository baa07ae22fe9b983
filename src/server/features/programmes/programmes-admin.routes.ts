import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { createProgrammeRequest } from '../../../contract/admin.js';
import { idParams } from '../../../contract/common.js';
import { programme, programmeRequest } from '../../../contract/programmes.js';
import type { AppDependencies } from '../../app-dependencies.js';
import { actionContext } from '../../http/client-action.js';
import * as service from './programmes-admin.service.js';

/** Action: programme.manage. Reading programmes is GET /api/programmes (programmes.routes.ts). */
export function programmeAdminRoutes(deps: AppDependencies) {
  return async function register(app: FastifyInstance): Promise<void> {
    const routes = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['administration'];

    routes.post(
      '/api/admin/programmes',
      { schema: { tags, body: createProgrammeRequest, response: { 201: programme } } },
      async (request, reply) => reply.status(201).send(await service.createProgramme(actionContext(deps, request), request.body)),
    );
    routes.put(
      '/api/admin/programmes/:id',
      { schema: { tags, params: idParams, body: programmeRequest, response: { 200: programme } } },
      (request) => service.updateProgramme(actionContext(deps, request), request.params.id, request.body),
    );
  };
}
