import { z } from 'zod';
import { id, isoDate, optionalText } from './common.js';

/** employer_proposal: the client's details may be shared with employers when they are proposed or placed. */
export const consentKinds = ['enrolment', 'data_processing', 'employer_proposal'] as const;
export const consentChannels = ['in_person', 'paper', 'phone', 'electronic'] as const;
/** Derived from the dates against today's date, never stored. */
export const consentStatuses = ['active', 'expired', 'revoked'] as const;
export type ConsentStatus = (typeof consentStatuses)[number];

export const createConsentRequest = z
  .object({
    kind: z.enum(consentKinds),
    /** What the consent covers in the client's own words, e.g. which partner or which data. */
    scope: optionalText(1000),
    channel: z.enum(consentChannels),
    givenOn: isoDate,
    validUntil: isoDate.nullish().transform((value) => value ?? null),
  })
  .refine((consent) => consent.validUntil === null || consent.validUntil >= consent.givenOn, {
    message: 'end_before_start',
    path: ['validUntil'],
  });
export type CreateConsentRequest = z.infer<typeof createConsentRequest>;

export const revokeConsentRequest = z.object({ revokedOn: isoDate });

export const consent = z.object({
  id,
  clientId: id,
  kind: z.enum(consentKinds),
  scope: z.string().nullable(),
  channel: z.enum(consentChannels),
  givenOn: isoDate,
  validUntil: isoDate.nullable(),
  revokedOn: isoDate.nullable(),
  status: z.enum(consentStatuses),
  recordedBy: id,
  recordedByName: z.string().nullable(),
  createdAt: z.string(),
});
export type Consent = z.infer<typeof consent>;

export const consentList = z.object({ items: z.array(consent) });
