import { notSelectedReasons, type ProposalStatus } from '../../src/contract/proposals.js';
import { workplaceAdjustments } from '../../src/contract/placements.js';
import type { consents, placements, proposals, proposalStatusChanges, supportAgreements } from '../../src/server/db/schema.js';
import type { CandidateEnrolment } from './candidates.js';
import { addDays, daysBetween, maxDate, minDate, timestampOn } from './dates.js';
import { startOfToday } from './employer-assignments.js';
import type { PlannedOpportunity } from './employer-opportunities.js';
import { consentScope, proposalNotes, supportAgreementTexts, supportNotes } from './employer-texts.js';
import type { EmployerProfile } from './employers.js';
import type { Hire } from './hires.js';
import { demoId } from './ids.js';
import { createRandom, deriveSeed, pickDistinct, weightedPicker } from './random.js';
import { hashText } from './staff.js';

export type RecruitmentRows = {
  consents: (typeof consents.$inferInsert)[];
  proposals: (typeof proposals.$inferInsert)[];
  proposalStatusChanges: (typeof proposalStatusChanges.$inferInsert)[];
  placements: (typeof placements.$inferInsert)[];
  supportAgreements: (typeof supportAgreements.$inferInsert)[];
};

/** Where a proposal went: an assignment, an opportunity, or an assignment with its linked opportunity. */
export type ProposalTarget = { employer: EmployerProfile; assignmentId: string | null; opportunityId: string | null };

const pickConsentChannel = weightedPicker([
  ['in_person', 60],
  ['electronic', 20],
  ['paper', 15],
  ['phone', 5],
] as const);
const pickWithdrawnOrNot = weightedPicker<ProposalStatus>([
  ['not_selected', 75],
  ['withdrawn', 25],
]);
const phasesOpenForProposals = new Set(['job_search', 'employer_agreement', 'working_towards_goals']);

/**
 * Candidate proposals, placements and their consents for one area. Every client proposed has an
 * active employer_proposal consent given before the first proposal; every history starts at
 * proposed and moves only along proposalTransitions.
 */
