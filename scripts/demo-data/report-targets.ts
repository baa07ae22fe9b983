import { inArray } from 'drizzle-orm';
import { processModels, programmeBudgets, programmeTargets, programmes } from '../../src/server/db/schema.js';
import type { Transaction } from '../../src/server/db/transaction.js';

/**
 * Programme targets and budgets from the seeds: a three-year IPS project aims at ~450 job seekers
 * and ~350 employers with over half in work or studying at the end; a working-life-interpreter
 * project served 524 clients and 140 employers at 736–1581 € per client. The project runs from the
 * start of last year to the end of next year, so the dashboard shows it half way.
 */
const targetsByModel: Record<string, { indicatorId: string; targetValue: number }[]> = {
  ips: [
    { indicatorId: 'clients_served', targetValue: 450 },
    { indicatorId: 'employers_reached', targetValue: 350 },
    { indicatorId: 'positive_outcome_share', targetValue: 0.5 },
    { indicatorId: 'competitive_employment_rate', targetValue: 0.41 },
  ],
  working_life_interpreter: [
    { indicatorId: 'clients_served', targetValue: 524 },
    { indicatorId: 'employers_reached', targetValue: 140 },
    { indicatorId: 'positive_outcome_share', targetValue: 0.5 },
  ],
};
const budgetsByModel: Record<string, number> = { ips: 900_000, working_life_interpreter: 520_000 };

export async function loadReportTargets(
  tx: Transaction,
  options: { today: string; areas: { organisationId: string; teamLeadId: string }[] },
): Promise<Record<string, number>> {
  const year = Number(options.today.slice(0, 4));
  const period = { periodStart: `${year - 1}-01-01`, periodEnd: `${year + 1}-12-31` };
  const updatedAt = new Date(`${options.today}T08:00:00Z`);
  const leads = new Map(options.areas.map((area) => [area.organisationId, area.teamLeadId]));
  const rows = await tx
    .select({ id: programmes.id, organisationId: programmes.organisationId, modelId: programmes.processModelId })
    .from(programmes)
    .where(inArray(programmes.organisationId, [...leads.keys()]));
  const models = new Map(
    (await tx.select({ id: processModels.id, key: processModels.key }).from(processModels)).map((model) => [model.id, model.key]),
  );
  let targets = 0;
  let budgets = 0;
  for (const programme of rows) {
    const key = models.get(programme.modelId) ?? '';
    const updatedBy = leads.get(programme.organisationId)!;
    const targetRows = (targetsByModel[key] ?? []).map((target) => ({
      ...target,
      ...period,
      organisationId: programme.organisationId,
      programmeId: programme.id,
      updatedBy,
      updatedAt,
    }));
    if (targetRows.length > 0) await tx.insert(programmeTargets).values(targetRows);
    targets += targetRows.length;
    const amount = budgetsByModel[key];
    if (amount !== undefined) {
      await tx.insert(programmeBudgets).values({
        programmeId: programme.id,
        organisationId: programme.organisationId,
        amountEuros: amount,
        ...period,
        updatedBy,
        updatedAt,
      });
      budgets += 1;
    }
  }
  return { programme_targets: targets, programme_budgets: budgets };
}
