import { sql } from 'drizzle-orm';
import type {
  DrillDownQuery,
  DrillDownResponse,
  FiguresQuery,
  FiguresResponse,
  TrendResponse,
  ReportCuts,
} from '../../../contract/reports.js';
import { authorizeOrganisation, clientFilter, organisationsAllowed } from '../../auth/policy.js';
import { itemsWithTotal, queryRows } from '../../db/transaction.js';
import { invalidField } from '../../errors.js';
import { runAuditedWork, type ActionContext } from '../../http/client-action.js';
import { readFigures } from './figure-store.js';
import type { Indicator } from './indicators/indicator.js';
import { describeIndicator, findIndicator, indicators } from './indicators/registry.js';
import { checkCutReferences, checkCuts, monthsOf, scopeOf, suppressionApplies } from './report-access.js';
import { activeCuts } from './report-scope.js';

export function listIndicators(context: ActionContext) {
  authorizeOrganisation(context.actor, 'report.read');
  return { items: indicators.map(describeIndicator) };
}

function chosenIndicators(query: Pick<FiguresQuery, 'group' | 'indicators'>): readonly Indicator[] {
  if (query.indicators) {
    const ids = query.indicators
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean);
    const found = ids.map(findIndicator);
    if (found.some((indicator) => indicator === undefined)) throw invalidField('indicators', 'invalid_option');
    return found as Indicator[];
  }
  return query.group ? indicators.filter((indicator) => indicator.group === query.group) : indicators;
}

function indicatorNamed(id: string): Indicator {
  const indicator = findIndicator(id);
  if (!indicator) throw invalidField('indicatorId', 'invalid_option');
  return indicator;
}

/** Aggregates only: no person is named, so reading them is not a client-data read and is not audited. */
export async function figures(context: ActionContext, query: FiguresQuery): Promise<FiguresResponse> {
  const { group: _group, indicators: _ids, fresh, ...cuts } = query;
  const scope = scopeOf(context, cuts);
  const chosen = chosenIndicators(query);
  const suppress = suppressionApplies(context.actor, scope);
  await checkCuts(context, scope);
  const read = await readFigures(
    context,
    chosen.map((indicator) => ({ indicator, scope, suppress })),
    fresh ?? false,
  );
  return {
    from: scope.from,
    to: scope.to,
    suppression: suppress,
    drillDown: organisationsAllowed(context.actor, 'report.drill_down').length > 0 && !suppress,
    computedAt: read.computedAt.toISOString(),
    figures: read.figures,
  };
}

/** Three years of months is the longest trend a chart can show legibly. */
const maximumTrendMonths = 36;

export async function trend(
  context: ActionContext,
  query: ReportCuts & { indicatorId: string; mode: 'month' | 'cumulative'; fresh?: boolean },
): Promise<TrendResponse> {
  const { indicatorId, mode, fresh, ...cuts } = query;
  const indicator = indicatorNamed(indicatorId);
  const scope = scopeOf(context, cuts);
  const months = monthsOf(scope.from, scope.to);
  if (months.length > maximumTrendMonths) throw invalidField('from', 'too_small');
  const suppress = suppressionApplies(context.actor, scope);
  await checkCuts(context, scope);
  const periods = months.map((month) => ({ ...month, from: mode === 'cumulative' ? scope.from : month.from }));
  const read = await readFigures(
    context,
    periods.map((month) => ({ indicator, scope: { ...scope, from: month.from, to: month.to }, suppress })),
    fresh ?? false,
  );
  return {
    indicatorId,
    computedAt: read.computedAt.toISOString(),
    points: periods.map((month, index) => ({ month: month.month, from: month.from, to: month.to, figure: read.figures[index]! })),
  };
}

/** The longest list a drill-down returns; the total says how many there are. */
const drillDownLimit = 1000;

type DrillDownRow = DrillDownResponse['items'][number] & { total: number };

/**
 * The people behind a figure, for users who may see them: the same visibility rule as the client
 * list (client.read as an SQL filter), and one audit entry naming every person listed.
 */
export async function drillDown(context: ActionContext, query: DrillDownQuery): Promise<DrillDownResponse> {
  const { indicatorId, key, part, ...cuts } = query;
  const indicator = indicatorNamed(indicatorId);
  const scope = scopeOf(context, cuts, 'report.drill_down');
  if (!indicator.aboutPeople) throw invalidField('indicatorId', 'invalid_option');
  const notApplicable = activeCuts(scope).find((cut) => !indicator.cuts.includes(cut));
  if (notApplicable) throw invalidField(notApplicable, 'invalid_option');
  if (key !== undefined && !(key in (indicator.breakdown?.labels ?? {}))) throw invalidField('key', 'invalid_option');
  const organisationId = scope.organisationIds.length === 1 ? scope.organisationIds[0] : null;
  const rows = await runAuditedWork(
    context,
    'report.drill_down',
    async (tx) => {
      await checkCutReferences(tx, scope);
      return queryRows<DrillDownRow>(
        tx,
        sql`with basis as (${indicator.basis(scope)})
          select clients.id, clients.first_name as "firstName", clients.last_name as "lastName",
            clients.municipality_code as "municipalityCode", count(*)::int as rows, (count(*) over ())::int as total
          from basis join clients on clients.id = basis.client_id
          where ${key === undefined ? sql`true` : sql`basis.key = ${key}`} and ${part === 'numerator' ? sql`basis.counted` : sql`true`}
            and ${clientFilter(context.actor, 'client.read')}
          group by clients.id
          order by clients.last_name, clients.first_name, clients.id
          limit ${drillDownLimit}`,
      );
    },
    (result) => result.map((row) => row.id),
    organisationId,
  );
  return itemsWithTotal(rows);
}