export function createRecruitment(
  seed: number,
  slug: string,
  organisationId: string,
  today: string,
  candidates: readonly CandidateEnrolment[],
  hires: readonly Hire[],
) {
  const rows: RecruitmentRows = { consents: [], proposals: [], proposalStatusChanges: [], placements: [], supportAgreements: [] };
  const random = createRandom(deriveSeed(seed, hashText(`recruitment/${slug}`)));
  const hiredClients = new Set(hires.map((hire) => hire.candidate.clientId));
  const pool = candidates.filter(
    (candidate) =>
      candidate.endDate === null && phasesOpenForProposals.has(candidate.currentPhase) && !hiredClients.has(candidate.clientId),
  );
  const proposalCount = new Map<string, number>();
  const firstProposedOn = new Map<string, { date: string; candidate: CandidateEnrolment }>();
  const yesterday = addDays(today, -1);

  const record = (
    candidate: CandidateEnrolment,
    target: ProposalTarget,
    path: readonly ProposalStatus[],
    moments: readonly Date[],
    reason: string | null,
  ) => {
    const id = target.employer.nextId();
    const proposedBy = random.chance(0.6) ? candidate.coachId : target.employer.ownerUserId;
    const status = path.at(-1) as ProposalStatus;
    const proposedOn = (moments[0] as Date).toISOString().slice(0, 10);
    const known = firstProposedOn.get(candidate.clientId);
    if (!known || proposedOn < known.date) firstProposedOn.set(candidate.clientId, { date: proposedOn, candidate });
    proposalCount.set(candidate.clientId, (proposalCount.get(candidate.clientId) ?? 0) + 1);
    rows.proposals.push({
      id,
      organisationId,
      clientId: candidate.clientId,
      employerId: target.employer.id,
      assignmentId: target.assignmentId,
      opportunityId: target.opportunityId,
      status,
      reason: status === 'not_selected' ? reason : null,
      note: random.chance(0.5) ? random.pick(proposalNotes) : null,
      proposedBy,
      proposedAt: moments[0] as Date,
      version: path.length,
      updatedAt: moments.at(-1) as Date,
    });
    path.forEach((step, index) =>
      rows.proposalStatusChanges.push({
        id: target.employer.nextId(),
        organisationId,
        proposalId: id,
        status: step,
        reason: step === 'not_selected' ? reason : null,
        changedBy: proposedBy,
        changedAt: moments[index] as Date,
      }),
    );
    return { id, proposedBy };
  };

  /** Moments after `from`, a few days apart, in office hours, all before the demo's today. */
  const momentsAfter = (from: Date, steps: number, until: string): Date[] => {
    const moments = [from];
    const fromDate = from.toISOString().slice(0, 10);
    const span = Math.max(0, daysBetween(fromDate, until));
    const offsets = Array.from({ length: steps }, () => random.integer(0, span)).sort((first, second) => first - second);
    for (const offset of offsets) {
      const previous = moments.at(-1) as Date;
      const candidate = timestampOn(addDays(fromDate, offset), random.integer(0, 419));
      moments.push(candidate > previous ? candidate : new Date(+previous + 30 * 60_000));
    }
    return moments.map((moment) => (moment < startOfToday(today) ? moment : new Date(+startOfToday(today) - 3_600_000)));
  };

  /** The hire's proposal moved proposed → (employer interested) → (interview) → hired. */
  const hire = (hired: Hire, target: ProposalTarget, opportunity: PlannedOpportunity, proposedAt: Date) => {
    const path: ProposalStatus[] = ['proposed'];
    if (hired.random.chance(0.6)) path.push('employer_interested');
    if (path.length === 1 || hired.random.chance(0.7)) path.push('interview');
    const between = momentsAfter(proposedAt, path.length - 1, addDays(hired.hiredOn, -1));
    const moments = [...between, timestampOn(hired.hiredOn, 410)];
    const { id: proposalId, proposedBy } = record(hired.candidate, target, [...path, 'hired'], moments, null);
    const placementId = target.employer.nextId();
    const createdAt = moments.at(-1) as Date;
    const supportGranted =
      hired.type === 'pay_subsidy_job' ? ['pay_subsidy'] : hired.type === 'apprenticeship' ? ['apprenticeship_training_compensation'] : [];
    rows.placements.push({
      id: placementId,
      organisationId,
      clientId: hired.candidate.clientId,
      employerId: target.employer.id,
      enrolmentId: hired.candidate.enrolmentId,
      opportunityId: opportunity.id,
      proposalId,
      type: hired.type,
      startDate: hired.startDate,
      plannedEndDate: hired.plannedEndDate,
      hoursPerWeek: opportunity.hoursPerWeek,
      duties: opportunity.duties,
      supportGranted,
      supportNote: supportGranted.length > 0 ? (supportNotes[supportGranted[0] as string] ?? null) : null,
      endedOn: hired.endedOn,
      endReason: hired.endReason,
      version: hired.endedOn ? 2 : 1,
      createdBy: proposedBy,
      createdAt,
      updatedAt: hired.endedOn ? timestampOn(maxDate(hired.endedOn, hired.hiredOn), 415) : createdAt,
    });
    // IPS phase 4: support is agreed with the employer around the start, usually by the coach.
    if (hired.random.chance(hired.candidate.programmeKey === 'ips' ? 0.7 : 0.3)) {
      const agreedOn = minDate(maxDate(addDays(hired.startDate, -hired.random.integer(0, 5)), hired.proposedOn), yesterday);
      const texts = supportAgreementTexts;
      rows.supportAgreements.push({
        placementId,
        organisationId,
        coachTasks: hired.random.pick(texts.coachTasks),
        employerTasks: hired.random.pick(texts.employerTasks),
        contactRhythm: hired.random.pick(texts.contactRhythm),
        adjustments: pickDistinct(hired.random, workplaceAdjustments, hired.random.integer(1, 3)),
        adjustmentsNote: hired.random.chance(0.4) ? hired.random.pick(texts.adjustmentsNote) : null,
        agreedOn,
        sharedWithEmployer: hired.random.chance(0.6),
        version: 1,
        updatedBy: hired.candidate.coachId,
        updatedAt: new Date(+createdAt + 5 * 60_000),
      });
    }
  };

  /** A consenting client, not yet proposed to this target, whose enrolment had begun a week before. */
  const pickCandidate = (on: string, taken: Set<string>): CandidateEnrolment | null => {
    for (let attempt = 0; attempt < 12 && pool.length > 0; attempt++) {
      const candidate = random.pick(pool);
      if (taken.has(candidate.clientId) || (proposalCount.get(candidate.clientId) ?? 0) >= 2) continue;
      if (daysBetween(candidate.startDate, on) < 7) continue;
      return candidate;
    }
    return null;
  };

  /** Proposals that did not (yet) lead to a hire; on a closed assignment they have all ended. */
  const propose = (target: ProposalTarget, at: Date, closed: boolean, taken: Set<string>) => {
    const on = at.toISOString().slice(0, 10);
    const candidate = pickCandidate(on, taken);
    if (!candidate) return;
    taken.add(candidate.clientId);
    const age = daysBetween(on, today);
    let final: ProposalStatus | null;
    if (closed) final = pickWithdrawnOrNot(random);
    else if (age < 7) final = null;
    else final = random.chance(age > 30 ? 0.85 : 0.5) ? pickWithdrawnOrNot(random) : null;
    const path: ProposalStatus[] = ['proposed'];
    const reach = final === null ? random.integer(age < 7 ? 0 : 1, 2) : random.integer(0, 2);
    if (reach >= 1 && random.chance(0.6)) path.push('employer_interested');
    if (reach >= 2) path.push('interview');
    if (final) path.push(final);
    const until = minDate(addDays(on, Math.max(1, Math.min(age - 1, 30))), yesterday);
    record(candidate, target, path, momentsAfter(at, path.length - 1, until), random.pick(notSelectedReasons));
  };

  /** One consent per client proposed, given before the first proposal, within the enrolment. */
  const finish = (): RecruitmentRows => {
    for (const [clientId, first] of firstProposedOn) {
      const givenOn = maxDate(addDays(first.date, -random.integer(0, 21)), first.candidate.startDate);
      rows.consents.push({
        id: demoId(seed, `employer-proposal-consent/${clientId}`),
        clientId,
        organisationId,
        kind: 'employer_proposal',
        scope: consentScope,
        channel: pickConsentChannel(random),
        givenOn,
        validUntil: null,
        revokedOn: null,
        recordedBy: first.candidate.coachId,
        // Recorded first thing that day, before any proposal.
        createdAt: timestampOn(givenOn, 0),
      });
    }
    return rows;
  };

  return { hire, propose, finish };
}
