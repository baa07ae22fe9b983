/**
 * The requests measured, exactly as the web app makes them (src/web/features/dashboard/):
 * the overview page (DashboardPage) asks for the indicator list, the filter options, the headline
 * figures and the clients-served trend for the default period (1 January to today); the monthly
 * report page (MonthlyReportPage) asks for last month's report of the first organisation, and its
 * XLSX link downloads the same report as a workbook.
 */
export type RequestKind = {
  id: string;
  label: string;
  path: string;
  baselinePath: string;
  target?: number;
  /** The request's figures go through the figure store: its first request computes and stores them. */
  computesFigures?: boolean;
};

/** DashboardPage's `headline`, in its order. */
export const overviewHeadline = [
  'clients_served',
  'clients_active_at_end',
  'positive_outcome_share',
  'competitive_employment_rate',
  'caseload_per_coach',
  'days_to_first_employer_contact',
  'employers_reached',
  'assignments_answered_in_time',
];

/** Every dashboard request should answer within this at p95 (issue 5). */
const dashboardTarget = 500;

/** The month before `today`'s, as the monthly report page preselects it. */
export function previousMonth(today: string): string {
  const [year, month] = today.split('-').map(Number) as [number, number];
  const index = year * 12 + (month - 1) - 1;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export function requestKinds(today: string, organisationId: string): RequestKind[] {
  const period = new URLSearchParams({ from: `${today.slice(0, 4)}-01-01`, to: today });
  const month = new URLSearchParams({ month: previousMonth(today), organisationId });
  const withPeriod = (extra: Record<string, string>) => new URLSearchParams({ ...Object.fromEntries(period), ...extra }).toString();
  const baselinePeriod = withPeriod({ organisationId });
  return [
    {
      id: 'indicators',
      label: 'overview indicators',
      path: '/api/reports/indicators',
      baselinePath: '/baseline/indicators',
      target: dashboardTarget,
    },
    {
      id: 'options',
      label: 'overview filter options',
      path: '/api/reports/options',
      baselinePath: `/baseline/options?organisationId=${organisationId}`,
      target: dashboardTarget,
    },
    {
      id: 'figures',
      computesFigures: true,
      label: 'overview headline figures',
      path: `/api/reports/figures?${withPeriod({ indicators: overviewHeadline.join(',') })}`,
      baselinePath: `/baseline/figures?${baselinePeriod}`,
      target: dashboardTarget,
    },
    {
      id: 'trend',
      computesFigures: true,
      label: 'overview trend',
      path: `/api/reports/trend?${withPeriod({ indicatorId: 'clients_served' })}`,
      baselinePath: `/baseline/trend?${baselinePeriod}`,
      target: dashboardTarget,
    },
    {
      id: 'monthly',
      computesFigures: true,
      label: 'monthly report',
      path: `/api/reports/monthly?${month}`,
      baselinePath: `/baseline/monthly?${month}`,
      target: dashboardTarget,
    },
    {
      id: 'monthly-xlsx',
      label: 'monthly report XLSX',
      path: `/api/reports/monthly.xlsx?${month}&language=fi`,
      baselinePath: `/baseline/monthly.xlsx?${month}`,
    },
  ];
}

type AppFigures = { figures: { indicatorId: string; value: number | null }[] };
type BaselineFigures = { figures: Record<string, number | null> };

/** The headline figures from Polku next to the baseline's: the baseline must compute the same figures to be a fair comparison. */
export function checkFigures(
  appBody: Buffer,
  baselineBody: Buffer,
): Record<string, { polku: number | null; baseline: number | null; same: boolean }> {
  const app = JSON.parse(appBody.toString()) as AppFigures;
  const baseline = JSON.parse(baselineBody.toString()) as BaselineFigures;
  const round = (value: number | null | undefined) => (value === null || value === undefined ? null : Math.round(value * 1000) / 1000);
  return Object.fromEntries(
    overviewHeadline.map((id) => {
      const polku = round(app.figures.find((figure) => figure.indicatorId === id)?.value);
      const other = round(baseline.figures[id]);
      return [id, { polku, baseline: other, same: polku === other }];
    }),
  );
}
