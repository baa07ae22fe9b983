/** Candidate proposal vocabulary with its request and response schemas. */
import { z } from 'zod';
import { id, optionalText } from './common.js';
import { placementDetails, placementStarted } from './placements.js';

export const proposalStatuses = ['proposed', 'employer_interested', 'interview', 'hired', 'not_selected', 'withdrawn'] as const;
export type ProposalStatus = (typeof proposalStatuses)[number];

/** The proposal state machine: any other move answers 409. Hired, not selected and withdrawn are final. */
export const proposalTransitions: Record<ProposalStatus, readonly ProposalStatus[]> = {
  proposed: ['employer_interested', 'interview', 'not_selected', 'withdrawn'],
  employer_interested: ['interview', 'hired', 'not_selected', 'withdrawn'],
  interview: ['hired', 'not_selected', 'withdrawn'],
  hired: [],
  not_selected: [],
  withdrawn: [],
};

export const notSelectedReasons = ['skills', 'experience', 'language', 'another_candidate', 'position_cancelled', 'other'] as const;
export type NotSelectedReason = (typeof notSelectedReasons)[number];

/** Statuses from which the proposal can still move: a client has at most one such proposal per target. */
export const activeProposalStatuses = proposalStatuses.filter((status) => proposalTransitions[status].length > 0);

const optionalId = id.nullish().transform((value) => value ?? null);

/** To an assignment (its linked opportunity is filled in), to an opportunity, or to both. */
export const createProposalRequest = z
  .object({ clientId: id, assignmentId: optionalId, opportunityId: optionalId, note: optionalText(2000) })
  .refine((proposal) => proposal.assignmentId !== null || proposal.opportunityId !== null, {
    message: 'required',
    path: ['assignmentId'],
  });
export type CreateProposalRequest = z.infer<typeof createProposalRequest>;

/** `reason` only for not_selected; `placement` only for hired, which records the placement in the same step. */
export const proposalStatusRequest = z.object({
  status: z.enum(proposalStatuses),
  reason: z
    .enum(notSelectedReasons)
    .nullish()
    .transform((value) => value ?? null),
  placement: placementDetails.nullish().transform((value) => value ?? null),
  version: z.number().int().min(1),
});
export type ProposalStatusRequest = z.infer<typeof proposalStatusRequest>;

export const proposalStatusChange = z.object({
  status: z.enum(proposalStatuses),
  reason: z.enum(notSelectedReasons).nullable(),
  changedAt: z.string(),
  changedByName: z.string().nullable(),
});

export const proposal = z.object({
  id,
  clientId: id,
  clientName: z.string(),
  employerId: id,
  employerName: z.string(),
  assignmentId: id.nullable(),
  assignmentRole: z.string().nullable(),
  opportunityId: id.nullable(),
  opportunityTitle: z.string().nullable(),
  status: z.enum(proposalStatuses),
  reason: z.enum(notSelectedReasons).nullable(),
  note: z.string().nullable(),
  proposedBy: id,
  proposedByName: z.string().nullable(),
  proposedAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
  placementId: id.nullable(),
  history: z.array(proposalStatusChange),
  /** The current user may move it (client.proposal.write on its client). */
  canWrite: z.boolean(),
});
export type Proposal = z.infer<typeof proposal>;

export const proposalList = z.object({ items: z.array(proposal) });

export const proposalStatusResult = z.object({
  proposal,
  /** Set when the move was to hired. */
  placement: placementStarted.nullable(),
});

export const candidateQuery = z.object({ q: z.string().trim().max(100).optional() });

export const candidate = z.object({ clientId: id, firstName: z.string(), lastName: z.string(), responsibleName: z.string().nullable() });

export const candidateList = z.object({
  items: z.array(candidate),
  /** Clients matching the search who are left out, and why, so the list never looks silently incomplete. */
  hidden: z.object({ withoutConsent: z.number().int(), alreadyProposed: z.number().int() }),
  /** The list stops at this many; narrow the search for more. */
  limit: z.number().int(),
});

export const clientProposalList = proposalList.extend({ permissions: z.object({ write: z.boolean() }) });
