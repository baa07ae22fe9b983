import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  clientBenefitDaysResponse,
  exposureQuery,
  exposureResponse,
  financingSettings,
  recordBenefitDaysRequest,
  updateFinancingSettingsRequest,
} from '../../../contract/benefit-financing.js';
import { id, idParams } from '../../../contract/common.js';
import type { AppDependencies } from '../../app-dependencies.js';
import { actionContext } from '../../http/client-action.js';
import * as service from './benefit-financing.service.js';

/**
 * Actions: benefit_financing.settings.manage (tiers and daily amount), benefit_financing.exposure.read
 * (the municipality's worklist), client.benefit_days.read/write (one client's count, audited).
 */
export function benefitFinancingRoutes(deps: AppDependencies) {
  return async function register(app: FastifyInstance): Promise<void> {
    const routes = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['benefit-financing'];

    routes.get(
      '/api/benefit-financing/settings',
      { schema: { tags, querystring: z.object({ organisationId: id.optional() }), response: { 200: financingSettings } } },
      (request) => service.getSettings(actionContext(deps, request), request.query.organisationId),
    );
    routes.put(
      '/api/benefit-financing/settings',
      { schema: { tags, body: updateFinancingSettingsRequest, response: { 200: financingSettings } } },
      (request) => service.updateSettings(actionContext(deps, request), request.body),
    );
    routes.get(
      '/api/benefit-financing/exposure',
      { schema: { tags, querystring: exposureQuery, response: { 200: exposureResponse } } },
      (request) => service.exposure(actionContext(deps, request), request.query),
    );
    routes.get(
      '/api/clients/:id/benefit-days',
      { schema: { tags, params: idParams, response: { 200: clientBenefitDaysResponse } } },
      (request) => service.getBenefitDays(actionContext(deps, request), request.params.id),
    );
    routes.post(
      '/api/clients/:id/benefit-days',
      { schema: { tags, params: idParams, body: recordBenefitDaysRequest, response: { 201: clientBenefitDaysResponse } } },
      async (request, reply) =>
        reply.status(201).send(await service.recordBenefitDays(actionContext(deps, request), request.params.id, request.body)),
    );
  };
}
