import type { Figure, TargetProgress } from '../../../contract/reports.js';
import { organisationIdsOf } from '../../auth/actor.js';
import { inTransaction } from '../../db/transaction.js';
import type { ActionContext } from '../../http/client-action.js';
import { helsinkiDate } from '../../time.js';
import { computeFigure } from './compute.js';
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
  query: { organisationId?: string; programmeId?: string },
): Promise<{ items: TargetProgress[] }> {
  const organisationIds = targetOrganisations(context, query.organisationId);
  const today = helsinkiDate(context.now);
  return inTransaction(context.deps.reportsDb, { organisationIds: organisationIdsOf(context.actor) }, async (tx) => {
    const targets = await selectTargets(tx, organisationIds, query);
    const items: TargetProgress[] = [];
    for (const target of targets) {
      const indicator = findIndicator(target.indicatorId);
      if (!indicator) continue;
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
      const actual = started
        ? await computeFigure(tx, indicator, scope, suppress)
        : await computeFigure(tx, indicator, { ...scope, to: target.periodStart }, suppress);
      const trend = [];
      for (const month of started ? monthsOf(target.periodStart, end).slice(-trendMonths) : []) {
        trend.push({ month: month.month, figure: await computeFigure(tx, indicator, { ...scope, to: month.to }, suppress) });
      }
      items.push({ ...target, actual, met: started ? met(indicator.better, actual, target.targetValue) : null, trend });
    }
    return { items };
  });
}
