import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { chartColours } from './chart-colours';
import type { IndicatorDefinition, TrendResponse } from '../../../contract/reports';
import { ChartPanel, type ChartRow } from './ChartPanel';
import type { ChartOption } from './EChart';
import { useFigureFormat } from './figure-format';

type TrendChartProps = {
  indicator: IndicatorDefinition;
  points: TrendResponse['points'];
  /** A target drawn as a line across the chart. */
  target?: number;
  title?: string;
  'data-qa'?: string;
};

const monthLocales = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' } as const;

/** An indicator month by month as a line, with its table view. */
export function TrendChart({ indicator, points, target, title, 'data-qa': dataQa }: TrendChartProps) {
  const { t } = useTranslation('dashboard');
  const format = useFigureFormat();
  const name = title ?? t('chart.trendCaption', { name: format.text(indicator.name) });
  const monthName = new Intl.DateTimeFormat(monthLocales[format.language], { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const months = points.map((point) => monthName.format(new Date(`${point.month}-01T00:00:00Z`)));

  const option = useMemo<ChartOption>(
    () => ({
      grid: { left: 8, right: 24, top: 16, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: months },
      yAxis: {
        type: 'value',
        // The target line stays in view even while the figure is far below it.
        max: target === undefined ? undefined : (extent: { max: number }) => Math.max(extent.max, target),
        axisLabel: { formatter: (value: number) => format.number(value, indicator.unit) },
      },
      series: [
        {
          type: 'line',
          data: points.map((point) => point.figure.value),
          connectNulls: false,
          itemStyle: { color: chartColours.bar },
          markLine:
            target === undefined
              ? undefined
              : { symbol: 'none', data: [{ yAxis: target }], lineStyle: { color: chartColours.target, type: 'dashed' } },
        },
      ],
    }),
    [months, points, target, format, indicator.unit],
  );

  const rows: ChartRow[] = points.map((point, index) => ({
    key: point.month,
    cells: [months[index], format.figureText(point.figure, indicator.unit)],
    values: [point.month, point.figure.suppressed ? t('figure.suppressed') : point.figure.value],
  }));

  return (
    <ChartPanel
      label={name}
      option={option}
      rows={rows}
      table={{
        title: name,
        fileName: `${indicator.id}-trend`,
        columns: [{ label: t('chart.month') }, { label: format.text(indicator.name), unit: indicator.unit }],
        rows: rows.map((row) => row.values),
      }}
      data-qa={dataQa ?? `trend-${indicator.id}`}
    />
  );
}
