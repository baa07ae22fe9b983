import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { Heading, Paragraph, suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';
import { indicatorGroups, type IndicatorDefinition, type IndicatorGroup } from '../../../contract/reports';
import { ErrorBanner } from '../../components/ErrorBanner';
import { LoadingIndicator } from '../../components/LoadingIndicator';
import { Notice } from '../../components/Notice';
import { NotFoundPage } from '../../components/NotFoundPage';
import { PageHeading } from '../../components/PageHeading';
import { DashboardNav } from './DashboardNav';
import { IndicatorCard } from './IndicatorCard';
import { FiguresComputedAt } from './FiguresComputedAt';
import { reportKeys, useFigures, useIndicators, useReportOptions, useTrend } from './queries';
import { useReportFilters } from './report-filters';
import { ReportFilterBar } from './ReportFilterBar';
import { TrendChart } from './TrendChart';

/** The overview's headline figures, in this order. */
const headline = [
  'clients_served',
  'clients_active_at_end',
  'positive_outcome_share',
  'competitive_employment_rate',
  'caseload_per_coach',
  'days_to_first_employer_contact',
  'employers_reached',
  'assignments_answered_in_time',
];

const isGroup = (value: string | undefined): value is IndicatorGroup => (indicatorGroups as readonly string[]).includes(value ?? '');

/** /dashboard (overview) and /dashboard/:view (one group of indicators), with the filter bar for the cuts. */
export function DashboardPage() {
  const { view } = useParams();
  if (view !== undefined && !isGroup(view)) return <NotFoundPage />;
  return <Dashboard group={view ?? null} />;
}

function Dashboard({ group }: { group: IndicatorGroup | null }) {
  const { t } = useTranslation('dashboard');
  const options = useReportOptions();
  const indicators = useIndicators();
  const { filters, valid, setFilter, clear } = useReportFilters(options.data?.today);
  const chosen: IndicatorDefinition[] = (indicators.data?.items ?? []).filter((indicator) =>
    group ? indicator.group === group : headline.includes(indicator.id),
  );
  const ordered = group ? chosen : headline.flatMap((id) => chosen.filter((indicator) => indicator.id === id));
  const ids = ordered.map((indicator) => indicator.id).join(',');
  const figuresQuery = { ...filters, indicators: ids };
  const figures = useFigures(figuresQuery, valid && ids !== '' && options.data !== undefined);
  const trendQuery = { ...filters, indicatorId: 'clients_served' };
  const byId = new Map(figures.data?.figures.map((figure) => [figure.indicatorId, figure]));
  const drillDown = figures.data?.drillDown ?? false;
  const title = group ? `${t('title')}: ${t(`nav.${group}`)}` : t('title');

  return (
    <div data-qa={`dashboard-${group ?? 'overview'}`}>
      <PageHeading>{title}</PageHeading>
      <DashboardNav current={group ?? 'overview'} />
      <Paragraph mb="m">{group ? t('intro.group') : t('intro.overview')}</Paragraph>
      <ErrorBanner error={options.error ?? indicators.error ?? figures.error} />
      <ReportFilterBar options={options.data} filters={filters} valid={valid} setFilter={setFilter} clear={clear} />
      {figures.data?.suppression ? <Notice data-qa="suppression-notice">{t('suppression')}</Notice> : null}
      {figures.isPending && valid ? <LoadingIndicator /> : null}
      {figures.data ? (
        <>
          <FiguresComputedAt
            computedAt={figures.data.computedAt}
            sources={[
              { path: '/api/reports/figures', query: figuresQuery, key: reportKeys.figures(figuresQuery) },
              ...(group ? [] : [{ path: '/api/reports/trend', query: trendQuery, key: reportKeys.trend(trendQuery) }]),
            ]}
          />
          {!group ? (
            <Heading variant="h2" mt="l" mb="m">
              {t('overview.headline')}
            </Heading>
          ) : null}
          <Grid aria-busy={figures.isFetching} data-qa="indicator-grid">
            {ordered.map((indicator) => {
              const figure = byId.get(indicator.id);
              return figure ? (
                <IndicatorCard
                  key={indicator.id}
                  indicator={indicator}
                  figure={figure}
                  filters={filters}
                  drillDown={drillDown}
                  compact={!group}
                />
              ) : null;
            })}
          </Grid>
          {!group ? (
            <OverviewTrend indicator={indicators.data?.items.find((item) => item.id === 'clients_served')} query={trendQuery} />
          ) : null}
        </>
      ) : null}
    </div>
  );
}

function OverviewTrend({ indicator, query }: { indicator: IndicatorDefinition | undefined; query: Record<string, string> }) {
  const { t } = useTranslation('dashboard');
  const trend = useTrend(query, indicator !== undefined);
  if (!indicator || !trend.data) return null;
  return (
    <section aria-labelledby="overview-trend-heading">
      <Heading variant="h2" id="overview-trend-heading" mt="xl" mb="m">
        {t('overview.trend')}
      </Heading>
      <TrendChart indicator={indicator} points={trend.data.points} data-qa="overview-trend" />
    </section>
  );
}

const Grid = styled.div`
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(280px, 1fr));
  gap: ${tokens.spacing.m};
  margin: ${tokens.spacing.m} 0;

  &[aria-busy='true'] {
    opacity: 0.6;
  }
`;
