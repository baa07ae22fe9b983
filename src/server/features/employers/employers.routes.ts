import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParams } from '../../../contract/common.js';
import {
  contactFields,
  createEmployerRequest,
  employer,
  employerContact,
  employerList,
  employerListQuery,
  employerWorkplace,
  interactionRequest,
  stageChangeRequest,
  updateEmployerRequest,
  workplaceFields,
} from '../../../contract/employers.js';
import type { AppDependencies } from '../../app-dependencies.js';
import { actionContext } from '../../http/client-action.js';
import * as contacts from './employer-contacts.service.js';
import * as relationship from './employer-relationship.service.js';
import * as service from './employers.service.js';

/** Actions: employer.read for reading, employer.write for every change (the service names them). */
export function employerRoutes(deps: AppDependencies) {
  return async function register(app: FastifyInstance): Promise<void> {
    const routes = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['employers'];

    routes.get('/api/employers', { schema: { tags, querystring: employerListQuery, response: { 200: employerList } } }, (request) =>
      service.listEmployers(actionContext(deps, request), request.query),
    );
    routes.post('/api/employers', { schema: { tags, body: createEmployerRequest, response: { 201: employer } } }, async (request, reply) =>
      reply.status(201).send(await service.createEmployer(actionContext(deps, request), request.body)),
    );
    routes.get('/api/employers/:id', { schema: { tags, params: idParams, response: { 200: employer } } }, (request) =>
      service.getEmployer(actionContext(deps, request), request.params.id),
    );
    routes.put(
      '/api/employers/:id',
      { schema: { tags, params: idParams, body: updateEmployerRequest, response: { 200: employer } } },
      (request) => service.updateEmployer(actionContext(deps, request), request.params.id, request.body),
    );
    routes.post(
      '/api/employers/:id/stage',
      { schema: { tags, params: idParams, body: stageChangeRequest, response: { 200: employer } } },
      (request) => relationship.changeStage(actionContext(deps, request), request.params.id, request.body),
    );
    routes.post(
      '/api/employers/:id/interactions',
      { schema: { tags, params: idParams, body: interactionRequest, response: { 201: employer } } },
      async (request, reply) =>
        reply.status(201).send(await relationship.recordInteraction(actionContext(deps, request), request.params.id, request.body)),
    );

    routes.post(
      '/api/employers/:id/contacts',
      { schema: { tags, params: idParams, body: contactFields, response: { 201: employerContact } } },
      async (request, reply) =>
        reply.status(201).send(await contacts.addContact(actionContext(deps, request), request.params.id, request.body)),
    );
    routes.put(
      '/api/employer-contacts/:id',
      { schema: { tags, params: idParams, body: contactFields, response: { 200: employerContact } } },
      (request) => contacts.updateContact(actionContext(deps, request), request.params.id, request.body),
    );
    routes.post(
      '/api/employer-contacts/:id/archive',
      { schema: { tags, params: idParams, response: { 200: employerContact } } },
      (request) => contacts.archiveContact(actionContext(deps, request), request.params.id),
    );

    routes.post(
      '/api/employers/:id/workplaces',
      { schema: { tags, params: idParams, body: workplaceFields, response: { 201: employerWorkplace } } },
      async (request, reply) =>
        reply.status(201).send(await contacts.addWorkplace(actionContext(deps, request), request.params.id, request.body)),
    );
    routes.put(
      '/api/employer-workplaces/:id',
      { schema: { tags, params: idParams, body: workplaceFields, response: { 200: employerWorkplace } } },
      (request) => contacts.updateWorkplace(actionContext(deps, request), request.params.id, request.body),
    );
    routes.delete('/api/employer-workplaces/:id', { schema: { tags, params: idParams } }, async (request, reply) => {
      await contacts.deleteWorkplace(actionContext(deps, request), request.params.id);
      return reply.status(204).send();
    });
  };
}
