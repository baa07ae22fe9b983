/** Feedback surveys: templates, the public answer page, invitations and results. */
import { z } from 'zod';
import { sortDirections } from './caseload.js';
import { id, isoDate, locales, page, pageQuery, type Locale } from './common.js';

/** Job seekers answer when their service ends; employers when a placement ends or on request. */
export const surveyKinds = ['job_seeker', 'employer'] as const;
export type SurveyKind = (typeof surveyKinds)[number];

/** The questions are fixed per kind (their figures feed the indicators); their wording is the manager's. */
export const surveyQuestions = {
  job_seeker: ['recommend', 'grade', 'helpedMost', 'freeText'],
  employer: ['recommend', 'effectiveness', 'freeText'],
} as const satisfies Record<SurveyKind, readonly string[]>;
export const questionKeys = ['recommend', 'grade', 'helpedMost', 'effectiveness', 'freeText'] as const;
export type QuestionKey = (typeof questionKeys)[number];

const localText = (max: number) => z.string().trim().min(1).max(max);

/** The words of a survey in one language. */
export const surveyTexts = z.object({
  title: localText(200),
  intro: localText(2000),
  questions: z.object({
    recommend: localText(300),
    grade: localText(300),
    helpedMost: localText(300),
    effectiveness: localText(300),
    freeText: localText(300),
  }),
  thanks: localText(1000),
});
export type SurveyTexts = z.infer<typeof surveyTexts>;

export const helpedMostChoice = z.object({
  key: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'invalid'),
  labels: z.object({ fi: localText(200), sv: localText(200), en: localText(200) }),
});

export const templateContent = z.object({
  texts: z.object({ fi: surveyTexts, sv: surveyTexts, en: surveyTexts }),
  /** The options of "what helped most" (job seeker survey); the keys are what the answers store. */
  choices: z
    .array(helpedMostChoice)
    .max(12)
    .refine((choices) => new Set(choices.map((choice) => choice.key)).size === choices.length, 'invalid'),
});
export type TemplateContent = z.infer<typeof templateContent>;

export const feedbackTemplate = z.object({
  kind: z.enum(surveyKinds),
  organisationId: id,
  content: templateContent,
  /** 0 while the shipped wording is in use. */
  version: z.number().int(),
  updatedAt: z.string().nullable(),
  updatedByName: z.string().nullable(),
});
export type FeedbackTemplate = z.infer<typeof feedbackTemplate>;
export const feedbackTemplateList = z.object({ items: z.array(feedbackTemplate), canManage: z.boolean() });
export const templateQuery = z.object({ organisationId: id.optional() });
export const kindParams = z.object({ kind: z.enum(surveyKinds) });
export const saveTemplateRequest = z.object({ organisationId: id.optional(), version: z.number().int().min(0), content: templateContent });

/** The public answer page: the survey's words in the recipient's language, never who they are. */
export const tokenParams = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'invalid') });
export const invitationStates = ['open', 'answered', 'expired'] as const;
export const publicSurvey = z.object({
  state: z.enum(invitationStates),
  kind: z.enum(surveyKinds),
  language: z.enum(locales),
  organisationName: z.string(),
  texts: surveyTexts,
  choices: z.array(z.object({ key: z.string(), label: z.string() })),
  expiresOn: isoDate,
});
export type PublicSurvey = z.infer<typeof publicSurvey>;

const scale = (min: number, max: number) => z.number().int().min(min).max(max);
export const answerRequest = z.object({
  recommend: scale(0, 10),
  grade: scale(4, 10)
    .nullish()
    .transform((value) => value ?? null),
  effectiveness: scale(0, 10)
    .nullish()
    .transform((value) => value ?? null),
  helpedMost: z.array(z.string().max(40)).max(12).default([]),
  freeText: z
    .string()
    .trim()
    .max(4000)
    .nullish()
    .transform((value) => (value ? value : null)),
});
export type AnswerRequest = z.input<typeof answerRequest>;

export const notSendableReasons = ['no_email_address', 'contact_archived'] as const;
export type NotSendableReason = (typeof notSendableReasons)[number];

/** Employer survey on request: to one of the employer's contact people. */
export const employerSurveyRequest = z.object({
  contactId: id,
  placementId: id.nullish().transform((value) => value ?? null),
  language: z.enum(locales).default('fi'),
});
export const employerInvitation = z.object({
  id,
  contactId: id.nullable(),
  contactName: z.string().nullable(),
  placementId: id.nullable(),
  language: z.enum(locales),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
  reminderSentAt: z.string().nullable(),
  answeredAt: z.string().nullable(),
  expiresOn: isoDate.nullable(),
  /** Set when there was nobody to send it to; a team lead can send it once a contact has an address. */
  notSendableReason: z.enum(notSendableReasons).nullable(),
});
export type EmployerInvitation = z.infer<typeof employerInvitation>;
export const employerInvitationList = z.object({ items: z.array(employerInvitation), canSend: z.boolean() });

