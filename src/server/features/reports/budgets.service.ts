import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { Budget } from '../../../contract/reports.js';
import { organisationIdsOf } from '../../auth/actor.js';
import { inTransaction, type Transaction } from '../../db/transaction.js';
import { conflict } from '../../errors.js';
import type { ActionContext } from '../../http/client-action.js';
import { runOrganisationRecordAction } from '../../http/organisation-action.js';
import { programmes } from '../programmes/programmes.tables.js';
import { programmeBudgets } from './report-targets.tables.js';
import { targetOrganisations } from './targets.service.js';

const budgetColumns = {
  programmeId: programmeBudgets.programmeId,
  organisationId: programmeBudgets.organisationId,
  amountEuros: programmeBudgets.amountEuros,
  periodStart: programmeBudgets.periodStart,
  periodEnd: programmeBudgets.periodEnd,
  version: programmeBudgets.version,
};

export async function listBudgets(context: ActionContext, query: { organisationId?: string }): Promise<{ items: Budget[] }> {
  const organisationIds = targetOrganisations(context, query.organisationId);
  const items = await inTransaction(context.deps.db, { organisationIds: organisationIdsOf(context.actor) }, (tx) =>
    tx
      .select(budgetColumns)
      .from(programmeBudgets)
      .where(inArray(programmeBudgets.organisationId, organisationIds))
      .orderBy(asc(programmeBudgets.programmeId)),
  );
  return { items };
}

/** Programmes carry no row-level security; the policy check on its organisation is the wall. */
const programmeOrganisation = (programmeId: string) => async (tx: Transaction) => {
  const [row] = await tx.select({ organisationId: programmes.organisationId }).from(programmes).where(eq(programmes.id, programmeId));
  return row?.organisationId;
};

/**
 * The manager enters (or corrects) a programme's budget for its period. The first save passes no
 * version; a later one passes the version it read, so two managers cannot overwrite each other unseen.
 */
export function saveBudget(
  context: ActionContext,
  programmeId: string,
  input: { amountEuros: number; periodStart: string; periodEnd: string; version?: number | undefined },
): Promise<Budget> {
  return runOrganisationRecordAction(
    context,
    'report.target.manage',
    programmeOrganisation(programmeId),
    async (tx, organisationId) => {
      const [existing] = await tx.select(budgetColumns).from(programmeBudgets).where(eq(programmeBudgets.programmeId, programmeId));
      const values = { amountEuros: input.amountEuros, periodStart: input.periodStart, periodEnd: input.periodEnd };
      if (!existing) {
        if (input.version !== undefined) throw conflict('version', 'stale_version');
        await tx
          .insert(programmeBudgets)
          .values({ ...values, programmeId, organisationId, updatedBy: context.actor.userId, updatedAt: context.now });
      } else {
        if (input.version !== existing.version) throw conflict('version', 'stale_version');
        await tx
          .update(programmeBudgets)
          .set({ ...values, version: sql`${programmeBudgets.version} + 1`, updatedBy: context.actor.userId, updatedAt: context.now })
          .where(eq(programmeBudgets.programmeId, programmeId));
      }
      const [saved] = await tx.select(budgetColumns).from(programmeBudgets).where(eq(programmeBudgets.programmeId, programmeId));
      return saved!;
    },
    { audit: 'write', targetId: (budget) => budget.programmeId },
  );
}
