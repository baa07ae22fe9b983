import { eq } from 'drizzle-orm';
import type { CreateEnrolmentRequest } from '../../../contract/enrolments.js';
import type { Database } from '../../db/engine.js';
import { inTransaction } from '../../db/transaction.js';
import { activities } from '../activities/activities.tables.js';
import { clients } from '../clients/clients.tables.js';
import { processModels, programmes } from '../programmes/programmes.tables.js';
import { recomputeAllMeetingDueDates } from './meeting-rules.js';

/** Test-only: programmes have no API of their own in these tests. */
export async function insertProgramme(
  db: Database,
  organisationId: string,
  options: { modelKey?: 'ips' | 'working_life_interpreter'; name?: string; followUpMonths?: number[]; active?: boolean } = {},
): Promise<string> {
  return inTransaction(db, 'system', async (tx) => {
    const [model] = await tx
      .select({ id: processModels.id })
      .from(processModels)
      .where(eq(processModels.key, options.modelKey ?? 'ips'));
    const [programme] = await tx
      .insert(programmes)
      .values({
        organisationId,
        name: options.name ?? 'IPS-työhönvalmennus',
        processModelId: model!.id,
        followUpMonths: options.followUpMonths ?? [3, 6],
        active: options.active ?? true,
      })
      .returning({ id: programmes.id });
    return programme!.id;
  });
}

export function enrolmentRequest(programmeId: string, overrides: Partial<CreateEnrolmentRequest> = {}) {
  return {
    programmeId,
    referralSource: 'employment_counsellor',
    startingSituation: 'unemployed',
    intensity: 'intensive',
    startDate: '2026-11-02',
    ...overrides,
  };
}

/** Writes activities as a bulk load would (no per-activity recompute), then refreshes every enrolment. */
export async function loadActivities(
  db: Database,
  clientId: string,
  recordedBy: string,
  entries: { occurredOn: string; mode: string; participants: string[]; enrolmentId?: string }[],
): Promise<void> {
  await inTransaction(db, 'system', async (tx) => {
    const [client] = await tx.select({ organisationId: clients.organisationId }).from(clients).where(eq(clients.id, clientId));
    await tx.insert(activities).values(
      entries.map((entry) => ({
        clientId,
        organisationId: client!.organisationId,
        enrolmentId: entry.enrolmentId ?? null,
        occurredOn: entry.occurredOn,
        durationMinutes: 60,
        mode: entry.mode,
        participants: entry.participants,
        recordedBy,
        createdAt: new Date('2026-11-23T09:00:00+02:00'),
      })),
    );
    await recomputeAllMeetingDueDates(tx);
  });
}
