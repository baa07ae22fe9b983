import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParams } from '../../../contract/common.js';
import {
  budget,
  budgetList,
  budgetListQuery,
  budgetRequest,
  coachSearchQuery,
  drillDownQuery,
  drillDownResponse,
  figuresQuery,
  figuresResponse,
  indicatorList,
  monthlyReport as monthlyReportSchema,
  monthlyReportQuery,
  reportCoach as reportCoachSchema,
  reportCoachList,
  reportOptions as reportOptionsSchema,
  target,
  targetList,
  targetListQuery,
  targetProgressList,
  targetProgressQuery,
  targetRequest,
  targetUpdateRequest,
  trendQuery,
  trendResponse,
  type MonthlyReportQuery,
} from '../../../contract/reports.js';
import type { AppDependencies } from '../../app-dependencies.js';
import { actionContext } from '../../http/client-action.js';
import { requestLocale } from '../../http/locale.js';
import { listBudgets, saveBudget } from './budgets.service.js';
import { monthlyReportPdf } from './monthly-report.pdf.js';
import { monthlyReport } from './monthly-report.service.js';
import { monthlyReportWorkbook } from './monthly-report.xlsx.js';
import { reportCoach, searchCoaches } from './report-coaches.service.js';
import { reportTexts } from './report-texts.js';
import { reportOptions } from './report-options.service.js';
import { drillDown, figures, listIndicators, trend } from './reports.service.js';
import { targetProgress } from './target-progress.service.js';
import { createTarget, deleteTarget, listTargets, updateTarget } from './targets.service.js';

const fileTypes = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
} as const;

/**
 * Indicators, dashboards, targets and the monthly report. Actions: report.read (aggregates; small
 * cells suppressed unless the user may drill down), report.drill_down (the people behind a figure,
 * audited), report.target.manage (targets and budgets).
 */
export function reportRoutes(deps: AppDependencies) {
  return async function register(app: FastifyInstance): Promise<void> {
    const routes = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['reports'];

    routes.get('/api/reports/indicators', { schema: { tags, response: { 200: indicatorList } } }, (request) =>
      listIndicators(actionContext(deps, request)),
    );
    routes.get('/api/reports/options', { schema: { tags, response: { 200: reportOptionsSchema } } }, (request) =>
      reportOptions(actionContext(deps, request)),
    );
    routes.get('/api/reports/coaches', { schema: { tags, querystring: coachSearchQuery, response: { 200: reportCoachList } } }, (request) =>
      searchCoaches(actionContext(deps, request), request.query),
    );
    routes.get('/api/reports/coaches/:id', { schema: { tags, params: idParams, response: { 200: reportCoachSchema } } }, (request) =>
      reportCoach(actionContext(deps, request), request.params.id),
    );
    routes.get('/api/reports/figures', { schema: { tags, querystring: figuresQuery, response: { 200: figuresResponse } } }, (request) =>
      figures(actionContext(deps, request), request.query),
    );
    routes.get('/api/reports/trend', { schema: { tags, querystring: trendQuery, response: { 200: trendResponse } } }, (request) =>
      trend(actionContext(deps, request), request.query),
    );
    routes.get(
      '/api/reports/drill-down',
      { schema: { tags, querystring: drillDownQuery, response: { 200: drillDownResponse } } },
      (request) => drillDown(actionContext(deps, request), request.query),
    );

    routes.get('/api/reports/targets', { schema: { tags, querystring: targetListQuery, response: { 200: targetList } } }, (request) =>
      listTargets(actionContext(deps, request), request.query),
    );
    routes.get(
      '/api/reports/targets/progress',
      { schema: { tags, querystring: targetProgressQuery, response: { 200: targetProgressList } } },
      (request) => targetProgress(actionContext(deps, request), request.query),
    );
    routes.post('/api/reports/targets', { schema: { tags, body: targetRequest, response: { 201: target } } }, async (request, reply) =>
      reply.status(201).send(await createTarget(actionContext(deps, request), request.body)),
    );
    routes.put(
      '/api/reports/targets/:id',
      { schema: { tags, params: idParams, body: targetUpdateRequest, response: { 200: target } } },
      (request) => updateTarget(actionContext(deps, request), request.params.id, request.body),
    );
    routes.delete('/api/reports/targets/:id', { schema: { tags, params: idParams } }, async (request, reply) => {
      await deleteTarget(actionContext(deps, request), request.params.id);
      return reply.status(204).send();
    });

    routes.get('/api/reports/budgets', { schema: { tags, querystring: budgetListQuery, response: { 200: budgetList } } }, (request) =>
      listBudgets(actionContext(deps, request), request.query),
    );
    routes.put(
      '/api/reports/programmes/:id/budget',
      { schema: { tags, params: idParams, body: budgetRequest, response: { 200: budget } } },
      (request) => saveBudget(actionContext(deps, request), request.params.id, request.body),
    );

    routes.get(
      '/api/reports/monthly',
      { schema: { tags, querystring: monthlyReportQuery, response: { 200: monthlyReportSchema } } },
      (request) => monthlyReport(actionContext(deps, request), request.query),
    );
    const download =
      (type: keyof typeof fileTypes) => async (request: FastifyRequest<{ Querystring: MonthlyReportQuery }>, reply: FastifyReply) => {
        const locale = request.query.language ?? requestLocale(request);
        const report = await monthlyReport(actionContext(deps, request), request.query);
        const body = type === 'xlsx' ? await monthlyReportWorkbook(report, locale) : await monthlyReportPdf(report, locale);
        const name = `${reportTexts[locale].monthlyReport.toLowerCase()}-${report.month}.${type}`;
        return reply
          .header('content-type', fileTypes[type])
          .header(
            'content-disposition',
            `attachment; filename="report-${report.month}.${type}"; filename*=UTF-8''${encodeURIComponent(name)}`,
          )
          .send(body);
      };
    const fileSchema = {
      schema: { tags, querystring: monthlyReportQuery, produces: Object.values(fileTypes), response: { 200: z.any() } },
    };
    routes.get('/api/reports/monthly.xlsx', fileSchema, download('xlsx'));
    routes.get('/api/reports/monthly.pdf', fileSchema, download('pdf'));
  };
}
