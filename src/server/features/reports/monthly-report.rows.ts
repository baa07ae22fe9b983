import type { Locale } from '../../../contract/common.js';
import type { BreakdownRow, Figure, IndicatorUnit, MonthlyReport } from '../../../contract/reports.js';
import { findIndicator } from './indicators/registry.js';
import { reportTexts } from './report-texts.js';

/** A figure as a report cell: the number, or the word that says why there is none. */
export type ReportCell = { value: number } | { text: string };
export type ReportRow = {
  indicatorId: string;
  key: string | null;
  label: string;
  unit: IndicatorUnit;
  month: ReportCell;
  yearToDate: ReportCell;
};

function cellOf(figure: Figure | BreakdownRow, locale: Locale): ReportCell {
  const texts = reportTexts[locale];
  if ('notApplicable' in figure && figure.notApplicable) return { text: texts.notApplicable };
  if (figure.suppressed) return { text: texts.suppressed };
  return figure.value === null ? { text: texts.noValue } : { value: figure.value };
}

/** The report as rows: each indicator, then its breakdown keys (counts) under it, in the registry's order. */
export function reportRows(report: MonthlyReport, locale: Locale): ReportRow[] {
  return report.rows.flatMap((row) => {
    const indicator = findIndicator(row.indicatorId)!;
    const head: ReportRow = {
      indicatorId: row.indicatorId,
      key: null,
      label: indicator.name[locale],
      unit: indicator.unit,
      month: cellOf(row.month, locale),
      yearToDate: cellOf(row.yearToDate, locale),
    };
    const labels = indicator.breakdown?.labels ?? {};
    const keys = row.month.breakdown.map((entry) => entry.key);
    const parts = keys.map((key): ReportRow => {
      const inYear = row.yearToDate.breakdown.find((entry) => entry.key === key);
      return {
        indicatorId: row.indicatorId,
        key,
        label: labels[key]?.[locale] ?? key,
        unit: 'count',
        month: cellOf(
          row.month.breakdown.find((entry) => entry.key === key)!,
          locale,
        ),
        yearToDate: inYear ? cellOf(inYear, locale) : { text: reportTexts[locale].noValue },
      };
    });
    return [head, ...parts];
  });
}
