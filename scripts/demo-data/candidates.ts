import { sql } from 'drizzle-orm';
import { queryRows, type Transaction } from '../../src/server/db/transaction.js';
import { addDays } from './dates.js';
import type { PhaseChange } from './enrolments.js';

/**
 * Enrolments whose clients can be proposed to employers or have started work, read back from the
 * clients just loaded: running ones, and ones that ended in the period the employer data covers.
 */
export type CandidateEnrolment = {
  enrolmentId: string;
  clientId: string;
  coachId: string;
  programmeKey: string;
  startDate: string;
  endDate: string | null;
  outcome: string | null;
  currentPhase: string;
  phaseStartedOn: string;
  phases: PhaseChange[];
};

/**
 * Enrolment ids are name-based hashes, so the first `limit` by id are a fair, repeatable sample:
 * volume runs need only as many candidates as the employer register can take.
 */
export async function readCandidates(tx: Transaction, organisationId: string, today: string, limit: number): Promise<CandidateEnrolment[]> {
  const enrolmentRows = await queryRows<Omit<CandidateEnrolment, 'phases'>>(
    tx,
    sql`select e.id as "enrolmentId", e.client_id as "clientId", e.coach_id as "coachId", m.key as "programmeKey",
          e.start_date::text as "startDate", e.end_date::text as "endDate", e.outcome, e.current_phase as "currentPhase",
          e.phase_started_on::text as "phaseStartedOn"
        from enrolments e
        join programmes p on p.id = e.programme_id
        join process_models m on m.id = p.process_model_id
        where e.organisation_id = ${organisationId} and (e.end_date is null or e.end_date >= ${addDays(today, -300)}::date)
        order by e.id
        limit ${limit}`,
  );
  if (enrolmentRows.length === 0) return [];
  const phaseRows = await queryRows<{ enrolmentId: string; phase: string; changedOn: string }>(
    tx,
    sql`select enrolment_id as "enrolmentId", phase, changed_on::text as "changedOn" from phase_changes
        where enrolment_id = any(${sql.param(enrolmentRows.map((row) => row.enrolmentId))}::uuid[])
        order by enrolment_id, changed_on, created_at, id`,
  );
  const phasesByEnrolment = new Map<string, PhaseChange[]>();
  for (const row of phaseRows) {
    const phases = phasesByEnrolment.get(row.enrolmentId) ?? [];
    phases.push({ phase: row.phase, changedOn: row.changedOn });
    phasesByEnrolment.set(row.enrolmentId, phases);
  }
  return enrolmentRows.map((row) => ({ ...row, phases: phasesByEnrolment.get(row.enrolmentId) ?? [] }));
}
