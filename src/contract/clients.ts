import { z } from 'zod';
import { id, isoDate, optionalText, page, pageQuery, requiredText } from './common.js';
import { isValidIdentityCode } from './identity-code.js';

export const genders = ['female', 'male', 'other', 'unknown'] as const;
/** Flags a coach records. Long-term unemployment and age bands are derived, never typed. */
export const recordedTargetGroups = [
  'partial_work_ability',
  'immigrant',
  'disability',
  'no_vocational_education',
  'rehabilitation_client',
  'single_parent',
] as const;
export const derivedTargetGroups = ['long_term_unemployed', 'under_30', 'over_50'] as const;
export type TargetGroup = (typeof recordedTargetGroups)[number] | (typeof derivedTargetGroups)[number];

const identityCodeValue = z
  .string()
  .trim()
  .toUpperCase()
  .refine((value) => value === '' || isValidIdentityCode(value), 'invalid_identity_code')
  .transform((value) => (value === '' ? null : value));
const identityCode = identityCodeValue.nullish().transform((value) => value ?? null);

export const languageCode = z.string().regex(/^[a-z]{2,3}$/, 'invalid');

export const clientFields = z.object({
  firstName: requiredText(100),
  lastName: requiredText(100),
  identityCode,
  dateOfBirth: isoDate.nullish().transform((value) => value ?? null),
  gender: z.enum(genders).default('unknown'),
  municipalityCode: z.string().regex(/^\d{3}$/, 'unknown_municipality'),
  email: z
    .email()
    .max(254)
    .nullish()
    .or(z.literal('').transform(() => null))
    .transform((value) => value ?? null),
  phone: optionalText(40),
  streetAddress: optionalText(200),
  postalCode: z
    .string()
    .regex(/^(\d{5})?$/, 'invalid')
    .transform((value) => (value === '' ? null : value))
    .nullish()
    .transform((value) => value ?? null),
  motherTongue: languageCode
    .nullish()
    .or(z.literal('').transform(() => null))
    .transform((value) => value ?? null),
  languages: z.array(languageCode).max(20).default([]),
  iscedLevel: z
    .number()
    .int()
    .min(0)
    .max(8)
    .nullish()
    .transform((value) => value ?? null),
  targetGroups: z.array(z.enum(recordedTargetGroups)).max(recordedTargetGroups.length).default([]),
  unemployedSince: isoDate.nullish().transform((value) => value ?? null),
  teamId: id.nullish().transform((value) => value ?? null),
});
export type ClientFields = z.infer<typeof clientFields>;
export type ClientFieldsInput = z.input<typeof clientFields>;

export const createClientRequest = clientFields.extend({
  /** The personal coach (omavalmentaja); defaults to the user creating the client. */
  responsibleUserId: id.nullish().transform((value) => value ?? null),
});
export const updateClientRequest = clientFields.extend({
  /** Absent: the stored code stays, so an edit need not reveal it; null or empty: the code is removed. */
  identityCode: identityCodeValue.nullable().optional(),
  version: z.number().int().min(1),
});
export type UpdateClientRequest = z.infer<typeof updateClientRequest>;

export const clientSummary = z.object({
  id,
  firstName: z.string(),
  lastName: z.string(),
  municipalityCode: z.string(),
  responsibleUserId: id.nullable(),
  responsibleUserName: z.string().nullable(),
});

export const client = clientSummary.extend({
  organisationId: id,
  teamId: id.nullable(),
  hasIdentityCode: z.boolean(),
  dateOfBirth: isoDate.nullable(),
  age: z.number().int().nullable(),
  gender: z.enum(genders),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  streetAddress: z.string().nullable(),
  postalCode: z.string().nullable(),
  motherTongue: z.string().nullable(),
  languages: z.array(z.string()),
  iscedLevel: z.number().int().nullable(),
  targetGroups: z.array(z.enum(recordedTargetGroups)),
  derivedTargetGroups: z.array(z.enum(derivedTargetGroups)),
  unemployedSince: isoDate.nullable(),
  unemploymentMonths: z.number().int().nullable(),
  hasWorkAbilityNote: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** What the current user may do with this record, from the authorization policy. */
  permissions: z.object({
    update: z.boolean(),
    readIdentityCode: z.boolean(),
    readProtected: z.boolean(),
    reassign: z.boolean(),
  }),
});
export type Client = z.infer<typeof client>;

export const identityCodeResponse = z.object({ identityCode: z.string().nullable() });
export const workAbilityNote = z.object({ note: optionalText(10000) });
export const workAbilityNoteResponse = z.object({ note: z.string().nullable(), updatedAt: z.string().nullable() });

export const reassignRequest = z.object({
  responsibleUserId: id,
  teamId: id.nullish().transform((value) => value ?? null),
});

export const clientListQuery = pageQuery.extend({
  search: z.string().trim().max(100).optional(),
});
export const clientList = page(clientSummary);
