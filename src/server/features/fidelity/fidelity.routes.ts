import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParams } from '../../../contract/common.js';
import {
  createFidelityReviewRequest,
  fidelityReview,
  fidelityReviewList,
  fidelityReviewListQuery,
  fidelityScale,
  fidelityTargets,
  updateFidelityReviewRequest,
} from '../../../contract/fidelity.js';
import type { AppDependencies } from '../../app-dependencies.js';
import { actionContext } from '../../http/client-action.js';
import { loadFidelityScale } from './fidelity-scale.js';
import * as service from './fidelity.service.js';

/** Actions: fidelity.read (and fidelity.team.read for coaches) for reading, fidelity.write for creating and scoring reviews. */
export function fidelityRoutes(deps: AppDependencies) {
  // Read once at start-up: the scale is reference data shipped with the release.
  const scale = loadFidelityScale();
  return async function register(app: FastifyInstance): Promise<void> {
    const routes = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['fidelity'];

    routes.get('/api/fidelity/scale', { schema: { tags, response: { 200: fidelityScale } } }, (request) => {
      service.ensureCanReadScale(actionContext(deps, request));
      return scale;
    });
    routes.get('/api/fidelity/targets', { schema: { tags, response: { 200: fidelityTargets } } }, (request) =>
      service.listTargets(actionContext(deps, request)),
    );
    routes.get(
      '/api/fidelity/reviews',
      { schema: { tags, querystring: fidelityReviewListQuery, response: { 200: fidelityReviewList } } },
      (request) => service.listReviews(actionContext(deps, request), request.query),
    );
    routes.post(
      '/api/fidelity/reviews',
      { schema: { tags, body: createFidelityReviewRequest, response: { 201: fidelityReview } } },
      async (request, reply) => reply.status(201).send(await service.createReview(actionContext(deps, request), request.body)),
    );
    routes.get('/api/fidelity/reviews/:id', { schema: { tags, params: idParams, response: { 200: fidelityReview } } }, (request) =>
      service.getReview(actionContext(deps, request), request.params.id),
    );
    routes.put(
      '/api/fidelity/reviews/:id',
      { schema: { tags, params: idParams, body: updateFidelityReviewRequest, response: { 200: fidelityReview } } },
      (request) => service.updateReview(actionContext(deps, request), request.params.id, request.body),
    );
  };
}
