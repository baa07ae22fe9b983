import { z } from 'zod';
import { id, locales } from './common.js';

export const roles = ['coach', 'employer_coordinator', 'team_lead', 'admin', 'partner', 'analyst'] as const;
export type Role = (typeof roles)[number];
/** The roles that carry a caseload: a client's personal coach and a report's coach cut are one of these. */
export const caseloadRoles = ['coach', 'team_lead'] as const satisfies readonly Role[];

export const loginRequest = z.object({
  email: z.email().max(254),
  password: z.string().min(1).max(200),
});

export const totpRequest = z.object({ code: z.string().regex(/^\d{6}$/, 'invalid') });

export const membership = z.object({
  organisationId: id,
  organisationName: z.string(),
  teamId: id.nullable(),
  teamName: z.string().nullable(),
  role: z.enum(roles),
});
export type Membership = z.infer<typeof membership>;

export const sessionResponse = z.object({
  user: z.object({
    id,
    email: z.string(),
    name: z.string(),
    locale: z.enum(locales),
    totpEnabled: z.boolean(),
  }),
  memberships: z.array(membership),
  /** 'active' once every required factor is done; 'totp' when the code is still owed; 'totp_setup' when an admin must enrol first. */
  stage: z.enum(['active', 'totp', 'totp_setup']),
  csrfToken: z.string(),
  expiresAt: z.string(),
});
export type SessionResponse = z.infer<typeof sessionResponse>;

export const minimumPasswordLength = 12;
export const passwordChangeRequest = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: z.string().min(minimumPasswordLength, 'password_too_short').max(200),
});

export const totpSetupResponse = z.object({ secret: z.string(), otpauthUrl: z.string() });
