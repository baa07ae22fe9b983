import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParams } from '../../../contract/common.js';
import {
  candidateMatchList,
  candidateMatchQuery,
  matchingWeightsQuery,
  matchingWeightsRequest,
  matchingWeightsView,
  opportunityMatchList,
  opportunityMatchQuery,
} from '../../../contract/match-lists.js';
import type { AppDependencies } from '../../app-dependencies.js';
import { actionContext } from '../../http/client-action.js';
import { createMatchingService } from './match-index.service.js';
import * as service from './matching.service.js';
import * as weights from './matching-weights.js';

/**
 * Matching. Actions: opportunity.match.read (an opportunity's ranked candidates, rows filtered by
 * client.read and consent), client.match.read (a person's ranked opportunities),
 * matching.settings.manage (the organisation's weights). Proposing goes through POST /api/proposals.
 * (/api/opportunities/:id/candidates is the proposal dialog's name search, hence /matches here.)
 */
export function matchingRoutes(deps: AppDependencies) {
  return async function register(app: FastifyInstance): Promise<void> {
    const routes = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['matching'];
    const matching = createMatchingService(deps, {
      log: { info: (message) => app.log.info(message), warn: (message) => app.log.warn(message) },
    });
    // A listening server builds the index at once (in the background); tests and scripts build it on first use.
    app.addHook('onListen', async () => matching.warmUp());
    app.addHook('onClose', () => matching.close());

    routes.get(
      '/api/opportunities/:id/matches',
      { schema: { tags, params: idParams, querystring: candidateMatchQuery, response: { 200: candidateMatchList } } },
      (request) => service.opportunityCandidates(actionContext(deps, request), matching, request.params.id, request.query),
    );
    routes.get(
      '/api/clients/:id/matches',
      { schema: { tags, params: idParams, querystring: opportunityMatchQuery, response: { 200: opportunityMatchList } } },
      (request) => service.clientMatches(actionContext(deps, request), matching, request.params.id, request.query),
    );
    routes.get(
      '/api/matching/weights',
      { schema: { tags, querystring: matchingWeightsQuery, response: { 200: matchingWeightsView } } },
      (request) => weights.getMatchingWeights(actionContext(deps, request), request.query.organisationId),
    );
    routes.put(
      '/api/matching/weights',
      { schema: { tags, body: matchingWeightsRequest, response: { 200: matchingWeightsView } } },
      (request) => weights.setMatchingWeights(actionContext(deps, request), request.body),
    );
  };
}
