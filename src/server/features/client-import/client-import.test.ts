import { desc } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeIdentityCode } from '../../../contract/identity-code.js';
import { auditLog } from '../../audit/audit.tables.js';
import { generateTotpSecret } from '../../auth/totp.js';
import { inTransaction } from '../../db/transaction.js';
import { createOrganisation, createUser, testPassword } from '../../test-support/builders.js';
import { newClientRequest } from '../../test-support/client-builders.js';
import { createTestApp, loginAs, type TestApp, type UserAgent } from '../../test-support/test-app.js';
import { testEngines } from '../../test-support/test-database.js';
import { matrixRoles, type EndpointMatrix, type MatrixRole } from '../../test-support/case-work-test-world.js';
import { loginForCsvUpload, type CsvUploader } from './csv-upload.js';

export const clientImportAuthorizationMatrix: EndpointMatrix = {
  'POST /api/clients/import': {
    assigned: 403,
    colleague: 403,
    coordinator: 403,
    lead: 200,
    admin: 200,
    analyst: 403,
    partner: 403,
    foreign: 403,
  },
};

const header =
  'first_name,last_name,identity_code,date_of_birth,gender,municipality_code,email,phone,languages,isced_level,target_groups,unemployed_since,responsible_coach_email';
const csv = (...rows: string[]) => [header, ...rows].join('\n');
const dryRun = '/api/clients/import?mode=dry-run';
const commit = '/api/clients/import?mode=commit';

type ImportAnswer = {
  counts: { create: number; update: number; reject: number };
  rows: { row: number; action: string; errors: { field: string; code: string; message: string }[]; clientId?: string }[];
  unlistedRows: number;
};
const rejects = (answer: ImportAnswer) =>
  Object.fromEntries(
    answer.rows.filter((row) => row.action === 'reject').map((row) => [row.row, row.errors.map((error) => `${error.field}:${error.code}`)]),
  );

