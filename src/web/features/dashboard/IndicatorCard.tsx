import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Heading, Paragraph, suomifiDesignTokens as tokens } from 'suomifi-ui-components';
import styled from 'styled-components';
import type { Figure, IndicatorDefinition } from '../../../contract/reports';
import { Button } from '../../components/Button';
import { LoadingIndicator } from '../../components/LoadingIndicator';
import { BreakdownChart } from './BreakdownChart';
import { useFigureFormat } from './figure-format';
import { useTrend } from './queries';
import { filterSearch, type ReportFilters } from './report-filters';
import { TrendChart } from './TrendChart';

type IndicatorCardProps = {
  indicator: IndicatorDefinition;
  figure: Figure;
  filters: ReportFilters;
  /** The user may see the people behind the figures. */
  drillDown: boolean;
  /** Headline cards on the overview leave out charts and the trend. */
  compact?: boolean;
};

/** One indicator: its figure, what it means (in plain words and by which official definition), and its parts. */
export function IndicatorCard({ indicator, figure, filters, drillDown, compact }: IndicatorCardProps) {
  const { t } = useTranslation('dashboard');
  const format = useFigureFormat();
  const [trendOpen, setTrendOpen] = useState(false);
  const canDrill = drillDown && indicator.drillDown && !figure.notApplicable;
  const drillTo = (extra: Record<string, string> = {}) =>
    `/dashboard/people?${filterSearch(filters, { indicatorId: indicator.id, ...extra })}`;
  const headingId = `indicator-${indicator.id}`;
  const showFraction =
    figure.numerator !== null && figure.denominator !== null && (indicator.unit === 'share' || indicator.unit === 'ratio');

  return (
    <Card aria-labelledby={headingId} data-qa={`indicator-${indicator.id}`} $wide={!compact && indicator.breakdownLabels !== null}>
      <Heading variant="h3" id={headingId} mb="xs">
        {format.text(indicator.name)}
      </Heading>
      <Value data-qa="indicator-value">{format.figureText(figure, indicator.unit)}</Value>
      {showFraction && !figure.suppressed ? (
        <Paragraph mb="xs" data-qa="indicator-fraction">
          {t('figure.ofTotal', {
            numerator: format.number(figure.numerator!, indicator.unit === 'share' ? 'count' : 'ratio'),
            denominator: format.number(figure.denominator!, indicator.unit === 'share' ? 'count' : 'ratio'),
          })}
        </Paragraph>
      ) : null}
      {indicator.benchmarks.map((benchmark) => (
        <Paragraph key={benchmark.value} mb="xs">
          {t('figure.benchmark', { label: format.text(benchmark.label), value: format.withUnit(benchmark.value, indicator.unit) })}
        </Paragraph>
      ))}
      <details>
        <summary>{t('figure.definition')}</summary>
        <Paragraph mb="xs">{format.text(indicator.definition)}</Paragraph>
        {indicator.source ? (
          <Paragraph mb="xs">
            <strong>{t('figure.source')}: </strong>
            {format.text(indicator.source)}
          </Paragraph>
        ) : null}
      </details>
      {canDrill && figure.value !== null ? (
        <Paragraph mb="xs">
          <Link to={drillTo()} data-qa="indicator-drill-down">
            {t('figure.drillDown')}
          </Link>
        </Paragraph>
      ) : null}
      {!compact && indicator.breakdownLabels && !figure.notApplicable ? (
        <BreakdownChart indicator={indicator} figure={figure} drillTo={canDrill ? (key) => drillTo({ key }) : undefined} />
      ) : null}
      {!compact && !figure.notApplicable ? (
        <>
          <Button
            variant="secondaryNoBorder"
            aria-expanded={trendOpen}
            onClick={() => setTrendOpen(!trendOpen)}
            data-qa="indicator-trend-toggle"
          >
            {t('figure.showTrend')}
          </Button>
          {trendOpen ? <IndicatorTrend indicator={indicator} filters={filters} /> : null}
        </>
      ) : null}
    </Card>
  );
}

function IndicatorTrend({ indicator, filters }: { indicator: IndicatorDefinition; filters: ReportFilters }) {
  const trend = useTrend({ ...filters, indicatorId: indicator.id });
  if (!trend.data) return <LoadingIndicator />;
  return <TrendChart indicator={indicator} points={trend.data.points} />;
}

const Card = styled.section<{ $wide: boolean }>`
  background: ${tokens.colors.whiteBase};
  border: 1px solid ${tokens.colors.depthLight1};
  border-radius: 4px;
  padding: ${tokens.spacing.m};
  grid-column: ${({ $wide }) => ($wide ? '1 / -1' : 'auto')};

  summary {
    cursor: pointer;
    color: ${tokens.colors.highlightBase};
    margin-bottom: ${tokens.spacing.xs};
  }
`;

const Value = styled.p`
  ${tokens.typography.heading2};
  margin: 0 0 ${tokens.spacing.xs};
`;
