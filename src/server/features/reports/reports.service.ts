import { sql } from 'drizzle-orm';
import type {
  DrillDownQuery,
  DrillDownResponse,
  FiguresQuery,
  FiguresResponse,
  TrendResponse,
  ReportCuts,
} from '../../../contract/reports.js';
import { organisationIdsOf } from '../../auth/actor.js';
import { authorizeOrganisation, clientFilter, organisationsAllowed } from '../../auth/policy.js';
import { inTransaction, itemsWithTotal, queryRows } from '../../db/transaction.js';
import { invalidField } from '../../errors.js';
import { runAuditedWork, type ActionContext } from '../../http/client-action.js';
import { computeFigure } from './compute.js';
import type { Indicator } from './indicators/indicator.js';
import { describeIndicator, findIndicator, indicators } from './indicators/registry.js';
import { checkCutReferences, monthsOf, scopeOf, suppressionApplies } from './report-access.js';
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
  const { group: _group, indicators: _ids, ...cuts } = query;
  const scope = scopeOf(context, cuts);
  const chosen = chosenIndicators(query);
  const suppress = suppressionApplies(context.actor, scope);
  return inTransaction(context.deps.reportsDb, { organisationIds: organisationIdsOf(context.actor) }, async (tx) => {
    await checkCutReferences(tx, scope);
    const results = [];
    for (const indicator of chosen) results.push(await computeFigure(tx, indicator, scope, suppress));
    return {
      from: scope.from,
      to: scope.to,
      suppression: suppress,
      drillDown: organisationsAllowed(context.actor, 'report.drill_down').length > 0 && !suppress,
      figures: results,
    };
  });
}

/** Three years of months is the longest trend a chart can show legibly. */
const maximumTrendMonths = 36;

export async function trend(
  context: ActionContext,
  query: ReportCuts & { indicatorId: string; mode: 'month' | 'cumulative' },
): Promise<TrendResponse> {
  const { indicatorId, mode, ...cuts } = query;
  const indicator = indicatorNamed(indicatorId);
  const scope = scopeOf(context, cuts);
  const months = monthsOf(scope.from, scope.to);
  if (months.length > maximumTrendMonths) throw invalidField('from', 'too_small');
  const suppress = suppressionApplies(context.actor, scope);
  return inTransaction(context.deps.reportsDb, { organisationIds: organisationIdsOf(context.actor) }, async (tx) => {
    await checkCutReferences(tx, scope);
    const points = [];
    for (const month of months) {
      const from = mode === 'cumulative' ? scope.from : month.from;
      const figure = await computeFigure(tx, indicator, { ...scope, from, to: month.to }, suppress);
      points.push({ month: month.month, from, to: month.to, figure });
    }
    return { indicatorId, points };
  });
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
