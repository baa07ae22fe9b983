import { eq, max } from 'drizzle-orm';
import { inPersonInteractionKinds, type Employer, type EmployerStage, type InteractionRequest } from '../../../contract/employers.js';
import type { FieldProblem } from '../clients/client-checks.js';
import type { Transaction } from '../../db/transaction.js';
import { AppError, conflict, invalidField } from '../../errors.js';
import type { ActionContext } from '../../http/client-action.js';
import { runOrganisationRecordAction } from '../../http/organisation-action.js';
import { helsinkiDate } from '../../time.js';
import { currentContactsAmong } from './employer-records.queries.js';
import { stageAfterInteraction } from './employer-stages.js';
import { loadEmployer } from './employers.service.js';
import * as queries from './employers.queries.js';
import { employerInteractions, employerStageChanges, employers } from './employers.tables.js';

/** The employer's row, locked: two interactions recorded at once must not both move the stage. */
async function lockedEmployer(tx: Transaction, employerId: string) {
  const [row] = await tx
    .select({ stage: employers.stage, stageChangedOn: employers.stageChangedOn, lastContactOn: employers.lastContactOn })
    .from(employers)
    .where(eq(employers.id, employerId))
    .for('update');
  return { ...row!, stage: row!.stage as EmployerStage };
}

/**
 * The timeline orders the entries of one day by when they were recorded, a stage change after the
 * contact that caused it. A frozen clock (tests, demonstrations) or two entries in the same
 * millisecond would tie, so each entry is recorded at least a millisecond after the employer's previous one.
 */
async function recordedAt(tx: Transaction, employerId: string, now: Date): Promise<Date> {
  const latestOf = async (table: typeof employerStageChanges | typeof employerInteractions) => {
    const [row] = await tx
      .select({ latest: max(table.createdAt) })
      .from(table)
      .where(eq(table.employerId, employerId));
    return row?.latest ? new Date(row.latest).getTime() : 0;
  };
  const latest = Math.max(await latestOf(employerStageChanges), await latestOf(employerInteractions));
  return new Date(Math.max(now.getTime(), latest + 1));
}

async function moveStage(
  tx: Transaction,
  context: ActionContext,
  target: { organisationId: string; employerId: string },
  stage: EmployerStage,
  changedOn: string,
) {
  const createdAt = await recordedAt(tx, target.employerId, context.now);
  await tx.insert(employerStageChanges).values({ ...target, stage, changedOn, changedBy: context.actor.userId, createdAt });
  await tx.update(employers).set({ stage, stageChangedOn: changedOn }).where(eq(employers.id, target.employerId));
}

const unique = (ids: readonly string[]) => [...new Set(ids)];
const later = (first: string, second: string | null) => (second !== null && second > first ? second : first);

/**
 * Records a visit, call, e-mail or event. It becomes the last contact when it is the latest, and
 * moves the relationship forward where that is what happened: any contact makes an identified
 * employer contacted, a personal meeting makes an identified or contacted one met. A back-dated
 * interaction dates that change no earlier than the current stage began, so the history stays in order.
 */
export function recordInteraction(context: ActionContext, employerId: string, input: InteractionRequest): Promise<Employer> {
  const today = helsinkiDate(context.now);
  return runOrganisationRecordAction(
    context,
    'employer.write',
    queries.employerOrganisation(employerId),
    async (tx, organisationId) => {
      const staffUserIds = unique(input.staffUserIds);
      const contactIds = unique(input.contactIds);
      const problems: FieldProblem[] = [];
      if (input.occurredOn > today) problems.push({ path: 'occurredOn', code: 'date_in_future' });
      const staff = await queries.staffAmong(tx, organisationId, staffUserIds);
      if (staffUserIds.some((userId) => !staff.has(userId))) problems.push({ path: 'staffUserIds', code: 'unknown_user' });
      const contacts = await currentContactsAmong(tx, employerId, contactIds);
      if (contactIds.some((contactId) => !contacts.has(contactId))) problems.push({ path: 'contactIds', code: 'unknown_contact' });
      if (problems.length > 0) throw new AppError('validation', problems);

      const inPerson = inPersonInteractionKinds.includes(input.kind);
      const current = await lockedEmployer(tx, employerId);
      await tx.insert(employerInteractions).values({
        organisationId,
        employerId,
        kind: input.kind,
        occurredOn: input.occurredOn,
        inPerson,
        staffUserIds,
        contactIds,
        summary: input.summary,
        agreed: input.agreed,
        recordedBy: context.actor.userId,
        createdAt: await recordedAt(tx, employerId, context.now),
      });
      await tx
        .update(employers)
        .set({ lastContactOn: later(input.occurredOn, current.lastContactOn) })
        .where(eq(employers.id, employerId));
      const next = stageAfterInteraction(current.stage, inPerson);
      if (next) await moveStage(tx, context, { organisationId, employerId }, next, later(input.occurredOn, current.stageChangedOn));
      return loadEmployer(tx, context, employerId);
    },
    { audit: 'write', targetId: () => employerId },
  );
}

/**
 * A stage chosen by hand, e.g. cooperating or recruited through us, or back when a relationship
 * has cooled. Dated today or earlier, never before the current stage began.
 */
export function changeStage(context: ActionContext, employerId: string, input: { stage: EmployerStage; changedOn: string }) {
  const today = helsinkiDate(context.now);
  return runOrganisationRecordAction(
    context,
    'employer.write',
    queries.employerOrganisation(employerId),
    async (tx, organisationId) => {
      const current = await lockedEmployer(tx, employerId);
      if (input.changedOn > today) throw invalidField('changedOn', 'date_in_future');
      if (input.changedOn < current.stageChangedOn) throw invalidField('changedOn', 'before_phase_start');
      if (input.stage === current.stage) throw conflict('stage', 'transition_not_allowed');
      await moveStage(tx, context, { organisationId, employerId }, input.stage, input.changedOn);
      return loadEmployer(tx, context, employerId);
    },
    { audit: 'write', targetId: () => employerId },
  );
}
