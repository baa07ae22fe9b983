import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { processModelList, programmeList } from '../../../contract/enrolments.js';
import type { AppDependencies } from '../../app-dependencies.js';
import { authorizeOrganisation, organisationsAllowed } from '../../auth/policy.js';
import { inTransaction } from '../../db/transaction.js';
import { actorOf } from '../../http/request-context.js';
import { organisationIdsOf } from '../../auth/actor.js';
import { processModelsOf, programmesOf, toProgramme } from './programmes.queries.js';

/** Read-only: programmes and process models hold no personal data, so reading them is not audited. */
export function programmeRoutes(deps: AppDependencies) {
  return async function register(app: FastifyInstance): Promise<void> {
    const routes = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['programmes'];

    routes.get('/api/programmes', { schema: { tags, response: { 200: programmeList } } }, async (request) => {
      const actor = actorOf(request);
      authorizeOrganisation(actor, 'programme.read');
      const rows = await inTransaction(deps.db, { organisationIds: organisationIdsOf(actor) }, (tx) =>
        programmesOf(tx, organisationsAllowed(actor, 'programme.read')),
      );
      return { items: rows.map(toProgramme) };
    });
    routes.get('/api/process-models', { schema: { tags, response: { 200: processModelList } } }, async (request) => {
      const actor = actorOf(request);
      authorizeOrganisation(actor, 'programme.read');
      const items = await inTransaction(deps.db, { organisationIds: organisationIdsOf(actor) }, (tx) =>
        processModelsOf(tx, organisationsAllowed(actor, 'programme.read')),
      );
      return { items };
    });
  };
}
