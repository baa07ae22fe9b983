import { and, inArray, lt, sql } from 'drizzle-orm';
import type { Figure } from '../../../contract/reports.js';
import type { AppDependencies } from '../../app-dependencies.js';
import { organisationIdsOf } from '../../auth/actor.js';
import type { ActionContext } from '../../http/client-action.js';
import { inTransaction, type DataScope } from '../../db/transaction.js';
import { computeFigure } from './compute.js';
import { figureKey, storedScope, type FigureRequest } from './figure-key.js';
import { figureMaxAgeMs, scheduleFigureRefresh } from './figure-refresh.js';
import { reportFigures } from './report-figures.tables.js';

export type FiguresRead = { figures: Figure[]; computedAt: Date };

/** Marking a figure as requested is a write; once an hour is enough to keep it in the refresh. */
const requestedMarkEveryMs = 60 * 60_000;

/**
 * The figures of a dashboard request, in order. A figure computed within the configured maximum
 * age is read from report_figures; the rest are computed on the reports database now and stored,
 * and the refresh job (figure-refresh.ts) recomputes stored figures in use before they grow too old.
 * `fresh` computes everything now. `computedAt` is the oldest figure's time, shown to the user.
 */
export async function readFigures(context: ActionContext, requests: readonly FigureRequest[], fresh: boolean): Promise<FiguresRead> {
  const { deps, now } = context;
  const dataScope = { organisationIds: organisationIdsOf(context.actor) };
  const maxAge = figureMaxAgeMs(deps);
  const keys = requests.map(figureKey);
  const stored =
    maxAge > 0 && !fresh ? await findStored(deps, dataScope, keys, new Date(now.getTime() - maxAge)) : new Map<string, StoredRow>();
  const missing = requests.flatMap((request, index) => (stored.has(keys[index]!) ? [] : [{ request, key: keys[index]! }]));
  const computed = await computeFigures(deps, dataScope, missing);
  if (missing.length > 0 && maxAge > 0) {
    await storeFigures(
      deps,
      dataScope,
      missing.map(({ request, key }) => ({ request, key, figure: computed.get(key)! })),
      now,
    );
  }
  await markRequested(deps, dataScope, [...stored.values()], now);
  return {
    figures: keys.map((key) => computed.get(key) ?? stored.get(key)!.figure),
    computedAt: new Date(Math.min(now.getTime(), ...[...stored.values()].map((row) => row.computedAt.getTime()))),
  };
}

/**
 * How many figures of one request are computed at once, each in a transaction of its own: the
 * figures are independent queries, and one query keeps one database core busy.
 */
const computeConcurrency = 3;

async function computeFigures(
  deps: AppDependencies,
  dataScope: DataScope,
  missing: { request: FigureRequest; key: string }[],
): Promise<Map<string, Figure>> {
  const computed = new Map<string, Figure>();
  let next = 0;
  const work = async () => {
    while (next < missing.length) {
      const { request, key } = missing[next++]!;
      const figure = await inTransaction(deps.reportsDb, dataScope, (tx) =>
        computeFigure(tx, request.indicator, request.scope, request.suppress),
      );
      computed.set(key, figure);
    }
  };
  await Promise.all(Array.from({ length: Math.min(computeConcurrency, missing.length) }, work));
  return computed;
}

type StoredRow = { key: string; figure: Figure; computedAt: Date; requestedAt: Date };

async function findStored(deps: AppDependencies, dataScope: DataScope, keys: string[], notBefore: Date): Promise<Map<string, StoredRow>> {
  const rows = await inTransaction(deps.db, dataScope, (tx) =>
    tx
      .select({
        key: reportFigures.key,
        figure: reportFigures.figure,
        computedAt: reportFigures.computedAt,
        requestedAt: reportFigures.requestedAt,
      })
      .from(reportFigures)
      .where(and(inArray(reportFigures.key, [...new Set(keys)]), sql`${reportFigures.computedAt} >= ${notBefore.toISOString()}`)),
  );
  return new Map(rows.map((row) => [row.key, row]));
}

type FigureToStore = { request: FigureRequest; key: string; figure: Figure };

/** Stores (or replaces) computed figures and makes sure a refresh is scheduled for them. */
async function storeFigures(deps: AppDependencies, dataScope: DataScope, entries: FigureToStore[], now: Date): Promise<void> {
  const unique = [...new Map(entries.map((entry) => [entry.key, entry])).values()];
  await inTransaction(deps.db, dataScope, (tx) =>
    tx
      .insert(reportFigures)
      .values(
        unique.map(({ request, key, figure }) => ({
          key,
          indicatorId: request.indicator.id,
          organisationIds: request.scope.organisationIds,
          scope: storedScope(request.scope),
          suppress: request.suppress,
          figure,
          computedAt: now,
          requestedAt: now,
        })),
      )
      .onConflictDoUpdate({
        target: reportFigures.key,
        set: { figure: sql`excluded.figure`, computedAt: sql`excluded.computed_at`, requestedAt: sql`excluded.requested_at` },
      }),
  );
  await scheduleFigureRefresh(deps, now);
}

async function markRequested(deps: AppDependencies, dataScope: DataScope, rows: StoredRow[], now: Date): Promise<void> {
  const stale = rows.filter((row) => now.getTime() - row.requestedAt.getTime() >= requestedMarkEveryMs).map((row) => row.key);
  if (stale.length === 0) return;
  await inTransaction(deps.db, dataScope, (tx) =>
    tx
      .update(reportFigures)
      .set({ requestedAt: now })
      .where(and(inArray(reportFigures.key, stale), lt(reportFigures.requestedAt, now))),
  );
}
