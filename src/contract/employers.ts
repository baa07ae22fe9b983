/** Employer cooperation vocabulary, and the requests and answers of the employer register. */
import { z } from 'zod';
import { roles } from './auth.js';
import { isValidBusinessId } from './business-id.js';
import { id, isoDate, optionalText, page, pageQuery, queryFlag, requiredText } from './common.js';

/** Relationship stage: identified → contacted → met → cooperating → recruited through us. */
export const employerStages = ['identified', 'contacted', 'met', 'cooperating', 'recruited'] as const;
export type EmployerStage = (typeof employerStages)[number];

/** Statistics Finland's size classes by personnel. */
export const employerSizeClasses = ['micro', 'small', 'medium', 'large', 'unknown'] as const;
export const economySectors = ['private', 'public', 'third_sector'] as const;

/** TOL 2008 main classes (sections). Their names in fi/sv/en come from the reference data. */
export const industrySections = [
  'A',
  'B',
  'C',
  'D',
  'E',
  'F',
  'G',
  'H',
  'I',
  'J',
  'K',
  'L',
  'M',
  'N',
  'O',
  'P',
  'Q',
  'R',
  'S',
  'T',
  'U',
] as const;
export type IndustrySection = (typeof industrySections)[number];

export const contactChannels = ['email', 'phone', 'text_message', 'visit'] as const;

/** Visits at the workplace are the IPS norm; meetings elsewhere and events are personal meetings too. */
export const employerInteractionKinds = ['workplace_visit', 'meeting', 'event', 'call', 'email', 'video_meeting'] as const;
export type EmployerInteractionKind = (typeof employerInteractionKinds)[number];
export const inPersonInteractionKinds: readonly EmployerInteractionKind[] = ['workplace_visit', 'meeting', 'event'];

/** Employer list order: by name, sector, stage (in the stage order) or the last contact. */
export const employerSorts = ['name', 'industrySection', 'municipalityCode', 'stage', 'lastContactOn'] as const;
export type EmployerSort = (typeof employerSorts)[number];

const orNull = <Schema extends z.ZodType>(schema: Schema) => schema.nullish().transform((value) => value ?? null);

/** Y-tunnus with a valid check digit; empty means the employer has none (or it is not known yet). */
export const businessId = orNull(
  z
    .string()
    .trim()
    .refine((value) => value === '' || isValidBusinessId(value), 'invalid_business_id')
    .transform((value) => (value === '' ? null : value)),
);

const municipalityCode = orNull(z.string().regex(/^\d{3}$/, 'unknown_municipality'));
const email = z
  .email()
  .max(254)
  .nullish()
  .or(z.literal('').transform(() => null))
  .transform((value) => value ?? null);

/** The employer's profile: what the form edits and an import row describes. */
export const employerFields = z.object({
  name: requiredText(200),
  businessId,
  industrySection: orNull(z.enum(industrySections, 'unknown_industry_section')),
  sizeClass: z.enum(employerSizeClasses).default('unknown'),
  economySector: z.enum(economySectors).default('private'),
  municipalityCode,
  website: optionalText(300),
  notes: optionalText(4000),
  /** The coordinator or coach who answers for the relationship. */
  ownerUserId: orNull(id),
});
export type EmployerFields = z.infer<typeof employerFields>;
export type EmployerFieldsInput = z.input<typeof employerFields>;

/** A user of several organisations names the one whose register the employer joins. */
export const createEmployerRequest = employerFields.extend({ organisationId: id.optional() });
export const updateEmployerRequest = employerFields.extend({ version: z.number().int().min(1) });

export const employerListItem = z.object({
  id,
  organisationId: id,
  name: z.string(),
  businessId: z.string().nullable(),
  industrySection: z.enum(industrySections).nullable(),
  sizeClass: z.enum(employerSizeClasses),
  economySector: z.enum(economySectors),
  municipalityCode: z.string().nullable(),
  ownerUserId: id.nullable(),
  ownerName: z.string().nullable(),
  stage: z.enum(employerStages),
  stageChangedOn: isoDate,
  lastContactOn: isoDate.nullable(),
});
export type EmployerListItem = z.infer<typeof employerListItem>;
export const employerList = page(employerListItem);

