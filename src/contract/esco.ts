import { z } from 'zod';
import { locales } from './common.js';

/** ESCO v1.1.1 occupations and skills and the ISCO-08 groups, named in every UI language. */
export const escoLabels = z.object({ fi: z.string(), sv: z.string(), en: z.string() });
export type EscoLabels = z.infer<typeof escoLabels>;

export const escoUri = z.string().trim().min(1).max(200);
export const iscoCode = z.string().regex(/^\d{1,4}$/, 'unknown_isco_code');

/**
 * A search in the reference lists: labels in Finnish, Swedish and English (occupations also by
 * their alternative labels and by ISCO code). `language` ranks matches in that language first;
 * it defaults to the request's language.
 */
export const escoSearchQuery = z.object({
  search: z.string().trim().min(1).max(100),
  language: z.enum(locales).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});

export const iscoGroup = z.object({ code: z.string(), label: escoLabels });
export type IscoGroup = z.infer<typeof iscoGroup>;

export const escoOccupation = z.object({
  uri: z.string(),
  iscoCode: z.string(),
  label: escoLabels,
  /** The ISCO-08 unit group (four digits) the occupation belongs to. */
  iscoGroup: iscoGroup.nullable(),
  /** When the search matched an alternative label rather than a preferred one, that label. */
  matchedAlternativeLabel: z.string().nullable(),
});
export type EscoOccupation = z.infer<typeof escoOccupation>;
export const escoOccupationList = z.object({ items: z.array(escoOccupation) });

export const escoSkill = z.object({ uri: z.string(), skillType: z.string(), label: escoLabels });
export type EscoSkill = z.infer<typeof escoSkill>;
export const escoSkillList = z.object({ items: z.array(escoSkill) });

export const occupationSkillsQuery = z.object({ occupation: escoUri });
/** ESCO's essential and optional skills of an occupation (those among the shipped skills). */
export const occupationSkills = z.object({ occupation: escoOccupation, essential: z.array(escoSkill), optional: z.array(escoSkill) });
export type OccupationSkills = z.infer<typeof occupationSkills>;
