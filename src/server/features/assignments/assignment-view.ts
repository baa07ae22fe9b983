import type {
  Assignment,
  AssignmentResponseSettings,
  AssignmentResult,
  AssignmentStatus,
  AssignmentSummary,
  ResponseTimeUnit,
} from '../../../contract/assignments.js';
import type { AssignmentRow, DueClock } from './assignments.queries.js';
import { workdayOf } from './response-settings.js';
import { endOfNextWorkingDay, workingMinutesBetween } from './working-time.js';

export const dueClock = (now: Date): DueClock => ({ now, dueSoonUntil: endOfNextWorkingDay(now) });

const named = (id: string | null, name: string | null) => (id && name !== null ? { id, name } : null);

/** Working time to the first response is measured in the organisation's current working day. */
export function toSummary(row: AssignmentRow, settings: AssignmentResponseSettings): AssignmentSummary {
  return {
    id: row.id,
    organisationId: row.organisationId,
    employer: { id: row.employerId, name: row.employerName },
    requestedRole: row.requestedRole,
    channel: row.channel as AssignmentSummary['channel'],
    candidatesWanted: row.candidatesWanted,
    receivedAt: row.receivedAt.toISOString(),
    responseDueAt: row.responseDueAt.toISOString(),
    firstResponseAt: row.firstResponseAt?.toISOString() ?? null,
    status: row.status as AssignmentStatus,
    result: row.result as AssignmentResult | null,
    responder: named(row.responderUserId, row.responderName),
    responderTeam: named(row.responderTeamId, row.responderTeamName),
    dueState: row.dueState,
    workingMinutesToFirstResponse: row.firstResponseAt
      ? workingMinutesBetween(row.receivedAt, row.firstResponseAt, workdayOf(settings))
      : null,
  };
}

export function toAssignment(row: AssignmentRow, settings: AssignmentResponseSettings, canWrite: boolean): Assignment {
  return {
    ...toSummary(row, settings),
    contact: named(row.contactId, row.contactName),
    opportunity: row.opportunityId && row.opportunityTitle !== null ? { id: row.opportunityId, title: row.opportunityTitle } : null,
    details: row.details,
    responseTimeAmount: row.responseTimeAmount,
    responseTimeUnit: row.responseTimeUnit as ResponseTimeUnit,
    closedAt: row.closedAt?.toISOString() ?? null,
    version: row.version,
    createdByName: row.createdByName,
    createdAt: row.createdAt.toISOString(),
    canWrite,
  };
}