/** Results: NPS (promoters 9–10, passives 7–8, detractors 0–6) and the grade distribution. */
export const resultsQuery = z.object({
  kind: z.enum(surveyKinds).default('job_seeker'),
  organisationId: id.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});
const figures = z.object({
  answers: z.number().int(),
  /** True when the group has fewer than 5 answers and the user may not see the people behind them. */
  suppressed: z.boolean(),
  promoters: z.number().int().nullable(),
  passives: z.number().int().nullable(),
  detractors: z.number().int().nullable(),
  nps: z.number().nullable(),
  meanGrade: z.number().nullable(),
  /** Answers per grade 4…10. */
  grades: z.array(z.object({ grade: z.number().int(), count: z.number().int() })).nullable(),
  meanEffectiveness: z.number().nullable(),
});
export type ResultFigures = z.infer<typeof figures>;
export const feedbackResults = z.object({
  kind: z.enum(surveyKinds),
  invitationsSent: z.number().int(),
  total: figures,
  byOrganisation: z.array(figures.extend({ organisationId: id, name: z.string() })),
  byMunicipality: z.array(
    figures.extend({ municipalityCode: z.string().nullable(), name: z.object({ fi: z.string(), sv: z.string() }).nullable() }),
  ),
  helpedMost: z.array(z.object({ key: z.string(), label: z.string(), count: z.number().int() })),
  /** Null for users not allowed to read free text. */
  freeText: z.array(z.object({ answeredOn: isoDate, text: z.string(), organisationName: z.string() })).nullable(),
});
export type FeedbackResults = z.infer<typeof feedbackResults>;

/**
 * Delivery of the invitations, derived from the invitation and its send and reminder jobs, in this
 * order: answered; not sendable (nowhere to send); expired (the link no longer works); failed (the
 * queue gave up on the invitation or its reminder); sent; otherwise waiting to be sent.
 */
export const deliveryStates = ['waiting', 'sent', 'failed', 'answered', 'expired', 'not_sendable'] as const;
export type DeliveryState = (typeof deliveryStates)[number];
/** What went wrong, as a class: the error text itself may name the recipient or the mail server. */
export const deliveryErrorClasses = ['connection', 'authentication', 'rejected', 'temporary', 'other'] as const;
export type DeliveryErrorClass = (typeof deliveryErrorClasses)[number];
export const deliverySorts = ['createdAt', 'name', 'state', 'sentAt'] as const;

export const deliveryQuery = pageQuery.extend({
  organisationId: id.optional(),
  state: z.enum(deliveryStates).optional(),
  kind: z.enum(surveyKinds).optional(),
  sort: z.enum(deliverySorts).default('createdAt'),
  direction: z.enum(sortDirections).default('desc'),
});
export type DeliveryQuery = z.infer<typeof deliveryQuery>;

export const invitationDelivery = z.object({
  id,
  kind: z.enum(surveyKinds),
  state: z.enum(deliveryStates),
  /** The job seeker ("Last First") or the employer. */
  name: z.string().nullable(),
  /** The employer's contact person the survey went to. */
  contactName: z.string().nullable(),
  clientId: id.nullable(),
  employerId: id.nullable(),
  language: z.enum(locales),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
  reminderSentAt: z.string().nullable(),
  answeredAt: z.string().nullable(),
  expiresOn: isoDate,
  /** The step the queue is working on or gave up on, with its attempts so far and the class of its last error. */
  step: z.enum(['invitation', 'reminder']).nullable(),
  attempts: z.number().int(),
  errorClass: z.enum(deliveryErrorClasses).nullable(),
  notSendableReason: z.enum(notSendableReasons).nullable(),
});
export type InvitationDelivery = z.infer<typeof invitationDelivery>;

const count = z.number().int();
export const deliveryCounts = z.object({
  waiting: count,
  sent: count,
  failed: count,
  answered: count,
  expired: count,
  not_sendable: count,
});
export const invitationDeliveryList = page(invitationDelivery).extend({
  /** Per state, over the kind filter but not the state filter. */
  counts: deliveryCounts,
  canRequeue: z.boolean(),
});
export type InvitationDeliveryList = z.infer<typeof invitationDeliveryList>;

export const isLocale = (value: string | null | undefined): value is Locale => (locales as readonly string[]).includes(value ?? '');
