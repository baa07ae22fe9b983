import { z } from 'zod';

const finnishAndSwedish = z.object({ fi: z.string(), sv: z.string() });

export const municipality = z.object({
  code: z.string(),
  name: finnishAndSwedish,
  region: z.object({ code: z.string(), name: finnishAndSwedish.extend({ en: z.string() }) }),
});
export type Municipality = z.infer<typeof municipality>;
export const municipalityList = z.object({ items: z.array(municipality) });

export const iscedLevel = z.object({ level: z.number().int(), label: z.object({ fi: z.string(), en: z.string() }), esfGroup: z.string() });
export type IscedLevel = z.infer<typeof iscedLevel>;
export const iscedLevelList = z.object({ items: z.array(iscedLevel) });

export const postalCodeQuery = z.object({
  municipality: z
    .string()
    .regex(/^\d{3}$/, 'unknown_municipality')
    .optional(),
});
export const postalCode = z.object({ code: z.string(), name: finnishAndSwedish, municipalityCode: z.string() });
export type PostalCode = z.infer<typeof postalCode>;
export const postalCodeList = z.object({ items: z.array(postalCode) });

/** TOL 2008 main classes (sections A–U), named in every UI language. */
export const industrySection = z.object({ code: z.string(), name: z.object({ fi: z.string(), sv: z.string(), en: z.string() }) });
export type IndustrySectionName = z.infer<typeof industrySection>;
export const industrySectionList = z.object({ items: z.array(industrySection) });
