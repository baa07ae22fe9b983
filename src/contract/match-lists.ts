/** The match lists of the API: ranked candidates for an opportunity and ranked opportunities for a person. */
import { z } from 'zod';
import { id } from './common.js';
import { escoLabels } from './esco.js';
import { matchExplanation, matchWeights } from './matching.js';
import { opportunityKinds } from './opportunities.js';
import { proposalStatuses } from './proposals.js';

const municipality = z.string().regex(/^\d{3}$/, 'unknown_municipality');

export const candidateMatchQuery = z.object({
  /** Only people whose home municipality is this one. */
  municipality: municipality.optional(),
  /** Only people living at most this far from the workplace (on top of each person's own maximum commute). */
  maxDistanceKm: z.coerce.number().int().min(1).max(1000).optional(),
  /** Only people whose enrolment is in a job-search phase of its process model. */
  onlyInJobSearch: z.stringbool().default(false),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export type CandidateMatchQuery = z.infer<typeof candidateMatchQuery>;

export const opportunityMatchQuery = z.object({
  /** Only opportunities whose workplace is in this municipality. */
  municipality: municipality.optional(),
  maxDistanceKm: z.coerce.number().int().min(1).max(1000).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export type OpportunityMatchQuery = z.infer<typeof opportunityMatchQuery>;

/** The person's active proposal to the opportunity, if any (proposed, interested or interviewing). */
const activeProposal = z.object({ id, status: z.enum(proposalStatuses) }).nullable();

export const candidateMatch = z.object({
  clientId: id,
  firstName: z.string(),
  lastName: z.string(),
  municipalityCode: z.string(),
  /** The person's active enrolment is in a job-search phase. */
  inJobSearch: z.boolean(),
  score: z.number(),
  explanation: matchExplanation,
  proposal: activeProposal,
  /** The user may propose this person (client.proposal.write); consent is required of every listed person. */
  canPropose: z.boolean(),
});
export type CandidateMatch = z.infer<typeof candidateMatch>;

/** Labels for the ESCO skills and occupations named by the explanations, in every language. */
export const matchLabels = z.object({
  skills: z.record(z.string(), escoLabels),
  occupations: z.record(z.string(), escoLabels),
});
export type MatchLabels = z.infer<typeof matchLabels>;

export const candidateMatchList = z.object({
  items: z.array(candidateMatch),
  /** People who miss exactly one requirement that job carving or training could remove. */
  nearMisses: z.array(candidateMatch),
  labels: matchLabels,
  /** False when the opportunity is no longer open: nobody is matched to it. */
  open: z.boolean(),
});
export type CandidateMatchList = z.infer<typeof candidateMatchList>;

export const opportunityMatch = z.object({
  opportunityId: id,
  title: z.string(),
  kind: z.enum(opportunityKinds),
  employerName: z.string(),
  municipalityCode: z.string().nullable(),
  score: z.number(),
  explanation: matchExplanation,
  proposal: activeProposal,
});
export type OpportunityMatch = z.infer<typeof opportunityMatch>;

export const opportunityMatchList = z.object({
  items: z.array(opportunityMatch),
  nearMisses: z.array(opportunityMatch),
  labels: matchLabels,
  /** The person has an active consent to being proposed to employers. */
  proposable: z.boolean(),
  /** The user may propose the person (client.proposal.write). */
  canPropose: z.boolean(),
  /** The person has no competence profile yet, so nothing can be matched. */
  hasProfile: z.boolean(),
});
export type OpportunityMatchList = z.infer<typeof opportunityMatchList>;

/** An organisation's weights: every value, with the defaults filled in, and whether any was changed. */
export const matchingWeightsView = z.object({
  organisationId: id,
  weights: matchWeights,
  customised: z.boolean(),
  version: z.number().int(),
});
export type MatchingWeightsView = z.infer<typeof matchingWeightsView>;

export const matchingWeightsQuery = z.object({ organisationId: id.optional() });
export const matchingWeightsRequest = z.object({
  organisationId: id.optional(),
  weights: matchWeights,
  /** The version read; 0 when the organisation still had the defaults. */
  version: z.number().int().min(0),
});
export type MatchingWeightsRequest = z.infer<typeof matchingWeightsRequest>;
