import type { Proposal } from '../../../contract/proposals.js';
import type { Actor } from '../../auth/actor.js';
import type { Transaction } from '../../db/transaction.js';
import * as queries from './proposals.queries.js';

type HistoryRow = Awaited<ReturnType<typeof queries.historyOf>>[number];

function toProposal({ proposal: row, ...joined }: queries.ProposalRow, history: HistoryRow[]): Proposal {
  return {
    id: row.id,
    clientId: row.clientId,
    clientName: joined.clientName,
    employerId: row.employerId,
    employerName: joined.employerName,
    assignmentId: row.assignmentId,
    assignmentRole: joined.assignmentRole,
    opportunityId: row.opportunityId,
    opportunityTitle: joined.opportunityTitle,
    status: row.status as Proposal['status'],
    reason: row.reason as Proposal['reason'],
    note: row.note,
    proposedBy: row.proposedBy,
    proposedByName: joined.proposedByName,
    proposedAt: row.proposedAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
    placementId: joined.placementId,
    history: history
      .filter((change) => change.proposalId === row.id)
      .map((change) => ({
        status: change.status as Proposal['status'],
        reason: change.reason as Proposal['reason'],
        changedAt: change.changedAt.toISOString(),
        changedByName: change.changedByName,
      })),
    canWrite: Boolean(joined.canWrite),
  };
}

export async function toProposals(tx: Transaction, rows: queries.ProposalRow[]): Promise<Proposal[]> {
  const history = await queries.historyOf(
    tx,
    rows.map((row) => row.proposal.id),
  );
  return rows.map((row) => toProposal(row, history));
}

export async function loadProposal(tx: Transaction, actor: Actor, proposalId: string): Promise<Proposal> {
  const [proposal] = await toProposals(tx, [(await queries.findProposal(tx, actor, proposalId))!]);
  return proposal!;
}
