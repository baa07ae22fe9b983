import { eq, sql } from 'drizzle-orm';
import type { EsfEnrolmentData, EsfEntryRequest, EsfExitRequest } from '../../../contract/esf.js';
import { esfExitWindowDays } from '../../../contract/esf.js';
import { organisationIdsOf } from '../../auth/actor.js';
import { clientPermissions } from '../../auth/policy.js';
import { inTransaction, queryRows, type Transaction } from '../../db/transaction.js';
import { conflict, invalidField, notFound } from '../../errors.js';
import { runClientAction, type ActionContext } from '../../http/client-action.js';
import { addDaysToDate, addMonthsToDate, helsinkiDate } from '../../time.js';
import { ageOn } from '../clients/client-derivations.js';
import { isConstraintViolation } from '../employers/database-errors.js';
import { isLongTermUnemployed } from './esf-indicators.js';
import * as queries from './esf.queries.js';
import { esfParticipants } from './esf.tables.js';

/** The client record's gender as the regulation's breakdown; 'unknown' leaves the choice to the coach. */
const genderFromClient = { female: 'female', male: 'male', other: 'non_binary' } as const;

/** An enrolment id outside the actor's organisations is simply not found (404), like an unknown one. */
async function clientOf(context: ActionContext, enrolmentId: string): Promise<string> {
  const clientId = await inTransaction(context.deps.db, { organisationIds: organisationIdsOf(context.actor) }, (tx) =>
    queries.clientOfEnrolment(tx, enrolmentId),
  );
  if (clientId === undefined) throw notFound();
  return clientId;
}

async function esfEnrolment(tx: Transaction, enrolmentId: string): Promise<queries.EsfEnrolment> {
  const enrolment = (await queries.findEsfEnrolment(tx, enrolmentId))!;
  if (!enrolment.esfFunded) throw conflict('enrolmentId', 'not_esf_funded');
  return enrolment;
}

async function view(tx: Transaction, context: ActionContext, enrolment: queries.EsfEnrolment): Promise<EsfEnrolmentData> {
  const row = await queries.findParticipant(tx, enrolment.enrolmentId);
  const permissions = await clientPermissions(tx, context.actor, enrolment.clientId, ['client.esf.write']);
  const age = ageOn(enrolment.dateOfBirth, enrolment.startDate);
  return {
    enrolmentId: enrolment.enrolmentId,
    startDate: enrolment.startDate,
    endDate: enrolment.endDate,
    participant: row
      ? {
          entry: {
            gender: row.gender,
            labourMarketStatus: row.labourMarketStatus,
            unemployedSince: row.unemployedSince,
            longTermUnemployed: isLongTermUnemployed(row, age, enrolment.startDate),
            ageAtEntry: age,
            iscedLevel: row.iscedLevel,
            disability: row.disability,
            foreignBackground: row.foreignBackground,
            minority: row.minority,
            homeless: row.homeless,
            thirdCountryNational: row.thirdCountryNational,
            ruralArea: row.ruralArea,
          },
          exit:
            row.exitObservedOn === null
              ? null
              : {
                  observedOn: row.exitObservedOn,
                  jobSearching: row.exitJobSearching ?? false,
                  inEducation: row.exitInEducation ?? false,
                  gainedQualification: row.exitQualification ?? false,
                  employed: row.exitEmployed ?? false,
                  sixMonthImprovement: row.sixMonthImprovement,
                },
          version: row.version,
        }
      : null,
    prefill: {
      gender: enrolment.gender in genderFromClient ? genderFromClient[enrolment.gender as keyof typeof genderFromClient] : null,
      iscedLevel: enrolment.iscedLevel,
      unemployedSince: enrolment.unemployedSince,
    },
    permissions: { write: permissions['client.esf.write'] },
  };
}

export async function getEsfData(context: ActionContext, enrolmentId: string): Promise<EsfEnrolmentData> {
  const clientId = await clientOf(context, enrolmentId);
  return runClientAction(context, 'client.esf.read', clientId, async (tx) => {
    const enrolment = (await queries.findEsfEnrolment(tx, enrolmentId))!;
    // An enrolment outside ESF+ has no participant data to show.
    if (!enrolment.esfFunded) throw notFound();
    return view(tx, context, enrolment);
  });
}

