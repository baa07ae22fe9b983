import { assignments } from '../assignments/assignments.tables.js';
import { employerInteractions, employerStageChanges, employers } from '../employers/employers.tables.js';
import { placements } from '../placements/placements.tables.js';
import { proposals, proposalStatusChanges } from '../proposals/proposals.tables.js';
import type { Transaction } from '../../db/transaction.js';
import type { Owners, ReportDataset } from './reports-test-data.js';

const at = new Date('2026-11-23T07:00:00Z');
const stamps = { createdAt: at, updatedAt: at };

/** Employers of both organisations, their stage histories and contacts. */
export async function insertEmployers(tx: Transaction, owners: Owners): Promise<ReportDataset['employers']> {
  const a = owners.organisationId;
  const coachA = owners.coachA;
  const employer = async (organisationId: string, name: string, municipalityCode: string, createdBy: string) => {
    const [row] = await tx
      .insert(employers)
      .values({
        organisationId,
        name,
        sizeClass: 'small',
        economySector: 'private',
        municipalityCode,
        stage: 'identified',
        stageChangedOn: '2026-01-01',
        createdBy,
        ownerUserId: createdBy,
        ...stamps,
      })
      .returning({ id: employers.id });
    return row!.id;
  };
  const emp = {
    one: await employer(a, 'Yksi Oy', '564', owners.coordinator),
    two: await employer(a, 'Kaksi Oy', '244', owners.coordinator),
    three: await employer(a, 'Kolme Oy', '564', coachA),
    foreign: await employer(owners.otherOrganisationId, 'Lappi Oy', '698', owners.foreignCoach),
  };
  const stage = (organisationId: string, employerId: string, stageName: string, changedOn: string, by: string) => ({
    organisationId,
    employerId,
    stage: stageName,
    changedOn,
    changedBy: by,
    createdAt: at,
  });
  await tx
    .insert(employerStageChanges)
    .values([
      stage(a, emp.one, 'identified', '2026-01-01', owners.coordinator),
      stage(a, emp.one, 'cooperating', '2026-10-10', owners.coordinator),
      stage(a, emp.two, 'identified', '2026-01-01', owners.coordinator),
      stage(a, emp.two, 'met', '2026-09-01', owners.coordinator),
      stage(a, emp.two, 'recruited', '2026-11-05', owners.coordinator),
      stage(a, emp.three, 'identified', '2026-02-01', coachA),
      stage(a, emp.three, 'cooperating', '2026-06-01', coachA),
      stage(owners.otherOrganisationId, emp.foreign, 'cooperating', '2026-10-01', owners.foreignCoach),
    ]);
  const interaction = (organisationId: string, employerId: string, occurredOn: string, staff: string, kind: string) => ({
    organisationId,
    employerId,
    kind,
    occurredOn,
    inPerson: kind === 'workplace_visit',
    staffUserIds: [staff],
    contactIds: [],
    summary: 'Tutustuminen',
    recordedBy: staff,
    createdAt: at,
  });
  await tx
    .insert(employerInteractions)
    .values([
      interaction(a, emp.one, '2026-10-03', coachA, 'workplace_visit'),
      interaction(a, emp.two, '2026-09-15', owners.coordinator, 'call'),
      interaction(owners.otherOrganisationId, emp.foreign, '2026-10-03', owners.foreignCoach, 'workplace_visit'),
    ]);
  return emp;
}

