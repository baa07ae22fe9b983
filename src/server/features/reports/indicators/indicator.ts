import { sql, type SQL } from 'drizzle-orm';
import type { CutName, IndicatorGroup, IndicatorUnit, LocalisedText } from '../../../../contract/reports.js';
import type { ReportScope } from '../report-scope.js';

/**
 * How the rows of an indicator's basis become its figure:
 * count = rows; share = counted rows ÷ rows; mean / median of `measure`;
 * ratio = sum(measure) ÷ sum(weight); per_group = rows ÷ distinct group_id (e.g. clients per coach).
 */
export type Aggregate = 'count' | 'share' | 'mean' | 'median' | 'ratio' | 'per_group';

export type Indicator = {
  /** Stable id: targets, trends and the API name indicators by it. */
  id: string;
  group: IndicatorGroup;
  unit: IndicatorUnit;
  name: LocalisedText;
  /** Plain language, shown in the UI next to the figure. */
  definition: LocalisedText;
  source: LocalisedText | null;
  better: 'higher' | 'lower';
  benchmarks?: { value: number; label: LocalisedText }[];
  /** Rows are people (client_id set): small cells are suppressed and the figure can be drilled into. */
  aboutPeople: boolean;
  /** Cuts the figure can be taken by besides period and organisation. */
  cuts: readonly CutName[];
  aggregate: Aggregate;
  /** The rows carry a key (an outcome, a placement type) and the figure is shown per key too. */
  breakdown?: { labels: Record<string, LocalisedText>; headlineKey?: string };
  /**
   * The rows behind the figure, one per unit counted, as a select list made with basisRow():
   * client_id, key, counted, measure, weight, group_id.
   */
  basis: (scope: ReportScope) => SQL;
};

type BasisColumns = { clientId?: SQL; key?: SQL; counted?: SQL; measure?: SQL; weight?: SQL; groupId?: SQL };

/** The select list every basis query returns, so the one aggregation query can read any indicator. */
export function basisRow(columns: BasisColumns): SQL {
  return sql`(${columns.clientId ?? sql`null::uuid`}) as client_id, (${columns.key ?? sql`null::text`}) as key,
    coalesce(${columns.counted ?? sql`false`}, false) as counted, (${columns.measure ?? sql`null`})::float8 as measure,
    (${columns.weight ?? sql`null`})::float8 as weight, (${columns.groupId ?? sql`null`})::text as group_id`;
}

export const personCuts: readonly CutName[] = ['teamId', 'coachId', 'programmeId', 'municipalityCode', 'targetGroup', 'gender', 'ageBand'];

export const text = (fi: string, sv: string, en: string): LocalisedText => ({ fi, sv, en });
