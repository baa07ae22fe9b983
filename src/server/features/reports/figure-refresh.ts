import { and, asc, eq, gte, lt, sql } from 'drizzle-orm';
import type { AppDependencies } from '../../app-dependencies.js';
import { inTransaction } from '../../db/transaction.js';
import { enqueueJob } from '../../jobs/job-queue.js';
import type { JobHandler } from '../../jobs/job-worker.js';
import { computeFigure } from './compute.js';
import { figureKey } from './figure-key.js';
import { findIndicator } from './indicators/registry.js';
import { reportFigures } from './report-figures.tables.js';

export const figureRefreshJobKind = 'report.refresh_figures';

const hour = 60 * 60_000;
/** Figures nobody has asked for in a week are forgotten. */
const forgetAfterMs = 7 * 24 * hour;
/** One run stays well inside the job lease (two minutes); the rest waits for the next run, due at once. */
const runBudgetMs = 60_000;
const batchSize = 20;

/** A stored figure is recomputed once it is a third of the maximum age old, so none served is older than the maximum. */
const refreshAfterMs = (maxAgeMs: number) => maxAgeMs / 3;
/** Figures asked for in the last twelve maximum ages (three hours by default) are kept current. */
const keepCurrentForMs = (maxAgeMs: number) => maxAgeMs * 12;

/** How old a stored figure may be when served (POLKU_REPORT_FIGURE_MAX_AGE_MINUTES); 0: figures are not stored. */
export const figureMaxAgeMs = (deps: AppDependencies) => deps.config.reports.figureMaxAgeMinutes * 60_000;

/** One refresh per time slot, however many requests store figures meanwhile (the dedupe key names the slot). */
export async function scheduleFigureRefresh(deps: AppDependencies, now: Date, options: { atOnce?: boolean } = {}): Promise<void> {
  const interval = refreshAfterMs(figureMaxAgeMs(deps));
  if (interval <= 0) return;
  const runAt = options.atOnce ? now : new Date(Math.ceil((now.getTime() + interval) / interval) * interval);
  const slot = options.atOnce ? `now:${now.toISOString()}` : String(runAt.getTime());
  await inTransaction(deps.db, 'system', (tx) =>
    enqueueJob(tx, { kind: figureRefreshJobKind, payload: {}, dedupeKey: `${figureRefreshJobKind}:${slot}`, runAt, maxAttempts: 3 }, now),
  );
}

export type RefreshSummary = { refreshed: number; forgotten: number; due: boolean };

/**
 * Recomputes the stored figures in use that are older than the refresh interval, oldest first,
 * each under row-level security for its own organisations, and forgets those no longer in use.
 */
export async function refreshStoredFigures(deps: AppDependencies, now: Date, budgetMs = runBudgetMs): Promise<RefreshSummary> {
  const maxAge = figureMaxAgeMs(deps);
  const started = performance.now();
  const forgotten = await inTransaction(deps.db, 'system', (tx) =>
    tx
      .delete(reportFigures)
      .where(lt(reportFigures.requestedAt, new Date(now.getTime() - forgetAfterMs)))
      .returning({ key: reportFigures.key }),
  );
  const dueCondition = and(
    gte(reportFigures.requestedAt, new Date(now.getTime() - keepCurrentForMs(maxAge))),
    lt(reportFigures.computedAt, new Date(now.getTime() - refreshAfterMs(maxAge))),
  );
  let refreshed = 0;
  // At least one figure per run, so that a run always makes progress whatever its budget.
  for (;;) {
    const rows = await inTransaction(deps.db, 'system', (tx) =>
      tx.select().from(reportFigures).where(dueCondition).orderBy(asc(reportFigures.computedAt)).limit(batchSize),
    );
    for (const [index, row] of rows.entries()) {
      const indicator = findIndicator(row.indicatorId);
      const request = indicator && { indicator, scope: { ...row.scope, now: now.toISOString() }, suppress: row.suppress };
      // A figure whose indicator or query has changed since it was stored is never asked for again.
      if (!request || figureKey(request) !== row.key) {
        await inTransaction(deps.db, 'system', (tx) => tx.delete(reportFigures).where(eq(reportFigures.key, row.key)));
        continue;
      }
      const dataScope = { organisationIds: row.organisationIds };
      const figure = await inTransaction(deps.reportsDb, dataScope, (tx) => computeFigure(tx, indicator, request.scope, row.suppress));
      await inTransaction(deps.db, dataScope, (tx) =>
        tx.update(reportFigures).set({ figure, computedAt: now }).where(eq(reportFigures.key, row.key)),
      );
      refreshed += 1;
      const rest = index < rows.length - 1 || rows.length === batchSize;
      if (performance.now() - started >= budgetMs) return { refreshed, forgotten: forgotten.length, due: rest };
    }
    if (rows.length < batchSize) return { refreshed, forgotten: forgotten.length, due: false };
  }
}

/** The refresh job: one run, then the next one scheduled while figures are in use. */
export function reportJobHandlers(deps: AppDependencies): Record<string, JobHandler> {
  return {
    [figureRefreshJobKind]: async (_job, context) => {
      const now = context.now();
      const summary = await refreshStoredFigures(deps, now);
      const [inUse] = await inTransaction(deps.db, 'system', (tx) =>
        tx
          .select({ count: sql<number>`count(*)::int` })
          .from(reportFigures)
          .where(gte(reportFigures.requestedAt, new Date(now.getTime() - keepCurrentForMs(figureMaxAgeMs(deps))))),
      );
      if ((inUse?.count ?? 0) > 0) await scheduleFigureRefresh(deps, now, { atOnce: summary.due });
    },
  };
}
