import { and, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Role } from '../../contract/auth.js';
import { clients } from '../features/clients/clients.tables.js';
import { enrolments } from '../features/enrolments/enrolments.tables.js';
import type { Transaction } from '../db/transaction.js';
import { AppError } from '../errors.js';
import { organisationsWithRole, type Actor } from './actor.js';

/**
 * The one authorization policy. Every endpoint names its action; the rules below are the only
 * place that grants it. List queries use the same rules as SQL filters, so a list never shows
 * a row its detail page would refuse.
 *
 * Relations: 'organisation' = any client of an organisation where the user has the role;
 * 'assigned' = the user is the client's personal coach or coach/co-coach of one of their enrolments.
 * Consent-based sharing with partner organisations is not granted here yet.
 */
type ClientRule = { roles: readonly Role[]; relation: 'organisation' | 'assigned' };

const staffWhoSeeClients = ['coach', 'employer_coordinator', 'team_lead'] as const;
const caseWork: ClientRule[] = [
  { roles: ['coach'], relation: 'assigned' },
  { roles: ['team_lead'], relation: 'organisation' },
];

const employerWork: ClientRule[] = [...caseWork, { roles: ['employer_coordinator'], relation: 'organisation' }];

export const clientRules = {
  'client.read': [{ roles: staffWhoSeeClients, relation: 'organisation' }],
  'client.update': caseWork,
  'client.consent.write': caseWork,
  'client.enrolment.write': caseWork,
  'client.plan.write': caseWork,
  'client.activity.write': caseWork,
  'client.referral.write': caseWork,
  'client.follow_up.write': caseWork,
  'client.identity_code.read': caseWork,
  /** Work-ability notes and detailed meeting notes (GDPR Art. 9): only the coaches working with the person. */
  'client.protected.read': [{ roles: ['coach'], relation: 'assigned' }],
  'client.protected.update': [{ roles: ['coach'], relation: 'assigned' }],
  'client.reassign': [{ roles: ['team_lead'], relation: 'organisation' }],
  /**
   * Employer cooperation works across caseloads: the assignment responder and the employer
   * coordinator propose and place any client of their organisation (consent is checked by the service).
   */
  'client.proposal.write': employerWork,
  'client.placement.write': employerWork,
  /**
   * The competence profile (skills, wishes, demands to avoid) is what matching ranks on: everyone
   * who works with the organisation's clients reads it; the coaches working with the person edit it with them.
   */
  'client.profile.read': [{ roles: staffWhoSeeClients, relation: 'organisation' }],
  'client.profile.write': caseWork,
  /** Ranked open opportunities for a person: read by everyone who reads the profile the ranking rests on. */
  'client.match.read': [{ roles: staffWhoSeeClients, relation: 'organisation' }],
  /**
   * ESF+ participant data (disability, minority, foreign background …; GDPR Art. 9 in part): only
   * the coaches working with the person and the team lead, not every colleague who reads the client.
   */
  'client.esf.read': caseWork,
  'client.esf.write': caseWork,
  /** Paid unemployment-benefit days (what the home municipality's share of the benefit depends on). */
  'client.benefit_days.read': caseWork,
  'client.benefit_days.write': caseWork,
  /** Admins find a client by name only to answer "who has looked at my data". */
  'client.audit.read': [{ roles: ['admin'], relation: 'organisation' }],
} as const satisfies Record<string, readonly ClientRule[]>;

export type ClientAction = keyof typeof clientRules;

const employerStaff = ['coach', 'employer_coordinator', 'team_lead'] as const;

