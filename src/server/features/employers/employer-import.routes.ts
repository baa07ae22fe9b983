import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { clientImportMaxBytes } from '../../../contract/client-import.js';
import { employerImportQuery, employerImportResult } from '../../../contract/employer-import.js';
import type { AppDependencies } from '../../app-dependencies.js';
import { actionContext } from '../../http/client-action.js';
import { requestLocale } from '../../http/locale.js';
import { acceptCsvBodies } from '../client-import/client-import.parse.js';
import { importEmployers } from './employer-import.service.js';

/** Action: employer.import. The file is the request body, as in the client import (docs/employer-import.md). */
export function employerImportRoutes(deps: AppDependencies) {
  return async function register(app: FastifyInstance): Promise<void> {
    acceptCsvBodies(app);
    const routes = app.withTypeProvider<ZodTypeProvider>();

    routes.post(
      '/api/employers/import',
      {
        bodyLimit: clientImportMaxBytes,
        schema: {
          tags: ['employers'],
          consumes: ['text/csv'],
          querystring: employerImportQuery,
          body: z.string(),
          response: { 200: employerImportResult },
        },
      },
      (request) => importEmployers(actionContext(deps, request), { ...request.query, csv: request.body, locale: requestLocale(request) }),
    );
  };
}
