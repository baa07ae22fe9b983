import type { Figure, TargetProgress } from '../../../contract/reports.js';
import { organisationIdsOf } from '../../auth/actor.js';
import { inTransaction } from '../../db/transaction.js';
import type { ActionContext } from '../../http/client-action.js';
import { helsinkiDate } from '../../time.js';
import { readFigures } from './figure-store.js';
import { findIndicator } from './indicators/registry.js';
import { monthsOf, suppressionApplies } from './report-access.js';
import type { ReportScope } from './report-scope.js';
import { selectTargets, targetOrganisations } from './targets.service.js';

/** The trend shows the last year of the target period so far, month by month. */
const trendMonths = 12;

function met(better: 'higher' | 'lower', figure: Figure, target: number): boolean | null {
  if (figure.value === null) return null;
  return better === 'higher' ? figure.value >= target : figure.value <= target;
}

/**
 * Each target against the figure from its period start to today (or to its end once passed):
 * the same indicator, cut by the target's organisation and programme. The trend is cumulative, so
 * it shows how the to-date figure approached the target.
 */
export async function targetProgress(
  context: ActionContext,
  query: { organisationId?: string; programmeId?: string; fresh?: boolean },
): Promise<{ computedAt: string; items: TargetProgress[] }> {
  const organisationIds = targetOrganisations(context, query.organisationId);
  const today = helsinkiDate(context.now);
  const targets = await inTransaction(context.deps.reportsDb, { organisationIds: organisationIdsOf(context.actor) }, (tx) =>
    selectTargets(tx, organisationIds, { programmeId: query.programmeId }),
  );
  const measured = targets.flatMap((target) => {
    const indicator = findIndicator(target.indicatorId);
    if (!indicator) return [];
    const end = target.periodEnd < today ? target.periodEnd : today;
    const scope: ReportScope = {
      organisationIds: [target.organisationId],
      programmeId: target.programmeId,
      from: target.periodStart,
      to: end,
      now: context.now.toISOString(),
    };
    const suppress = suppressionApplies(context.actor, scope);
    const started = target.periodStart <= end;
    const trendMonthsShown = started ? monthsOf(target.periodStart, end).slice(-trendMonths) : [];
    const requests = [
      { indicator, scope: started ? scope : { ...scope, to: target.periodStart }, suppress },
      ...trendMonthsShown.map((month) => ({ indicator, scope: { ...scope, to: month.to }, suppress })),
    ];
    return [{ target, indicator, started, months: trendMonthsShown.map((month) => month.month), requests }];
  });
  const read = await readFigures(
    context,
    measured.flatMap((entry) => entry.requests),
    query.fresh ?? false,
  );
  let next = 0;
  const items = measured.map(({ target, indicator, started, months }) => {
    const actual = read.figures[next++]!;
    const trend = months.map((month) => ({ month, figure: read.figures[next++]! }));
    return { ...target, actual, met: started ? met(indicator.better, actual, target.targetValue) : null, trend };
  });
  return { computedAt: read.computedAt.toISOString(), items };
}
