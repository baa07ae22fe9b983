import { sql } from 'drizzle-orm';
import { esfParticipants, programmes } from '../../src/server/db/schema.js';
import { queryRows, type Transaction } from '../../src/server/db/transaction.js';
import { addDays, timestampOn } from './dates.js';
import { demoIdSequence } from './ids.js';
import { insertInChunks } from './insert.js';
import { createRandom, deriveSeed, type Random } from './random.js';

type EnrolmentRow = {
  id: string;
  client_id: string;
  organisation_id: string;
  coach_id: string;
  start_date: string;
  end_date: string | null;
  outcome: string | null;
  starting_situation: string;
  gender: string;
  isced_level: number | null;
  unemployed_since: string | null;
  mother_tongue: string | null;
  target_groups: string[];
};

const statusOf: Record<string, 'unemployed' | 'inactive' | 'employed'> = {
  threat_of_unemployment: 'employed',
  part_time_work: 'employed',
  laid_off: 'unemployed',
  unemployed: 'unemployed',
  outside_labour_force: 'inactive',
  from_outside_region: 'unemployed',
};

/** Sensitive answers: most say no, a few yes, some decline, as the law lets them. */
const answer = (random: Random, yes: number, declined = 0.06) => {
  const roll = random.next();
  return roll < yes ? 'yes' : roll < yes + declined ? 'declined' : 'no';
};

/**
 * ESF+ participant data for the enrolments of the ESF+ funded programmes (those with a funder's
 * project code): entry data for all but the newest enrolments (recording lags a few weeks), and the
 * situation upon leaving for most of the ended ones, so the ESF+ report has figures from the first start.
 */
export async function loadEsfParticipants(tx: Transaction, options: { seed: number; today: string }) {
  await tx
    .update(programmes)
    .set({ esfFunded: true })
    .where(sql`${programmes.fundingCode} is not null`);
  const rows = await queryRows<EnrolmentRow>(
    tx,
    sql`select e.id, e.client_id, e.organisation_id, e.coach_id, to_char(e.start_date, 'YYYY-MM-DD') as start_date,
          to_char(e.end_date, 'YYYY-MM-DD') as end_date, e.outcome, e.starting_situation,
          c.gender, c.isced_level, to_char(c.unemployed_since, 'YYYY-MM-DD') as unemployed_since, c.mother_tongue, c.target_groups
        from enrolments e join programmes p on p.id = e.programme_id join clients c on c.id = e.client_id
        where p.esf_funded
        order by e.id`,
  );
  const random = createRandom(deriveSeed(options.seed, 9_301));
  const nextId = demoIdSequence(options.seed, 'esf-participants');
  const recent = addDays(options.today, -45);
  const values = rows
    .filter((row) => row.start_date < recent || random.chance(0.3))
    .map((row) => {
      const status = statusOf[row.starting_situation] ?? 'unemployed';
      const immigrant =
        row.target_groups.includes('immigrant') || (row.mother_tongue !== null && !['fi', 'sv'].includes(row.mother_tongue));
      const exitRecorded = row.end_date !== null && row.end_date <= addDays(options.today, -7) && random.chance(0.85);
      const at = timestampOn(row.start_date, 9 * 60);
      return {
        id: nextId(),
        enrolmentId: row.id,
        clientId: row.client_id,
        organisationId: row.organisation_id,
        gender:
          row.gender === 'male'
            ? 'male'
            : row.gender === 'female'
              ? 'female'
              : row.gender === 'other'
                ? 'non_binary'
                : random.pick(['female', 'male'] as const),
        labourMarketStatus: status === 'employed' && random.chance(0.15) ? 'self_employed' : status,
        unemployedSince:
          status === 'unemployed'
            ? row.unemployed_since !== null && row.unemployed_since <= row.start_date
              ? row.unemployed_since
              : addDays(row.start_date, -random.integer(30, 900))
            : null,
        iscedLevel: row.isced_level ?? random.pick([2, 3, 3, 3, 4, 6]),
        disability: row.target_groups.includes('disability') ? 'yes' : answer(random, 0.08),
        foreignBackground: immigrant ? 'yes' : answer(random, 0.03, 0.02),
        minority: answer(random, 0.03, 0.1),
        homeless: answer(random, 0.02, 0.02),
        thirdCountryNational: immigrant && random.chance(0.5),
        ruralArea: random.chance(0.3),
        entryRecordedBy: row.coach_id,
        exitObservedOn: exitRecorded ? row.end_date : null,
        exitJobSearching: exitRecorded ? row.outcome === 'job_seeking' : null,
        exitInEducation: exitRecorded ? row.outcome === 'education' : null,
        exitQualification: exitRecorded ? random.chance(0.15) : null,
        exitEmployed: exitRecorded ? row.outcome === 'work' || row.outcome === 'entrepreneurship' : null,
        exitRecordedBy: exitRecorded ? row.coach_id : null,
        version: exitRecorded ? 2 : 1,
        createdAt: at,
        updatedAt: exitRecorded ? timestampOn(row.end_date!, 9 * 60) : at,
      } satisfies typeof esfParticipants.$inferInsert;
    });
  await insertInChunks(tx, esfParticipants, values);
  return { esf_participants: values.length };
}
