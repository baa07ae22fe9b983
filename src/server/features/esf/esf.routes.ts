import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParams } from '../../../contract/common.js';
import {
  esfEnrolmentData,
  esfEntryRequest,
  esfExitRequest,
  esfReport,
  esfReportExportQuery,
  esfReportQuery,
} from '../../../contract/esf.js';
import type { AppDependencies } from '../../app-dependencies.js';
import { actionContext } from '../../http/client-action.js';
import { requestLocale } from '../../http/locale.js';
import { helsinkiDate } from '../../time.js';
import { reportCsv, reportXlsx } from './esf-export.js';
import { esfReport as buildReport } from './esf-report.service.js';
import * as service from './esf.service.js';

/** Actions: client.esf.read, client.esf.write (participant data), esf.report.read (report and its downloads). */
export function esfRoutes(deps: AppDependencies) {
  return async function register(app: FastifyInstance): Promise<void> {
    const routes = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['esf'];

    routes.get('/api/enrolments/:id/esf', { schema: { tags, params: idParams, response: { 200: esfEnrolmentData } } }, (request) =>
      service.getEsfData(actionContext(deps, request), request.params.id),
    );
    routes.put(
      '/api/enrolments/:id/esf/entry',
      { schema: { tags, params: idParams, body: esfEntryRequest, response: { 200: esfEnrolmentData } } },
      (request) => service.recordEntry(actionContext(deps, request), request.params.id, request.body),
    );
    routes.put(
      '/api/enrolments/:id/esf/exit',
      { schema: { tags, params: idParams, body: esfExitRequest, response: { 200: esfEnrolmentData } } },
      (request) => service.recordExit(actionContext(deps, request), request.params.id, request.body),
    );

    routes.get('/api/esf/report', { schema: { tags, querystring: esfReportQuery, response: { 200: esfReport } } }, (request) =>
      buildReport(actionContext(deps, request), request.query),
    );
    routes.get('/api/esf/report.xlsx', { schema: { tags, querystring: esfReportExportQuery } }, async (request, reply) => {
      const context = actionContext(deps, request);
      const report = await buildReport(context, request.query);
      const body = await reportXlsx(report, request.query.locale ?? requestLocale(request), helsinkiDate(context.now));
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="esf-report-${report.from}-${report.to}.xlsx"`)
        .send(body);
    });
    routes.get('/api/esf/report.csv', { schema: { tags, querystring: esfReportExportQuery } }, async (request, reply) => {
      const report = await buildReport(actionContext(deps, request), request.query);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="esf-report-${report.from}-${report.to}.csv"`)
        .send(reportCsv(report, request.query.locale ?? requestLocale(request)));
    });
  };
}
