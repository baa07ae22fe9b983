import { z } from 'zod';
import { genders, derivedTargetGroups, recordedTargetGroups } from './clients.js';
import { id, isoDate, locales, queryFlag } from './common.js';

/** Dashboard pages; feedback indicators register under 'feedback' and get their page automatically. */
export const indicatorGroups = ['clients', 'activity', 'employers', 'outcomes', 'finance', 'feedback'] as const;
export type IndicatorGroup = (typeof indicatorGroups)[number];

/** share: a fraction 0–1; days; count; ratio (e.g. clients per coach, meetings per client-month); euros. */
export const indicatorUnits = ['count', 'share', 'days', 'ratio', 'euros', 'score'] as const;
export type IndicatorUnit = (typeof indicatorUnits)[number];

export const ageBands = ['under_25', '25_29', '30_49', '50_54', '55_64', '65_plus', 'unknown'] as const;
export type AgeBand = (typeof ageBands)[number];

export const reportTargetGroups = [...recordedTargetGroups, ...derivedTargetGroups] as const;

const localised = z.object({ fi: z.string(), sv: z.string(), en: z.string() });
export type LocalisedText = z.infer<typeof localised>;

/** Every cut a figure can be taken by. The period is inclusive: from and to are both counted. */
export const reportCuts = z.object({
  from: isoDate,
  to: isoDate,
  organisationId: id.optional(),
  teamId: id.optional(),
  coachId: id.optional(),
  programmeId: id.optional(),
  municipalityCode: z
    .string()
    .regex(/^\d{3}$/, 'invalid')
    .optional(),
  targetGroup: z.enum(reportTargetGroups).optional(),
  gender: z.enum(genders).optional(),
  ageBand: z.enum(ageBands).optional(),
});
export type ReportCuts = z.infer<typeof reportCuts>;
export const cutNames = [
  'organisationId',
  'teamId',
  'coachId',
  'programmeId',
  'municipalityCode',
  'targetGroup',
  'gender',
  'ageBand',
] as const;
export type CutName = (typeof cutNames)[number];

/** Ten years is the longest period any funder asks about; longer ones are a typo. */
const maximumPeriodDays = 3700;
const checkedPeriod = <T extends z.ZodType<{ from: string; to: string }>>(schema: T) =>
  schema.superRefine((value, context) => {
    if (value.from > value.to) context.addIssue({ code: 'custom', path: ['to'], message: 'end_before_start' });
    else if ((Date.parse(value.to) - Date.parse(value.from)) / 86_400_000 > maximumPeriodDays) {
      context.addIssue({ code: 'custom', path: ['from'], message: 'invalid' });
    }
  });

export const figuresQuery = checkedPeriod(
  reportCuts.extend({
    group: z.enum(indicatorGroups).optional(),
    /** Comma-separated indicator ids; all of the group (or every indicator) when absent. */
    indicators: z.string().max(2000).optional(),
    fresh: queryFlag,
  }),
);
export type FiguresQuery = z.infer<typeof figuresQuery>;

export const indicatorDefinition = z.object({
  id: z.string(),
  group: z.enum(indicatorGroups),
  unit: z.enum(indicatorUnits),
  name: localised,
  definition: localised,
  /** The authority whose definition the indicator follows, when there is one. */
  source: localised.nullable(),
  /** Whether a higher or lower figure is the better one (targets are met from that side). */
  better: z.enum(['higher', 'lower']),
  /** Reference levels, e.g. IPS competitive employment 41 % average, 50 % excellent. */
  benchmarks: z.array(z.object({ value: z.number(), label: localised })),
  /** Figures about people are suppressed below 5 for users who may not see the people. */
  aboutPeople: z.boolean(),
  cuts: z.array(z.enum(cutNames)),
  /** Labels of the breakdown keys (outcomes, placement types, funnel stages), when the figure has one. */
  breakdownLabels: z.record(z.string(), localised).nullable(),
  drillDown: z.boolean(),
});
export type IndicatorDefinition = z.infer<typeof indicatorDefinition>;
export const indicatorList = z.object({ items: z.array(indicatorDefinition) });

