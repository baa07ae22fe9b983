import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { industrySectionList, iscedLevelList, municipalityList, postalCodeList, postalCodeQuery } from '../../contract/reference.js';
import type { AppDependencies } from '../app-dependencies.js';
import { organisationIdsOf } from '../auth/actor.js';
import { authorizeOrganisation } from '../auth/policy.js';
import { inTransaction, type Transaction } from '../db/transaction.js';
import { actorOf } from '../http/request-context.js';
import { listIndustrySections, listIscedLevels, listMunicipalities, listPostalCodes } from './reference.queries.js';

/**
 * Action: reference.read. Public lists without personal data, so, unlike every other API answer,
 * the browser may keep them for an hour (still private: they sit behind a login).
 */
export function referenceRoutes(deps: AppDependencies) {
  const readReference = async <T>(request: FastifyRequest, reply: FastifyReply, read: (tx: Transaction) => Promise<T[]>) => {
    const actor = actorOf(request);
    authorizeOrganisation(actor, 'reference.read');
    const items = await inTransaction(deps.db, { organisationIds: organisationIdsOf(actor) }, read);
    void reply.header('cache-control', 'private, max-age=3600');
    return { items };
  };

  return async function register(app: FastifyInstance): Promise<void> {
    const routes = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['reference'];

    routes.get('/api/reference/municipalities', { schema: { tags, response: { 200: municipalityList } } }, (request, reply) =>
      readReference(request, reply, listMunicipalities),
    );
    routes.get('/api/reference/isced-levels', { schema: { tags, response: { 200: iscedLevelList } } }, (request, reply) =>
      readReference(request, reply, listIscedLevels),
    );
    routes.get(
      '/api/reference/postal-codes',
      { schema: { tags, querystring: postalCodeQuery, response: { 200: postalCodeList } } },
      (request, reply) => readReference(request, reply, (tx) => listPostalCodes(tx, request.query.municipality)),
    );
    routes.get('/api/reference/industry-sections', { schema: { tags, response: { 200: industrySectionList } } }, (request, reply) =>
      readReference(request, reply, listIndustrySections),
    );
  };
}
