import { and, count, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Locale } from '../../../contract/common.js';
import type { PlacementDetails, WorkPhaseChange } from '../../../contract/placements.js';
import type { Transaction } from '../../db/transaction.js';
import { conflict, invalidField } from '../../errors.js';
import type { ActionContext } from '../../http/client-action.js';
import { helsinkiDate } from '../../time.js';
import { phaseName } from '../enrolments/enrolment-view.js';
import * as enrolmentQueries from '../enrolments/enrolments.queries.js';
import { enrolments } from '../enrolments/enrolments.tables.js';
import { moveToPhase } from '../enrolments/enrolments.service.js';
import { opportunities } from '../opportunities/opportunities.tables.js';
import { placements } from './placements.tables.js';

export type PlacementLinks = {
  clientId: string;
  organisationId: string;
  employerId: string;
  opportunityId: string | null;
  proposalId: string | null;
};

/** The enrolment that goes into work: the one named (a running one of the client's), else the only running one. */
async function chooseRunningEnrolment(tx: Transaction, clientId: string, requested: string | null, fieldPrefix: string) {
  if (requested !== null) {
    const chosen = await enrolmentQueries.findEnrolment(tx, requested);
    if (chosen?.clientId !== clientId) throw invalidField(`${fieldPrefix}enrolmentId`, 'unknown_enrolment');
    if (chosen.endDate !== null) throw conflict(`${fieldPrefix}enrolmentId`, 'enrolment_ended');
    return chosen;
  }
  const running = await tx
    .select({ id: enrolments.id })
    .from(enrolments)
    .where(and(eq(enrolments.clientId, clientId), isNull(enrolments.endDate)))
    .orderBy(desc(enrolments.startDate));
  if (running.length > 1) throw invalidField(`${fieldPrefix}enrolmentId`, 'required');
  return running.length === 1 ? enrolmentQueries.findEnrolment(tx, running[0]!.id) : undefined;
}

/** An opportunity with as many placements as positions is filled. */
async function markFilledWhenFull(tx: Transaction, opportunityId: string, today: string, now: Date): Promise<void> {
  const [opportunity] = await tx
    .select({ status: opportunities.status, positions: opportunities.positions })
    .from(opportunities)
    .where(eq(opportunities.id, opportunityId))
    .for('update');
  if (opportunity?.status !== 'open') return;
  const [placed] = await tx.select({ total: count() }).from(placements).where(eq(placements.opportunityId, opportunityId));
  if ((placed?.total ?? 0) < opportunity.positions) return;
  await tx
    .update(opportunities)
    .set({ status: 'filled', statusChangedOn: today, version: sql`${opportunities.version} + 1`, updatedAt: now })
    .where(eq(opportunities.id, opportunityId));
}

/**
 * Records a job seeker starting work, inside the caller's transaction (hiring from a proposal or
 * recording a placement directly): the placement itself, the opportunity filled when its last
 * position is taken, and the running enrolment moved into its process model's in-work phase with
 * the enrolments' own phase change, so the in-work meeting rule (IPS: weekly in the first month)
 * takes over. Field errors name the request's fields under `fieldPrefix` ('placement.' when hiring).
 */
export async function startPlacement(
  tx: Transaction,
  context: ActionContext,
  locale: Locale,
  links: PlacementLinks,
  details: PlacementDetails,
  fieldPrefix = '',
): Promise<{ placementId: string; workPhase: WorkPhaseChange }> {
  const today = helsinkiDate(context.now);
  // The in-work phase starts on the first working day, and a phase cannot start in the future.
  if (details.startDate > today) throw invalidField(`${fieldPrefix}startDate`, 'date_in_future');
  const enrolment = await chooseRunningEnrolment(tx, links.clientId, details.enrolmentId, fieldPrefix);
  const inWorkPhase = enrolment?.definition.inWorkPhase;
  if (enrolment && inWorkPhase && details.startDate < enrolment.phaseStartedOn) {
    throw invalidField(`${fieldPrefix}startDate`, 'before_phase_start');
  }
  const [created] = await tx
    .insert(placements)
    .values({
      organisationId: links.organisationId,
      clientId: links.clientId,
      employerId: links.employerId,
      enrolmentId: enrolment?.id ?? null,
      opportunityId: links.opportunityId,
      proposalId: links.proposalId,
      type: details.type,
      startDate: details.startDate,
      plannedEndDate: details.plannedEndDate,
      hoursPerWeek: details.hoursPerWeek,
      duties: details.duties,
      supportGranted: details.supportGranted,
      supportNote: details.supportNote,
      createdBy: context.actor.userId,
      createdAt: context.now,
      updatedAt: context.now,
    })
    .returning({ id: placements.id });
  if (links.opportunityId) await markFilledWhenFull(tx, links.opportunityId, today, context.now);
  if (!enrolment)
    return { placementId: created!.id, workPhase: { outcome: 'no_running_enrolment', enrolmentId: null, phase: null, phaseName: null } };
  if (!inWorkPhase) {
    const current = {
      enrolmentId: enrolment.id,
      phase: enrolment.currentPhase,
      phaseName: phaseName(enrolment.definition, enrolment.currentPhase, locale),
    };
    return { placementId: created!.id, workPhase: { outcome: 'no_in_work_phase', ...current } };
  }
  await moveToPhase(tx, context, enrolment.id, { phase: inWorkPhase, changedOn: details.startDate });
  return {
    placementId: created!.id,
    workPhase: {
      outcome: 'moved',
      enrolmentId: enrolment.id,
      phase: inWorkPhase,
      phaseName: phaseName(enrolment.definition, inWorkPhase, locale),
    },
  };
}
