import type { ClientFields } from '../../../contract/clients.js';
import type { FieldErrorCode } from '../../../contract/errors.js';
import { parseIdentityCode } from '../../../contract/identity-code.js';
import type { FieldCipher } from '../../crypto/field-encryption.js';
import type { Transaction } from '../../db/transaction.js';
import * as queries from './clients.queries.js';

export type FieldProblem = { path: string; code: FieldErrorCode };

/**
 * What the checks need to know from the database. A single form looks each fact up; the CSV
 * import answers them from reference lists it loaded once for the whole file.
 */
export type ClientReferenceFacts = { municipalityExists: boolean; iscedLevelExists: boolean; teamInOrganisation: boolean };

export async function lookUpReferenceFacts(tx: Transaction, fields: ClientFields, organisationId: string): Promise<ClientReferenceFacts> {
  return {
    municipalityExists: await queries.municipalityExists(tx, fields.municipalityCode),
    iscedLevelExists: fields.iscedLevel === null || (await queries.iscedLevelExists(tx, fields.iscedLevel)),
    teamInOrganisation: !fields.teamId || (await queries.teamInOrganisation(tx, fields.teamId, organisationId)),
  };
}

/**
 * Checks what the shared zod schema cannot: reference lists, the organisation's teams and date
 * logic. The identity code is the authority on date of birth; it also fills an unknown gender.
 */
export function checkClientFields(
  fields: ClientFields,
  facts: ClientReferenceFacts,
  today: string,
): { fields: ClientFields; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  if (!facts.municipalityExists) problems.push({ path: 'municipalityCode', code: 'unknown_municipality' });
  if (!facts.iscedLevelExists) problems.push({ path: 'iscedLevel', code: 'unknown_isced_level' });
  if (!facts.teamInOrganisation) problems.push({ path: 'teamId', code: 'unknown_team' });
  if (fields.unemployedSince && fields.unemployedSince > today) problems.push({ path: 'unemployedSince', code: 'date_in_future' });
  if (fields.dateOfBirth && fields.dateOfBirth > today) problems.push({ path: 'dateOfBirth', code: 'date_in_future' });
  let { dateOfBirth, gender } = fields;
  if (fields.identityCode) {
    const codeFacts = parseIdentityCode(fields.identityCode)!;
    if (dateOfBirth && dateOfBirth !== codeFacts.dateOfBirth) problems.push({ path: 'dateOfBirth', code: 'identity_code_mismatch' });
    dateOfBirth = codeFacts.dateOfBirth;
    if (gender === 'unknown') gender = codeFacts.gender;
  }
  return { fields: { ...fields, dateOfBirth, gender }, problems };
}

/** The identity code is stored encrypted, with a blind index for duplicate checks and import matching. */
export function storedClientColumns(fields: ClientFields, cipher: FieldCipher) {
  const { identityCode, ...rest } = fields;
  return {
    ...rest,
    identityCodeEncrypted: identityCode ? cipher.encrypt(identityCode) : null,
    identityCodeHash: identityCode ? cipher.blindIndex(identityCode) : null,
  };
}
