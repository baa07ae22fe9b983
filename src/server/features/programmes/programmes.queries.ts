import { asc, eq, inArray, isNull, or } from 'drizzle-orm';
import type { ProcessModel } from '../../../contract/programmes.js';
import type { Transaction } from '../../db/transaction.js';
import { processModels, programmes } from './programmes.tables.js';

export type ProgrammeRow = typeof programmes.$inferSelect & { processModel: ProcessModel };

const programmeColumns = {
  programme: programmes,
  processModel: { id: processModels.id, key: processModels.key, definition: processModels.definition },
};

/** Programmes have no row-level security (they are not client data): the organisation filter here is the wall. */
export async function programmesOf(tx: Transaction, organisationIds: readonly string[]): Promise<ProgrammeRow[]> {
  if (organisationIds.length === 0) return [];
  const rows = await tx
    .select(programmeColumns)
    .from(programmes)
    .innerJoin(processModels, eq(processModels.id, programmes.processModelId))
    .where(inArray(programmes.organisationId, [...organisationIds]))
    .orderBy(asc(programmes.name), asc(programmes.id));
  return rows.map((row) => ({ ...row.programme, processModel: row.processModel }));
}

export async function findProgramme(tx: Transaction, programmeId: string): Promise<ProgrammeRow | undefined> {
  const [row] = await tx
    .select(programmeColumns)
    .from(programmes)
    .innerJoin(processModels, eq(processModels.id, programmes.processModelId))
    .where(eq(programmes.id, programmeId));
  return row ? { ...row.programme, processModel: row.processModel } : undefined;
}

/** The models shipped with Polku and those the given organisations defined themselves. */
export async function processModelsOf(tx: Transaction, organisationIds: readonly string[]): Promise<ProcessModel[]> {
  const own = organisationIds.length === 0 ? undefined : inArray(processModels.organisationId, [...organisationIds]);
  return tx
    .select({ id: processModels.id, key: processModels.key, definition: processModels.definition })
    .from(processModels)
    .where(or(isNull(processModels.organisationId), own))
    .orderBy(asc(processModels.key));
}

export function toProgramme(row: ProgrammeRow) {
  return {
    id: row.id,
    organisationId: row.organisationId,
    name: row.name,
    fundingCode: row.fundingCode,
    processModelId: row.processModelId,
    processModelKey: row.processModel.key,
    followUpMonths: row.followUpMonths,
    active: row.active,
    esfFunded: row.esfFunded,
    processModel: row.processModel,
  };
}
