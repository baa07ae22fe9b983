import { eq } from 'drizzle-orm';
import { inTransaction } from '../../db/transaction.js';
import type { CaseWorkWorld, EndpointMatrix, MatrixRequest, MatrixRole } from '../../test-support/case-work-test-world.js';
import { processModels, programmes } from '../programmes/programmes.tables.js';
import { programmeTargets } from './report-targets.tables.js';

/**
 * Every report endpoint against every role of the case-work world (merged into the authorization
 * matrix test). Team leads, admins and analysts read reports and manage targets (report.read,
 * report.target.manage); only the team lead may see the people behind a figure (report.drill_down);
 * coaches, coordinators and partners have no report action anywhere (403).
 */
const noReports = { assigned: 403, colleague: 403, coordinator: 403, partner: 403, foreign: 403 };
const readers = (success: number): Record<MatrixRole, number> => ({ ...noReports, lead: success, admin: success, analyst: success });

export const reportsAuthorizationMatrix: EndpointMatrix = {
  'GET /api/reports/indicators': readers(200),
  'GET /api/reports/options': readers(200),
  'GET /api/reports/coaches': readers(200),
  'GET /api/reports/coaches/:id': readers(200),
  'GET /api/reports/figures': readers(200),
  'GET /api/reports/trend': readers(200),
  'GET /api/reports/drill-down': { ...noReports, lead: 200, admin: 403, analyst: 403 },
  'GET /api/reports/targets': readers(200),
  'GET /api/reports/targets/progress': readers(200),
  'POST /api/reports/targets': readers(201),
  'PUT /api/reports/targets/:id': readers(200),
  'DELETE /api/reports/targets/:id': readers(204),
  'GET /api/reports/budgets': readers(200),
  'PUT /api/reports/programmes/:id/budget': readers(200),
  'GET /api/reports/monthly': readers(200),
  'GET /api/reports/monthly.xlsx': readers(200),
  'GET /api/reports/monthly.pdf': readers(200),
};

const period = 'from=2026-10-01&to=2026-10-31';

/** A fresh programme (and target) for each write, so that one role's write cannot affect the next. */
export function reportMatrixRequests(world: CaseWorkWorld): Record<string, () => Promise<MatrixRequest>> {
  const programme = () =>
    inTransaction(world.db, 'system', async (tx) => {
      const [model] = await tx.select({ id: processModels.id }).from(processModels).where(eq(processModels.key, 'ips'));
      const [row] = await tx
        .insert(programmes)
        .values({ organisationId: world.organisationId, name: 'Matriisi', processModelId: model!.id, followUpMonths: [3, 6] })
        .returning({ id: programmes.id });
      return row!.id;
    });
  const target = async () => {
    const programmeId = await programme();
    return inTransaction(world.db, 'system', async (tx) => {
      const [row] = await tx
        .insert(programmeTargets)
        .values({
          organisationId: world.organisationId,
          programmeId,
          indicatorId: 'clients_served',
          targetValue: 100,
          periodStart: '2026-01-01',
          periodEnd: '2026-12-31',
          updatedBy: world.users.lead,
          updatedAt: new Date(),
        })
        .returning({ id: programmeTargets.id });
      return row!.id;
    });
  };
  const targetBody = async () => ({
    organisationId: world.organisationId,
    programmeId: await programme(),
    indicatorId: 'clients_served',
    targetValue: 633,
    periodStart: '2026-01-01',
    periodEnd: '2028-12-31',
  });
  const change = { targetValue: 120, periodStart: '2026-01-01', periodEnd: '2026-12-31', version: 1 };
  const get = (url: string) => async (): Promise<MatrixRequest> => ({ method: 'GET', url });
  return {
    'GET /api/reports/indicators': get('/api/reports/indicators'),
    'GET /api/reports/options': get('/api/reports/options'),
    'GET /api/reports/coaches': get('/api/reports/coaches?search=a'),
    'GET /api/reports/coaches/:id': get(`/api/reports/coaches/${world.users.assigned}`),
    'GET /api/reports/figures': get(`/api/reports/figures?${period}&indicators=clients_served`),
    'GET /api/reports/trend': get(`/api/reports/trend?${period}&indicatorId=clients_served`),
    'GET /api/reports/drill-down': get(`/api/reports/drill-down?${period}&indicatorId=clients_served`),
    'GET /api/reports/targets': get('/api/reports/targets'),
    'GET /api/reports/targets/progress': get('/api/reports/targets/progress'),
    'POST /api/reports/targets': async () => ({ method: 'POST', url: '/api/reports/targets', body: await targetBody() }),
    'PUT /api/reports/targets/:id': async () => ({ method: 'PUT', url: `/api/reports/targets/${await target()}`, body: change }),
    'DELETE /api/reports/targets/:id': async () => ({ method: 'DELETE', url: `/api/reports/targets/${await target()}` }),
    'GET /api/reports/budgets': get('/api/reports/budgets'),
    'PUT /api/reports/programmes/:id/budget': async () => ({
      method: 'PUT',
      url: `/api/reports/programmes/${await programme()}/budget`,
      body: { amountEuros: 50000, periodStart: '2026-01-01', periodEnd: '2026-12-31' },
    }),
    'GET /api/reports/monthly': get('/api/reports/monthly?month=2026-10'),
    'GET /api/reports/monthly.xlsx': get('/api/reports/monthly.xlsx?month=2026-10'),
    'GET /api/reports/monthly.pdf': get('/api/reports/monthly.pdf?month=2026-10'),
  };
}
