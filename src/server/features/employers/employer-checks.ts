import type { EmployerFields } from '../../../contract/employers.js';
import type { FieldProblem } from '../clients/client-checks.js';
import type { Transaction } from '../../db/transaction.js';
import * as queries from './employers.queries.js';

/**
 * What the shared schema cannot know: the reference lists and the organisation's staff. The form
 * looks each fact up; the CSV import answers them from lists it loaded once for the whole file.
 */
export type EmployerReferenceFacts = { municipalityExists: boolean; industrySectionExists: boolean; ownerIsStaff: boolean };

export function employerFieldProblems(fields: EmployerFields, facts: EmployerReferenceFacts): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!facts.industrySectionExists) problems.push({ path: 'industrySection', code: 'unknown_industry_section' });
  if (!facts.municipalityExists) problems.push({ path: 'municipalityCode', code: 'unknown_municipality' });
  if (!facts.ownerIsStaff) problems.push({ path: 'ownerUserId', code: 'unknown_user' });
  return problems;
}

export async function checkEmployerFields(tx: Transaction, organisationId: string, fields: EmployerFields): Promise<FieldProblem[]> {
  return employerFieldProblems(fields, {
    industrySectionExists: !fields.industrySection || (await queries.industrySectionExists(tx, fields.industrySection)),
    municipalityExists: !fields.municipalityCode || (await queries.municipalityExists(tx, fields.municipalityCode)),
    ownerIsStaff: !fields.ownerUserId || (await queries.staffAmong(tx, organisationId, [fields.ownerUserId])).has(fields.ownerUserId),
  });
}
