import { eq } from 'drizzle-orm';
import { activities, referrals } from '../activities/activities.tables.js';
import { clients } from '../clients/clients.tables.js';
import { enrolments, followUps } from '../enrolments/enrolments.tables.js';
import { processModels, programmes } from '../programmes/programmes.tables.js';
import type { Database } from '../../db/engine.js';
import { inTransaction, type Transaction } from '../../db/transaction.js';
import { programmeBudgets } from './report-targets.tables.js';
import { insertEmployers, insertEmployerWork } from './reports-test-employer-work.js';

/**
 * The hand-made dataset the indicator tests work their answers out from. Organisation A (Oulu):
 *
 * client   gender born        municipality unemployed since team  enrolments (programme, coach, start → end, outcome)
 * Aino     F      1990-05-01  564          2025-01-15      one   E1 P1 coachA 2026-09-01 → open; E11 P1 coachA 2025-02-01 → 2026-04-10 work
 * Bertta   F      2000-03-01  564          2026-07-25      one   E2 P1 coachA 2026-10-05 → 2026-10-24 work          (immigrant)
 * Cecilia  F      1970-01-01  244          2025-10-20      one   E3 P1 coachB 2026-01-10 → 2026-10-15 education; E8 P2 coachA 2026-10-20 → open
 * Daniel   M      1985-07-07  564          2026-07-20      two   E4 P2 coachB 2026-10-10 → open; E9 P2 coachB 2026-01-01 → 2026-07-05 job_seeking
 * Eero     M      1995-12-12  244          –               two   E5 P2 coachB 2025-05-01 → 2026-10-31 rehabilitation; E10 P2 coachB 2025-01-01 → 2026-07-10 work
 * Fanni    F      2003-02-02  564          2026-07-05      one   E6 P1 coachA 2026-09-15 → open
 * Gustav   M      1960-10-10  564          2025-10-15      one   E7 P2 coachA 2026-11-01 → open
 *
 * Organisation B (Lappi) has Lauri with an enrolment, a meeting, an employer and a placement in
 * October, which must never show in A's figures.
 */
export type ReportDataset = {
  programmeOne: string;
  programmeTwo: string;
  clients: Record<'aino' | 'bertta' | 'cecilia' | 'daniel' | 'eero' | 'fanni' | 'gustav' | 'lauri', string>;
  employers: Record<'one' | 'two' | 'three' | 'foreign', string>;
};

export type Owners = {
  organisationId: string;
  otherOrganisationId: string;
  teamOneId: string;
  teamTwoId: string;
  coachA: string;
  coachB: string;
  coordinator: string;
  foreignCoach: string;
};

const at = new Date('2026-11-23T07:00:00Z');
const stamps = { createdAt: at, updatedAt: at };

async function programme(tx: Transaction, organisationId: string, name: string, modelKey: string) {
  const [model] = await tx.select({ id: processModels.id }).from(processModels).where(eq(processModels.key, modelKey));
  const [row] = await tx
    .insert(programmes)
    .values({ organisationId, name, processModelId: model!.id, followUpMonths: [3, 6] })
    .returning({ id: programmes.id });
  return row!.id;
}

type Person = {
  first: string;
  gender: string;
  born: string | null;
  municipality: string;
  since: string | null;
  team: string | null;
  groups?: string[];
};

async function person(tx: Transaction, organisationId: string, coach: string, p: Person) {
  const [row] = await tx
    .insert(clients)
    .values({
      organisationId,
      teamId: p.team,
      responsibleUserId: coach,
      firstName: p.first,
      lastName: 'Testinen',
      gender: p.gender,
      dateOfBirth: p.born,
      municipalityCode: p.municipality,
      unemployedSince: p.since,
      languages: ['fi'],
      targetGroups: p.groups ?? [],
      ...stamps,
    })
    .returning({ id: clients.id });
  return row!.id;
}

type Enrolment = {
  programmeId: string;
  coachId: string;
  start: string;
  end?: string;
  outcome?: string;
  firstContact?: string;
  nextDue?: string;
};

