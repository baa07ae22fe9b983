import { and, asc, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import { activeProposalStatuses } from '../../../contract/proposals.js';
import { users } from '../../auth/auth.tables.js';
import type { Actor } from '../../auth/actor.js';
import { clientFilter } from '../../auth/policy.js';
import type { Transaction } from '../../db/transaction.js';
import { assignments } from '../assignments/assignments.tables.js';
import { clients } from '../clients/clients.tables.js';
import { employers } from '../employers/employers.tables.js';
import { opportunities } from '../opportunities/opportunities.tables.js';
import { placements } from '../placements/placements.tables.js';
import { proposals, proposalStatusChanges } from './proposals.tables.js';

function selectProposals(tx: Transaction, actor: Actor) {
  return tx
    .select({
      proposal: proposals,
      clientName: sql<string>`${clients.firstName} || ' ' || ${clients.lastName}`,
      employerName: employers.name,
      assignmentRole: assignments.requestedRole,
      opportunityTitle: opportunities.title,
      proposedByName: users.name,
      placementId: sql<
        string | null
      >`(select ${placements.id} from ${placements} where ${placements.proposalId} = ${proposals.id} limit 1)`,
      canWrite: sql<boolean>`(${clientFilter(actor, 'client.proposal.write')})`,
    })
    .from(proposals)
    .innerJoin(clients, eq(clients.id, proposals.clientId))
    .innerJoin(employers, eq(employers.id, proposals.employerId))
    .leftJoin(assignments, eq(assignments.id, proposals.assignmentId))
    .leftJoin(opportunities, eq(opportunities.id, proposals.opportunityId))
    .leftJoin(users, eq(users.id, proposals.proposedBy));
}

export type ProposalRow = Awaited<ReturnType<typeof selectProposals>>[number];

/** Proposals matching `condition` whose client the user may read, newest first. */
export function listProposals(tx: Transaction, actor: Actor, condition: SQL): Promise<ProposalRow[]> {
  return selectProposals(tx, actor)
    .where(and(condition, clientFilter(actor, 'client.read')))
    .orderBy(desc(proposals.proposedAt), asc(proposals.id));
}

export async function findProposal(tx: Transaction, actor: Actor, proposalId: string): Promise<ProposalRow | undefined> {
  const [row] = await selectProposals(tx, actor).where(eq(proposals.id, proposalId));
  return row;
}

export function historyOf(tx: Transaction, proposalIds: string[]) {
  if (proposalIds.length === 0) return Promise.resolve([]);
  return tx
    .select({
      proposalId: proposalStatusChanges.proposalId,
      status: proposalStatusChanges.status,
      reason: proposalStatusChanges.reason,
      changedAt: proposalStatusChanges.changedAt,
      changedByName: users.name,
    })
    .from(proposalStatusChanges)
    .leftJoin(users, eq(users.id, proposalStatusChanges.changedBy))
    .where(inArray(proposalStatusChanges.proposalId, proposalIds))
    .orderBy(asc(proposalStatusChanges.changedAt), asc(proposalStatusChanges.sequence));
}

export async function clientOfProposal(tx: Transaction, proposalId: string): Promise<string | undefined> {
  const [row] = await tx.select({ clientId: proposals.clientId }).from(proposals).where(eq(proposals.id, proposalId));
  return row?.clientId;
}

export async function lockProposal(tx: Transaction, proposalId: string) {
  const [row] = await tx.select().from(proposals).where(eq(proposals.id, proposalId)).for('update');
  return row!;
}

/** The target of a proposal: an assignment, an opportunity or both. Unset parts match nothing. */
export type ProposalTarget = { assignmentId: string | null; opportunityId: string | null };

function sameTarget(target: ProposalTarget): SQL {
  const conditions: SQL[] = [];
  if (target.assignmentId) conditions.push(eq(proposals.assignmentId, target.assignmentId));
  if (target.opportunityId) conditions.push(eq(proposals.opportunityId, target.opportunityId));
  return conditions.length === 0 ? sql`false` : or(...conditions)!;
}

/** A proposal that can still move, for the same assignment or the same job, of the client in the outer query. */
export function activelyProposed(target: ProposalTarget): SQL {
  return sql`exists (select 1 from ${proposals} where ${and(
    eq(proposals.clientId, clients.id),
    inArray(proposals.status, [...activeProposalStatuses]),
    sameTarget(target),
  )})`;
}

export async function hasActiveProposal(tx: Transaction, clientId: string, target: ProposalTarget): Promise<boolean> {
  const rows = await tx
    .select({ id: proposals.id })
    .from(proposals)
    .where(and(eq(proposals.clientId, clientId), inArray(proposals.status, [...activeProposalStatuses]), sameTarget(target)));
  return rows.length > 0;
}
