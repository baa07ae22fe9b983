/** IPS fidelity reviews: the scale as data, evidence measured from the recorded work, reviews and their history. */
import { z } from 'zod';
import { id, isoDate, optionalText, requiredText } from './common.js';

export const fidelityGroups = ['staffing', 'organisation', 'services'] as const;
export type FidelityGroup = (typeof fidelityGroups)[number];

export const fidelityBands = ['exemplary', 'good', 'fair', 'not_ips'] as const;
export type FidelityBand = (typeof fidelityBands)[number];

export const fidelityItemCount = 25;
const itemNumber = z.number().int().min(1).max(fidelityItemCount);
const score = z.number().int().min(1).max(5);

const localisedText = z.object({ fi: z.string().min(1), sv: z.string().min(1), en: z.string().min(1) });

export const fidelityScaleItem = z.object({
  number: itemNumber,
  group: z.enum(fidelityGroups),
  key: z.string().regex(/^[a-z_]+$/),
  title: localisedText,
  /** English only: see the scale's note. */
  criterion: z.string().min(1),
  anchors: z.object({ 1: z.string().min(1), 2: z.string().min(1), 3: z.string().min(1), 4: z.string().min(1), 5: z.string().min(1) }),
});
export type FidelityScaleItem = z.infer<typeof fidelityScaleItem>;

export const fidelityScale = z.object({
  name: z.string(),
  edition: z.string(),
  note: z.string(),
  anchorLanguages: z.array(z.string()),
  bands: z.array(z.object({ band: z.enum(fidelityBands), min: z.number().int(), max: z.number().int() })),
  items: z.array(fidelityScaleItem).length(fidelityItemCount),
});
export type FidelityScale = z.infer<typeof fidelityScale>;

const count = z.number().int().min(0);
const share = z.number().min(0).max(1).nullable();

/** What Polku measured for an item over the review's look-back period; each kind maps to its item's anchors. */
export const fidelityEvidence = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('caseload_size'), coaches: count, clients: count, ratio: z.number().nullable(), largestCaseload: count }),
  z.object({
    kind: z.literal('zero_exclusion'),
    enrolmentsStarted: count,
    enrolmentsEnded: count,
    readinessExits: count,
    referralSources: count,
  }),
  z.object({
    kind: z.literal('rapid_search'),
    enrolmentsStarted: count,
    withContact: count,
    meanDays: z.number().nullable(),
    medianDays: z.number().nullable(),
    waitingOver30Days: count,
  }),
  z.object({
    kind: z.literal('employer_contact_frequency'),
    coaches: count,
    weeks: z.number(),
    inPersonContacts: count,
    perCoachPerWeek: z.number().nullable(),
  }),
  z.object({
    kind: z.literal('employer_contact_quality'),
    contacts: count,
    inPersonContacts: count,
    inPersonShare: share,
    employersMetInPerson: count,
    employersMetRepeatedly: count,
    repeatedShare: share,
  }),
  z.object({ kind: z.literal('job_type_diversity'), jobs: count, jobsWithType: count, distinctTypes: count, share }),
  z.object({ kind: z.literal('employer_diversity'), jobs: count, distinctEmployers: count, share }),
  z.object({ kind: z.literal('competitive_jobs'), jobs: count, competitive: count, share }),
  z.object({
    kind: z.literal('time_unlimited_support'),
    jobsFollowed: count,
    contactAfterFirstMonth: count,
    jobsFourMonths: count,
    supportedFourMonths: count,
    weeklyThenMonthly: count,
    beforeAndEarly: count,
  }),
]);
export type FidelityEvidence = z.infer<typeof fidelityEvidence>;
export type FidelityEvidenceKind = FidelityEvidence['kind'];