export const employerListQuery = pageQuery.extend({
  /** Part of the name or of the business ID. */
  text: z.string().trim().max(200).optional(),
  industrySection: z.enum(industrySections, 'unknown_industry_section').optional(),
  municipalityCode: z
    .string()
    .regex(/^\d{3}$/, 'unknown_municipality')
    .optional(),
  stage: z.enum(employerStages).optional(),
  ownerUserId: id.optional(),
  /** Only employers in the industry sections the user answers for (in the employer's organisation). */
  mySectors: queryFlag,
  /** Employers not contacted for more than this many days, and those never contacted. */
  lastContactOlderThanDays: z.coerce.number().int().min(0).max(3650).optional(),
  sort: z.enum(employerSorts).default('name'),
  direction: z.enum(['asc', 'desc']).default('asc'),
});
export type EmployerListQuery = z.infer<typeof employerListQuery>;

export const contactFields = z.object({
  name: requiredText(200),
  /** Their role at the employer, e.g. "HR manager". */
  title: optionalText(200),
  email,
  phone: optionalText(40),
  preferredChannel: z.enum(contactChannels).default('email'),
});
export type ContactFields = z.infer<typeof contactFields>;

export const employerContact = z.object({
  id,
  employerId: id,
  name: z.string(),
  title: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  preferredChannel: z.enum(contactChannels),
  archivedAt: z.string().nullable(),
});
export type EmployerContact = z.infer<typeof employerContact>;

export const workplaceFields = z.object({
  name: requiredText(200),
  streetAddress: optionalText(200),
  postalCode: orNull(
    z
      .string()
      .regex(/^(\d{5})?$/, 'invalid')
      .transform((value) => (value === '' ? null : value)),
  ),
  municipalityCode,
  isHeadOffice: z.boolean().default(false),
});
export type WorkplaceFields = z.infer<typeof workplaceFields>;

export const employerWorkplace = z.object({
  id,
  employerId: id,
  name: z.string(),
  streetAddress: z.string().nullable(),
  postalCode: z.string().nullable(),
  municipalityCode: z.string().nullable(),
  isHeadOffice: z.boolean(),
});
export type EmployerWorkplace = z.infer<typeof employerWorkplace>;

export const interactionRequest = z.object({
  kind: z.enum(employerInteractionKinds),
  occurredOn: isoDate,
  /** Who met the employer from our side; the form starts with the user themself. */
  staffUserIds: z.array(id).min(1, 'required').max(20),
  /** Whom they met: contact persons of this employer. */
  contactIds: z.array(id).max(20).default([]),
  summary: requiredText(4000),
  agreed: optionalText(4000),
});
export type InteractionRequest = z.infer<typeof interactionRequest>;

const namedPerson = z.object({ id, name: z.string() });

export const employerInteraction = z.object({
  id,
  kind: z.enum(employerInteractionKinds),
  occurredOn: isoDate,
  inPerson: z.boolean(),
  staff: z.array(namedPerson),
  contacts: z.array(namedPerson),
  summary: z.string(),
  agreed: z.string().nullable(),
  recordedBy: namedPerson,
  createdAt: z.string(),
});
export type EmployerInteraction = z.infer<typeof employerInteraction>;

export const stageChangeRequest = z.object({ stage: z.enum(employerStages), changedOn: isoDate });

export const employerStageChange = z.object({
  id,
  stage: z.enum(employerStages),
  changedOn: isoDate,
  changedBy: namedPerson,
  /** When it was recorded: orders a day's changes and interactions on the timeline. */
  createdAt: z.string(),
});
export type EmployerStageChange = z.infer<typeof employerStageChange>;

export const employer = employerListItem.extend({
  website: z.string().nullable(),
  notes: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  contacts: z.array(employerContact),
  workplaces: z.array(employerWorkplace),
  /** Oldest first. */
  stageHistory: z.array(employerStageChange),
  /** Newest first. */
  interactions: z.array(employerInteraction),
  /** Visits at the workplace, meetings and events: the IPS measure of a relationship. */
  personalMeetingCount: z.number().int(),
  permissions: z.object({ write: z.boolean() }),
});
export type Employer = z.infer<typeof employer>;

/** Sector ownership of one staff member in one organisation. */
export const userIndustrySectionsQuery = z.object({ organisationId: id.optional() });
export const userIndustrySections = z.object({
  organisationId: id,
  userId: id,
  sections: z.array(z.enum(industrySections)),
});
export const userIndustrySectionsRequest = z.object({
  organisationId: id.optional(),
  sections: z.array(z.enum(industrySections, 'unknown_industry_section')).max(industrySections.length),
});

/** Every staff member of an organisation with the sections they answer for, for the team lead's view. */
export const industrySectionAssignments = z.object({
  organisationId: id,
  items: z.array(z.object({ userId: id, name: z.string(), roles: z.array(z.enum(roles)), sections: z.array(z.enum(industrySections)) })),
});
export type IndustrySectionAssignments = z.infer<typeof industrySectionAssignments>;
