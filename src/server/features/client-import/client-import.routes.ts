import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { clientImportMaxBytes, clientImportQuery, clientImportResult } from '../../../contract/client-import.js';
import type { AppDependencies } from '../../app-dependencies.js';
import { actionContext } from '../../http/client-action.js';
import { requestLocale } from '../../http/locale.js';
import { acceptCsvBodies } from './client-import.parse.js';
import * as service from './client-import.service.js';

export function clientImportRoutes(deps: AppDependencies) {
  return async function register(app: FastifyInstance): Promise<void> {
    acceptCsvBodies(app);
    const routes = app.withTypeProvider<ZodTypeProvider>();

    routes.post(
      '/api/clients/import',
      {
        bodyLimit: clientImportMaxBytes,
        schema: {
          tags: ['clients'],
          consumes: ['text/csv'],
          querystring: clientImportQuery,
          body: z.string(),
          response: { 200: clientImportResult },
        },
      },
      (request) =>
        service.importClients(actionContext(deps, request), { ...request.query, csv: request.body, locale: requestLocale(request) }),
    );
  };
}
