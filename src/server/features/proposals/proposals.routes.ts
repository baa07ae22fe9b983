import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParams } from '../../../contract/common.js';
import {
  candidateList,
  candidateQuery,
  clientProposalList,
  createProposalRequest,
  proposal,
  proposalList,
  proposalStatusRequest,
  proposalStatusResult,
} from '../../../contract/proposals.js';
import type { AppDependencies } from '../../app-dependencies.js';
import { actionContext } from '../../http/client-action.js';
import { requestLocale } from '../../http/locale.js';
import * as lists from './proposal-lists.service.js';
import * as service from './proposals.service.js';

/**
 * Candidate proposals. Actions: client.proposal.write (propose, move), client.read (a client's
 * proposals), assignment.read / opportunity.read with the client.read filter (a target's
 * proposals and candidates).
 */
export function proposalRoutes(deps: AppDependencies) {
  return async function register(app: FastifyInstance): Promise<void> {
    const routes = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['proposals'];

    routes.post('/api/proposals', { schema: { tags, body: createProposalRequest, response: { 201: proposal } } }, async (request, reply) =>
      reply.status(201).send(await service.createProposal(actionContext(deps, request), request.body)),
    );
    routes.post(
      '/api/proposals/:id/status',
      { schema: { tags, params: idParams, body: proposalStatusRequest, response: { 200: proposalStatusResult } } },
      (request) => service.changeProposalStatus(actionContext(deps, request), request.params.id, request.body, requestLocale(request)),
    );
    routes.get('/api/clients/:id/proposals', { schema: { tags, params: idParams, response: { 200: clientProposalList } } }, (request) =>
      lists.listClientProposals(actionContext(deps, request), request.params.id),
    );
    routes.get('/api/assignments/:id/proposals', { schema: { tags, params: idParams, response: { 200: proposalList } } }, (request) =>
      lists.listAssignmentProposals(actionContext(deps, request), request.params.id),
    );
    routes.get('/api/opportunities/:id/proposals', { schema: { tags, params: idParams, response: { 200: proposalList } } }, (request) =>
      lists.listOpportunityProposals(actionContext(deps, request), request.params.id),
    );
    routes.get(
      '/api/assignments/:id/candidates',
      { schema: { tags, params: idParams, querystring: candidateQuery, response: { 200: candidateList } } },
      (request) => lists.assignmentCandidates(actionContext(deps, request), request.params.id, request.query.q),
    );
    routes.get(
      '/api/opportunities/:id/candidates',
      { schema: { tags, params: idParams, querystring: candidateQuery, response: { 200: candidateList } } },
      (request) => lists.opportunityCandidates(actionContext(deps, request), request.params.id, request.query.q),
    );
  };
}
