import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { escoOccupationList, escoSearchQuery, escoSkillList, occupationSkills, occupationSkillsQuery } from '../../contract/esco.js';
import type { AppDependencies } from '../app-dependencies.js';
import { organisationIdsOf } from '../auth/actor.js';
import { authorizeOrganisation } from '../auth/policy.js';
import { inTransaction, type Transaction } from '../db/transaction.js';
import { notFound } from '../errors.js';
import { requestLocale } from '../http/locale.js';
import { actorOf } from '../http/request-context.js';
import * as queries from './esco.queries.js';

/**
 * Action: reference.read. Search in the ESCO classification for the occupation and skill fields of
 * opportunities (and later of job seekers' profiles). Public data: the browser may keep answers for an hour.
 */
export function escoRoutes(deps: AppDependencies) {
  const readEsco = async <T>(request: FastifyRequest, reply: FastifyReply, read: (tx: Transaction) => Promise<T>) => {
    const actor = actorOf(request);
    authorizeOrganisation(actor, 'reference.read');
    const result = await inTransaction(deps.db, { organisationIds: organisationIdsOf(actor) }, read);
    void reply.header('cache-control', 'private, max-age=3600');
    return result;
  };

  return async function register(app: FastifyInstance): Promise<void> {
    const routes = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['reference'];

    routes.get(
      '/api/reference/occupations',
      { schema: { tags, querystring: escoSearchQuery, response: { 200: escoOccupationList } } },
      (request, reply) =>
        readEsco(request, reply, async (tx) => ({
          items: await queries.searchOccupations(tx, { ...request.query, language: request.query.language ?? requestLocale(request) }),
        })),
    );
    routes.get(
      '/api/reference/occupation-skills',
      { schema: { tags, querystring: occupationSkillsQuery, response: { 200: occupationSkills } } },
      (request, reply) =>
        readEsco(request, reply, async (tx) => {
          const found = await queries.occupationSkills(tx, request.query.occupation);
          if (!found) throw notFound();
          return found;
        }),
    );
    routes.get(
      '/api/reference/skills',
      { schema: { tags, querystring: escoSearchQuery, response: { 200: escoSkillList } } },
      (request, reply) =>
        readEsco(request, reply, async (tx) => ({
          items: await queries.searchSkills(tx, { ...request.query, language: request.query.language ?? requestLocale(request) }),
        })),
    );
  };
}
