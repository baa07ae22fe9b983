import { z } from 'zod';
import { membership, minimumPasswordLength, roles } from './auth.js';
import { isValidBusinessId } from './business-id.js';
import { id, page, pageQuery, queryFlag, requiredText } from './common.js';
import type { FieldErrorCode } from './errors.js';
import { programmeRequest } from './programmes.js';

export const organisationTypes = [
  'employment_area',
  'municipality',
  'ngo',
  'kela_office',
  'welfare_area_unit',
  'educational_institution',
  'other',
] as const;
export type OrganisationType = (typeof organisationTypes)[number];

/** An optional coded value; blank means "not given", as forms send '' for an emptied field. */
const optionalCode = (isValid: (value: string) => boolean, code: FieldErrorCode) =>
  z
    .string()
    .trim()
    .refine((value) => value === '' || isValid(value), code)
    .transform((value) => (value === '' ? null : value))
    .nullish()
    .transform((value) => value ?? null);

export const organisationRequest = z.object({
  name: requiredText(200),
  type: z.enum(organisationTypes),
  businessId: optionalCode(isValidBusinessId, 'invalid_business_id'),
  municipalityCode: optionalCode((value) => /^\d{3}$/.test(value), 'unknown_municipality'),
});
export type OrganisationRequest = z.infer<typeof organisationRequest>;

export const teamRequest = z.object({ name: requiredText(200) });

export const team = z.object({ id, organisationId: id, name: z.string() });
export type Team = z.infer<typeof team>;

export const adminOrganisation = z.object({
  id,
  name: z.string(),
  type: z.enum(organisationTypes),
  businessId: z.string().nullable(),
  municipalityCode: z.string().nullable(),
  teams: z.array(team),
});
export type AdminOrganisation = z.infer<typeof adminOrganisation>;
export const organisationList = z.object({ items: z.array(adminOrganisation) });

export const membershipRequest = z.object({
  organisationId: id,
  role: z.enum(roles),
  teamId: id.nullish().transform((value) => value ?? null),
});
export type MembershipRequest = z.infer<typeof membershipRequest>;

/** A person holds each role once per organisation; staff always belong somewhere. */
const membershipsRequest = z
  .array(membershipRequest)
  .min(1)
  .max(30)
  .superRefine((list, context) => {
    list.forEach((item, index) => {
      if (list.findIndex((other) => other.organisationId === item.organisationId && other.role === item.role) !== index) {
        context.addIssue({ code: 'custom', message: 'already_exists', path: [index, 'role'] });
      }
    });
  });

export const createUserRequest = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email().max(254)),
  name: requiredText(200),
  password: z.string().min(minimumPasswordLength, 'password_too_short').max(200),
  memberships: membershipsRequest,
});
export type CreateUserRequest = z.infer<typeof createUserRequest>;

export const updateUserRequest = z.object({ name: requiredText(200), memberships: membershipsRequest });
export type UpdateUserRequest = z.infer<typeof updateUserRequest>;

export const adminUser = z.object({
  id,
  email: z.string(),
  name: z.string(),
  disabledAt: z.string().nullable(),
  lockedUntil: z.string().nullable(),
  totpEnabled: z.boolean(),
  /** Sessions that have not yet expired; disabling and ending sessions bring this to 0. */
  activeSessions: z.number().int(),
  createdAt: z.string(),
  memberships: z.array(membership),
});
export type AdminUser = z.infer<typeof adminUser>;

export const userListQuery = pageQuery.extend({
  search: z.string().trim().max(100).optional(),
  organisationId: id.optional(),
  role: z.enum(roles).optional(),
  disabled: queryFlag,
});
export type UserListQuery = z.infer<typeof userListQuery>;
export const userList = page(adminUser);

/** Staff of the user's own organisations, for pickers (coach, co-coach, responsible person). */
export const staffQuery = z.object({ role: z.enum(roles).optional() });
export const staffMember = z.object({
  id,
  name: z.string(),
  roles: z.array(z.enum(roles)),
  team: z.object({ id, name: z.string() }).nullable(),
});
export type StaffMember = z.infer<typeof staffMember>;
export const staffList = z.object({ items: z.array(staffMember) });

/** Admins of several organisations name the one the programme belongs to; otherwise their first. */
export const createProgrammeRequest = programmeRequest.extend({ organisationId: id.optional() });