/** Actions on an organisation's own resources, not on one client. */
export const organisationRules = {
  'client.create': ['coach', 'team_lead'],
  'client.import': ['team_lead', 'admin'],
  'caseload.read': ['coach', 'team_lead', 'employer_coordinator'],
  'caseload.team.read': ['team_lead'],
  'programme.read': ['coach', 'team_lead', 'employer_coordinator', 'admin', 'analyst'],
  'programme.manage': ['admin'],
  'user.read': ['coach', 'team_lead', 'employer_coordinator', 'admin'],
  'user.manage': ['admin'],
  /**
   * Admins administer the organisations where they hold the admin role. An admin who creates a
   * new (partner) organisation receives an admin membership in it in the same transaction, so the
   * organisation never exists without an administrator and its creator can onboard its staff.
   * An admin manages only users whose every membership is in organisations they administer.
   */
  'organisation.manage': ['admin'],
  'audit.read': ['admin'],
  /** The chain check reports only sequence numbers and counts, never content. */
  'audit.verify': ['admin'],
  /** Municipalities, postal codes and education levels: public data every staff member needs in forms. */
  'reference.read': ['coach', 'employer_coordinator', 'team_lead', 'admin', 'partner', 'analyst'],
  /** The ESF+ common indicators of a programme: aggregates, small counts hidden from those without report.drill_down. */
  'esf.report.read': ['team_lead', 'admin', 'analyst'],
  /** The coach's own task list (due follow-ups); the rows are filtered by client.follow_up.write. */
  'task.read': ['coach', 'team_lead'],
  /** Indicators and dashboards: aggregates only; cells of fewer than 5 people are suppressed unless the user may drill down. */
  'report.read': ['team_lead', 'admin', 'analyst'],
  /** The people behind a figure: only roles that may read the organisation's clients anyway (client.read). */
  'report.drill_down': ['team_lead'],
  /** Programme targets and budgets: managers and project managers. */
  'report.target.manage': ['team_lead', 'admin', 'analyst'],
  /** The employer register, opportunities and assignments are the organisation's shared work. */
  'employer.read': employerStaff,
  'employer.write': employerStaff,
  'employer.import': ['employer_coordinator', 'team_lead', 'admin'],
  /** Who answers for which industry sections. */
  'employer.sectors.manage': ['team_lead', 'admin'],
  'opportunity.read': employerStaff,
  'opportunity.write': employerStaff,
  /**
   * Ranked candidates for an opportunity: employer staff of its organisation; the rows are the
   * organisation's clients the user may read (client.read) whose consent allows proposing them.
   */
  'opportunity.match.read': employerStaff,
  /** The organisation's matching weights. */
  'matching.settings.manage': ['team_lead', 'admin'],
  'assignment.read': employerStaff,
  'assignment.write': employerStaff,
  /** The agreed response time to employer assignments. */
  'assignment.settings.manage': ['team_lead', 'admin'],
  /** Feedback survey results: NPS and grades as aggregates; groups of fewer than 5 answers are hidden from those who may not read the answers themselves. */
  'feedback.read_results': ['team_lead', 'admin', 'analyst'],
  /** Free-text answers may name people and events: only the managers responsible for the service read them. */
  'feedback.read_free_text': ['team_lead'],
  /** The wording of the surveys in fi, sv and en. */
  'feedback.manage_templates': ['team_lead', 'admin'],
  /** An employer survey on request, to one of the employer's contact people. */
  'feedback.send': employerStaff,
  /**
   * What became of each survey invitation (waiting, sent, failed, answered, expired, not sendable),
   * naming the person: the managers and administrators of the organisation, never analysts (their
   * results are aggregates) and not coaches, as with the results.
   */
  'feedback.invitations.read': ['team_lead', 'admin'],
  /** Sending a failed invitation or reminder again: the manager responsible for the service. */
  'feedback.invitations.requeue': ['team_lead'],
  /** IPS fidelity reviews: aggregates of the organisation's work, read by managers and analysts, written by managers. */
  'fidelity.read': ['team_lead', 'admin', 'analyst'],
  'fidelity.write': ['team_lead', 'admin'],
  /** Coaches read the reviews of their own team only (see fidelityReviewScope). */
  'fidelity.team.read': ['coach'],
  /** The tiers and daily amount of the municipal share of unemployment benefits, entered with their sources. */
  'benefit_financing.settings.manage': ['team_lead', 'admin'],
  /** The named list of clients with their benefit days and the estimated municipal share. */
  'benefit_financing.exposure.read': ['team_lead'],
  /**
   * Group activities are run across caseloads: everyone who reads the organisation's clients reads
   * its groups and who attends them; coaches and team leads run them (add participants, record sessions and attendance).
   */
  'group.read': ['coach', 'employer_coordinator', 'team_lead'],
  'group.write': ['coach', 'team_lead'],
} as const satisfies Record<string, readonly Role[]>;

export type OrganisationAction = keyof typeof organisationRules;

