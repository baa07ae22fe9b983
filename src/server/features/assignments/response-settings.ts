import { eq } from 'drizzle-orm';
import type {
  AssignmentResponseSettings,
  ResponseTimeUnit,
  UpdateAssignmentResponseSettingsRequest,
} from '../../../contract/assignments.js';
import { users } from '../../auth/auth.tables.js';
import { organisationsAllowed } from '../../auth/policy.js';
import type { Transaction } from '../../db/transaction.js';
import { invalidField } from '../../errors.js';
import type { ActionContext } from '../../http/client-action.js';
import { chooseOrganisation, runOrganisationAction } from '../../http/organisation-action.js';
import { assignmentResponseSettings } from './assignments.tables.js';
import type { Workday } from './working-time.js';

/** Until a team lead or admin agrees another, employers are answered within 2 working days of an 08:00–16:00 working day. */
export const defaultResponseSettings = { amount: 2, unit: 'working_days', workdayStartMinute: 8 * 60, workdayEndMinute: 16 * 60 } as const;

/** A response time longer than a working month is no agreement an employer would accept. */
const maximumWorkingDays = 20;

export const workdayOf = (settings: Pick<AssignmentResponseSettings, 'workdayStartMinute' | 'workdayEndMinute'>): Workday => ({
  startMinute: settings.workdayStartMinute,
  endMinute: settings.workdayEndMinute,
});

export async function loadResponseSettings(tx: Transaction, organisationId: string): Promise<AssignmentResponseSettings> {
  const [row] = await tx
    .select({
      amount: assignmentResponseSettings.amount,
      unit: assignmentResponseSettings.unit,
      workdayStartMinute: assignmentResponseSettings.workdayStartMinute,
      workdayEndMinute: assignmentResponseSettings.workdayEndMinute,
      updatedAt: assignmentResponseSettings.updatedAt,
      updatedByName: users.name,
    })
    .from(assignmentResponseSettings)
    .leftJoin(users, eq(users.id, assignmentResponseSettings.updatedBy))
    .where(eq(assignmentResponseSettings.organisationId, organisationId));
  if (!row) return { organisationId, ...defaultResponseSettings, isDefault: true, updatedAt: null, updatedByName: null };
  return {
    organisationId,
    ...row,
    unit: row.unit as ResponseTimeUnit,
    isDefault: false,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/**
 * Employer staff read the agreed response time (assignment.read); admins, who agree it but do not
 * work with assignments, read it through assignment.settings.manage.
 */
export function getResponseSettings(context: ActionContext, organisationId: string | undefined): Promise<AssignmentResponseSettings> {
  const managed = organisationsAllowed(context.actor, 'assignment.settings.manage');
  const manages = organisationId === undefined ? managed.length > 0 : managed.includes(organisationId);
  const action = manages ? 'assignment.settings.manage' : 'assignment.read';
  const chosen = chooseOrganisation(context, action, organisationId);
  return runOrganisationAction(context, action, chosen, (tx) => loadResponseSettings(tx, chosen), { audit: 'none' });
}

/** A changed response time applies to assignments received from now on; recorded due times stay. */
export function updateResponseSettings(
  context: ActionContext,
  input: UpdateAssignmentResponseSettingsRequest,
): Promise<AssignmentResponseSettings> {
  const { organisationId: requested, ...fields } = input;
  const organisationId = chooseOrganisation(context, 'assignment.settings.manage', requested);
  return runOrganisationAction(
    context,
    'assignment.settings.manage',
    organisationId,
    async (tx) => {
      if (fields.workdayEndMinute <= fields.workdayStartMinute) throw invalidField('workdayEndMinute', 'workday_end_before_start');
      if (fields.unit === 'working_days' && fields.amount > maximumWorkingDays) throw invalidField('amount', 'too_large');
      const values = { ...fields, updatedBy: context.actor.userId, updatedAt: context.now };
      await tx
        .insert(assignmentResponseSettings)
        .values({ organisationId, ...values })
        .onConflictDoUpdate({ target: assignmentResponseSettings.organisationId, set: values });
      return loadResponseSettings(tx, organisationId);
    },
    { audit: 'write', targetId: () => organisationId },
  );
}
