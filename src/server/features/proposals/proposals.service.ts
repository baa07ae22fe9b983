import { eq, sql } from 'drizzle-orm';
import type { Locale } from '../../../contract/common.js';
import type { FieldErrorCode } from '../../../contract/errors.js';
import {
  proposalTransitions,
  type CreateProposalRequest,
  type Proposal,
  type ProposalStatus,
  type ProposalStatusRequest,
} from '../../../contract/proposals.js';
import type { PlacementStarted } from '../../../contract/placements.js';
import { authorizeClient } from '../../auth/policy.js';
import type { Transaction } from '../../db/transaction.js';
import { AppError, conflict, invalidField } from '../../errors.js';
import { runClientAction, type ActionContext } from '../../http/client-action.js';
import { helsinkiDate } from '../../time.js';
import { runClientRecordAction } from '../activities/client-record-action.js';
import { assignments } from '../assignments/assignments.tables.js';
import { clients } from '../clients/clients.tables.js';
import { startPlacement } from '../placements/placement-start.js';
import { loadPlacement } from '../placements/placement-view.js';
import { employerConsentActive } from './employer-consent.js';
import { loadProposal } from './proposal-view.js';
import { resolveTarget, type ResolvedTarget } from './proposal-targets.js';
import * as queries from './proposals.queries.js';
import { proposals, proposalStatusChanges } from './proposals.tables.js';

/** Moves that keep presenting the client to the employer need the consent; ending a proposal never does. */
const sharingStatuses: readonly ProposalStatus[] = ['employer_interested', 'interview', 'hired'];
/** An assignment is answered by its first proposal. */
const unansweredAssignmentStatuses = ['new', 'in_progress'];

async function lockClientRow(tx: Transaction, clientId: string): Promise<{ organisationId: string }> {
  const [row] = await tx.select({ organisationId: clients.organisationId }).from(clients).where(eq(clients.id, clientId)).for('update');
  return row!;
}

/** The first proposal answers the assignment: time of first response, and its status moves on. */
async function recordAssignmentResponse(tx: Transaction, target: ResolvedTarget, now: Date): Promise<void> {
  if (!target.assignmentId) return;
  const answered = target.assignmentFirstResponseAt === null;
  const moves = unansweredAssignmentStatuses.includes(target.assignmentStatus ?? '');
  if (!answered && !moves) return;
  await tx
    .update(assignments)
    .set({
      ...(answered ? { firstResponseAt: now } : {}),
      ...(moves ? { status: 'candidates_proposed' } : {}),
      version: sql`${assignments.version} + 1`,
      updatedAt: now,
    })
    .where(eq(assignments.id, target.assignmentId));
}

export function createProposal(context: ActionContext, input: CreateProposalRequest): Promise<Proposal> {
  const today = helsinkiDate(context.now);
  return runClientAction(context, 'client.proposal.write', input.clientId, async (tx) => {
    // Locked so that two simultaneous proposals of the same client cannot both pass the duplicate check.
    const { organisationId } = await lockClientRow(tx, input.clientId);
    const target = await resolveTarget(tx, organisationId, input);
    if (!(await employerConsentActive(tx, input.clientId, today))) throw invalidField('clientId', 'consent_missing');
    if (await queries.hasActiveProposal(tx, input.clientId, target)) throw conflict('clientId', 'already_proposed');
    const [created] = await tx
      .insert(proposals)
      .values({
        organisationId,
        clientId: input.clientId,
        employerId: target.employerId,
        assignmentId: target.assignmentId,
        opportunityId: target.opportunityId,
        status: 'proposed',
        note: input.note,
        proposedBy: context.actor.userId,
        proposedAt: context.now,
        updatedAt: context.now,
      })
      .returning({ id: proposals.id });
    await tx.insert(proposalStatusChanges).values({
      organisationId,
      proposalId: created!.id,
      status: 'proposed',
      changedBy: context.actor.userId,
      changedAt: context.now,
    });
    await recordAssignmentResponse(tx, target, context.now);
    return loadProposal(tx, context.actor, created!.id);
  });
}

/** What the target status asks for: a reason exactly for not selected, placement terms exactly for hired. */
function detailProblems(input: ProposalStatusRequest): { path: string; code: FieldErrorCode }[] {
  const problems: { path: string; code: FieldErrorCode }[] = [];
  if (input.status === 'not_selected' && input.reason === null) problems.push({ path: 'reason', code: 'required' });
  if (input.status !== 'not_selected' && input.reason !== null) problems.push({ path: 'reason', code: 'invalid' });
  if (input.status === 'hired' && input.placement === null) problems.push({ path: 'placement', code: 'required' });
  if (input.status !== 'hired' && input.placement !== null) problems.push({ path: 'placement', code: 'invalid' });
  return problems;
}

/**
 * One step of the proposal state machine (proposalTransitions), with its history row. Hiring also
 * records the placement and moves the enrolment into in-work support, all in one transaction.
 */
export function changeProposalStatus(
  context: ActionContext,
  proposalId: string,
  input: ProposalStatusRequest,
  locale: Locale,
): Promise<{ proposal: Proposal; placement: PlacementStarted | null }> {
  const today = helsinkiDate(context.now);
  return runClientRecordAction(
    context,
    'client.proposal.write',
    (tx) => queries.clientOfProposal(tx, proposalId),
    async (tx, clientId) => {
      const existing = await queries.lockProposal(tx, proposalId);
      if (existing.version !== input.version) throw conflict('version', 'stale_version');
      if (!proposalTransitions[existing.status as ProposalStatus].includes(input.status))
        throw conflict('status', 'transition_not_allowed');
      const problems = detailProblems(input);
      if (problems.length > 0) throw new AppError('validation', problems);
      if (sharingStatuses.includes(input.status) && !(await employerConsentActive(tx, clientId, today))) {
        throw invalidField('status', 'consent_missing');
      }
      let placement: PlacementStarted | null = null;
      if (input.status === 'hired') {
        await authorizeClient(tx, context.actor, 'client.placement.write', clientId);
        const links = {
          clientId,
          organisationId: existing.organisationId,
          employerId: existing.employerId,
          opportunityId: existing.opportunityId,
          proposalId,
        };
        const started = await startPlacement(tx, context, locale, links, input.placement!, 'placement.');
        placement = { placement: await loadPlacement(tx, context.actor, started.placementId), workPhase: started.workPhase };
      }
      await tx
        .update(proposals)
        .set({ status: input.status, reason: input.reason, version: sql`${proposals.version} + 1`, updatedAt: context.now })
        .where(eq(proposals.id, proposalId));
      await tx.insert(proposalStatusChanges).values({
        organisationId: existing.organisationId,
        proposalId,
        status: input.status,
        reason: input.reason,
        changedBy: context.actor.userId,
        changedAt: context.now,
      });
      return { proposal: await loadProposal(tx, context.actor, proposalId), placement };
    },
  );
}
