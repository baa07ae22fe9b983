import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParams } from '../../../contract/common.js';
import {
  industrySectionAssignments,
  userIndustrySections,
  userIndustrySectionsQuery,
  userIndustrySectionsRequest,
} from '../../../contract/employers.js';
import type { AppDependencies } from '../../app-dependencies.js';
import { actionContext } from '../../http/client-action.js';
import * as service from './industry-sections.service.js';

/** Action: employer.sectors.manage, except that everyone reads their own sections. */
export function industrySectionRoutes(deps: AppDependencies) {
  return async function register(app: FastifyInstance): Promise<void> {
    const routes = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['employers'];

    routes.get(
      '/api/industry-section-owners',
      { schema: { tags, querystring: userIndustrySectionsQuery, response: { 200: industrySectionAssignments } } },
      (request) => service.listSectionOwners(actionContext(deps, request), request.query),
    );
    routes.get(
      '/api/users/:id/industry-sections',
      { schema: { tags, params: idParams, querystring: userIndustrySectionsQuery, response: { 200: userIndustrySections } } },
      (request) => service.getUserSections(actionContext(deps, request), request.params.id, request.query),
    );
    routes.put(
      '/api/users/:id/industry-sections',
      { schema: { tags, params: idParams, body: userIndustrySectionsRequest, response: { 200: userIndustrySections } } },
      (request) => service.setUserSections(actionContext(deps, request), request.params.id, request.body),
    );
  };
}