describe.each(testEngines)('client import on %s', (engine) => {
  let test: TestApp;
  let upload: CsvUploader;
  let coachUpload: CsvUploader;
  let lead: UserAgent;
  let coach: UserAgent;
  const uploaders = {} as Record<MatrixRole, CsvUploader>;

  const clientCount = async () => (await lead.get('/api/clients?pageSize=1')).json().total as number;
  const findClient = async (search: string) => (await lead.get(`/api/clients?search=${encodeURIComponent(search)}`)).json().items;
  const latestAudit = () =>
    inTransaction(test.deps.db, 'system', async (tx) => (await tx.select().from(auditLog).orderBy(desc(auditLog.sequence)).limit(1))[0]!);

  beforeAll(async () => {
    test = await createTestApp(engine);
    const db = test.deps.db;
    const oulu = await createOrganisation(db);
    const lappi = await createOrganisation(db, 'Lapin työllisyysalue');
    const ngo = await createOrganisation(db, 'Kumppanijärjestö ry', 'ngo');
    const adminSecret = generateTotpSecret();
    const roleOf: Record<MatrixRole, [string, Parameters<typeof createUser>[1]['roles'][number]['role']]> = {
      assigned: [oulu.id, 'coach'],
      colleague: [oulu.id, 'coach'],
      coordinator: [oulu.id, 'employer_coordinator'],
      lead: [oulu.id, 'team_lead'],
      admin: [oulu.id, 'admin'],
      analyst: [oulu.id, 'analyst'],
      partner: [ngo.id, 'partner'],
      foreign: [lappi.id, 'coach'],
    };
    for (const role of matrixRoles) {
      const [organisationId, membership] = roleOf[role];
      const email = `${role}@tuonti.fi`;
      const totp = role === 'admin' ? { totpSecret: test.deps.cipher.encrypt(adminSecret), totpEnabled: true } : {};
      await createUser(db, {
        email,
        roles: [{ organisationId, role: membership, teamId: organisationId === oulu.id ? oulu.team.id : null }],
        ...totp,
      });
      uploaders[role] = await loginForCsvUpload(test.app, email, testPassword, role === 'admin' ? adminSecret : undefined);
    }
    upload = uploaders.lead;
    coachUpload = uploaders.assigned;
    lead = await loginAs(test.app, 'lead@tuonti.fi', testPassword);
    coach = await loginAs(test.app, 'assigned@tuonti.fi', testPassword);
  });
  afterAll(() => test.close());

  it('answers each role as the authorization matrix says', async () => {
    const file = csv('Matriisi,Testi,,1980-01-01,,564,,,,,,,');
    for (const [endpoint, expected] of Object.entries(clientImportAuthorizationMatrix)) {
      const actual = Object.fromEntries(
        await Promise.all(matrixRoles.map(async (role) => [role, (await uploaders[role](dryRun, file)).statusCode] as const)),
      );
      expect({ [endpoint]: actual }).toEqual({ [endpoint]: expected });
    }
  });

  it('refuses a coach who is not a team lead with 403', async () => {
    const response = await coachUpload(commit, csv('Kalle,Kielletty,,1980-01-01,,564,,,,,,,'));
    expect(response.statusCode).toBe(403);
    expect(await findClient('Kielletty')).toEqual([]);
  });

  it('reports on a dry run what a commit would do and creates nothing', async () => {
    const before = await clientCount();
    const response = await upload(
      dryRun,
      csv(`Kuivan,Harjoitus,${makeIdentityCode('1985-03-04', 202)},,,564,,,,,,,`, 'Toinen,Harjoitus,,1990-05-06,,564,,,,,,,'),
    );
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ mode: 'dry-run', counts: { create: 2, update: 0, reject: 0 }, unlistedRows: 0 });
    expect(response.json().rows).toEqual([
      { row: 2, action: 'create', errors: [] },
      { row: 3, action: 'create', errors: [] },
    ]);
    const withByteOrderMark = await upload(dryRun, `\ufeff${csv('Merkki,Alussa,,1990-05-06,,564,,,,,,,')}`);
    expect(withByteOrderMark.json().counts).toEqual({ create: 1, update: 0, reject: 0 });
    expect(await clientCount()).toBe(before);
  });

  it('creates new clients and updates those it matches by identity code or by name and date of birth', async () => {
    const coded = (
      await coach.post(
        '/api/clients',
        newClientRequest({ identityCode: makeIdentityCode('1975-02-03', 302), firstName: 'Koodi', lastName: 'Ennestään' }),
      )
    ).json();
    const named = (
      await coach.post(
        '/api/clients',
        newClientRequest({ identityCode: null, dateOfBirth: '1982-07-08', firstName: 'Nimi', lastName: 'Ennestään' }),
      )
    ).json();
    const file = csv(
      `Koodi,Ennestään,${makeIdentityCode('1975-02-03', 302)},,,564,,050 111 2222,fi|sv,6,immigrant,2025-01-01,assigned@tuonti.fi`,
      'nimi,ENNESTÄÄN,,1982-07-08,,564,nimi@example.fi,,,,,,',
      `Uusi,Asiakas,${makeIdentityCode('1999-12-31', 404)},,,091,uusi@example.fi,,en,3,,2026-10-01,assigned@tuonti.fi`,
    );
    const response = await upload(commit, file);
    expect(response.statusCode).toBe(200);
    const answer = response.json() as ImportAnswer;
    expect(answer.counts).toEqual({ create: 1, update: 2, reject: 0 });
    expect(answer.rows.map((row) => [row.row, row.action])).toEqual([
      [2, 'update'],
      [3, 'update'],
      [4, 'create'],
    ]);
    expect(answer.rows[0]!.clientId).toBe(coded.id);
    expect(answer.rows[1]!.clientId).toBe(named.id);
    const createdId = answer.rows[2]!.clientId!;
    const audit = await latestAudit();
    expect(audit).toMatchObject({ action: 'client.import', outcome: 'success' });
    expect([...audit.clientIds].sort()).toEqual([coded.id, named.id, createdId].sort());

    const updated = (await lead.get(`/api/clients/${coded.id}`)).json();
    expect(updated).toMatchObject({
      phone: '050 111 2222',
      languages: ['fi', 'sv'],
      iscedLevel: 6,
      targetGroups: ['immigrant'],
      version: coded.version + 1,
    });
    const renamed = (await lead.get(`/api/clients/${named.id}`)).json();
    expect(renamed).toMatchObject({ firstName: 'nimi', email: 'nimi@example.fi', dateOfBirth: '1982-07-08' });
    const created = (await lead.get(`/api/clients/${createdId}`)).json();
    expect(created).toMatchObject({
      firstName: 'Uusi',
      municipalityCode: '091',
      dateOfBirth: '1999-12-31',
      gender: 'female',
      hasIdentityCode: true,
    });
    expect(created.responsibleUserId).toBe(coach.userId);
    expect((await lead.get(`/api/clients/${createdId}/identity-code`)).json()).toEqual({
      identityCode: makeIdentityCode('1999-12-31', 404),
    });
  });

  it('rejects each bad row with its reasons, in the caller’s language, and imports the rest', async () => {
    const duplicate = makeIdentityCode('1970-01-01', 502);
    const file = [
      'first_name,last_name,identity_code,municipality_code,street_address,unemployed_since,responsible_coach_email',
      'Hyvä,Rivi,,564,,,',
      `Väärä,Tunnus,${makeIdentityCode('1970-01-01', 500).slice(0, -1)}X,564,,,`,
      'Tuntematon,Kunta,,999,,,',
      'Ei,Kuntaa,,Atlantis,,,',
      '"Monirivinen","Osoite",,564,"Katu 1\nB 2",2027-01-01,',
      'Vieras,Valmentaja,,564,,,nobody@tuonti.fi',
      `Kaksi,Kertaa,${duplicate},564,,,`,
      `Kaksi,Kertaa,${duplicate},564,,,`,
      ',Etunimetön,,564,,,',
    ].join('\r\n');
    const before = await clientCount();
    const response = await upload(commit, file);
    expect(response.statusCode).toBe(200);
    const answer = response.json() as ImportAnswer;
    expect(answer.counts).toEqual({ create: 1, update: 0, reject: 8 });
    expect(rejects(answer)).toEqual({
      3: ['identity_code:invalid_identity_code'],
      4: ['municipality_code:unknown_municipality'],
      5: ['municipality_code:unknown_municipality'],
      6: ['unemployed_since:date_in_future'],
      8: ['responsible_coach_email:unknown_user'],
      9: ['identity_code:duplicate_in_file'],
      10: ['identity_code:duplicate_in_file'],
      11: ['first_name:required'],
    });
    expect(answer.rows.find((row) => row.row === 11)!.errors[0]!.message).toBe('Pakollinen tieto.');
    expect(await clientCount()).toBe(before + 1);
    expect(await findClient('Kaksi')).toEqual([]);

    const english = (await upload(dryRun, file, { 'accept-language': 'en' })).json() as ImportAnswer;
    expect(english.rows.find((row) => row.row === 11)!.errors[0]!.message).toBe('Required.');
  });

  it('reads a semicolon-separated Excel file with Finnish dates, genders and municipality names', async () => {
    const excel = [
      'first_name;last_name;date_of_birth;gender;municipality_code;postal_code;unemployed_since;isced_level',
      'Päivi;Määttä;5.3.1979;nainen;Oulu;90100;1.9.2025;3',
      'Håkan;Öström;17.11.1968;mies;Uleåborg;100;2.1.2026;',
      'Sami;Ahonen;28.2.1990;muu;91;;;',
      ';;;;;;;',
    ].join('\r\n');
    const response = await upload(commit, Buffer.from(`${excel}\r\n`, 'latin1'));
    expect(response.statusCode).toBe(200);
    expect((response.json() as ImportAnswer).counts).toEqual({ create: 3, update: 0, reject: 0 });
    const [paivi] = await findClient('Päivi');
    expect((await lead.get(`/api/clients/${paivi.id}`)).json()).toMatchObject({
      lastName: 'Määttä',
      dateOfBirth: '1979-03-05',
      gender: 'female',
      municipalityCode: '564',
      postalCode: '90100',
      unemployedSince: '2025-09-01',
      iscedLevel: 3,
    });
    const [hakan] = await findClient('Håkan');
    expect((await lead.get(`/api/clients/${hakan.id}`)).json()).toMatchObject({
      lastName: 'Öström',
      gender: 'male',
      municipalityCode: '564',
      postalCode: '00100',
    });
    const [sami] = await findClient('Sami');
    expect(sami).toMatchObject({ municipalityCode: '091' });
  });

  it('updates rather than duplicates when the same file is imported again', async () => {
    const file = csv(`Toisto,Yksi,${makeIdentityCode('1988-08-08', 602)},,,564,,,,,,,`, 'Toisto,Kaksi,,1991-09-09,,564,,,,,,,');
    const first = (await upload(commit, file)).json() as ImportAnswer;
    expect(first.counts).toEqual({ create: 2, update: 0, reject: 0 });
    const before = await clientCount();
    const again = (await upload(commit, file)).json() as ImportAnswer;
    expect(again.counts).toEqual({ create: 0, update: 2, reject: 0 });
    expect(again.rows.map((row) => row.clientId)).toEqual(first.rows.map((row) => row.clientId));
    expect(await clientCount()).toBe(before);
    expect(await findClient('Toisto')).toHaveLength(2);
    // Nothing in the file changed, so nothing was rewritten.
    expect((await lead.get(`/api/clients/${first.rows[0]!.clientId}`)).json().version).toBe(1);
  });

  it('leaves the values of columns the file does not have untouched', async () => {
    const code = makeIdentityCode('1966-06-06', 702);
    const existing = (
      await coach.post('/api/clients', newClientRequest({ identityCode: code, firstName: 'Osittainen', email: 'pysyy@example.fi' }))
    ).json();
    const response = await upload(
      commit,
      ['first_name,last_name,identity_code,municipality_code,phone', `Osittainen,Korhonen,${code},564,044 000 0000`].join('\n'),
    );
    expect(response.json().counts).toEqual({ create: 0, update: 1, reject: 0 });
    const after = (await lead.get(`/api/clients/${existing.id}`)).json();
    expect(after).toMatchObject({
      phone: '044 000 0000',
      email: 'pysyy@example.fi',
      responsibleUserId: existing.responsibleUserId,
      teamId: existing.teamId,
    });
  });

  it('rolls the whole commit back when something unexpected fails after the first rows are written', async () => {
    const rows = Array.from({ length: 1500 }, (_, index) => {
      const dateOfBirth = new Date(Date.UTC(1960, 0, 1 + index)).toISOString().slice(0, 10);
      return `Kumottu${index},Tuonti,${makeIdentityCode(dateOfBirth, 802)},,,564,,,,,,,`;
    });
    const before = await clientCount();
    const auditBefore = (await latestAudit()).sequence;
    const cipher = test.deps.cipher;
    const encrypt = cipher.encrypt;
    let calls = 0;
    // The second chunk fails to encrypt after the first thousand clients were inserted.
    cipher.encrypt = (plain) => {
      if (++calls > 1200) throw new Error('key service unavailable');
      return encrypt(plain);
    };
    try {
      expect((await upload(commit, csv(...rows))).statusCode).toBe(500);
    } finally {
      cipher.encrypt = encrypt;
    }
    expect(calls).toBeGreaterThan(1200);
    expect((await latestAudit()).sequence).toBe(auditBefore);
    expect(await clientCount()).toBe(before);
  });

  it('answers header problems with 400 on the header before reading any row', async () => {
    const fields = async (file: string) =>
      (await upload(dryRun, file)).json().error.fields.map((field: { path: string; code: string }) => `${field.path}:${field.code}`);
    expect(await fields('first_name,municipality_code\nAino,564')).toEqual(['header:missing_column']);
    expect(await fields('first_name,last_name,municipality_code,shoe_size\nAino,Aalto,564,42')).toEqual(['header:unknown_column']);
    expect(await fields('')).toEqual(['header:missing_column']);
    expect((await upload(dryRun, 'first_name,last_name,municipality_code\n"Aino,Aalto,564')).statusCode).toBe(400);
    expect((await upload('/api/clients/import?mode=everything', csv())).statusCode).toBe(400);
  });

  it('lists the first thousand rejected rows and counts the rest', async () => {
    const rows = Array.from({ length: 1001 }, (_, index) => `Nimetön${index},Rivi,,,,,,,,,,,`);
    const answer = (await upload(dryRun, csv(...rows, 'Hyväksytty,Rivi,,,,564,,,,,,,'))).json() as ImportAnswer;
    expect(answer.counts).toEqual({ create: 1, update: 0, reject: 1001 });
    expect(answer.rows).toHaveLength(1001);
    expect(answer.unlistedRows).toBe(1);
    expect(answer.rows.at(-1)).toEqual({ row: 1003, action: 'create', errors: [] });
  });
});
