import { and, inArray } from 'drizzle-orm';
import type {
  Caseload,
  CaseloadQuery,
  CaseloadRow,
  TeamCaseload,
  TeamCaseloadQuery,
  TeamCoachesQuery,
  TeamCoachList,
} from '../../../contract/caseload.js';
import type { Locale } from '../../../contract/common.js';
import { authorizeOrganisation, clientFilter, organisationsAllowed, type OrganisationAction } from '../../auth/policy.js';
import { organisationIdsOf } from '../../auth/actor.js';
import { inTransaction, itemsWithTotal, type Transaction } from '../../db/transaction.js';
import { runAuditedWork, type ActionContext } from '../../http/client-action.js';
import { daysBetween, helsinkiDate } from '../../time.js';
import { clients } from '../clients/clients.tables.js';
import { meetingReason, phaseName } from '../enrolments/enrolment-view.js';
import { dueStatus } from '../enrolments/meeting-rules.js';
import { processModelsOf } from '../programmes/programmes.queries.js';
import * as queries from './caseload.queries.js';

/**
 * The rows a user may see: the policy's own client.read filter AND the caseload ownership (in the
 * queries), so the list never shows a client whose detail page would refuse them.
 */
function scopeFor(context: ActionContext, action: OrganisationAction, coachId: string | null): queries.CaseloadScope {
  authorizeOrganisation(context.actor, action);
  const organisationIds = organisationsAllowed(context.actor, action);
  const policy = and(clientFilter(context.actor, 'client.read'), inArray(clients.organisationId, organisationIds))!;
  return { policy, coachId, organisationIds, today: helsinkiDate(context.now) };
}

async function caseloadOf(tx: Transaction, scope: queries.CaseloadScope, query: CaseloadQuery, locale: Locale): Promise<Caseload> {
  // One after another: a transaction is one connection.
  const rows = await queries.caseloadPage(tx, scope, query);
  const listCounts = rows[0]?.listCounts;
  const summary = listCounts && !queries.hasListFilters(query) ? listCounts : await queries.caseloadSummary(tx, scope);
  const total = listCounts?.clients ?? (await queries.caseloadTotal(tx, scope, query));
  const models = await processModelsOf(tx, scope.organisationIds);
  const definitions = new Map(models.map((model) => [model.id, model.definition]));
  const items = rows.map((row): CaseloadRow => {
    const definition = row.processModelId ? definitions.get(row.processModelId) : undefined;
    const meetingStatus = dueStatus(row.nextMeetingDueOn, scope.today);
    return {
      clientId: row.clientId,
      firstName: row.firstName,
      lastName: row.lastName,
      enrolmentId: row.enrolmentId,
      programmeId: row.programmeId,
      programmeName: row.programmeName,
      coachId: row.coachId,
      coachName: row.coachName,
      personalCoachId: row.personalCoachId,
      personalCoachName: row.personalCoachName,
      currentPhase: row.currentPhase,
      currentPhaseName: definition && row.currentPhase ? phaseName(definition, row.currentPhase, locale) : row.currentPhase,
      daysInPhase: row.phaseStartedOn ? daysBetween(row.phaseStartedOn, scope.today) : null,
      lastMeetingOn: row.lastMeetingOn,
      nextMeetingDueOn: row.nextMeetingDueOn,
      meetingStatus,
      meetingReason: definition && meetingStatus ? meetingReason(definition, row.nextMeetingRule, locale) : null,
      firstEmployerContactDueOn: row.firstEmployerContactDueOn,
      firstEmployerContactStatus: dueStatus(row.firstEmployerContactDueOn, scope.today),
      followUpsDue: row.followUpsDue,
    };
  });
  return { items, total, page: query.page, pageSize: query.pageSize, summary };
}

/** The user's own caseload; the audit entry names the clients on the page. */
export function ownCaseload(context: ActionContext, query: CaseloadQuery, locale: Locale): Promise<Caseload> {
  const scope = scopeFor(context, 'caseload.read', context.actor.userId);
  return runAuditedWork(
    context,
    'caseload.read',
    (tx) => caseloadOf(tx, scope, query, locale),
    (result) => result.items.map((item) => item.clientId),
  );
}

/** A team lead's view of the whole organisation, or of one coach's caseload. */
export function teamCaseload(context: ActionContext, query: TeamCaseloadQuery, locale: Locale): Promise<TeamCaseload> {
  const { coachId, ...listQuery } = query;
  const scope = scopeFor(context, 'caseload.team.read', coachId ?? null);
  return runAuditedWork(
    context,
    'caseload.team.read',
    (tx) => caseloadOf(tx, scope, listQuery, locale),
    (result) => result.items.map((item) => item.clientId),
  );
}

/**
 * The organisation's coaches with their loads, for the team view. Names and counts of staff, no
 * client's data: not audited.
 */
export async function teamCoaches(context: ActionContext, query: TeamCoachesQuery): Promise<TeamCoachList> {
  const scope = scopeFor(context, 'caseload.team.read', null);
  const rows = await inTransaction(context.deps.db, { organisationIds: organisationIdsOf(context.actor) }, (tx) =>
    queries.coachCounts(tx, scope, query),
  );
  return { ...itemsWithTotal(rows), page: query.page, pageSize: query.pageSize };
}
