import ExcelJS from 'exceljs';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../audit/audit.tables.js';
import { inTransaction } from '../../db/transaction.js';
import { createCaseWorkWorld, fieldErrors, insertClient, type CaseWorkWorld } from '../../test-support/case-work-test-world.js';
import { testEngines } from '../../test-support/test-database.js';
import { enrolmentRequest, insertProgramme } from '../enrolments/enrolment-fixtures.js';
import { esfIndicators } from '../../../contract/esf-indicators.js';
import { insertEmployer } from '../proposals/employer-work-test-world.js';
import { entryRequest, insertEnrolmentIn, insertEntry, insertEsfProgramme, insertPlacementOn } from './esf-test-world.js';

type Row = { code: string; female: number | null; male: number | null; nonBinary: number | null; total: number | null };
const cells = (rows: Row[], code: string) => {
  const row = rows.find((candidate) => candidate.code === code)!;
  return [row.female, row.male, row.nonBinary, row.total];
};

/**
 * Seven people enter the programme in 2026, five women and two men, all unemployed. One woman's
 * enrolment runs through the API: she starts a work trial at a café on 1.4., leaves on 15.5.
 * employed, and her six-month follow-up (due 15.11.) is recorded from the register as work.
 * Others' placements make the employers supported: a city department, the same café again, a
 * contractor whose size is not recorded and a large foundry; not a sawmill whose placement ended
 * in 2025, nor an employer of a placement in another programme.
 */
