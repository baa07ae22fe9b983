import { and, eq, sql } from 'drizzle-orm';
import type { Locale } from '../../../contract/common.js';
import type { CreatePlacementRequest, Placement, PlacementStarted, UpdatePlacementRequest } from '../../../contract/placements.js';
import { clientPermissions } from '../../auth/policy.js';
import { conflict, invalidField } from '../../errors.js';
import { runClientAction, type ActionContext } from '../../http/client-action.js';
import { helsinkiDate } from '../../time.js';
import { organisationOfClient, runClientRecordAction } from '../activities/client-record-action.js';
import { employers } from '../employers/employers.tables.js';
import { findOpportunity } from '../proposals/proposal-targets.js';
import { runRecordClientList } from '../proposals/record-client-list.js';
import { scheduleEmployerSurvey } from '../feedback/feedback-jobs.js';
import { startPlacement } from './placement-start.js';
import { loadPlacement, toPlacement } from './placement-view.js';
import * as queries from './placements.queries.js';
import { placements } from './placements.tables.js';

const placementClients = (result: { items: { clientId: string }[] }) => [...new Set(result.items.map((item) => item.clientId))];

/** A job the person found themself, or one agreed outside a proposal: recorded straight on the client. */
export function createPlacement(
  context: ActionContext,
  clientId: string,
  input: CreatePlacementRequest,
  locale: Locale,
): Promise<PlacementStarted> {
  return runClientAction(context, 'client.placement.write', clientId, async (tx) => {
    const organisationId = await organisationOfClient(tx, clientId);
    const [employer] = await tx
      .select({ organisationId: employers.organisationId })
      .from(employers)
      .where(eq(employers.id, input.employerId));
    if (employer?.organisationId !== organisationId) throw invalidField('employerId', 'unknown_employer');
    if (input.opportunityId) {
      const opportunity = await findOpportunity(tx, input.opportunityId);
      if (opportunity?.employerId !== input.employerId) throw invalidField('opportunityId', 'unknown_opportunity');
    }
    const { employerId, opportunityId, ...details } = input;
    const started = await startPlacement(
      tx,
      context,
      locale,
      { clientId, organisationId, employerId, opportunityId, proposalId: null },
      details,
    );
    return { placement: await loadPlacement(tx, context.actor, started.placementId), workPhase: started.workPhase };
  });
}

export function listClientPlacements(context: ActionContext, clientId: string) {
  return runClientAction(context, 'client.read', clientId, async (tx) => {
    const rows = await queries.listPlacements(tx, context.actor, eq(placements.clientId, clientId));
    const permissions = await clientPermissions(tx, context.actor, clientId, ['client.placement.write']);
    return { items: rows.map(toPlacement), permissions: { write: permissions['client.placement.write'] } };
  });
}

/** The employer page: placements of the clients the user may read. */
export function listEmployerPlacements(context: ActionContext, employerId: string) {
  return runRecordClientList(
    context,
    'employer.read',
    async (tx) =>
      (await tx.select({ organisationId: employers.organisationId }).from(employers).where(eq(employers.id, employerId)))[0]
        ?.organisationId,
    async (tx) => ({ items: (await queries.listPlacements(tx, context.actor, eq(placements.employerId, employerId))).map(toPlacement) }),
    placementClients,
  );
}

export function getPlacement(context: ActionContext, placementId: string): Promise<Placement> {
  return runClientRecordAction(
    context,
    'client.read',
    (tx) => queries.clientOfPlacement(tx, placementId),
    (tx) => loadPlacement(tx, context.actor, placementId),
  );
}

export function updatePlacement(context: ActionContext, placementId: string, input: UpdatePlacementRequest): Promise<Placement> {
  return runClientRecordAction(
    context,
    'client.placement.write',
    (tx) => queries.clientOfPlacement(tx, placementId),
    async (tx) => {
      const existing = await queries.lockPlacement(tx, placementId);
      if (input.plannedEndDate !== null && input.plannedEndDate < existing.startDate)
        throw invalidField('plannedEndDate', 'end_before_start');
      const { version, ...fields } = input;
      const updated = await tx
        .update(placements)
        .set({ ...fields, version: sql`${placements.version} + 1`, updatedAt: context.now })
        .where(and(eq(placements.id, placementId), eq(placements.version, version)))
        .returning({ id: placements.id });
      if (updated.length === 0) throw conflict('version', 'stale_version');
      return loadPlacement(tx, context.actor, placementId);
    },
  );
}

/** Ending records why; the enrolment's phase is the coach's decision (back to job search, or onwards). */
export function endPlacement(
  context: ActionContext,
  placementId: string,
  input: { endedOn: string; endReason: string },
): Promise<Placement> {
  const today = helsinkiDate(context.now);
  return runClientRecordAction(
    context,
    'client.placement.write',
    (tx) => queries.clientOfPlacement(tx, placementId),
    async (tx) => {
      const existing = await queries.lockPlacement(tx, placementId);
      if (existing.endedOn !== null) throw conflict('endedOn', 'placement_ended');
      if (input.endedOn < existing.startDate) throw invalidField('endedOn', 'end_before_start');
      if (input.endedOn > today) throw invalidField('endedOn', 'date_in_future');
      await tx
        .update(placements)
        .set({ endedOn: input.endedOn, endReason: input.endReason, version: sql`${placements.version} + 1`, updatedAt: context.now })
        .where(eq(placements.id, placementId));
      // The employer survey is queued in the same transaction as the end.
      await scheduleEmployerSurvey(tx, { placementId, organisationId: existing.organisationId }, context.now);
      return loadPlacement(tx, context.actor, placementId);
    },
  );
}
