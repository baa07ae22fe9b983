import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { auditClientList, auditClientQuery, auditPage, auditQuery, auditVerification } from '../../contract/audit.js';
import type { AppDependencies } from '../app-dependencies.js';
import { actionContext } from '../http/client-action.js';
import * as service from './audit-view.service.js';

/** Actions: audit.read (entries), client.audit.read (finding a client), audit.verify (the chain check). */
export function auditRoutes(deps: AppDependencies) {
  return async function register(app: FastifyInstance): Promise<void> {
    const routes = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['audit'];

    routes.get('/api/audit', { schema: { tags, querystring: auditQuery, response: { 200: auditPage } } }, (request) =>
      service.listAuditEntries(actionContext(deps, request), request.query),
    );
    routes.get('/api/audit/clients', { schema: { tags, querystring: auditClientQuery, response: { 200: auditClientList } } }, (request) =>
      service.findClientsForAudit(actionContext(deps, request), request.query.search),
    );
    routes.get('/api/audit/verify', { schema: { tags, response: { 200: auditVerification } } }, (request) =>
      service.verifyAuditLog(actionContext(deps, request)),
    );
  };
}