describe.each(testEngines)('ESF+ report on %s', (engine) => {
  let world: CaseWorkWorld;
  let programmeId: string;
  const query = () => `programmeId=${programmeId}&from=2026-01-01&to=2026-12-31`;

  beforeAll(async () => {
    world = await createCaseWorkWorld(engine);
    programmeId = await insertEsfProgramme(world.db, world.organisationId);
    const participations: string[] = [];
    for (const [index, gender] of ['female', 'female', 'female', 'female', 'male', 'male'].entries()) {
      const clientId = await insertClient(world.db, world.organisationId, world.users.assigned, `Osallistuja ${index}`);
      const enrolmentId = await insertEnrolmentIn(world.db, {
        programmeId,
        clientId,
        coachId: world.users.assigned,
        startDate: '2026-02-02',
      });
      await insertEntry(world.db, enrolmentId, world.users.assigned, { gender: gender as 'female' });
      participations.push(enrolmentId);
    }
    const employer = (name: string, kind: Parameters<typeof insertEmployer>[4]) =>
      insertEmployer(world.db, world.organisationId, world.users.coordinator, name, kind);
    const cafe = await employer('Kahvila Kanerva', { economySector: 'private', sizeClass: 'micro' });
    const placedAt = async (enrolmentId: string, employerId: string, startDate: string, endedOn: string | null = null) =>
      insertPlacementOn(world.db, enrolmentId, { employerId, createdBy: world.users.assigned, startDate, endedOn });
    await placedAt(
      participations[0]!,
      await employer('Oulun kaupunki, tekninen keskus', { economySector: 'public', sizeClass: 'large' }),
      '2026-03-01',
    );
    await placedAt(participations[1]!, cafe, '2026-02-15', '2026-03-15');
    await placedAt(
      participations[2]!,
      await employer('Koneurakointi Oy', { economySector: 'private', sizeClass: 'unknown' }),
      '2026-05-01',
    );
    await placedAt(participations[3]!, await employer('Suurvalimo Oyj', { economySector: 'private', sizeClass: 'large' }), '2026-06-01');
    const earlierClient = await insertClient(world.db, world.organisationId, world.users.assigned, 'Aiempi');
    const earlier = await insertEnrolmentIn(world.db, {
      programmeId,
      clientId: earlierClient,
      coachId: world.users.assigned,
      startDate: '2025-03-01',
    });
    await placedAt(earlier, await employer('Vanha Saha Oy', { economySector: 'private', sizeClass: 'small' }), '2025-06-01', '2025-12-31');
    const otherProgramme = await insertProgramme(world.db, world.organisationId, { name: 'Muu ohjelma' });
    const elsewhere = await insertEnrolmentIn(world.db, {
      programmeId: otherProgramme,
      clientId: earlierClient,
      coachId: world.users.assigned,
      startDate: '2026-01-10',
    });
    await placedAt(elsewhere, await employer('Muu Oy', { economySector: 'private', sizeClass: 'medium' }), '2026-02-01');
    const agent = world.agents.assigned;
    const created = await agent.post(
      `/api/clients/${world.clientId}/enrolments`,
      enrolmentRequest(programmeId, { startDate: '2026-03-02' }),
    );
    expect(created.statusCode, created.body).toBe(201);
    const enrolmentId = created.json().id as string;
    expect((await agent.put(`/api/enrolments/${enrolmentId}/esf/entry`, entryRequest({ ruralArea: false }))).statusCode).toBe(200);
    const trial = await agent.post(`/api/clients/${world.clientId}/placements`, {
      employerId: cafe,
      type: 'work_trial',
      startDate: '2026-04-01',
      enrolmentId,
    });
    expect(trial.statusCode, trial.body).toBe(201);
    expect((await agent.post(`/api/enrolments/${enrolmentId}/end`, { endDate: '2026-05-15', outcome: 'work' })).statusCode).toBe(200);
    const exit = {
      observedOn: '2026-05-20',
      jobSearching: false,
      inEducation: false,
      gainedQualification: false,
      employed: true,
      version: 1,
    };
    expect((await agent.put(`/api/enrolments/${enrolmentId}/esf/exit`, exit)).statusCode).toBe(200);
    const enrolments = (await agent.get(`/api/clients/${world.clientId}/enrolments`)).json().items as {
      id: string;
      followUps: { id: string; monthsAfterEnd: number }[];
    }[];
    const followUps = enrolments.find((enrolment) => enrolment.id === enrolmentId)!.followUps;
    const sixMonths = followUps.find((followUp) => followUp.monthsAfterEnd === 6)!;
    const recorded = await agent.post(`/api/follow-ups/${sixMonths.id}`, {
      completedOn: '2026-11-16',
      situation: 'work',
      informationSource: 'register',
    });
    expect(recorded.statusCode, recorded.body).toBe(200);
  });
  afterAll(() => world.close());

  it('shows a team lead every count, by gender, with the results from leaving and from the six-month follow-up', async () => {
    const response = await world.agents.lead.get(`/api/esf/report?${query()}`);
    expect(response.statusCode, response.body).toBe(200);
    const report = response.json();
    expect(report.suppressed).toBe(false);
    expect(cells(report.rows, 'EECO01')).toEqual([5, 2, 0, 7]);
    expect(cells(report.rows, 'EECO02')).toEqual([5, 2, 0, 7]);
    expect(cells(report.rows, 'EECO04')).toEqual([0, 0, 0, 0]);
    expect(cells(report.rows, 'EECO17')).toEqual([0, 0, 0, 0]); // only the API-recorded woman answered, and not rural
    expect(cells(report.rows, 'EECO15')).toEqual([0, 0, 0, 0]); // she declined; the others said no
    expect(cells(report.rows, 'EECR04')).toEqual([1, 0, 0, 1]);
    expect(cells(report.rows, 'EECR05')).toEqual([1, 0, 0, 1]);
    expect(cells(report.rows, 'EECR06')).toEqual([1, 0, 0, 1]); // unemployed at entry, in work at six months
    expect(cells(report.rows, 'EECO18')).toEqual([null, null, null, 1]); // the city department
    expect(cells(report.rows, 'EECO19')).toEqual([null, null, null, 1]); // the café, once; not the foundry (large)
    expect(report.completeness).toEqual({
      enrolmentsStarted: 7, // not the earlier participant's (2025) nor their enrolment in the other programme
      startedWithoutEntryData: 0,
      enrolmentsEnded: 1,
      endedWithoutExitData: 0,
      endedWithoutSixMonthFollowUp: 0,
      supportedEmployersWithoutSizeClass: 1, // the contractor
    });
  });

  it('hides counts under five people from an analyst, and the next smallest count that would reveal them', async () => {
    const report = (await world.agents.analyst.get(`/api/esf/report?${query()}`)).json();
    expect(report.suppressed).toBe(true);
    expect(cells(report.rows, 'EECO02')).toEqual([null, null, 0, 7]);
    expect(cells(report.rows, 'EECR05')).toEqual([null, 0, 0, null]);
  });

  it('downloads the same figures as XLSX, in the page’s language', async () => {
    const response = await world.agents.lead.get(`/api/esf/report.xlsx?${query()}&locale=en`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    expect(response.headers['content-disposition']).toBe('attachment; filename="esf-report-2026-01-01-2026-12-31.xlsx"');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('ESF+ indicators')!;
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows).toContainEqual(['Code', 'Group', 'Indicator', 'Women', 'Men', 'Non-binary', 'Total']);
    expect(rows).toContainEqual(['EECO02', 'Output', 'Unemployed, including long-term unemployed', 5, 2, 0, 7]);
    expect(rows).toContainEqual([
      'EECR05',
      'Longer-term result',
      'Participants in employment, including self-employment, six months after leaving',
      1,
      0,
      0,
      1,
    ]);
    // Entities: a count, and a dash for the genders they do not have.
    expect(rows).toContainEqual([
      'EECO18',
      'Output, entities',
      'Number of public administrations or public services at national, regional or local level supported',
      '–',
      '–',
      '–',
      1,
    ]);
    expect(rows).toContainEqual(['Enrolments started in the period', 7]);
    expect(rows).toContainEqual(['Supported private and third-sector employers without a size class', 1]);
    const definitions = workbook.getWorksheet('Definitions')!;
    expect(definitions.rowCount).toBe(esfIndicators.length + 1);

    const analysts = await world.agents.analyst.get(`/api/esf/report.xlsx?${query()}&locale=en`);
    const suppressed = new ExcelJS.Workbook();
    await suppressed.xlsx.load(analysts.rawPayload as unknown as ArrayBuffer);
    const analystRows: unknown[][] = [];
    suppressed.getWorksheet('ESF+ indicators')!.eachRow((row) => analystRows.push((row.values as unknown[]).slice(1)));
    expect(analystRows).toContainEqual(['EECO02', 'Output', 'Unemployed, including long-term unemployed', '..', '..', 0, 7]);
  });

  it('downloads CSV in Finnish by default', async () => {
    const response = await world.agents.lead.get(`/api/esf/report.csv?${query()}`);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    const lines = response.body.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('Koodi,Ryhmä,Indikaattori,Naiset,Miehet,Muunsukupuoliset,Yhteensä');
    expect(lines).toContain('EECO02,Tuotos,"Työttömät, myös pitkäaikaistyöttömät",5,2,0,7');
    expect(lines).toContain(
      'EECO19,"Tuotos, organisaatiot","Tuettujen mikro-, pien- ja keskisuurten yritysten (myös osuuskuntien ja yhteiskunnallisten yritysten) määrä",–,–,–,1',
    );
    expect(lines).toHaveLength(esfIndicators.length + 2);
  });

  it('audits each report with the programme as its target', async () => {
    await world.agents.analyst.get(`/api/esf/report?${query()}`);
    const entries = await inTransaction(world.db, 'system', (tx) =>
      tx
        .select({ targetId: auditLog.targetId, clientIds: auditLog.clientIds })
        .from(auditLog)
        .where(and(eq(auditLog.action, 'esf.report.read'), eq(auditLog.actorUserId, world.users.analyst))),
    );
    expect(entries.at(-1)).toEqual({ targetId: programmeId, clientIds: [] });
  });

  it('refuses a reversed period, a programme outside ESF+ and programmes out of reach', async () => {
    const reversed = await world.agents.lead.get(`/api/esf/report?programmeId=${programmeId}&from=2026-12-31&to=2026-01-01`);
    expect([reversed.statusCode, fieldErrors(reversed)]).toEqual([400, ['to:end_before_start']]);
    const ordinary = await insertProgramme(world.db, world.organisationId);
    const notEsf = await world.agents.lead.get(`/api/esf/report?programmeId=${ordinary}&from=2026-01-01&to=2026-12-31`);
    expect([notEsf.statusCode, fieldErrors(notEsf)]).toEqual([409, ['programmeId:not_esf_funded']]);
    const unknown = await world.agents.lead.get(
      '/api/esf/report?programmeId=00000000-0000-4000-8000-000000000000&from=2026-01-01&to=2026-12-31',
    );
    expect(unknown.statusCode).toBe(404);
    const elsewhere = await insertEsfProgramme(world.db, world.otherOrganisationId);
    expect((await world.agents.lead.get(`/api/esf/report?programmeId=${elsewhere}&from=2026-01-01&to=2026-12-31`)).statusCode).toBe(404);
  });
});
