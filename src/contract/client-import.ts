import { z } from 'zod';
import { id } from './common.js';
import { fieldErrorCodes } from './errors.js';

/** The columns of a client import file, as named on its header row (documented in docs/client-import.md). */
export const clientImportColumns = [
  'first_name',
  'last_name',
  'identity_code',
  'date_of_birth',
  'gender',
  'municipality_code',
  'email',
  'phone',
  'street_address',
  'postal_code',
  'mother_tongue',
  'languages',
  'isced_level',
  'target_groups',
  'unemployed_since',
  'responsible_coach_email',
] as const;
export type ClientImportColumn = (typeof clientImportColumns)[number];

/** A file without these columns cannot describe a client at all; every other column may be left out. */
export const requiredClientImportColumns = [
  'first_name',
  'last_name',
  'municipality_code',
] as const satisfies readonly ClientImportColumn[];

export const clientImportModes = ['dry-run', 'commit'] as const;
export const clientImportActions = ['create', 'update', 'reject'] as const;

/** The largest file the import accepts: room for well over 100,000 clients. */
export const clientImportMaxBytes = 50 * 1024 * 1024;
/** The answer lists at most this many rejected and this many accepted rows; the counts cover all rows. */
export const clientImportListedRows = 1000;

export const clientImportQuery = z.object({
  mode: z.enum(clientImportModes),
  /** Needed only by a user who may import into more than one organisation. */
  organisationId: id.optional(),
});

/** `field` is the file's column name, or 'row' for a problem of the row as a whole. */
export const clientImportError = z.object({ field: z.string(), code: z.enum(fieldErrorCodes), message: z.string() });

export const clientImportRow = z.object({
  /** The line number in the file where the row starts; the header is line 1. */
  row: z.number().int(),
  action: z.enum(clientImportActions),
  errors: z.array(clientImportError),
  /** The client created or updated; on a dry run only for updates. */
  clientId: id.optional(),
});
export type ClientImportRow = z.infer<typeof clientImportRow>;

export const clientImportResult = z.object({
  mode: z.enum(clientImportModes),
  counts: z.object({ create: z.number().int(), update: z.number().int(), reject: z.number().int() }),
  rows: z.array(clientImportRow),
  /** Rows not listed in `rows` because of the limit; they are included in `counts`. */
  unlistedRows: z.number().int(),
});
export type ClientImportResult = z.infer<typeof clientImportResult>;
