import { z } from 'zod';
import { clientImportQuery, clientImportResult, clientImportRow } from './client-import.js';
import { id } from './common.js';

/** The columns of an employer import file, as named on its header row (documented in docs/employer-import.md). */
export const employerImportColumns = [
  'name',
  'business_id',
  'industry_section',
  'size_class',
  'economy_sector',
  'municipality_code',
  'website',
  'notes',
  'owner_email',
] as const;
export type EmployerImportColumn = (typeof employerImportColumns)[number];

/** Without a name a row cannot describe an employer; every other column may be left out. */
export const requiredEmployerImportColumns = ['name'] as const satisfies readonly EmployerImportColumn[];

/** The same modes, organisation choice, size limit and row listing as the client import. */
export const employerImportQuery = clientImportQuery;

/** A client import's row and answer, with the employer created or updated (on a dry run only for updates). */
export const employerImportRow = clientImportRow.omit({ clientId: true }).extend({ employerId: id.optional() });
export type EmployerImportRow = z.infer<typeof employerImportRow>;

export const employerImportResult = clientImportResult.extend({ rows: z.array(employerImportRow) });
export type EmployerImportResult = z.infer<typeof employerImportResult>;