/** Proposals, their status histories, placements and assignments. */
export async function insertEmployerWork(
  tx: Transaction,
  owners: Owners,
  c: ReportDataset['clients'],
  emp: ReportDataset['employers'],
  e: { e2: string; e4: string },
) {
  const a = owners.organisationId;
  const proposal = async (
    clientId: string,
    employerId: string,
    proposedAt: string,
    status: string,
    history: [string, string][],
    by: string,
  ) => {
    const [row] = await tx
      .insert(proposals)
      .values({ organisationId: a, clientId, employerId, status, proposedBy: by, proposedAt: new Date(proposedAt), updatedAt: at })
      .returning({ id: proposals.id });
    for (const [changed, changedAt] of history) {
      await tx
        .insert(proposalStatusChanges)
        .values({ organisationId: a, proposalId: row!.id, status: changed, changedBy: by, changedAt: new Date(changedAt) });
    }
  };
  await proposal(
    c.bertta,
    emp.two,
    '2026-10-07T09:00:00+03:00',
    'hired',
    [
      ['proposed', '2026-10-07T09:00:00+03:00'],
      ['interview', '2026-10-12T09:00:00+03:00'],
      ['hired', '2026-10-20T09:00:00+03:00'],
    ],
    owners.coordinator,
  );
  await proposal(
    c.aino,
    emp.three,
    '2026-10-08T09:00:00+03:00',
    'interview',
    [
      ['employer_interested', '2026-10-09T09:00:00+03:00'],
      ['interview', '2026-10-14T09:00:00+03:00'],
    ],
    owners.coachA,
  );
  await proposal(c.daniel, emp.one, '2026-10-11T09:00:00+03:00', 'not_selected', [], owners.coachB);
  // 21:30 UTC on 30 September is already 1 October in Helsinki.
  await proposal(c.fanni, emp.one, '2026-09-30T21:30:00Z', 'proposed', [], owners.coachA);

  const placement = (
    clientId: string,
    employerId: string,
    type: string,
    startDate: string,
    enrolmentId: string | null,
    support: string[],
  ) => ({
    organisationId: a,
    clientId,
    employerId,
    enrolmentId,
    type,
    startDate,
    supportGranted: support,
    createdBy: owners.coordinator,
    ...stamps,
  });
  await tx
    .insert(placements)
    .values([
      placement(c.bertta, emp.two, 'employment', '2026-10-26', e.e2, []),
      placement(c.fanni, emp.one, 'work_trial', '2026-10-15', null, []),
      placement(c.daniel, emp.one, 'pay_subsidy_job', '2026-10-20', e.e4, ['pay_subsidy']),
      { ...placement(c.lauri, emp.foreign, 'employment', '2026-10-10', null, []), organisationId: owners.otherOrganisationId },
    ]);

  const assignment = (receivedAt: string, dueAt: string, firstResponseAt: string | null, status: string, closedAt: string | null) => ({
    organisationId: a,
    employerId: emp.one,
    receivedAt: new Date(receivedAt),
    channel: 'phone',
    requestedRole: 'Varastotyöntekijä',
    candidatesWanted: 1,
    responderUserId: owners.coordinator,
    responseTimeAmount: 2,
    responseTimeUnit: 'working_days',
    responseDueAt: new Date(dueAt),
    firstResponseAt: firstResponseAt ? new Date(firstResponseAt) : null,
    status,
    closedAt: closedAt ? new Date(closedAt) : null,
    createdBy: owners.coordinator,
    ...stamps,
  });
  await tx.insert(assignments).values([
    assignment('2026-10-05T08:00:00+03:00', '2026-10-07T08:00:00+03:00', '2026-10-06T10:00:00+03:00', 'in_progress', null),
    assignment('2026-10-10T08:00:00+03:00', '2026-10-14T08:00:00+03:00', '2026-10-15T10:00:00+03:00', 'in_progress', null),
    assignment('2026-10-20T08:00:00+03:00', '2026-10-22T08:00:00+03:00', null, 'new', null),
    assignment('2026-10-25T08:00:00+03:00', '2026-10-27T08:00:00+03:00', null, 'closed', '2026-10-26T08:00:00+03:00'),
    // 22:30 UTC on 30 September is already 1 October in Helsinki.
    assignment('2026-09-30T22:30:00Z', '2026-10-03T08:00:00+03:00', '2026-10-02T08:00:00+03:00', 'candidates_proposed', null),
  ]);
}
