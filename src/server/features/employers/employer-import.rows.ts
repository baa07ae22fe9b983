import type { EmployerImportColumn } from '../../../contract/employer-import.js';
import { employerFields, type EmployerFields, type EmployerFieldsInput } from '../../../contract/employers.js';
import { fieldCodeOfIssue } from '../../../contract/errors.js';
import { blankToNull, municipalityCodeOf, type ImportRecord } from '../client-import/client-import.parse.js';
import type { ImportProblem, PlannedImportRow } from '../client-import/import-summary.js';
import { employerFieldProblems } from './employer-checks.js';

/** Everything the rows are checked and matched against, loaded once for the whole file. */
export type EmployerImportLookups = {
  municipalityCodes: ReadonlySet<string>;
  municipalityCodeByName: ReadonlyMap<string, string>;
  industrySections: ReadonlySet<string>;
  /** Coaches, coordinators and team leads of the organisation by lower-case e-mail. */
  staffByEmail: ReadonlyMap<string, string>;
  employerByBusinessId: ReadonlyMap<string, string>;
  /** Employers without a business ID, by lower-case name. */
  employersByName: ReadonlyMap<string, string[]>;
};

export type PlannedEmployerRow =
  | Extract<PlannedImportRow, { action: 'reject' }>
  | { line: number; action: 'create' | 'update'; recordId: string | null; fields: EmployerFields };

type Values = ImportRecord<EmployerImportColumn>['values'];

const columnOfField: Record<keyof EmployerFields, EmployerImportColumn> = {
  name: 'name',
  businessId: 'business_id',
  industrySection: 'industry_section',
  sizeClass: 'size_class',
  economySector: 'economy_sector',
  municipalityCode: 'municipality_code',
  website: 'website',
  notes: 'notes',
  ownerUserId: 'owner_email',
};

/** Finnish words for the vocabularies, as a spreadsheet made in Finland has them. */
const finnishSizeClasses: Record<string, string> = {
  mikro: 'micro',
  pieni: 'small',
  keskisuuri: 'medium',
  suuri: 'large',
  tuntematon: 'unknown',
};
const finnishEconomySectors: Record<string, string> = {
  yksityinen: 'private',
  julkinen: 'public',
  'kolmas sektori': 'third_sector',
  kolmas_sektori: 'third_sector',
};

function vocabularyValue(value: string | undefined, finnish: Record<string, string>): string | undefined {
  if (!value) return undefined;
  const lower = value.toLowerCase();
  return finnish[lower] ?? lower;
}

/**
 * One record as the input of the API's own employer schema. Values that cannot be read are passed
 * on as they are, so the schema reports them with the same codes as the form would.
 */
function employerInputOf(values: Values, lookups: EmployerImportLookups, ownerUserId: string | null): EmployerFieldsInput {
  return {
    name: values.name ?? '',
    businessId: blankToNull(values.business_id),
    industrySection: blankToNull(values.industry_section?.toUpperCase()) as EmployerFieldsInput['industrySection'],
    sizeClass: vocabularyValue(values.size_class, finnishSizeClasses) as EmployerFieldsInput['sizeClass'],
    economySector: vocabularyValue(values.economy_sector, finnishEconomySectors) as EmployerFieldsInput['economySector'],
    municipalityCode: blankToNull(municipalityCodeOf(values.municipality_code, lookups.municipalityCodeByName)),
    website: blankToNull(values.website),
    notes: blankToNull(values.notes),
    ownerUserId,
  };
}

type CheckedRecord = { line: number; problems: ImportProblem[]; fields: EmployerFields | null };

/** The same schema and checks as the employer form, with the reference facts answered from the lookups. */
function checkRecord(record: ImportRecord<EmployerImportColumn>, lookups: EmployerImportLookups): CheckedRecord {
  const problems: ImportProblem[] = [];
  if (record.hasExtraValues) problems.push({ field: 'row', code: 'invalid' });
  const ownerEmail = record.values.owner_email?.toLowerCase();
  const ownerUserId = ownerEmail ? (lookups.staffByEmail.get(ownerEmail) ?? null) : null;
  if (ownerEmail && !ownerUserId) problems.push({ field: 'owner_email', code: 'unknown_user' });
  const parsed = employerFields.safeParse(employerInputOf(record.values, lookups, ownerUserId));
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      problems.push({ field: columnOfField[issue.path[0] as keyof EmployerFields] ?? 'row', code: fieldCodeOfIssue(issue) });
    return { line: record.line, problems, fields: null };
  }
  const fields = parsed.data;
  const facts = {
    industrySectionExists: !fields.industrySection || lookups.industrySections.has(fields.industrySection),
    municipalityExists: !fields.municipalityCode || lookups.municipalityCodes.has(fields.municipalityCode),
    ownerIsStaff: true,
  };
  for (const problem of employerFieldProblems(fields, facts)) {
    problems.push({ field: columnOfField[problem.path as keyof EmployerFields], code: problem.code });
  }
  return { line: record.line, problems, fields };
}

/** A row's identity in the file: its business ID, or its name when it has none. */
const keyOf = (fields: EmployerFields) => (fields.businessId ? `business-id:${fields.businessId}` : `name:${fields.name.toLowerCase()}`);

/** The employer a row describes: the one with its business ID, or without one the only employer of that name without a business ID. */
function matchOf(fields: EmployerFields, lookups: EmployerImportLookups): string | null {
  if (fields.businessId) return lookups.employerByBusinessId.get(fields.businessId) ?? null;
  const candidates = lookups.employersByName.get(fields.name.toLowerCase());
  return candidates?.length === 1 ? candidates[0]! : null;
}

function countsOf(keys: (string | null)[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) if (key !== null) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

/**
 * Decides each row: reject, update the employer it matches, or create. Two rows about the same
 * employer are both rejected: which of them is right is for the person who made the file to decide.
 */
export function planEmployerRows(records: ImportRecord<EmployerImportColumn>[], lookups: EmployerImportLookups): PlannedEmployerRow[] {
  const checked = records.map((record) => checkRecord(record, lookups));
  const keyCounts = countsOf(checked.map((row) => (row.fields ? keyOf(row.fields) : null)));
  for (const row of checked) {
    if (row.fields && keyCounts.get(keyOf(row.fields))! > 1) {
      row.problems.push({ field: row.fields.businessId ? 'business_id' : 'name', code: 'duplicate_in_file' });
    }
  }
  const matches = checked.map((row) => (row.problems.length === 0 ? matchOf(row.fields!, lookups) : null));
  return checked.map((row, index): PlannedEmployerRow => {
    if (row.problems.length > 0) return { line: row.line, action: 'reject', problems: row.problems };
    const employerId = matches[index]!;
    return { line: row.line, action: employerId ? 'update' : 'create', recordId: employerId, fields: row.fields! };
  });
}