async function knownIscedLevel(tx: Transaction, level: number): Promise<boolean> {
  const rows = await queryRows(tx, sql`select 1 from ref_isced_levels where level = ${level}`);
  return rows.length > 0;
}

export async function recordEntry(context: ActionContext, enrolmentId: string, input: EsfEntryRequest): Promise<EsfEnrolmentData> {
  const clientId = await clientOf(context, enrolmentId);
  const { version, ...fields } = input;
  return runClientAction(context, 'client.esf.write', clientId, async (tx) => {
    const enrolment = await esfEnrolment(tx, enrolmentId);
    if (fields.unemployedSince !== null && fields.unemployedSince > enrolment.startDate) {
      throw invalidField('unemployedSince', 'after_start_date');
    }
    if (!(await knownIscedLevel(tx, fields.iscedLevel))) throw invalidField('iscedLevel', 'unknown_isced_level');
    const existing = await queries.findParticipant(tx, enrolmentId, true);
    if ((existing?.version ?? 0) !== version) throw conflict('version', 'stale_version');
    if (existing) {
      await tx
        .update(esfParticipants)
        .set({ ...fields, entryRecordedBy: context.actor.userId, version: existing.version + 1, updatedAt: context.now })
        .where(eq(esfParticipants.id, existing.id));
    } else {
      try {
        // A savepoint keeps the transaction usable if a concurrent request recorded the same enrolment first.
        await tx.transaction((savepoint) =>
          savepoint.insert(esfParticipants).values({
            ...fields,
            enrolmentId,
            clientId,
            organisationId: enrolment.organisationId,
            entryRecordedBy: context.actor.userId,
            createdAt: context.now,
            updatedAt: context.now,
          }),
        );
      } catch (error) {
        if (isConstraintViolation(error, 'unique')) throw conflict('version', 'stale_version');
        throw error;
      }
    }
    return view(tx, context, enrolment);
  });
}

export async function recordExit(context: ActionContext, enrolmentId: string, input: EsfExitRequest): Promise<EsfEnrolmentData> {
  const clientId = await clientOf(context, enrolmentId);
  const today = helsinkiDate(context.now);
  return runClientAction(context, 'client.esf.write', clientId, async (tx) => {
    const enrolment = await esfEnrolment(tx, enrolmentId);
    const existing = await queries.findParticipant(tx, enrolmentId, true);
    if (!existing) throw conflict('entry', 'esf_entry_missing');
    if (enrolment.endDate === null) throw conflict('observedOn', 'enrolment_not_ended');
    if (input.observedOn < enrolment.endDate) throw invalidField('observedOn', 'before_end_date');
    if (input.observedOn > addDaysToDate(enrolment.endDate, esfExitWindowDays)) throw invalidField('observedOn', 'outside_four_weeks');
    if (input.observedOn > today) throw invalidField('observedOn', 'date_in_future');
    if (input.sixMonthImprovement !== null) {
      // Only a person employed at entry can improve a job they had; the others count by their work at six months.
      if (existing.labourMarketStatus !== 'employed' && existing.labourMarketStatus !== 'self_employed') {
        throw invalidField('sixMonthImprovement', 'invalid');
      }
      if (today < addMonthsToDate(enrolment.endDate, 6)) throw invalidField('sixMonthImprovement', 'before_six_months');
    }
    if (existing.version !== input.version) throw conflict('version', 'stale_version');
    await tx
      .update(esfParticipants)
      .set({
        exitObservedOn: input.observedOn,
        exitJobSearching: input.jobSearching,
        exitInEducation: input.inEducation,
        exitQualification: input.gainedQualification,
        exitEmployed: input.employed,
        sixMonthImprovement: input.sixMonthImprovement,
        exitRecordedBy: context.actor.userId,
        version: existing.version + 1,
        updatedAt: context.now,
      })
      .where(eq(esfParticipants.id, existing.id));
    return view(tx, context, enrolment);
  });
}
