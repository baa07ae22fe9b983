import { parse } from 'csv-parse/sync';
import type { FastifyInstance } from 'fastify';
import {
  clientImportColumns,
  clientImportMaxBytes,
  requiredClientImportColumns,
  type ClientImportColumn,
} from '../../../contract/client-import.js';
import type { ClientFieldsInput } from '../../../contract/clients.js';
import type { FieldErrorCode } from '../../../contract/errors.js';
import { AppError } from '../../errors.js';

/** The columns a kind of import file may have, and those it must have. */
export type ImportFormat<Column extends string> = { columns: readonly Column[]; required: readonly Column[] };

export const clientImportFormat: ImportFormat<ClientImportColumn> = { columns: clientImportColumns, required: requiredClientImportColumns };

export type ImportRecord<Column extends string = ClientImportColumn> = {
  /** The line where the record starts; the header is line 1. */
  line: number;
  values: Partial<Record<Column, string>>;
  /** Values beyond the header's columns: the row is out of step with the header. */
  hasExtraValues: boolean;
};

export type ImportFile<Column extends string = ClientImportColumn> = { columns: ReadonlySet<Column>; records: ImportRecord<Column>[] };

/**
 * Files are UTF-8 as documented, but a file saved by Excel as "CSV (semicolon delimited)" is
 * Windows-1252: rather than turning every ä and ö into garbage, such a file is read as what it is.
 */
export function decodeCsvText(body: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return new TextDecoder('windows-1252').decode(body);
  }
}

/**
 * For an import's routes plugin: CSV request bodies, decoded as above. Registered inside that plugin
 * only, so no other route accepts CSV bodies or files this large.
 */
export function acceptCsvBodies(app: FastifyInstance): void {
  app.addContentTypeParser('text/csv', { parseAs: 'buffer', bodyLimit: clientImportMaxBytes }, (_request, body, done) => {
    done(null, decodeCsvText(body as Buffer));
  });
}

/** Finnish Excel writes semicolons (the comma is the decimal separator); the header line tells which. */
function delimiterOf(text: string): ';' | ',' {
  const headerLine = text.slice(0, text.search(/\r?\n|$/));
  return headerLine.split(';').length > headerLine.split(',').length ? ';' : ',';
}

const headerError = (problems: FieldErrorCode[]) =>
  new AppError(
    'validation',
    problems.map((code) => ({ path: 'header', code })),
  );

function columnsOfHeader<Column extends string>(header: string[], format: ImportFormat<Column>): (Column | null)[] {
  const names = header.map((name) => name.trim().toLowerCase());
  const problems: FieldErrorCode[] = [];
  // Excel adds empty columns after the data when a sheet once had them; they carry nothing.
  if (names.some((name) => name !== '' && !(format.columns as readonly string[]).includes(name))) problems.push('unknown_column');
  if (format.required.some((column) => !names.includes(column))) problems.push('missing_column');
  if (problems.length > 0) throw headerError(problems);
  return names.map((name) => (name === '' ? null : (name as Column)));
}

const newlinesIn = (fields: string[]) =>
  fields.reduce((count, field) => count + (field.includes('\n') ? field.split('\n').length - 1 : 0), 0);

/** Reads the header and the records; any header problem answers 400 before a row is looked at. */
export function parseImportFile<Column extends string>(text: string, format: ImportFormat<Column>): ImportFile<Column> {
  let parsed: { record: string[]; info: { lines: number } }[];
  try {
    parsed = parse(text, {
      delimiter: delimiterOf(text),
      bom: true,
      info: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
    }) as unknown as typeof parsed;
  } catch {
    throw new AppError('validation', [{ path: 'file', code: 'invalid' }]);
  }
  const [header, ...rows] = parsed;
  if (!header) throw headerError(['missing_column']);
  const columns = columnsOfHeader(header.record, format);
  const records = rows.map(({ record, info }): ImportRecord<Column> => {
    const values: ImportRecord<Column>['values'] = {};
    columns.forEach((column, index) => {
      if (column && record[index] !== undefined) values[column] = record[index]!.trim();
    });
    return {
      line: info.lines - newlinesIn(record),
      values,
      hasExtraValues:
        record.slice(columns.length).some((value) => value.trim() !== '') ||
        columns.some((column, index) => !column && record[index]?.trim()),
    };
  });
  return { columns: new Set(columns.filter((column) => column !== null)), records };
}

export const blankToNull = (value: string | undefined) => (value ? value : null);
const listOf = (value: string | undefined) =>
  value
    ? value
        .split('|')
        .map((item) => item.trim().toLowerCase())
        .filter((item) => item !== '')
    : [];
/** Excel drops leading zeros from numeric-looking cells: 91 is Helsinki's 091, 100 the postal code 00100. */
const withLeadingZeros = (value: string, length: number) =>
  /^\d+$/.test(value) && value.length < length ? value.padStart(length, '0') : value;

/** d.m.yyyy is how Finnish Excel shows dates; anything else is left for the schema to judge. */
function isoDateOf(value: string | undefined): string | null {
  if (!value) return null;
  const finnish = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
  return finnish ? `${finnish[3]}-${finnish[2]!.padStart(2, '0')}-${finnish[1]!.padStart(2, '0')}` : value;
}

const finnishGenders: Record<string, string> = { nainen: 'female', mies: 'male', muu: 'other' };

function genderOf(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const lower = value.toLowerCase();
  return finnishGenders[lower] ?? lower;
}

function iscedLevelOf(value: string | undefined): number | string | null {
  if (!value) return null;
  return /^\d+$/.test(value) ? Number(value) : value;
}

/** Municipality names (Finnish or Swedish, any case) resolve to codes; codes pass through. */
export function municipalityCodeOf(value: string | undefined, codeByName: ReadonlyMap<string, string>): string {
  if (!value) return '';
  if (/^\d+$/.test(value)) return withLeadingZeros(value, 3);
  return codeByName.get(value.toLowerCase()) ?? value;
}

/**
 * One record as the input of the API's own new-client schema. Values that cannot be read are
 * passed on as they are, so the schema reports them with the same codes as the form would.
 */
export function clientInputOf(values: ImportRecord['values'], municipalityCodeByName: ReadonlyMap<string, string>): ClientFieldsInput {
  return {
    firstName: values.first_name ?? '',
    lastName: values.last_name ?? '',
    identityCode: blankToNull(values.identity_code),
    dateOfBirth: isoDateOf(values.date_of_birth),
    gender: genderOf(values.gender) as ClientFieldsInput['gender'],
    municipalityCode: municipalityCodeOf(values.municipality_code, municipalityCodeByName),
    email: blankToNull(values.email),
    phone: blankToNull(values.phone),
    streetAddress: blankToNull(values.street_address),
    postalCode: values.postal_code ? withLeadingZeros(values.postal_code, 5) : null,
    motherTongue: blankToNull(values.mother_tongue?.toLowerCase()),
    languages: listOf(values.languages),
    iscedLevel: iscedLevelOf(values.isced_level) as number | null,
    targetGroups: listOf(values.target_groups) as ClientFieldsInput['targetGroups'],
    unemployedSince: isoDateOf(values.unemployed_since),
    teamId: null,
  };
}
