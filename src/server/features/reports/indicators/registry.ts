import type { IndicatorDefinition } from '../../../../contract/reports.js';
import { activationIndicators } from './activation.indicators.js';
import { activityIndicators } from './activity.indicators.js';
import { clientIndicators } from './clients.indicators.js';
import { employerIndicators } from './employers.indicators.js';
import { feedbackIndicators } from './feedback.indicators.js';
import { financeIndicators } from './finance.indicators.js';
import type { Indicator } from './indicator.js';
import { outcomeIndicators } from './outcomes.indicators.js';

/**
 * Every indicator of Polku, in the order the dashboards show them. A feature adds its own by
 * writing one `<name>.indicators.ts` file exporting an Indicator[] (group 'feedback' for NPS and
 * mean grade gets its own dashboard page) and adding it to this list.
 */
const indicatorFiles: readonly Indicator[][] = [
  clientIndicators,
  activationIndicators,
  activityIndicators,
  employerIndicators,
  outcomeIndicators,
  financeIndicators,
  feedbackIndicators,
];

export const indicators: readonly Indicator[] = indicatorFiles.flat();

const byId = new Map(indicators.map((indicator) => [indicator.id, indicator]));
if (byId.size !== indicators.length) throw new Error('two indicators share an id');

export const findIndicator = (id: string): Indicator | undefined => byId.get(id);

/** What the API tells about an indicator: everything but its SQL. */
export function describeIndicator(indicator: Indicator): IndicatorDefinition {
  return {
    id: indicator.id,
    group: indicator.group,
    unit: indicator.unit,
    name: indicator.name,
    definition: indicator.definition,
    source: indicator.source,
    better: indicator.better,
    benchmarks: indicator.benchmarks ?? [],
    aboutPeople: indicator.aboutPeople,
    cuts: [...indicator.cuts],
    breakdownLabels: indicator.breakdown?.labels ?? null,
    drillDown: indicator.aboutPeople,
  };
}