/** A number, or null when there is nothing to divide by or it is suppressed. */
const figureNumber = z.number().nullable();

export const breakdownRow = z.object({
  key: z.string(),
  value: figureNumber,
  numerator: figureNumber,
  denominator: figureNumber,
  suppressed: z.boolean(),
});

export const figure = z.object({
  indicatorId: z.string(),
  value: figureNumber,
  numerator: figureNumber,
  denominator: figureNumber,
  /** Fewer than 5 people behind the figure and the user may not see them. */
  suppressed: z.boolean(),
  /** A cut this indicator cannot be taken by is active (e.g. gender on employer figures). */
  notApplicable: z.boolean(),
  breakdown: z.array(breakdownRow),
});
export type Figure = z.infer<typeof figure>;
export type BreakdownRow = z.infer<typeof breakdownRow>;

export const figuresResponse = z.object({
  from: isoDate,
  to: isoDate,
  /** The suppression rule applied to this user: false for those who may see the people behind the figures. */
  suppression: z.boolean(),
  drillDown: z.boolean(),
  /** When the oldest of the figures was computed (figures in use are kept younger than the configured maximum age). */
  computedAt: z.string(),
  figures: z.array(figure),
});
export type FiguresResponse = z.infer<typeof figuresResponse>;

export const trendQuery = checkedPeriod(
  reportCuts.extend({
    indicatorId: z.string().max(80),
    /** month: each calendar month alone; cumulative: from `from` to each month's end. */
    mode: z.enum(['month', 'cumulative']).default('month'),
    fresh: queryFlag,
  }),
);
export const trendResponse = z.object({
  indicatorId: z.string(),
  computedAt: z.string(),
  points: z.array(z.object({ month: z.string(), from: isoDate, to: isoDate, figure })),
});
export type TrendResponse = z.infer<typeof trendResponse>;

export const drillDownQuery = checkedPeriod(
  reportCuts.extend({
    indicatorId: z.string().max(80),
    /** A breakdown key (e.g. an outcome) to list only the people behind that bar. */
    key: z.string().max(80).optional(),
    /** numerator: only the people counted in a share's numerator (e.g. those in work). */
    part: z.enum(['all', 'numerator']).default('all'),
  }),
);
export type DrillDownQuery = z.infer<typeof drillDownQuery>;

export const drillDownClient = z.object({
  id,
  firstName: z.string(),
  lastName: z.string(),
  municipalityCode: z.string(),
  /** How many rows of the figure (e.g. enrolments, meetings) this person stands behind. */
  rows: z.number().int(),
});
export const drillDownResponse = z.object({ items: z.array(drillDownClient), total: z.number().int() });
export type DrillDownResponse = z.infer<typeof drillDownResponse>;

const namedOption = z.object({ id, name: z.string() });
export const reportOptions = z.object({
  organisations: z.array(namedOption),
  teams: z.array(namedOption.extend({ organisationId: id })),
  programmes: z.array(namedOption.extend({ organisationId: id })),
  /** Municipality codes that occur among the clients in reach, with their names. */
  municipalities: z.array(z.object({ code: z.string(), name: localised })),
  permissions: z.object({ drillDown: z.boolean(), manageTargets: z.boolean() }),
  /** The server's today, the default end of the period. */
  today: isoDate,
});
export type ReportOptions = z.infer<typeof reportOptions>;

/**
 * The coach cut is chosen by searching: an organisation of 25,000 staff is too many for a list.
 * Each word typed must occur in the name (case-insensitive); at most `coachSearchLimit` answers, by name.
 */
