/** Municipal financing of unemployment benefits: configured tiers, clients' benefit-day counts and the estimated exposure. */
import { z } from 'zod';
import { id, isoDate, optionalText } from './common.js';

/** From this paid benefit day on, the home municipality pays this share of the benefit. */
export const financingTier = z.object({
  fromDay: z.number().int().min(1).max(10_000),
  sharePercent: z.number().min(0).max(100).multipleOf(0.01),
});
export type FinancingTier = z.infer<typeof financingTier>;

export const financingSettings = z.object({
  organisationId: id,
  tiers: z.array(financingTier),
  legalSource: z.string().nullable(),
  dailyAmount: z.number().nullable(),
  dailyAmountSource: z.string().nullable(),
  /** Tiers with their legal source and a daily amount with its source: only then are euros estimated. */
  configured: z.boolean(),
  version: z.number().int(),
  updatedAt: z.string().nullable(),
});
export type FinancingSettings = z.infer<typeof financingSettings>;

const ascending = (tiers: FinancingTier[]) => tiers.every((tier, index) => index === 0 || tier.fromDay > tiers[index - 1]!.fromDay);

export const updateFinancingSettingsRequest = z
  .object({
    organisationId: id.optional(),
    version: z.number().int(),
    tiers: z.array(financingTier).max(20).refine(ascending, 'invalid'),
    legalSource: optionalText(1000),
    dailyAmount: z
      .number()
      .positive()
      .max(1000)
      .multipleOf(0.01)
      .nullish()
      .transform((value) => value ?? null),
    dailyAmountSource: optionalText(1000),
  })
  .refine((request) => request.tiers.length === 0 || request.legalSource !== null, { message: 'required', path: ['legalSource'] })
  .refine((request) => request.dailyAmount === null || request.dailyAmountSource !== null, {
    message: 'required',
    path: ['dailyAmountSource'],
  });
export type UpdateFinancingSettingsRequest = z.infer<typeof updateFinancingSettingsRequest>;

export const recordBenefitDaysRequest = z.object({ benefitDays: z.number().int().min(0).max(10_000), asOf: isoDate });
export type RecordBenefitDaysRequest = z.infer<typeof recordBenefitDaysRequest>;

export const benefitDaysRecord = z.object({ id, benefitDays: z.number().int(), asOf: isoDate, recordedAt: z.string() });
export const clientBenefitDaysResponse = z.object({ latest: benefitDaysRecord.nullable(), history: z.array(benefitDaysRecord) });

export const clientExposure = z.object({
  clientId: id,
  name: z.string(),
  benefitDays: z.number().int().nullable(),
  asOf: isoDate.nullable(),
  /** The tier of the latest paid day; null below the first tier or without a count. */
  currentTier: financingTier.nullable(),
  nextTier: financingTier.extend({ startsOn: isoDate }).nullable(),
  /** Euros in the month if the benefit continues five days a week; null when not configured or without a count. */
  monthlyShare: z.number().nullable(),
});
export type ClientExposure = z.infer<typeof clientExposure>;

export const exposureQuery = z.object({ organisationId: id.optional(), municipalityCode: z.string().regex(/^\d{3}$/) });
export type ExposureQuery = z.infer<typeof exposureQuery>;

export const exposureResponse = z.object({
  municipalityCode: z.string(),
  /** yyyy-mm: the calendar month the monthly share is estimated for. */
  month: z.string(),
  settings: financingSettings,
  items: z.array(clientExposure),
  totalMonthlyShare: z.number().nullable(),
});
export type ExposureResponse = z.infer<typeof exposureResponse>;
