import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParams, okResponse } from '../../../contract/common.js';
import {
  createJobRequest,
  employerJob,
  employerJobList,
  employerParams,
  jobTask,
  taskFields,
  updateJobRequest,
} from '../../../contract/opportunities.js';
import type { AppDependencies } from '../../app-dependencies.js';
import { actionContext } from '../../http/client-action.js';
import * as service from './employer-jobs.service.js';

/** The employer's existing jobs and their tasks, the material of job carving. Actions: opportunity.read, opportunity.write. */
export function employerJobRoutes(deps: AppDependencies) {
  return async function register(app: FastifyInstance): Promise<void> {
    const routes = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['job carving'];

    routes.get(
      '/api/employers/:employerId/jobs',
      { schema: { tags, params: employerParams, response: { 200: employerJobList } } },
      (request) => service.listJobs(actionContext(deps, request), request.params.employerId),
    );
    routes.post(
      '/api/employers/:employerId/jobs',
      { schema: { tags, params: employerParams, body: createJobRequest, response: { 201: employerJob } } },
      async (request, reply) =>
        reply.status(201).send(await service.createJob(actionContext(deps, request), request.params.employerId, request.body)),
    );
    routes.put('/api/jobs/:id', { schema: { tags, params: idParams, body: updateJobRequest, response: { 200: employerJob } } }, (request) =>
      service.renameJob(actionContext(deps, request), request.params.id, request.body.title),
    );
    routes.delete('/api/jobs/:id', { schema: { tags, params: idParams, response: { 200: okResponse } } }, (request) =>
      service.deleteJob(actionContext(deps, request), request.params.id),
    );
    routes.post(
      '/api/jobs/:id/tasks',
      { schema: { tags, params: idParams, body: taskFields, response: { 201: jobTask } } },
      async (request, reply) =>
        reply.status(201).send(await service.addTask(actionContext(deps, request), request.params.id, request.body)),
    );
    routes.put('/api/job-tasks/:id', { schema: { tags, params: idParams, body: taskFields, response: { 200: jobTask } } }, (request) =>
      service.updateTask(actionContext(deps, request), request.params.id, request.body),
    );
    routes.delete('/api/job-tasks/:id', { schema: { tags, params: idParams, response: { 200: okResponse } } }, (request) =>
      service.deleteTask(actionContext(deps, request), request.params.id),
    );
  };
}
