import { z } from 'zod';
import { id, isoDate, locales } from './common.js';
import { esfIndicatorCodes, esfIndicatorGroups } from './esf-indicators.js';

/** The regulation breaks personal data down by gender: women, men, non-binary persons. */
export const esfGenders = ['female', 'male', 'non_binary'] as const;
export const labourMarketStatuses = ['unemployed', 'inactive', 'employed', 'self_employed'] as const;
/** Sensitive questions the person may decline to answer. */
export const esfAnswers = ['yes', 'no', 'declined'] as const;
/** How the situation of a person employed at entry improved six months after leaving (Commission guidance). */
export const sixMonthImprovements = ['precarious_to_stable', 'underemployment_to_full', 'higher_skilled_job', 'promotion', 'none'] as const;

/** The situation within four weeks of leaving counts as the situation upon leaving. */
export const esfExitWindowDays = 28;

export const esfEntryRequest = z
  .object({
    gender: z.enum(esfGenders),
    labourMarketStatus: z.enum(labourMarketStatuses),
    /** Required for the unemployed: long-term unemployment is derived from it. Ignored for others. */
    unemployedSince: isoDate.nullish().transform((value) => value ?? null),
    iscedLevel: z.number().int().min(0).max(8),
    disability: z.enum(esfAnswers),
    foreignBackground: z.enum(esfAnswers),
    minority: z.enum(esfAnswers),
    homeless: z.enum(esfAnswers),
    thirdCountryNational: z.boolean(),
    ruralArea: z.boolean(),
    /** 0 when recording for the first time, else the version read. */
    version: z.number().int().min(0),
  })
  .superRefine((value, context) => {
    if (value.labourMarketStatus === 'unemployed' && value.unemployedSince === null) {
      context.addIssue({ code: 'custom', path: ['unemployedSince'], message: 'required' });
    }
  })
  .transform((value) => ({ ...value, unemployedSince: value.labourMarketStatus === 'unemployed' ? value.unemployedSince : null }));
export type EsfEntryRequest = z.infer<typeof esfEntryRequest>;

export const esfExitRequest = z.object({
  /** The day the situation upon leaving was observed: from the end day to four weeks after it. */
  observedOn: isoDate,
  jobSearching: z.boolean(),
  inEducation: z.boolean(),
  gainedQualification: z.boolean(),
  /** In employment, including self-employment. */
  employed: z.boolean(),
  /** Only for those employed at entry; recorded once six months have passed. */
  sixMonthImprovement: z
    .enum(sixMonthImprovements)
    .nullish()
    .transform((value) => value ?? null),
  version: z.number().int().min(1),
});
export type EsfExitRequest = z.infer<typeof esfExitRequest>;

const entry = z.object({
  gender: z.enum(esfGenders),
  labourMarketStatus: z.enum(labourMarketStatuses),
  unemployedSince: isoDate.nullable(),
  /** Derived at entry: 6 months for those under 25, 12 months from 25 on. */
  longTermUnemployed: z.boolean(),
  /** Derived from the date of birth at the enrolment start; null without a date of birth. */
  ageAtEntry: z.number().int().nullable(),
  iscedLevel: z.number().int(),
  disability: z.enum(esfAnswers),
  foreignBackground: z.enum(esfAnswers),
  minority: z.enum(esfAnswers),
  homeless: z.enum(esfAnswers),
  thirdCountryNational: z.boolean(),
  ruralArea: z.boolean(),
});

const exit = z.object({
  observedOn: isoDate,
  jobSearching: z.boolean(),
  inEducation: z.boolean(),
  gainedQualification: z.boolean(),
  employed: z.boolean(),
  sixMonthImprovement: z.enum(sixMonthImprovements).nullable(),
});

export const esfParticipant = z.object({
  entry,
  exit: exit.nullable(),
  version: z.number().int(),
});
export type EsfParticipant = z.infer<typeof esfParticipant>;

export const esfEnrolmentData = z.object({
  enrolmentId: id,
  startDate: isoDate,
  endDate: isoDate.nullable(),
  participant: esfParticipant.nullable(),
  /** From the client record, to start the first recording with. */
  prefill: z.object({
    gender: z.enum(esfGenders).nullable(),
    iscedLevel: z.number().int().nullable(),
    unemployedSince: isoDate.nullable(),
  }),
  permissions: z.object({ write: z.boolean() }),
});
export type EsfEnrolmentData = z.infer<typeof esfEnrolmentData>;

const reportPeriod = { programmeId: id, from: isoDate, to: isoDate };
const inOrder = (value: { from: string; to: string }) => value.from <= value.to;
const outOfOrder = { path: ['to'], message: 'end_before_start' };
export const esfReportQuery = z.object(reportPeriod).refine(inOrder, outOfOrder);
export type EsfReportQuery = z.infer<typeof esfReportQuery>;
/** A download link carries the page's language, which may differ from the browser's Accept-Language. */
export const esfReportExportQuery = z.object({ ...reportPeriod, locale: z.enum(locales).optional() }).refine(inOrder, outOfOrder);

/**
 * A count, or null where fewer than five people would be shown to someone who may not see them.
 * Entity indicators (group entity_output) count organisations: their gender cells are always null.
 */
const cell = z.number().int().nullable();
export const esfReportRow = z.object({
  code: z.enum(esfIndicatorCodes),
  group: z.enum(esfIndicatorGroups),
  female: cell,
  male: cell,
  nonBinary: cell,
  total: cell,
});
export type EsfReportRow = z.infer<typeof esfReportRow>;

export const esfReport = z.object({
  programmeId: id,
  programmeName: z.string(),
  from: isoDate,
  to: isoDate,
  /** Counts of 1–4 people (and a count that would reveal one) are hidden. */
  suppressed: z.boolean(),
  rows: z.array(esfReportRow),
  /** Data quality: who is missing from the indicators above. */
  completeness: z.object({
    enrolmentsStarted: z.number().int(),
    startedWithoutEntryData: z.number().int(),
    enrolmentsEnded: z.number().int(),
    endedWithoutExitData: z.number().int(),
    endedWithoutSixMonthFollowUp: z.number().int(),
    /** Supported private and third-sector employers without a size class: not counted as SMEs (EECO19). */
    supportedEmployersWithoutSizeClass: z.number().int(),
  }),
});
export type EsfReport = z.infer<typeof esfReport>;
