import { eq } from 'drizzle-orm';
import type { Transaction } from '../../db/transaction.js';
import { conflict, invalidField } from '../../errors.js';
import { assignments } from '../assignments/assignments.tables.js';
import { opportunities } from '../opportunities/opportunities.tables.js';

export type ResolvedTarget = {
  organisationId: string;
  employerId: string;
  assignmentId: string | null;
  opportunityId: string | null;
  assignmentStatus: string | null;
  assignmentFirstResponseAt: Date | null;
};

export async function findAssignment(tx: Transaction, assignmentId: string) {
  const [row] = await tx
    .select({
      id: assignments.id,
      organisationId: assignments.organisationId,
      employerId: assignments.employerId,
      opportunityId: assignments.opportunityId,
      status: assignments.status,
      firstResponseAt: assignments.firstResponseAt,
    })
    .from(assignments)
    .where(eq(assignments.id, assignmentId));
  return row;
}

export async function findOpportunity(tx: Transaction, opportunityId: string) {
  const [row] = await tx
    .select({
      id: opportunities.id,
      organisationId: opportunities.organisationId,
      employerId: opportunities.employerId,
      status: opportunities.status,
      positions: opportunities.positions,
    })
    .from(opportunities)
    .where(eq(opportunities.id, opportunityId));
  return row;
}

/**
 * What a proposal is for. The assignment's linked opportunity is filled in; an opportunity named
 * beside an assignment must be that one (or, when none is linked, one of the same employer). Both
 * must belong to the client's organisation and still be open.
 */
export async function resolveTarget(
  tx: Transaction,
  clientOrganisationId: string,
  request: { assignmentId: string | null; opportunityId: string | null },
): Promise<ResolvedTarget> {
  const assignment = request.assignmentId ? await findAssignment(tx, request.assignmentId) : undefined;
  if (request.assignmentId && assignment?.organisationId !== clientOrganisationId) throw invalidField('assignmentId', 'unknown_assignment');
  const opportunityId = request.opportunityId ?? assignment?.opportunityId ?? null;
  const opportunity = opportunityId ? await findOpportunity(tx, opportunityId) : undefined;
  if (opportunityId && opportunity?.organisationId !== clientOrganisationId) throw invalidField('opportunityId', 'unknown_opportunity');
  if (assignment && opportunity) {
    const linked = assignment.opportunityId;
    if (linked ? linked !== opportunity.id : opportunity.employerId !== assignment.employerId)
      throw invalidField('opportunityId', 'invalid');
  }
  if (assignment?.status === 'closed') throw conflict('assignmentId', 'target_closed');
  if (opportunity && opportunity.status !== 'open') throw conflict('opportunityId', 'target_closed');
  return {
    organisationId: clientOrganisationId,
    employerId: (assignment?.employerId ?? opportunity?.employerId)!,
    assignmentId: assignment?.id ?? null,
    opportunityId: opportunity?.id ?? null,
    assignmentStatus: assignment?.status ?? null,
    assignmentFirstResponseAt: assignment?.firstResponseAt ?? null,
  };
}