export const coachSearchLimit = 20;
export const coachSearchQuery = z.object({
  search: z.string().trim().min(1).max(100),
  organisationId: id.optional(),
});
export type CoachSearchQuery = z.infer<typeof coachSearchQuery>;
/** A coach or team lead of the organisations the user reports on, with those of them the coach belongs to. */
export const reportCoach = namedOption.extend({ organisationIds: z.array(id) });
export type ReportCoach = z.infer<typeof reportCoach>;
export const reportCoachList = z.object({ items: z.array(reportCoach) });

export const targetRequest = z
  .object({
    organisationId: id,
    programmeId: id,
    indicatorId: z.string().min(1).max(80),
    targetValue: z.number().min(0).max(1e9),
    periodStart: isoDate,
    periodEnd: isoDate,
  })
  .refine((value) => value.periodStart <= value.periodEnd, { path: ['periodEnd'], message: 'end_before_start' });
export type TargetRequest = z.infer<typeof targetRequest>;

export const targetUpdateRequest = z
  .object({
    targetValue: z.number().min(0).max(1e9),
    periodStart: isoDate,
    periodEnd: isoDate,
    version: z.number().int().min(1),
  })
  .refine((value) => value.periodStart <= value.periodEnd, { path: ['periodEnd'], message: 'end_before_start' });

export const target = z.object({
  id,
  organisationId: id,
  organisationName: z.string(),
  programmeId: id,
  programmeName: z.string(),
  indicatorId: z.string(),
  targetValue: z.number(),
  periodStart: isoDate,
  periodEnd: isoDate,
  version: z.number().int(),
});
export type Target = z.infer<typeof target>;

export const targetListQuery = z.object({ organisationId: id.optional(), programmeId: id.optional() });
export const targetProgressQuery = targetListQuery.extend({ fresh: queryFlag });
export const targetList = z.object({ items: z.array(target) });

export const targetProgress = target.extend({
  /** The figure from the period start to today (or the period end when it has passed). */
  actual: figure,
  met: z.boolean().nullable(),
  trend: z.array(z.object({ month: z.string(), figure })),
});
export type TargetProgress = z.infer<typeof targetProgress>;
export const targetProgressList = z.object({ computedAt: z.string(), items: z.array(targetProgress) });

export const budgetRequest = z
  .object({
    amountEuros: z.number().min(0).max(1e11),
    periodStart: isoDate,
    periodEnd: isoDate,
    /** Absent for the first save; afterwards the version read. */
    version: z.number().int().min(1).optional(),
  })
  .refine((value) => value.periodStart <= value.periodEnd, { path: ['periodEnd'], message: 'end_before_start' });
export const budget = z.object({
  programmeId: id,
  organisationId: id,
  amountEuros: z.number(),
  periodStart: isoDate,
  periodEnd: isoDate,
  version: z.number().int(),
});
export type Budget = z.infer<typeof budget>;
export const budgetList = z.object({ items: z.array(budget) });
export const budgetListQuery = z.object({ organisationId: id.optional() });

export const monthlyReportQuery = z.object({
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'invalid'),
  organisationId: id.optional(),
  teamId: id.optional(),
  /** The language of a downloaded file; a link carries the UI language, as a browser's own header may differ. */
  language: z.enum(locales).optional(),
  /** Compute every figure now instead of reading those computed within the maximum age. */
  fresh: queryFlag,
});
export type MonthlyReportQuery = z.infer<typeof monthlyReportQuery>;

export const monthlyReport = z.object({
  month: z.string(),
  organisationId: id,
  organisationName: z.string(),
  teamId: id.nullable(),
  teamName: z.string().nullable(),
  generatedAt: z.string(),
  /** When the oldest of its figures was computed. */
  computedAt: z.string(),
  suppression: z.boolean(),
  /** The month alone and the year to the month's end, indicator by indicator. */
  rows: z.array(z.object({ indicatorId: z.string(), month: figure, yearToDate: figure })),
});
export type MonthlyReport = z.infer<typeof monthlyReport>;
