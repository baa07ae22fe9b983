/**
 * The job seeker's competence profile: what they can do, want and must avoid — the data matching
 * ranks on. It uses the opportunities' vocabularies (ESCO occupations and skills, licences, CEFR
 * levels, job demands, TOL 2008 sections) so that matching compares like with like.
 */
import { z } from 'zod';
import { languageCode } from './clients.js';
import { id, isoDate, optionalText, requiredText } from './common.js';
import { industrySections } from './employers.js';
import { escoLabels, escoOccupation, escoUri } from './esco.js';
import { jobDemands, languageLevels, licences, weeklyHours } from './opportunities.js';

/** How well the person masters a skill, in their own and the coach's judgement. */
export const skillLevels = ['basic', 'good', 'expert'] as const;
export type SkillLevel = (typeof skillLevels)[number];

/** ISCED-F 2013 broad fields of education (the codes Statistics Finland's koulutusala 2016 also uses). */
export const educationFields = ['00', '01', '02', '03', '04', '05', '06', '07', '08', '09', '10'] as const;
export type EducationField = (typeof educationFields)[number];

export const educationFieldLabels: Record<EducationField, { fi: string; sv: string; en: string }> = {
  '00': { fi: 'Yleissivistävä koulutus', sv: 'Allmänbildande utbildning', en: 'Generic programmes and qualifications' },
  '01': { fi: 'Kasvatusalat', sv: 'Pedagogik', en: 'Education' },
  '02': { fi: 'Taiteet ja kulttuurialat', sv: 'Konst och kultur', en: 'Arts and humanities' },
  '03': { fi: 'Yhteiskunnalliset alat', sv: 'Samhällsvetenskap', en: 'Social sciences, journalism and information' },
  '04': { fi: 'Kauppa, hallinto ja oikeustieteet', sv: 'Handel, administration och juridik', en: 'Business, administration and law' },
  '05': { fi: 'Luonnontieteet', sv: 'Naturvetenskaper', en: 'Natural sciences, mathematics and statistics' },
  '06': {
    fi: 'Tietojenkäsittely ja tietoliikenne (ICT)',
    sv: 'Informations- och kommunikationsteknik (IKT)',
    en: 'Information and communication technologies',
  },
  '07': { fi: 'Tekniikan alat', sv: 'Teknik', en: 'Engineering, manufacturing and construction' },
  '08': { fi: 'Maa- ja metsätalousalat', sv: 'Lant- och skogsbruk', en: 'Agriculture, forestry, fisheries and veterinary' },
  '09': { fi: 'Terveys- ja hyvinvointialat', sv: 'Hälsovård och välfärd', en: 'Health and welfare' },
  '10': { fi: 'Palvelualat', sv: 'Tjänstebranschen', en: 'Services' },
};

/** The parts of a profile, as named in the change history. */
export const profileParts = [
  'occupationsOfInterest',
  'pastOccupations',
  'skills',
  'education',
  'licences',
  'languages',
  'workHistory',
  'preferences',
  'demandsToAvoid',
] as const;
export type ProfilePart = (typeof profileParts)[number];

const unique = <T>(values: T[]) => [...new Set(values)];
const orNull = <Schema extends z.ZodType>(schema: Schema) => schema.nullish().transform((value) => value ?? null);

/** The same entry twice (the same occupation, skill or language) is refused at the later one. */
function refuseDuplicates<Item>(key: (item: Item) => string, path: (index: number) => (string | number)[]) {
  return (items: Item[], context: z.RefinementCtx) => {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      if (seen.has(key(item))) context.addIssue({ code: 'custom', message: 'already_exists', path: path(index) });
      seen.add(key(item));
    });
  };
}

const occupationList = z
  .array(z.object({ uri: escoUri }))
  .max(20)
  .default([])
  .superRefine(
    refuseDuplicates(
      (item) => item.uri,
      (index) => [index, 'uri'],
    ),
  );

export const profileSkill = z.object({ uri: escoUri, level: z.enum(skillLevels) });
export const profileLanguage = z.object({ code: languageCode, level: z.enum(languageLevels) });
export const educationEntry = z.object({
  /** ISCED 2011 level 0–8, one of the reference list's levels. */
  iscedLevel: z.number().int().min(0).max(8),
  field: orNull(z.enum(educationFields)),
  /** The degree or qualification as the person names it, e.g. "Kokin ammattitutkinto". */
  qualification: optionalText(200),
  completedYear: orNull(z.number().int().min(1940).max(2100)),
});

export const workHistoryEntry = z
  .object({
    employerName: requiredText(200),
    title: requiredText(200),
    occupationUri: orNull(escoUri),
    from: isoDate,
    /** null while the work goes on. */
    to: orNull(isoDate),
  })
  .refine((entry) => entry.to === null || entry.to >= entry.from, { message: 'end_before_start', path: ['to'] });

