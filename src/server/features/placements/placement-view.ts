import type { Placement } from '../../../contract/placements.js';
import type { Actor } from '../../auth/actor.js';
import type { Transaction } from '../../db/transaction.js';
import * as queries from './placements.queries.js';

export function toPlacement({ placement: row, ...joined }: queries.PlacementRow): Placement {
  return {
    id: row.id,
    clientId: row.clientId,
    clientName: joined.clientName,
    employerId: row.employerId,
    employerName: joined.employerName,
    enrolmentId: row.enrolmentId,
    opportunityId: row.opportunityId,
    opportunityTitle: joined.opportunityTitle,
    proposalId: row.proposalId,
    type: row.type as Placement['type'],
    startDate: row.startDate,
    plannedEndDate: row.plannedEndDate,
    hoursPerWeek: row.hoursPerWeek,
    duties: row.duties,
    supportGranted: row.supportGranted as Placement['supportGranted'],
    supportNote: row.supportNote,
    endedOn: row.endedOn,
    endReason: row.endReason as Placement['endReason'],
    hasSupportAgreement: Boolean(joined.hasSupportAgreement),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    canWrite: Boolean(joined.canWrite),
  };
}

export async function loadPlacement(tx: Transaction, actor: Actor, placementId: string): Promise<Placement> {
  return toPlacement((await queries.findPlacement(tx, actor, placementId))!);
}
