import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { createReferralRequest, referral, referralList, updateReferralRequest } from '../../../contract/activities.js';
import { idParams } from '../../../contract/common.js';
import type { AppDependencies } from '../../app-dependencies.js';
import { actionContext } from '../../http/client-action.js';
import * as service from './referrals.service.js';

export function referralRoutes(deps: AppDependencies) {
  return async function register(app: FastifyInstance): Promise<void> {
    const routes = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['referrals'];

    routes.get('/api/clients/:id/referrals', { schema: { tags, params: idParams, response: { 200: referralList } } }, (request) =>
      service.listReferrals(actionContext(deps, request), request.params.id),
    );
    routes.post(
      '/api/clients/:id/referrals',
      { schema: { tags, params: idParams, body: createReferralRequest, response: { 201: referral } } },
      async (request, reply) =>
        reply.status(201).send(await service.createReferral(actionContext(deps, request), request.params.id, request.body)),
    );
    routes.put(
      '/api/referrals/:id',
      { schema: { tags, params: idParams, body: updateReferralRequest, response: { 200: referral } } },
      (request) => service.updateReferral(actionContext(deps, request), request.params.id, request.body),
    );
  };
}
