import { z } from 'zod';

export const locales = ['fi', 'sv', 'en'] as const;
export type Locale = (typeof locales)[number];

export const id = z.uuid();
/** Calendar date without time (Europe/Helsinki), e.g. 2026-11-23. */
export const isoDate = z.iso.date();
/** A yes/no query-string parameter: `true` or `false`, absent meaning no choice. */
export const queryFlag = z
  .enum(['true', 'false'])
  .transform((value) => value === 'true')
  .optional();
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((value) => (value === '' ? null : value))
    .nullish()
    .transform((value) => value ?? null);
export const requiredText = (max: number) => z.string().trim().min(1).max(max);

export const pageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const page = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

export const idParams = z.object({ id });

export const okResponse = z.object({ ok: z.literal(true) });
