import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Target, TargetRequest } from '../../../contract/reports.js';
import { organisationIdsOf } from '../../auth/actor.js';
import { authorizeOrganisation, organisationsAllowed } from '../../auth/policy.js';
import { inTransaction, type Transaction } from '../../db/transaction.js';
import { AppError, conflict, invalidField, notFound } from '../../errors.js';
import type { ActionContext } from '../../http/client-action.js';
import { runOrganisationAction, runOrganisationRecordAction } from '../../http/organisation-action.js';
import { isConstraintViolation } from '../employers/database-errors.js';
import { organisations } from '../organisations/organisations.tables.js';
import { programmes } from '../programmes/programmes.tables.js';
import { findIndicator } from './indicators/registry.js';
import { programmeTargets } from './report-targets.tables.js';

const targetColumns = {
  id: programmeTargets.id,
  organisationId: programmeTargets.organisationId,
  organisationName: organisations.name,
  programmeId: programmeTargets.programmeId,
  programmeName: programmes.name,
  indicatorId: programmeTargets.indicatorId,
  targetValue: programmeTargets.targetValue,
  periodStart: programmeTargets.periodStart,
  periodEnd: programmeTargets.periodEnd,
  version: programmeTargets.version,
};

export function selectTargets(tx: Transaction, organisationIds: string[], filter: { programmeId?: string | undefined } = {}) {
  return tx
    .select(targetColumns)
    .from(programmeTargets)
    .innerJoin(organisations, eq(organisations.id, programmeTargets.organisationId))
    .innerJoin(programmes, eq(programmes.id, programmeTargets.programmeId))
    .where(
      and(
        inArray(programmeTargets.organisationId, organisationIds),
        filter.programmeId ? eq(programmeTargets.programmeId, filter.programmeId) : undefined,
      ),
    )
    .orderBy(asc(programmes.name), asc(organisations.name), asc(programmeTargets.indicatorId));
}

/** The organisations whose targets the user sees: those named and reported on, or all they report on. */
export function targetOrganisations(context: ActionContext, organisationId: string | undefined): string[] {
  if (organisationId) authorizeOrganisation(context.actor, 'report.read', organisationId);
  const allowed = organisationsAllowed(context.actor, 'report.read');
  if (allowed.length === 0) throw new AppError('forbidden');
  return organisationId ? [organisationId] : allowed;
}

export async function listTargets(context: ActionContext, query: { organisationId?: string; programmeId?: string }) {
  const organisationIds = targetOrganisations(context, query.organisationId);
  const items = await inTransaction(context.deps.db, { organisationIds: organisationIdsOf(context.actor) }, (tx) =>
    selectTargets(tx, organisationIds, query),
  );
  return { items };
}

/**
 * A target names an indicator that can be cut by programme, a share as a fraction, and a programme
 * of an organisation the user reports on (a partner's target may be set on the lead organisation's programme).
 */
async function checkTarget(tx: Transaction, context: ActionContext, input: Omit<TargetRequest, 'organisationId'>) {
  const indicator = findIndicator(input.indicatorId);
  if (!indicator || !indicator.cuts.includes('programmeId')) throw invalidField('indicatorId', 'invalid_option');
  if (indicator.unit === 'share' && input.targetValue > 1) throw invalidField('targetValue', 'too_large');
  const [programme] = await tx
    .select({ organisationId: programmes.organisationId })
    .from(programmes)
    .where(eq(programmes.id, input.programmeId));
  if (!programme || !organisationsAllowed(context.actor, 'report.read').includes(programme.organisationId)) {
    throw invalidField('programmeId', 'unknown_programme');
  }
}

async function loadTarget(tx: Transaction, targetId: string): Promise<Target> {
  const [row] = await tx
    .select(targetColumns)
    .from(programmeTargets)
    .innerJoin(organisations, eq(organisations.id, programmeTargets.organisationId))
    .innerJoin(programmes, eq(programmes.id, programmeTargets.programmeId))
    .where(eq(programmeTargets.id, targetId));
  if (!row) throw notFound();
  return row;
}

const alreadyExists = () => conflict('indicatorId', 'already_exists');

export async function createTarget(context: ActionContext, input: TargetRequest): Promise<Target> {
  try {
    return await runOrganisationAction(
      context,
      'report.target.manage',
      input.organisationId,
      async (tx) => {
        await checkTarget(tx, context, input);
        const [created] = await tx
          .insert(programmeTargets)
          .values({ ...input, updatedBy: context.actor.userId, updatedAt: context.now })
          .onConflictDoNothing()
          .returning({ id: programmeTargets.id });
        if (!created) throw alreadyExists();
        return loadTarget(tx, created.id);
      },
      { audit: 'write', targetId: (target) => target.id },
    );
  } catch (error) {
    if (isConstraintViolation(error, 'unique')) throw alreadyExists();
    throw error;
  }
}

const targetOrganisation = (targetId: string) => async (tx: Transaction) => {
  const [row] = await tx
    .select({ organisationId: programmeTargets.organisationId })
    .from(programmeTargets)
    .where(eq(programmeTargets.id, targetId));
  return row?.organisationId;
};

/** The organisation, programme and indicator make the target what it is; a change of those is a new target. */
export function updateTarget(
  context: ActionContext,
  targetId: string,
  input: Pick<TargetRequest, 'targetValue' | 'periodStart' | 'periodEnd'> & { version: number },
): Promise<Target> {
  return runOrganisationRecordAction(
    context,
    'report.target.manage',
    targetOrganisation(targetId),
    async (tx) => {
      const current = await loadTarget(tx, targetId);
      await checkTarget(tx, context, { ...current, ...input });
      const updated = await tx
        .update(programmeTargets)
        .set({
          targetValue: input.targetValue,
          periodStart: input.periodStart,
          periodEnd: input.periodEnd,
          version: sql`${programmeTargets.version} + 1`,
          updatedBy: context.actor.userId,
          updatedAt: context.now,
        })
        .where(and(eq(programmeTargets.id, targetId), eq(programmeTargets.version, input.version)))
        .returning({ id: programmeTargets.id });
      if (updated.length === 0) throw conflict('version', 'stale_version');
      return loadTarget(tx, targetId);
    },
    { audit: 'write', targetId: (target) => target.id },
  );
}

export async function deleteTarget(context: ActionContext, targetId: string): Promise<void> {
  await runOrganisationRecordAction(
    context,
    'report.target.manage',
    targetOrganisation(targetId),
    async (tx) => {
      await tx.delete(programmeTargets).where(eq(programmeTargets.id, targetId));
      return targetId;
    },
    { audit: 'write', targetId: (id) => id },
  );
}