export const profilePreferences = z
  .object({
    /** TOL 2008 sections the person would like to work in. */
    industrySections: z
      .array(z.enum(industrySections, 'unknown_industry_section'))
      .max(industrySections.length)
      .default([])
      .transform(unique),
    hoursPerWeekMin: orNull(weeklyHours),
    hoursPerWeekMax: orNull(weeklyHours),
    partTimeOk: z.boolean().default(false),
    shiftWorkOk: z.boolean().default(false),
    remoteWanted: z.boolean().default(false),
    /** The longest daily commute one way, as a distance, as a time, or both. */
    maxCommuteKm: orNull(z.number().int().min(1).max(500)),
    maxCommuteMinutes: orNull(z.number().int().min(5).max(300)),
    earliestStartDate: orNull(isoDate),
  })
  .refine((value) => value.hoursPerWeekMin === null || value.hoursPerWeekMax === null || value.hoursPerWeekMax >= value.hoursPerWeekMin, {
    message: 'too_small',
    path: ['hoursPerWeekMax'],
  });
export type ProfilePreferences = z.infer<typeof profilePreferences>;

export const competenceProfileFields = z.object({
  occupationsOfInterest: occupationList,
  pastOccupations: occupationList,
  skills: z
    .array(profileSkill)
    .max(100)
    .default([])
    .superRefine(
      refuseDuplicates(
        (skill) => skill.uri,
        (index) => [index, 'uri'],
      ),
    ),
  education: z.array(educationEntry).max(10).default([]),
  licences: z.array(z.enum(licences)).max(licences.length).default([]).transform(unique),
  languages: z
    .array(profileLanguage)
    .max(20)
    .default([])
    .superRefine(
      refuseDuplicates(
        (language) => language.code,
        (index) => [index, 'code'],
      ),
    ),
  workHistory: z.array(workHistoryEntry).max(50).default([]),
  preferences: profilePreferences.default({
    industrySections: [],
    hoursPerWeekMin: null,
    hoursPerWeekMax: null,
    partTimeOk: false,
    shiftWorkOk: false,
    remoteWanted: false,
    maxCommuteKm: null,
    maxCommuteMinutes: null,
    earliestStartDate: null,
  }),
  /**
   * Work-ability considerations, only as job demands the person should not be given (e.g. heavy
   * lifting, night work) — never a diagnosis or free text. Matching excludes jobs with these demands.
   */
  demandsToAvoid: z.array(z.enum(jobDemands)).max(jobDemands.length).default([]).transform(unique),
});
export type CompetenceProfileFields = z.infer<typeof competenceProfileFields>;
export type CompetenceProfileFieldsInput = z.input<typeof competenceProfileFields>;

/** `version` is the one the user saw: 0 for a profile not yet saved. A stale one answers 409 stale_version. */
export const updateCompetenceProfileRequest = competenceProfileFields.extend({ version: z.number().int().min(0) });

const occupationView = escoOccupation.omit({ matchedAlternativeLabel: true });
export type ProfileOccupation = z.infer<typeof occupationView>;
const changedBy = z.object({ userId: id, name: z.string() }).nullable();

export const competenceProfile = z.object({
  clientId: id,
  occupationsOfInterest: z.array(occupationView),
  pastOccupations: z.array(occupationView),
  skills: z.array(profileSkill.extend({ label: escoLabels.nullable() })),
  education: z.array(
    z.object({
      iscedLevel: z.number().int(),
      field: z.enum(educationFields).nullable(),
      qualification: z.string().nullable(),
      completedYear: z.number().int().nullable(),
    }),
  ),
  licences: z.array(z.enum(licences)),
  languages: z.array(z.object({ code: z.string(), level: z.enum(languageLevels) })),
  workHistory: z.array(
    z.object({
      employerName: z.string(),
      title: z.string(),
      occupation: occupationView.nullable(),
      from: isoDate,
      to: isoDate.nullable(),
    }),
  ),
  preferences: z.object({
    industrySections: z.array(z.enum(industrySections)),
    hoursPerWeekMin: z.number().nullable(),
    hoursPerWeekMax: z.number().nullable(),
    partTimeOk: z.boolean(),
    shiftWorkOk: z.boolean(),
    remoteWanted: z.boolean(),
    maxCommuteKm: z.number().int().nullable(),
    maxCommuteMinutes: z.number().int().nullable(),
    earliestStartDate: isoDate.nullable(),
  }),
  demandsToAvoid: z.array(z.enum(jobDemands)),
  /** 0 until the profile is first saved. */
  version: z.number().int(),
  updatedAt: z.string().nullable(),
  updatedBy: changedBy,
  permissions: z.object({ write: z.boolean() }),
});
export type CompetenceProfile = z.infer<typeof competenceProfile>;

/** One saved version: who saved it, when, and which parts of the profile it changed. */
export const competenceProfileVersion = z.object({
  version: z.number().int(),
  changedAt: z.string(),
  changedBy: changedBy,
  changedParts: z.array(z.enum(profileParts)),
});
export type CompetenceProfileVersion = z.infer<typeof competenceProfileVersion>;
export const competenceProfileHistory = z.object({ items: z.array(competenceProfileVersion) });
