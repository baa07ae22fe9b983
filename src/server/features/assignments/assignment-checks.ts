import type { CreateAssignmentRequest } from '../../../contract/assignments.js';
import type { Transaction } from '../../db/transaction.js';
import { invalidField } from '../../errors.js';
import * as queries from './assignments.queries.js';

type AssignmentFields = Omit<CreateAssignmentRequest, 'receivedAt'>;
/** What the assignment names now, so that a contact who has since left may stay on it. */
type Current = { contactId: string | null };

/**
 * The rules for what an assignment may name, checked inside the transaction: the contact and the
 * opportunity are the same employer's, the responder is employer-work staff of the organisation
 * and the assignment group one of its teams. Returns the requested role, taken from the linked
 * opportunity's title when the request names none.
 */
export async function checkAssignmentFields(
  tx: Transaction,
  organisationId: string,
  employerId: string,
  fields: AssignmentFields,
  current: Current | null = null,
): Promise<string> {
  if (fields.contactId) {
    const contact = await queries.contactOfEmployer(tx, employerId, fields.contactId);
    const leftBeforeNamed = contact?.archivedAt && current?.contactId !== fields.contactId;
    if (!contact || leftBeforeNamed) throw invalidField('contactId', 'unknown_contact');
  }
  let requestedRole = fields.requestedRole;
  if (fields.opportunityId) {
    const opportunity = await queries.opportunityOfEmployer(tx, employerId, fields.opportunityId);
    if (!opportunity) throw invalidField('opportunityId', 'unknown_opportunity');
    requestedRole ??= opportunity.title;
  }
  if (!requestedRole) throw invalidField('requestedRole', 'required');
  if (!fields.responderUserId && !fields.responderTeamId) throw invalidField('responderUserId', 'required');
  if (fields.responderUserId && !(await queries.isResponder(tx, organisationId, fields.responderUserId)))
    throw invalidField('responderUserId', 'unknown_user');
  if (fields.responderTeamId && !(await queries.isTeamOf(tx, organisationId, fields.responderTeamId)))
    throw invalidField('responderTeamId', 'unknown_team');
  return requestedRole;
}
