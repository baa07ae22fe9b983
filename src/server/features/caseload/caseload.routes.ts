import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { caseload, caseloadQuery, teamCaseload, teamCaseloadQuery, teamCoachesQuery, teamCoachList } from '../../../contract/caseload.js';
import type { AppDependencies } from '../../app-dependencies.js';
import { actionContext } from '../../http/client-action.js';
import { requestLocale } from '../../http/locale.js';
import * as service from './caseload.service.js';

/** Actions: caseload.read (own caseload), caseload.team.read (the organisation's caseloads). */
export function caseloadRoutes(deps: AppDependencies) {
  return async function register(app: FastifyInstance): Promise<void> {
    const routes = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['caseload'];

    routes.get('/api/caseload', { schema: { tags, querystring: caseloadQuery, response: { 200: caseload } } }, (request) =>
      service.ownCaseload(actionContext(deps, request), request.query, requestLocale(request)),
    );
    routes.get('/api/caseload/team', { schema: { tags, querystring: teamCaseloadQuery, response: { 200: teamCaseload } } }, (request) =>
      service.teamCaseload(actionContext(deps, request), request.query, requestLocale(request)),
    );
    routes.get(
      '/api/caseload/team/coaches',
      { schema: { tags, querystring: teamCoachesQuery, response: { 200: teamCoachList } } },
      (request) => service.teamCoaches(actionContext(deps, request), request.query),
    );
  };
}
