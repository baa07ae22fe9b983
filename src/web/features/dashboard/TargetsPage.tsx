import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading, Paragraph } from 'suomifi-ui-components';
import type { IndicatorDefinition, TargetProgress } from '../../../contract/reports';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { LoadingIndicator } from '../../components/LoadingIndicator';
import { PageHeading } from '../../components/PageHeading';
import { formatDate } from '../../format';
import { RecordTable } from '../client/RecordTable';
import { BudgetList } from './BudgetList';
import { DashboardNav } from './DashboardNav';
import { useFigureFormat } from './figure-format';
import { FiguresComputedAt } from './FiguresComputedAt';
import { reportKeys, useDeleteTarget, useIndicators, useReportOptions, useTargetProgress } from './queries';
import { TargetForm } from './TargetForm';
import { TrendChart } from './TrendChart';

/** Targets against actual figures, their trend, and (for managers) setting targets and budgets. */
export function TargetsPage() {
  const { t } = useTranslation('dashboard');
  const format = useFigureFormat();
  const options = useReportOptions();
  const indicators = useIndicators().data?.items ?? [];
  const progress = useTargetProgress();
  const remove = useDeleteTarget();
  const [open, setOpen] = useState<string | null>(null);
  const indicatorOf = (id: string) => indicators.find((indicator) => indicator.id === id);
  const manage = options.data?.permissions.manageTargets ?? false;
  const status = (item: TargetProgress) => (item.met === null ? t('targets.unknown') : item.met ? t('targets.met') : t('targets.notMet'));

  return (
    <div data-qa="targets-page">
      <PageHeading>{t('targets.title')}</PageHeading>
      <DashboardNav current="targets" />
      <Paragraph mb="m">{t('targets.intro')}</Paragraph>
      <ErrorBanner error={progress.error ?? remove.error} />
      {progress.isPending ? <LoadingIndicator /> : null}
      {progress.data?.items.length === 0 ? <Paragraph mb="m">{t('targets.empty')}</Paragraph> : null}
      {progress.data && progress.data.items.length > 0 ? (
        <FiguresComputedAt
          computedAt={progress.data.computedAt}
          sources={[{ path: '/api/reports/targets/progress', query: {}, key: reportKeys.targets }]}
        />
      ) : null}
      {progress.data && progress.data.items.length > 0 ? (
        <RecordTable caption={t('targets.progressCaption')} data-qa="targets-table">
          <thead>
            <tr>
              <th scope="col">{t('targets.programme')}</th>
              <th scope="col">{t('targets.organisation')}</th>
              <th scope="col">{t('targets.indicator')}</th>
              <th scope="col">{t('targets.period')}</th>
              <th scope="col">{t('targets.target')}</th>
              <th scope="col">{t('targets.actual')}</th>
              <th scope="col">{t('targets.status')}</th>
              {manage ? <th scope="col">{t('targets.remove')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {progress.data.items.map((item) => {
              const indicator = indicatorOf(item.indicatorId);
              if (!indicator) return null;
              return (
                <tr key={item.id} data-qa={`target-row-${item.indicatorId}`}>
                  <th scope="row">{item.programmeName}</th>
                  <td>{item.organisationName}</td>
                  <td>
                    <Button
                      variant="secondaryNoBorder"
                      aria-expanded={open === item.id}
                      aria-label={`${t('figure.showTrend')}: ${format.text(indicator.name)}, ${item.programmeName}`}
                      onClick={() => setOpen(open === item.id ? null : item.id)}
                      data-qa="target-trend-toggle"
                    >
                      {format.text(indicator.name)}
                    </Button>
                  </td>
                  <td>{`${formatDate(item.periodStart)} – ${formatDate(item.periodEnd)}`}</td>
                  <td data-qa="target-value">{format.withUnit(item.targetValue, indicator.unit)}</td>
                  <td data-qa="target-actual">{format.figureText(item.actual, indicator.unit)}</td>
                  <td data-qa="target-status">{status(item)}</td>
                  {manage ? (
                    <td>
                      <Button
                        variant="secondaryNoBorder"
                        onClick={() => remove.mutate(item.id)}
                        aria-label={`${t('targets.remove')}: ${format.text(indicator.name)}, ${item.programmeName}`}
                      >
                        {t('targets.remove')}
                      </Button>
                    </td>
                  ) : null}
                </tr>
              );
            })}
          </tbody>
        </RecordTable>
      ) : null}
      {progress.data?.items
        .filter((item) => item.id === open)
        .map((item) => (
          <TargetTrend key={item.id} item={item} indicator={indicatorOf(item.indicatorId)!} />
        ))}
      {manage && options.data ? (
        <>
          <TargetForm options={options.data} indicators={indicators} />
          <BudgetList options={options.data} />
        </>
      ) : null}
    </div>
  );
}

function TargetTrend({ item, indicator }: { item: TargetProgress; indicator: IndicatorDefinition }) {
  const { t } = useTranslation('dashboard');
  const format = useFigureFormat();
  const title = t('targets.trendTitle', { indicator: format.text(indicator.name), programme: item.programmeName });
  const points = item.trend.map((point) => ({ ...point, from: item.periodStart, to: point.month }));
  return (
    <section aria-labelledby="target-trend-heading">
      <Heading variant="h2" id="target-trend-heading" mt="l" mb="s">
        {title}
      </Heading>
      <TrendChart indicator={indicator} points={points} target={item.targetValue} title={title} data-qa="target-trend" />
    </section>
  );
}
