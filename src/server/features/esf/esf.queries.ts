import { and, eq, gte, isNull, lte, or } from 'drizzle-orm';
import type { Transaction } from '../../db/transaction.js';
import { clients } from '../clients/clients.tables.js';
import { employers } from '../employers/employers.tables.js';
import { enrolments, followUps } from '../enrolments/enrolments.tables.js';
import { placements } from '../placements/placements.tables.js';
import { programmes } from '../programmes/programmes.tables.js';
import type { ParticipationRecord, SupportedEmployer } from './esf-indicators.js';
import { esfParticipants } from './esf.tables.js';

export type EsfParticipantRow = typeof esfParticipants.$inferSelect;

/** The enrolment with what ESF+ recording needs: its programme's funding and the client's prefill data. */
export async function findEsfEnrolment(tx: Transaction, enrolmentId: string) {
  const [row] = await tx
    .select({
      enrolmentId: enrolments.id,
      clientId: enrolments.clientId,
      organisationId: enrolments.organisationId,
      startDate: enrolments.startDate,
      endDate: enrolments.endDate,
      esfFunded: programmes.esfFunded,
      dateOfBirth: clients.dateOfBirth,
      gender: clients.gender,
      iscedLevel: clients.iscedLevel,
      unemployedSince: clients.unemployedSince,
    })
    .from(enrolments)
    .innerJoin(programmes, eq(programmes.id, enrolments.programmeId))
    .innerJoin(clients, eq(clients.id, enrolments.clientId))
    .where(eq(enrolments.id, enrolmentId));
  return row;
}
export type EsfEnrolment = NonNullable<Awaited<ReturnType<typeof findEsfEnrolment>>>;

export async function clientOfEnrolment(tx: Transaction, enrolmentId: string): Promise<string | undefined> {
  const [row] = await tx.select({ clientId: enrolments.clientId }).from(enrolments).where(eq(enrolments.id, enrolmentId));
  return row?.clientId;
}

export async function findParticipant(tx: Transaction, enrolmentId: string, lock = false): Promise<EsfParticipantRow | undefined> {
  const query = tx.select().from(esfParticipants).where(eq(esfParticipants.enrolmentId, enrolmentId));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

/** Every enrolment of the programme that started or ended in the period, with its ESF+ data and six-month follow-up. */
export async function participationRecords(tx: Transaction, programmeId: string, from: string, to: string): Promise<ParticipationRecord[]> {
  const rows = await tx
    .select({
      startDate: enrolments.startDate,
      endDate: enrolments.endDate,
      dateOfBirth: clients.dateOfBirth,
      participant: esfParticipants,
      sixMonthSituation: followUps.situation,
    })
    .from(enrolments)
    .innerJoin(clients, eq(clients.id, enrolments.clientId))
    .leftJoin(esfParticipants, eq(esfParticipants.enrolmentId, enrolments.id))
    .leftJoin(followUps, and(eq(followUps.enrolmentId, enrolments.id), eq(followUps.monthsAfterEnd, 6)))
    .where(
      and(
        eq(enrolments.programmeId, programmeId),
        or(
          and(gte(enrolments.startDate, from), lte(enrolments.startDate, to)),
          and(gte(enrolments.endDate, from), lte(enrolments.endDate, to)),
        ),
      ),
    );
  return rows.map((row) => ({
    startDate: row.startDate,
    endDate: row.endDate,
    dateOfBirth: row.dateOfBirth,
    sixMonthSituation: row.sixMonthSituation ?? null,
    participant: row.participant ? toParticipationData(row.participant) : null,
  }));
}

function toParticipationData(row: EsfParticipantRow): NonNullable<ParticipationRecord['participant']> {
  return {
    gender: row.gender,
    labourMarketStatus: row.labourMarketStatus,
    unemployedSince: row.unemployedSince,
    iscedLevel: row.iscedLevel,
    disability: row.disability,
    foreignBackground: row.foreignBackground,
    minority: row.minority,
    homeless: row.homeless,
    thirdCountryNational: row.thirdCountryNational,
    ruralArea: row.ruralArea,
    exit:
      row.exitObservedOn === null
        ? null
        : {
            jobSearching: row.exitJobSearching ?? false,
            inEducation: row.exitInEducation ?? false,
            gainedQualification: row.exitQualification ?? false,
            employed: row.exitEmployed ?? false,
          },
    sixMonthImprovement: row.sixMonthImprovement,
  };
}

/** Each employer at which a placement recorded on an enrolment of the programme ran during the period, once. */
export async function supportedEmployers(tx: Transaction, programmeId: string, from: string, to: string): Promise<SupportedEmployer[]> {
  const rows = await tx
    .selectDistinctOn([employers.id], { sizeClass: employers.sizeClass, economySector: employers.economySector })
    .from(placements)
    .innerJoin(enrolments, eq(enrolments.id, placements.enrolmentId))
    .innerJoin(employers, eq(employers.id, placements.employerId))
    .where(
      and(
        eq(enrolments.programmeId, programmeId),
        lte(placements.startDate, to),
        or(isNull(placements.endedOn), gte(placements.endedOn, from)),
      ),
    )
    .orderBy(employers.id);
  // The employer service writes only the contract's size classes and sectors to these text columns.
  return rows as SupportedEmployer[];
}
