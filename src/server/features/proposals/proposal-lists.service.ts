import { eq } from 'drizzle-orm';
import { clientPermissions } from '../../auth/policy.js';
import { runClientAction, type ActionContext } from '../../http/client-action.js';
import { helsinkiDate } from '../../time.js';
import { findCandidates } from './candidates.queries.js';
import { toProposals } from './proposal-view.js';
import { findAssignment, findOpportunity } from './proposal-targets.js';
import { runRecordClientList } from './record-client-list.js';
import * as queries from './proposals.queries.js';
import { proposals } from './proposals.tables.js';

const proposalClients = (result: { items: { clientId: string }[] }) => [...new Set(result.items.map((item) => item.clientId))];

/** The job seeker's page: every proposal of theirs, and whether the user may propose them. */
export function listClientProposals(context: ActionContext, clientId: string) {
  return runClientAction(context, 'client.read', clientId, async (tx) => {
    const rows = await queries.listProposals(tx, context.actor, eq(proposals.clientId, clientId));
    const permissions = await clientPermissions(tx, context.actor, clientId, ['client.proposal.write']);
    return { items: await toProposals(tx, rows), permissions: { write: permissions['client.proposal.write'] } };
  });
}

export function listAssignmentProposals(context: ActionContext, assignmentId: string) {
  return runRecordClientList(
    context,
    'assignment.read',
    async (tx) => (await findAssignment(tx, assignmentId))?.organisationId,
    async (tx) => ({
      items: await toProposals(tx, await queries.listProposals(tx, context.actor, eq(proposals.assignmentId, assignmentId))),
    }),
    proposalClients,
  );
}

export function listOpportunityProposals(context: ActionContext, opportunityId: string) {
  return runRecordClientList(
    context,
    'opportunity.read',
    async (tx) => (await findOpportunity(tx, opportunityId))?.organisationId,
    async (tx) => ({
      items: await toProposals(tx, await queries.listProposals(tx, context.actor, eq(proposals.opportunityId, opportunityId))),
    }),
    proposalClients,
  );
}

/** Who could be proposed to the assignment (or its linked opportunity); the audit entry names the clients listed. */
export function assignmentCandidates(context: ActionContext, assignmentId: string, search: string | undefined) {
  const today = helsinkiDate(context.now);
  return runRecordClientList(
    context,
    'assignment.read',
    async (tx) => (await findAssignment(tx, assignmentId))?.organisationId,
    async (tx, organisationId) => {
      const assignment = (await findAssignment(tx, assignmentId))!;
      const target = { assignmentId, opportunityId: assignment.opportunityId };
      return findCandidates(tx, context.actor, { organisationId, target, today, search });
    },
    proposalClients,
  );
}

export function opportunityCandidates(context: ActionContext, opportunityId: string, search: string | undefined) {
  const today = helsinkiDate(context.now);
  return runRecordClientList(
    context,
    'opportunity.read',
    async (tx) => (await findOpportunity(tx, opportunityId))?.organisationId,
    (tx, organisationId) =>
      findCandidates(tx, context.actor, { organisationId, target: { assignmentId: null, opportunityId }, today, search }),
    proposalClients,
  );
}
