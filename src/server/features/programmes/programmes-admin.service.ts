import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Programme, programmeRequest } from '../../../contract/programmes.js';
import { authorizeOrganisation, authorizeOrganisationRecord, organisationsAllowed } from '../../auth/policy.js';
import type { Transaction } from '../../db/transaction.js';
import { conflict, invalidField } from '../../errors.js';
import { runAdministration } from '../../http/admin-action.js';
import type { ActionContext } from '../../http/client-action.js';
import { enrolments } from '../enrolments/enrolments.tables.js';
import { findProgramme, processModelsOf, toProgramme } from './programmes.queries.js';
import { programmes } from './programmes.tables.js';

type ProgrammeFields = z.infer<typeof programmeRequest>;

/** A programme follows a model shipped with Polku or one its own organisation defined. */
async function checkProcessModel(tx: Transaction, organisationId: string, processModelId: string): Promise<void> {
  const available = await processModelsOf(tx, [organisationId]);
  if (!available.some((model) => model.id === processModelId)) throw invalidField('processModelId', 'unknown_process_model');
}

async function loadProgramme(tx: Transaction, programmeId: string): Promise<Programme> {
  return toProgramme((await findProgramme(tx, programmeId))!);
}

export function createProgramme(context: ActionContext, input: ProgrammeFields & { organisationId?: string }): Promise<Programme> {
  authorizeOrganisation(context.actor, 'programme.manage');
  const { organisationId: requested, ...fields } = input;
  const organisationId = requested ?? organisationsAllowed(context.actor, 'programme.manage')[0]!;
  if (!organisationsAllowed(context.actor, 'programme.manage').includes(organisationId))
    throw invalidField('organisationId', 'unknown_organisation');
  return runAdministration(
    context,
    'programme.create',
    async (tx) => {
      await checkProcessModel(tx, organisationId, fields.processModelId);
      const [created] = await tx
        .insert(programmes)
        .values({ ...fields, organisationId, createdAt: context.now })
        .returning({ id: programmes.id });
      return loadProgramme(tx, created!.id);
    },
    (programme) => programme.organisationId,
  );
}

export function updateProgramme(context: ActionContext, programmeId: string, fields: ProgrammeFields): Promise<Programme> {
  authorizeOrganisation(context.actor, 'programme.manage');
  return runAdministration(
    context,
    'programme.update',
    async (tx) => {
      const existing = await findProgramme(tx, programmeId);
      authorizeOrganisationRecord(context.actor, 'programme.manage', existing?.organisationId);
      await checkProcessModel(tx, existing!.organisationId, fields.processModelId);
      // Enrolments sit in phases of the model they started in; another model would strand them.
      if (fields.processModelId !== existing!.processModelId) {
        const enrolled = await tx.select({ id: enrolments.id }).from(enrolments).where(eq(enrolments.programmeId, programmeId)).limit(1);
        if (enrolled.length > 0) throw conflict('processModelId', 'programme_has_enrolments');
      }
      await tx.update(programmes).set(fields).where(eq(programmes.id, programmeId));
      return loadProgramme(tx, programmeId);
    },
    (programme) => programme.organisationId,
  );
}
