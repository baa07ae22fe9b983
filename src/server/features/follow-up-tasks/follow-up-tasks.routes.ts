import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { followUpTaskList } from '../../../contract/follow-up-tasks.js';
import type { AppDependencies } from '../../app-dependencies.js';
import { actionContext } from '../../http/client-action.js';
import { followUpTasks } from './follow-up-tasks.service.js';

/** Action: task.read. The results are recorded with POST /api/follow-ups/:id (client.follow_up.write). */
export function followUpTaskRoutes(deps: AppDependencies) {
  return async function register(app: FastifyInstance): Promise<void> {
    const routes = app.withTypeProvider<ZodTypeProvider>();
    routes.get('/api/tasks/follow-ups', { schema: { tags: ['tasks'], response: { 200: followUpTaskList } } }, (request) =>
      followUpTasks(actionContext(deps, request)),
    );
  };
}