export const fidelityReviewItem = z.object({
  number: itemNumber,
  /** What the recorded work suggests; null where Polku has nothing to measure or too little data. */
  prefilledScore: score.nullable(),
  evidence: fidelityEvidence.nullable(),
  /** The reviewers' consensus score: the pre-filled one confirmed, or an override with a note. */
  finalScore: score.nullable(),
  note: z.string().nullable(),
});
export type FidelityReviewItem = z.infer<typeof fidelityReviewItem>;

const reviewSummaryFields = {
  id,
  organisationId: id,
  teamId: id.nullable(),
  teamName: z.string().nullable(),
  programmeId: id.nullable(),
  programmeName: z.string().nullable(),
  reviewDate: isoDate,
  periodStart: isoDate,
  periodEnd: isoDate,
  /** Sum of the final scores given so far. */
  total: z.number().int(),
  scoredItems: z.number().int(),
  /** Only when all 25 items have a final score. */
  band: z.enum(fidelityBands).nullable(),
};

export const fidelityReviewSummary = z.object({
  ...reviewSummaryFields,
  /** Total minus the previous complete review's total for the same team and programme; null without one. */
  change: z.number().int().nullable(),
});
export type FidelityReviewSummary = z.infer<typeof fidelityReviewSummary>;

export const fidelityReview = z.object({
  ...reviewSummaryFields,
  reviewers: z.array(z.string()),
  notes: z.string().nullable(),
  actionPlan: z.string().nullable(),
  items: z.array(fidelityReviewItem),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  permissions: z.object({ write: z.boolean() }),
});
export type FidelityReview = z.infer<typeof fidelityReview>;

export const fidelityReviewList = z.object({ items: z.array(fidelityReviewSummary) });

export const fidelityReviewListQuery = z.object({
  organisationId: id.optional(),
  teamId: id.optional(),
  programmeId: id.optional(),
});
export type FidelityReviewListQuery = z.infer<typeof fidelityReviewListQuery>;

const reviewers = z.array(requiredText(200)).min(1).max(6);
const nullableId = id.nullish().transform((value) => value ?? null);
/** A year or two of recorded work is what a review looks back on. */
export const maxPeriodDays = 731;

export const createFidelityReviewRequest = z
  .object({
    organisationId: id.optional(),
    teamId: nullableId,
    programmeId: nullableId,
    reviewDate: isoDate,
    periodStart: isoDate,
    periodEnd: isoDate,
    reviewers,
  })
  .refine((request) => request.teamId !== null || request.programmeId !== null, { message: 'required', path: ['teamId'] })
  .refine((request) => request.periodEnd >= request.periodStart, { message: 'end_before_start', path: ['periodEnd'] });
export type CreateFidelityReviewRequest = z.infer<typeof createFidelityReviewRequest>;

export const fidelityItemInput = z.object({
  number: itemNumber,
  finalScore: score.nullable(),
  note: optionalText(2000),
});

export const updateFidelityReviewRequest = z.object({
  version: z.number().int(),
  reviewDate: isoDate,
  reviewers,
  notes: optionalText(5000),
  actionPlan: optionalText(5000),
  items: z
    .array(fidelityItemInput)
    .length(fidelityItemCount)
    .refine((items) => new Set(items.map((item) => item.number)).size === items.length, 'invalid'),
});
export type UpdateFidelityReviewRequest = z.infer<typeof updateFidelityReviewRequest>;

/** What a review can be about: the organisations where the user may write reviews, with their teams and programmes. */
export const fidelityTargets = z.object({
  organisations: z.array(
    z.object({
      id,
      name: z.string(),
      teams: z.array(z.object({ id, name: z.string() })),
      programmes: z.array(z.object({ id, name: z.string() })),
    }),
  ),
});
export type FidelityTargets = z.infer<typeof fidelityTargets>;

/** Bands by total (25–125): computed, never stored, so a corrected score can never leave a stale band. */
export function fidelityBand(total: number): FidelityBand {
  if (total >= 115) return 'exemplary';
  if (total >= 100) return 'good';
  if (total >= 74) return 'fair';
  return 'not_ips';
}
