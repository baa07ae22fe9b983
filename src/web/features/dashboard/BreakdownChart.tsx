import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { chartColours } from './chart-colours';
import type { Figure, IndicatorDefinition } from '../../../contract/reports';
import { ChartPanel, type ChartRow } from './ChartPanel';
import type { ChartOption } from './EChart';
import { useFigureFormat } from './figure-format';

type BreakdownChartProps = {
  indicator: IndicatorDefinition;
  figure: Figure;
  /** The drill-down address of one key, when the user may see the people. */
  drillTo?: (key: string) => string;
};

/** A figure's breakdown (outcomes, placement types, funnel stages) as bars; a bar opens the people behind it. */
export function BreakdownChart({ indicator, figure, drillTo }: BreakdownChartProps) {
  const { t } = useTranslation('dashboard');
  const format = useFigureFormat();
  const navigate = useNavigate();
  const name = format.text(indicator.name);
  const entries = figure.breakdown;
  const labels = entries.map((row) => format.keyLabel(indicator, row.key));

  const option = useMemo<ChartOption>(
    () => ({
      grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
      tooltip: { trigger: 'item' },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: labels, inverse: true, axisLabel: { width: 200, overflow: 'truncate' } },
      series: [
        {
          type: 'bar',
          data: entries.map((row) => row.value ?? 0),
          itemStyle: { color: chartColours.bar },
          cursor: drillTo ? 'pointer' : 'default',
        },
      ],
    }),
    [entries, labels, drillTo],
  );

  const rows: ChartRow[] = entries.map((row, index) => {
    const shown = row.suppressed ? t('figure.suppressed') : format.number(row.value ?? 0, 'count');
    const share = row.value !== null && row.denominator ? row.value / row.denominator : null;
    return {
      key: row.key,
      cells: [labels[index], shown, share === null ? '–' : format.number(share, 'share')],
      values: [labels[index]!, row.suppressed ? t('figure.suppressed') : row.value, share],
      drillTo: drillTo && !row.suppressed && (row.value ?? 0) > 0 ? drillTo(row.key) : undefined,
    };
  });

  return (
    <ChartPanel
      label={name}
      option={option}
      rows={rows}
      drillLabel={t('figure.drillDown')}
      onSelect={(index) => {
        const target = rows[index]?.drillTo;
        if (target) void navigate(target);
      }}
      table={{
        title: name,
        fileName: indicator.id,
        columns: [{ label: t('chart.category') }, { label: t('chart.count'), unit: 'count' }, { label: t('chart.share'), unit: 'share' }],
        rows: rows.map((row) => row.values),
      }}
      data-qa={`breakdown-${indicator.id}`}
    />
  );
}
