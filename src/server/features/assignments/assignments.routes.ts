import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  assignment,
  assignmentBoard,
  assignmentFormOptions,
  assignmentListQuery,
  assignmentMonthlyFigures,
  assignmentMonthlyQuery,
  assignmentRespondedRequest,
  assignmentResponseSettings,
  assignmentStatusRequest,
  createAssignmentRequest,
  organisationQuery,
  updateAssignmentRequest,
  updateAssignmentResponseSettingsRequest,
} from '../../../contract/assignments.js';
import { idParams } from '../../../contract/common.js';
import type { AppDependencies } from '../../app-dependencies.js';
import { actionContext } from '../../http/client-action.js';
import { listAssignments, monthlyFigures } from './assignment-board.service.js';
import * as service from './assignments.service.js';
import { getResponseSettings, updateResponseSettings } from './response-settings.js';

/**
 * Employer assignments (toimeksianto). Actions: assignment.read (board, monthly figure, one
 * assignment, the agreed response time), assignment.write (create, change, status, responded,
 * form options), assignment.settings.manage (change the agreed response time).
 */
export function assignmentRoutes(deps: AppDependencies) {
  return async function register(app: FastifyInstance): Promise<void> {
    const routes = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['assignments'];

    routes.get(
      '/api/assignment-settings',
      { schema: { tags, querystring: organisationQuery, response: { 200: assignmentResponseSettings } } },
      (request) => getResponseSettings(actionContext(deps, request), request.query.organisationId),
    );
    routes.put(
      '/api/assignment-settings',
      { schema: { tags, body: updateAssignmentResponseSettingsRequest, response: { 200: assignmentResponseSettings } } },
      (request) => updateResponseSettings(actionContext(deps, request), request.body),
    );
    routes.get('/api/assignments', { schema: { tags, querystring: assignmentListQuery, response: { 200: assignmentBoard } } }, (request) =>
      listAssignments(actionContext(deps, request), request.query),
    );
    routes.get(
      '/api/assignments/monthly',
      { schema: { tags, querystring: assignmentMonthlyQuery, response: { 200: assignmentMonthlyFigures } } },
      (request) => monthlyFigures(actionContext(deps, request), request.query),
    );
    routes.get(
      '/api/employers/:id/assignment-options',
      { schema: { tags, params: idParams, response: { 200: assignmentFormOptions } } },
      (request) => service.assignmentFormOptions(actionContext(deps, request), request.params.id),
    );
    routes.post(
      '/api/employers/:id/assignments',
      { schema: { tags, params: idParams, body: createAssignmentRequest, response: { 201: assignment } } },
      async (request, reply) =>
        reply.status(201).send(await service.createAssignment(actionContext(deps, request), request.params.id, request.body)),
    );
    routes.get('/api/assignments/:id', { schema: { tags, params: idParams, response: { 200: assignment } } }, (request) =>
      service.getAssignment(actionContext(deps, request), request.params.id),
    );
    routes.put(
      '/api/assignments/:id',
      { schema: { tags, params: idParams, body: updateAssignmentRequest, response: { 200: assignment } } },
      (request) => service.updateAssignment(actionContext(deps, request), request.params.id, request.body),
    );
    routes.post(
      '/api/assignments/:id/status',
      { schema: { tags, params: idParams, body: assignmentStatusRequest, response: { 200: assignment } } },
      (request) => service.changeStatus(actionContext(deps, request), request.params.id, request.body),
    );
    routes.post(
      '/api/assignments/:id/responded',
      { schema: { tags, params: idParams, body: assignmentRespondedRequest, response: { 200: assignment } } },
      (request) => service.markResponded(actionContext(deps, request), request.params.id, request.body),
    );
  };
}