function assignedTo(userId: string): SQL {
  return or(
    eq(clients.responsibleUserId, userId),
    sql`exists (select 1 from ${enrolments} where ${enrolments.clientId} = ${clients.id} and (${enrolments.coachId} = ${userId} or ${enrolments.coCoachId} = ${userId}))`,
  )!;
}

/** The SQL form of a client action's rules, for list queries and single-record checks alike. */
export function clientFilter(actor: Actor, action: ClientAction): SQL {
  const conditions = (clientRules[action] as readonly ClientRule[]).flatMap((rule) => {
    const organisationIds = organisationsWithRole(actor, rule.roles);
    if (organisationIds.length === 0) return [];
    const inOrganisation = inArray(clients.organisationId, organisationIds);
    return [rule.relation === 'organisation' ? inOrganisation : and(inOrganisation, assignedTo(actor.userId))!];
  });
  return conditions.length === 0 ? sql`false` : or(...conditions)!;
}

async function clientMatches(tx: Transaction, actor: Actor, action: ClientAction, clientId: string): Promise<boolean> {
  const rows = await tx
    .select({ id: clients.id })
    .from(clients)
    .where(and(eq(clients.id, clientId), clientFilter(actor, action)));
  return rows.length > 0;
}

/**
 * A client the user may not even read answers 404 so its existence does not leak;
 * one they may read but not act on answers 403.
 */
export async function authorizeClient(tx: Transaction, actor: Actor, action: ClientAction, clientId: string): Promise<void> {
  const readAction: ClientAction = action === 'client.audit.read' ? 'client.audit.read' : 'client.read';
  if (!(await clientMatches(tx, actor, readAction, clientId))) throw new AppError('not_found');
  if (action !== readAction && !(await clientMatches(tx, actor, action, clientId))) throw new AppError('forbidden');
}

export async function clientPermissions<const A extends ClientAction>(
  tx: Transaction,
  actor: Actor,
  clientId: string,
  actions: readonly A[],
): Promise<Record<A, boolean>> {
  const selection = Object.fromEntries(actions.map((action) => [action, sql<boolean>`(${clientFilter(actor, action)})`]));
  const [row] = await tx.select(selection).from(clients).where(eq(clients.id, clientId));
  return Object.fromEntries(actions.map((action) => [action, Boolean(row?.[action])])) as Record<A, boolean>;
}

export function organisationsAllowed(actor: Actor, action: OrganisationAction): string[] {
  return organisationsWithRole(actor, organisationRules[action]);
}

/** Throws 403 unless the user has a granting role in the organisation (or in any, when none is given). */
export function authorizeOrganisation(actor: Actor, action: OrganisationAction, organisationId?: string): void {
  const allowed = organisationsAllowed(actor, action);
  if (organisationId === undefined ? allowed.length === 0 : !allowed.includes(organisationId)) {
    throw new AppError('forbidden');
  }
}

/**
 * For an organisation's own records (users, teams, programmes): 403 without a granting role
 * anywhere; 404 when the record is missing (undefined) or belongs to an organisation outside reach.
 */
export function authorizeOrganisationRecord(actor: Actor, action: OrganisationAction, organisationId: string | undefined): void {
  authorizeOrganisation(actor, action);
  if (organisationId === undefined || !organisationsAllowed(actor, action).includes(organisationId)) throw new AppError('not_found');
}

/**
 * The fidelity reviews a user may read: all of an organisation where they hold fidelity.read, and,
 * as a coach, those of the teams they belong to — the IPS unit sees its own review.
 */
export function fidelityReviewScope(actor: Actor): { organisationIds: string[]; teamIds: string[] } {
  const teamReaders = organisationsAllowed(actor, 'fidelity.team.read');
  const teamIds = actor.memberships
    .filter((membership) => membership.teamId !== null && teamReaders.includes(membership.organisationId))
    .filter((membership) => (organisationRules['fidelity.team.read'] as readonly Role[]).includes(membership.role))
    .map((membership) => membership.teamId!);
  return { organisationIds: organisationsAllowed(actor, 'fidelity.read'), teamIds: [...new Set(teamIds)] };
}

/**
 * Case records (meetings, contacts) are corrected, never removed, and only by the person who
 * recorded them: they answer for what the entry says. The client action is checked first.
 */
export function authorizeCorrection(actor: Actor, recordedBy: string): void {
  if (recordedBy !== actor.userId) throw new AppError('forbidden');
}
