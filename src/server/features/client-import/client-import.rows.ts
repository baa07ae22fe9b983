import type { ClientImportColumn } from '../../../contract/client-import.js';
import { clientFields, type ClientFields } from '../../../contract/clients.js';
import { fieldCodeOfIssue, type FieldErrorCode } from '../../../contract/errors.js';
import { isValidIdentityCode } from '../../../contract/identity-code.js';
import { checkClientFields } from '../clients/client-checks.js';
import { clientInputOf, type ImportRecord } from './client-import.parse.js';

/** Everything the rows are checked and matched against, loaded once for the whole file. */
export type ImportLookups = {
  municipalityCodes: ReadonlySet<string>;
  municipalityCodeByName: ReadonlyMap<string, string>;
  iscedLevels: ReadonlySet<number>;
  /** Coaches and team leads of the organisation by lower-case e-mail. */
  caseworkers: ReadonlyMap<string, { userId: string; teamId: string | null }>;
  clientByIdentityCodeHash: ReadonlyMap<string, string>;
  /** Client ids by personKey(first name, last name, date of birth). */
  clientsByPerson: ReadonlyMap<string, string[]>;
};

export type RowProblem = { field: ClientImportColumn | 'row'; code: FieldErrorCode };

export type PlannedRow =
  | { line: number; action: 'reject'; problems: RowProblem[] }
  | {
      line: number;
      action: 'create' | 'update';
      /** The matched client on update; assigned on commit for a create. */
      clientId: string | null;
      fields: ClientFields;
      /** The personal coach named in the file and their team, when the file names one. */
      coach: { userId: string; teamId: string | null } | null;
    };

export const personKey = (firstName: string, lastName: string, dateOfBirth: string) =>
  `${firstName.trim().toLowerCase()}|${lastName.trim().toLowerCase()}|${dateOfBirth}`;

const columnOfField: Record<keyof ClientFields, ClientImportColumn | 'row'> = {
  firstName: 'first_name',
  lastName: 'last_name',
  identityCode: 'identity_code',
  dateOfBirth: 'date_of_birth',
  gender: 'gender',
  municipalityCode: 'municipality_code',
  email: 'email',
  phone: 'phone',
  streetAddress: 'street_address',
  postalCode: 'postal_code',
  motherTongue: 'mother_tongue',
  languages: 'languages',
  iscedLevel: 'isced_level',
  targetGroups: 'target_groups',
  unemployedSince: 'unemployed_since',
  teamId: 'row',
};

type CheckedRecord = {
  line: number;
  problems: RowProblem[];
  fields: ClientFields | null;
  coach: { userId: string; teamId: string | null } | null;
  identityCode: string | null;
};

/** The same schema and checks as the new-client form, with the reference facts answered from the lookups. */
function checkRecord(record: ImportRecord, lookups: ImportLookups, today: string): CheckedRecord {
  const problems: RowProblem[] = [];
  if (record.hasExtraValues) problems.push({ field: 'row', code: 'invalid' });
  const coachEmail = record.values.responsible_coach_email?.toLowerCase();
  const coach = coachEmail ? (lookups.caseworkers.get(coachEmail) ?? null) : null;
  if (coachEmail && !coach) problems.push({ field: 'responsible_coach_email', code: 'unknown_user' });
  const parsed = clientFields.safeParse(clientInputOf(record.values, lookups.municipalityCodeByName));
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      problems.push({ field: columnOfField[issue.path[0] as keyof ClientFields] ?? 'row', code: fieldCodeOfIssue(issue) });
    // A row rejected for another reason still counts when its valid identity code appears twice.
    const rawCode = record.values.identity_code?.toUpperCase();
    return { line: record.line, problems, fields: null, coach, identityCode: rawCode && isValidIdentityCode(rawCode) ? rawCode : null };
  }
  const checked = checkClientFields(
    parsed.data,
    {
      municipalityExists: lookups.municipalityCodes.has(parsed.data.municipalityCode),
      iscedLevelExists: parsed.data.iscedLevel === null || lookups.iscedLevels.has(parsed.data.iscedLevel),
      teamInOrganisation: true,
    },
    today,
  );
  for (const problem of checked.problems)
    problems.push({ field: columnOfField[problem.path as keyof ClientFields] ?? 'row', code: problem.code });
  return { line: record.line, problems, fields: checked.fields, coach, identityCode: checked.fields.identityCode };
}

function countsOf(keys: (string | null)[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) if (key !== null) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

/** The existing client a row describes: by identity code, else by name and date of birth when that is unambiguous. */
function matchOf(fields: ClientFields, lookups: ImportLookups, blindIndex: (plain: string) => string): string | null {
  if (fields.identityCode) return lookups.clientByIdentityCodeHash.get(blindIndex(fields.identityCode)) ?? null;
  if (!fields.dateOfBirth) return null;
  const candidates = lookups.clientsByPerson.get(personKey(fields.firstName, fields.lastName, fields.dateOfBirth));
  return candidates?.length === 1 ? candidates[0]! : null;
}

/**
 * Decides each row: reject, update the client it matches, or create. Two rows about the same
 * person (the same identity code, or the same matched client) are both rejected: which of them
 * is right is for the person who made the file to decide.
 */
export function planRows(
  records: ImportRecord[],
  lookups: ImportLookups,
  today: string,
  blindIndex: (plain: string) => string,
): PlannedRow[] {
  const checked = records.map((record) => checkRecord(record, lookups, today));
  const codeCounts = countsOf(checked.map((row) => row.identityCode));
  for (const row of checked) {
    if (row.identityCode && codeCounts.get(row.identityCode)! > 1) row.problems.push({ field: 'identity_code', code: 'duplicate_in_file' });
  }
  const matches = checked.map((row) => (row.problems.length === 0 ? matchOf(row.fields!, lookups, blindIndex) : null));
  const matchCounts = countsOf(matches);
  return checked.map((row, index): PlannedRow => {
    const clientId = matches[index]!;
    if (clientId && matchCounts.get(clientId)! > 1) row.problems.push({ field: 'row', code: 'duplicate_in_file' });
    if (row.problems.length > 0) return { line: row.line, action: 'reject', problems: row.problems };
    return { line: row.line, action: clientId ? 'update' : 'create', clientId, fields: row.fields!, coach: row.coach };
  });
}
