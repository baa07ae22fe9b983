import { sql, type SQL } from 'drizzle-orm';
import type { BreakdownRow, Figure } from '../../../contract/reports.js';
import { queryRows, type Transaction } from '../../db/transaction.js';
import type { Indicator } from './indicators/indicator.js';
import { activeCuts, type ReportScope } from './report-scope.js';
import { suppressBreakdown, suppressFigure } from './suppression.js';

type AggregateRow = {
  key: string | null;
  total: boolean;
  rows: number;
  persons: number;
  counted: number;
  mean: number | null;
  median: number | null;
  measureSum: number;
  weightSum: number;
  groups: number;
};

export type Computed = { value: number | null; numerator: number | null; denominator: number | null };

const divide = (numerator: number, denominator: number) => (denominator === 0 ? null : numerator / denominator);

function valueOf(indicator: Indicator, row: AggregateRow): Computed {
  switch (indicator.aggregate) {
    case 'count':
      return { value: row.rows, numerator: null, denominator: null };
    case 'share':
      return { value: divide(row.counted, row.rows), numerator: row.counted, denominator: row.rows };
    case 'mean':
      return { value: row.rows === 0 ? null : row.mean, numerator: null, denominator: row.rows };
    case 'median':
      return { value: row.rows === 0 ? null : row.median, numerator: null, denominator: row.rows };
    case 'ratio':
      return { value: divide(row.measureSum, row.weightSum), numerator: row.measureSum, denominator: row.weightSum };
    case 'per_group':
      return { value: divide(row.rows, row.groups), numerator: row.rows, denominator: row.groups };
  }
}

const emptyRow = (key: string | null): AggregateRow => ({
  key,
  total: key === null,
  rows: 0,
  persons: 0,
  counted: 0,
  mean: null,
  median: null,
  measureSum: 0,
  weightSum: 0,
  groups: 0,
});

/**
 * The one aggregation every indicator goes through: the total and, when the rows carry keys, each
 * key. Only the measures the indicator's aggregate needs are computed (each distinct count and the
 * median sorts every row again), and the distinct persons only when small cells are suppressed.
 */
export function aggregateQuery(indicator: Indicator, scope: ReportScope, suppress: boolean): SQL {
  const needs = (aggregate: Indicator['aggregate']) => indicator.aggregate === aggregate;
  const persons = suppress && indicator.aboutPeople ? sql`count(distinct client_id)::int` : sql`0`;
  return sql`with basis as (${indicator.basis(scope)})
    select key, grouping(key) = 1 as total, count(*)::int as rows, ${persons} as persons,
      ${needs('share') ? sql`(count(*) filter (where counted))::int` : sql`0`} as counted,
      ${needs('mean') ? sql`avg(measure)::float8` : sql`null::float8`} as mean,
      ${needs('median') ? sql`(percentile_cont(0.5) within group (order by measure))::float8` : sql`null::float8`} as median,
      ${needs('ratio') ? sql`coalesce(sum(measure), 0)::float8` : sql`0::float8`} as "measureSum",
      ${needs('ratio') ? sql`coalesce(sum(weight), 0)::float8` : sql`0::float8`} as "weightSum",
      ${needs('per_group') ? sql`count(distinct group_id)::int` : sql`0`} as groups
    from basis group by grouping sets ((key), ())`;
}

export const notApplicableFigure = (indicatorId: string): Figure => ({
  indicatorId,
  value: null,
  numerator: null,
  denominator: null,
  suppressed: false,
  notApplicable: true,
  breakdown: [],
});

/**
 * One indicator's figure for one scope. `suppress`: the user may not see the people behind it,
 * so cells of 1–4 people are hidden (see suppression.ts).
 */
export async function computeFigure(tx: Transaction, indicator: Indicator, scope: ReportScope, suppress: boolean): Promise<Figure> {
  if (activeCuts(scope).some((cut) => !indicator.cuts.includes(cut))) return notApplicableFigure(indicator.id);
  const rows = await queryRows<AggregateRow>(tx, aggregateQuery(indicator, scope, suppress));
  const total = rows.find((row) => row.total) ?? emptyRow(null);
  const keyed = rows.filter((row) => !row.total);
  const labels = indicator.breakdown?.labels;
  const breakdown: (BreakdownRow & { persons: number })[] = labels
    ? [...new Set([...Object.keys(labels), ...keyed.flatMap((row) => (row.key === null ? [] : [row.key]))])].map((key) => {
        const row = keyed.find((candidate) => candidate.key === key) ?? emptyRow(key);
        return {
          key,
          value: row.rows,
          numerator: row.rows,
          denominator: total.rows,
          suppressed: false,
          persons: row.persons,
        };
      })
    : [];
  const headlineKey = indicator.breakdown?.headlineKey;
  const headline = headlineKey ? (keyed.find((row) => row.key === headlineKey) ?? emptyRow(headlineKey)) : total;
  const figure: Figure = {
    indicatorId: indicator.id,
    ...valueOf(indicator, headline),
    suppressed: false,
    notApplicable: false,
    breakdown: breakdown.map(({ persons: _persons, ...row }) => row),
  };
  if (!suppress || !indicator.aboutPeople) return figure;
  return {
    ...suppressFigure(figure, headline.persons),
    breakdown: suppressBreakdown(
      figure.breakdown,
      breakdown.map((row) => row.persons),
    ),
  };
}