async function enrol(tx: Transaction, organisationId: string, clientId: string, e: Enrolment) {
  const [row] = await tx
    .insert(enrolments)
    .values({
      clientId,
      organisationId,
      programmeId: e.programmeId,
      referralSource: 'employment_counsellor',
      startingSituation: 'unemployed',
      coachId: e.coachId,
      intensity: 'intensive',
      startDate: e.start,
      endDate: e.end ?? null,
      outcome: e.outcome ?? null,
      currentPhase: 'entry',
      phaseStartedOn: e.start,
      firstEmployerContactOn: e.firstContact ?? null,
      nextMeetingDueOn: e.nextDue ?? null,
      ...stamps,
    })
    .returning({ id: enrolments.id });
  return row!.id;
}

export async function insertReportDataset(db: Database, owners: Owners): Promise<ReportDataset> {
  const { organisationId: a, coachA, coachB } = owners;
  return inTransaction(db, 'system', async (tx) => {
    const p1 = await programme(tx, a, 'IPS-hanke', 'ips');
    const p2 = await programme(tx, a, 'Työelämätulkki', 'working_life_interpreter');
    const pb = await programme(tx, owners.otherOrganisationId, 'Lapin IPS', 'ips');
    const one = owners.teamOneId;
    const two = owners.teamTwoId;
    const c = {
      aino: await person(tx, a, coachA, {
        first: 'Aino',
        gender: 'female',
        born: '1990-05-01',
        municipality: '564',
        since: '2025-01-15',
        team: one,
      }),
      bertta: await person(tx, a, coachA, {
        first: 'Bertta',
        gender: 'female',
        born: '2000-03-01',
        municipality: '564',
        since: '2026-07-25',
        team: one,
        groups: ['immigrant'],
      }),
      cecilia: await person(tx, a, coachB, {
        first: 'Cecilia',
        gender: 'female',
        born: '1970-01-01',
        municipality: '244',
        since: '2025-10-20',
        team: one,
      }),
      daniel: await person(tx, a, coachB, {
        first: 'Daniel',
        gender: 'male',
        born: '1985-07-07',
        municipality: '564',
        since: '2026-07-20',
        team: two,
      }),
      eero: await person(tx, a, coachB, { first: 'Eero', gender: 'male', born: '1995-12-12', municipality: '244', since: null, team: two }),
      fanni: await person(tx, a, coachA, {
        first: 'Fanni',
        gender: 'female',
        born: '2003-02-02',
        municipality: '564',
        since: '2026-07-05',
        team: one,
      }),
      gustav: await person(tx, a, coachA, {
        first: 'Gustav',
        gender: 'male',
        born: '1960-10-10',
        municipality: '564',
        since: '2025-10-15',
        team: one,
      }),
      lauri: await person(tx, owners.otherOrganisationId, owners.foreignCoach, {
        first: 'Lauri',
        gender: 'male',
        born: '1980-01-01',
        municipality: '698',
        since: '2026-07-10',
        team: null,
      }),
    };
    const e1 = await enrol(tx, a, c.aino, {
      programmeId: p1,
      coachId: coachA,
      start: '2026-09-01',
      firstContact: '2026-10-05',
      nextDue: '2026-10-20',
    });
    const e11 = await enrol(tx, a, c.aino, { programmeId: p1, coachId: coachA, start: '2025-02-01', end: '2026-04-10', outcome: 'work' });
    const e2 = await enrol(tx, a, c.bertta, {
      programmeId: p1,
      coachId: coachA,
      start: '2026-10-05',
      end: '2026-10-24',
      outcome: 'work',
      firstContact: '2026-10-10',
    });
    await enrol(tx, a, c.cecilia, { programmeId: p1, coachId: coachB, start: '2026-01-10', end: '2026-10-15', outcome: 'education' });
    await enrol(tx, a, c.cecilia, { programmeId: p2, coachId: coachA, start: '2026-10-20', nextDue: '2026-10-30' });
    const e4 = await enrol(tx, a, c.daniel, { programmeId: p2, coachId: coachB, start: '2026-10-10', nextDue: '2026-11-05' });
    const e9 = await enrol(tx, a, c.daniel, {
      programmeId: p2,
      coachId: coachB,
      start: '2026-01-01',
      end: '2026-07-05',
      outcome: 'job_seeking',
    });
    await enrol(tx, a, c.eero, { programmeId: p2, coachId: coachB, start: '2025-05-01', end: '2026-10-31', outcome: 'rehabilitation' });
    const e10 = await enrol(tx, a, c.eero, { programmeId: p2, coachId: coachB, start: '2025-01-01', end: '2026-07-10', outcome: 'work' });
    await enrol(tx, a, c.fanni, { programmeId: p1, coachId: coachA, start: '2026-09-15', firstContact: '2026-09-20' });
    await enrol(tx, a, c.gustav, { programmeId: p2, coachId: coachA, start: '2026-11-01' });
    const eb = await enrol(tx, owners.otherOrganisationId, c.lauri, {
      programmeId: pb,
      coachId: owners.foreignCoach,
      start: '2026-10-01',
      end: '2026-10-20',
      outcome: 'work',
      firstContact: '2026-10-03',
    });

    const meeting = (
      clientId: string,
      organisationId: string,
      occurredOn: string,
      mode: string,
      enrolmentId: string | null,
      by: string,
    ) => ({
      clientId,
      organisationId,
      occurredOn,
      mode,
      enrolmentId,
      durationMinutes: 45,
      participants: ['client'],
      recordedBy: by,
      createdAt: at,
    });
    await tx
      .insert(activities)
      .values([
        meeting(c.aino, a, '2026-10-02', 'face_to_face', e1, coachA),
        meeting(c.aino, a, '2026-10-16', 'phone', null, coachA),
        meeting(c.aino, a, '2026-10-20', 'message', e1, coachA),
        meeting(c.aino, a, '2026-09-28', 'face_to_face', e1, coachA),
        meeting(c.bertta, a, '2026-10-06', 'workplace_visit', e2, coachA),
        meeting(c.daniel, a, '2026-10-12', 'remote_video', null, coachB),
        meeting(c.lauri, owners.otherOrganisationId, '2026-10-05', 'face_to_face', eb, owners.foreignCoach),
      ]);
    await tx.insert(referrals).values({
      clientId: c.aino,
      organisationId: a,
      enrolmentId: e1,
      service: 'training',
      status: 'accepted',
      referredOn: '2026-10-01',
      createdBy: coachA,
      ...stamps,
    });
    const followUp = (enrolmentId: string, clientId: string, monthsAfterEnd: number, dueOn: string, situation: string | null) => ({
      enrolmentId,
      clientId,
      organisationId: a,
      monthsAfterEnd,
      dueOn,
      completedOn: situation ? dueOn : null,
      situation,
    });
    await tx
      .insert(followUps)
      .values([
        followUp(e9, c.daniel, 3, '2026-10-05', 'work'),
        followUp(e10, c.eero, 3, '2026-10-10', 'job_seeking'),
        followUp(e11, c.aino, 6, '2026-10-10', 'work'),
        followUp(e11, c.aino, 3, '2026-07-10', 'work'),
        followUp(e11, c.aino, 3, '2026-10-12', null),
      ]);

    const emp = await insertEmployers(tx, owners);
    await insertEmployerWork(tx, owners, c, emp, { e2, e4 });
    await tx.insert(programmeBudgets).values([
      {
        programmeId: p1,
        organisationId: a,
        amountEuros: 60000,
        periodStart: '2026-01-01',
        periodEnd: '2026-12-31',
        updatedBy: coachA,
        updatedAt: at,
      },
      {
        programmeId: p2,
        organisationId: a,
        amountEuros: 40000,
        periodStart: '2026-01-01',
        periodEnd: '2026-12-31',
        updatedBy: coachA,
        updatedAt: at,
      },
    ]);
    return { programmeOne: p1, programmeTwo: p2, clients: c, employers: emp };
  });
}
