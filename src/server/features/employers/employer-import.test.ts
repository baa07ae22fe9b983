import { desc } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../audit/audit.tables.js';
import { generateTotpSecret } from '../../auth/totp.js';
import { inTransaction } from '../../db/transaction.js';
import { createOrganisation, createUser, testPassword } from '../../test-support/builders.js';
import { matrixRoles, type EndpointMatrix, type MatrixRole } from '../../test-support/case-work-test-world.js';
import { createTestApp, loginAs, type TestApp, type UserAgent } from '../../test-support/test-app.js';
import { testEngines } from '../../test-support/test-database.js';
import { loginForCsvUpload, type CsvUploader } from '../client-import/csv-upload.js';
import { createEmployer, makeBusinessId, withWrongCheckDigit } from './employer-test-support.js';

export const employerImportAuthorizationMatrix: EndpointMatrix = {
  'POST /api/employers/import': {
    assigned: 403,
    colleague: 403,
    coordinator: 200,
    lead: 200,
    admin: 200,
    analyst: 403,
    partner: 403,
    foreign: 403,
  },
};

const header = 'name,business_id,industry_section,size_class,economy_sector,municipality_code,website,notes,owner_email';
const csv = (...rows: string[]) => [header, ...rows].join('\n');
const dryRun = '/api/employers/import?mode=dry-run';
const commit = '/api/employers/import?mode=commit';

type ImportAnswer = {
  mode: string;
  counts: { create: number; update: number; reject: number };
  rows: { row: number; action: string; errors: { field: string; code: string; message: string }[]; employerId?: string }[];
  unlistedRows: number;
};
const rejects = (answer: ImportAnswer) =>
  Object.fromEntries(
    answer.rows.filter((row) => row.action === 'reject').map((row) => [row.row, row.errors.map((error) => `${error.field}:${error.code}`)]),
  );

describe.each(testEngines)('employer import on %s', (engine) => {
  let test: TestApp;
  let coordinator: UserAgent;
  let organisationId: string;
  const uploaders = {} as Record<MatrixRole, CsvUploader>;

  const employerCount = async () => (await coordinator.get('/api/employers?pageSize=1')).json().total as number;
  const findEmployers = async (text: string) => (await coordinator.get(`/api/employers?text=${encodeURIComponent(text)}`)).json().items;
  const latestAudit = () =>
    inTransaction(test.deps.db, 'system', async (tx) => (await tx.select().from(auditLog).orderBy(desc(auditLog.sequence)).limit(1))[0]!);

  beforeAll(async () => {
    test = await createTestApp(engine);
    const db = test.deps.db;
    const oulu = await createOrganisation(db);
    organisationId = oulu.id;
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
      const [organisation, membership] = roleOf[role];
      const email = `${role}@tyonantajat.fi`;
      const totp = role === 'admin' ? { totpSecret: test.deps.cipher.encrypt(adminSecret), totpEnabled: true } : {};
      await createUser(db, { email, name: `${role} Käyttäjä`, roles: [{ organisationId: organisation, role: membership }], ...totp });
      uploaders[role] = await loginForCsvUpload(test.app, email, testPassword, role === 'admin' ? adminSecret : undefined);
    }
    coordinator = await loginAs(test.app, 'coordinator@tyonantajat.fi', testPassword);
  });
  afterAll(() => test.close());

  it('answers each role as the authorization matrix says', async () => {
    const file = csv('Matriisi Oy,,,,,,,,');
    for (const [endpoint, expected] of Object.entries(employerImportAuthorizationMatrix)) {
      const actual = Object.fromEntries(
        await Promise.all(matrixRoles.map(async (role) => [role, (await uploaders[role](dryRun, file)).statusCode] as const)),
      );
      expect({ [endpoint]: actual }).toEqual({ [endpoint]: expected });
    }
  });

  it('refuses a coach with 403 before looking at the file, and imports nothing', async () => {
    expect((await uploaders.assigned(commit, 'no header at all')).statusCode).toBe(403);
    expect((await uploaders.assigned(commit, csv('Kielletty Oy,,,,,,,,'))).statusCode).toBe(403);
    expect(await findEmployers('Kielletty')).toEqual([]);
  });

  it('reports on a dry run what a commit would do and writes nothing; the commit applies the same plan', async () => {
    const existing = await createEmployer(coordinator, { name: 'Vanha Konepaja Oy', businessId: makeBusinessId(3_000_001) });
    const file = csv(
      `Uusi Leipomo Oy,${makeBusinessId(3_000_002)},c,pieni,yksityinen,Oulu,https://leipomo.example.fi,Aamuvuoro,coordinator@tyonantajat.fi`,
      `Vanha Konepaja Oyj,${makeBusinessId(3_000_001)},C,medium,private,564,,,`,
      `Virheellinen Oy,${withWrongCheckDigit(makeBusinessId(3_000_003))},C,,,564,,,`,
    );
    const before = await employerCount();
    const dry = (await uploaders.coordinator(dryRun, file)).json() as ImportAnswer;
    expect(dry).toMatchObject({ mode: 'dry-run', counts: { create: 1, update: 1, reject: 1 }, unlistedRows: 0 });
    expect(dry.rows).toEqual([
      { row: 2, action: 'create', errors: [] },
      { row: 3, action: 'update', errors: [], employerId: existing.id },
      {
        row: 4,
        action: 'reject',
        errors: [
          {
            field: 'business_id',
            code: 'invalid_business_id',
            message: 'Y-tunnus ei ole kelvollinen (muoto 1234567-8 ja tarkistusnumero).',
          },
        ],
      },
    ]);
    expect(await employerCount()).toBe(before);
    expect((await coordinator.get(`/api/employers/${existing.id}`)).json()).toMatchObject({ name: 'Vanha Konepaja Oy', version: 1 });

    const committed = (await uploaders.coordinator(commit, file)).json() as ImportAnswer;
    expect(committed.counts).toEqual(dry.counts);
    expect(committed.rows.map((row) => [row.row, row.action])).toEqual(dry.rows.map((row) => [row.row, row.action]));
    expect(await employerCount()).toBe(before + 1);
    const createdId = committed.rows[0]!.employerId!;
    expect((await coordinator.get(`/api/employers/${createdId}`)).json()).toMatchObject({
      name: 'Uusi Leipomo Oy',
      businessId: makeBusinessId(3_000_002),
      industrySection: 'C',
      sizeClass: 'small',
      economySector: 'private',
      municipalityCode: '564',
      website: 'https://leipomo.example.fi',
      notes: 'Aamuvuoro',
      ownerName: 'coordinator Käyttäjä',
      stage: 'identified',
      stageChangedOn: '2026-11-23',
      stageHistory: [expect.objectContaining({ stage: 'identified', changedOn: '2026-11-23' })],
    });
    expect((await coordinator.get(`/api/employers/${existing.id}`)).json()).toMatchObject({
      name: 'Vanha Konepaja Oyj',
      sizeClass: 'medium',
      // The file has the column and leaves it empty: the value is cleared.
      website: null,
      version: 2,
    });
    expect(await latestAudit()).toMatchObject({ action: 'employer.import', outcome: 'success', organisationId, clientIds: [] });
  });

  it('importing the same file again updates the employers instead of creating them twice, and changes nothing that is equal', async () => {
    const file = csv(`Toistuva Oy,${makeBusinessId(3_000_010)},G,,,564,,,`, 'Ilman Tunnusta Ky,,S,,,091,,,');
    const first = (await uploaders.lead(commit, file)).json() as ImportAnswer;
    expect(first.counts).toEqual({ create: 2, update: 0, reject: 0 });
    const again = (await uploaders.lead(commit, file)).json() as ImportAnswer;
    expect(again.counts).toEqual({ create: 0, update: 2, reject: 0 });
    expect(again.rows.map((row) => row.employerId)).toEqual(first.rows.map((row) => row.employerId));
    const unchanged = (await coordinator.get(`/api/employers/${first.rows[1]!.employerId}`)).json();
    expect(unchanged).toMatchObject({ name: 'Ilman Tunnusta Ky', municipalityCode: '091', version: 1 });
  });

  it('overwrites only the columns the file has, and an empty owner keeps the current owner', async () => {
    const employer = await createEmployer(coordinator, {
      name: 'Osittainen Oy',
      businessId: makeBusinessId(3_000_020),
      notes: 'Tärkeä muistiinpano',
      ownerUserId: coordinator.userId,
    });
    const answer = (await uploaders.lead(commit, `name,business_id,owner_email\nOsittainen Oy Ab,${makeBusinessId(3_000_020)},`)).json();
    expect(answer.counts).toEqual({ create: 0, update: 1, reject: 0 });
    expect((await coordinator.get(`/api/employers/${employer.id}`)).json()).toMatchObject({
      name: 'Osittainen Oy Ab',
      notes: 'Tärkeä muistiinpano',
      industrySection: 'C',
      ownerUserId: coordinator.userId,
    });
  });

  it('rejects each bad row with its reasons, in the caller’s language, and imports the rest', async () => {
    const duplicate = makeBusinessId(3_000_030);
    const file = [
      header,
      'Hyvä Rivi Oy,,,,,564,,,',
      ',,,,,564,,,',
      'Tuntematon Toimiala Oy,,Z,,,564,,,',
      'Outo Koko Oy,,,jättimäinen,kunnallinen,Atlantis,,,',
      'Vieras Omistaja Oy,,,,,,,,nobody@tyonantajat.fi',
      'Analyytikko Omistaja Oy,,,,,,,,analyst@tyonantajat.fi',
      `Kaksi Kertaa Oy,${duplicate},,,,,,,`,
      `Kaksi Kertaa Oy,${duplicate},,,,,,,`,
      'Sama Nimi Ky,,,,,,,,',
      'sama nimi ky,,,,,,,,',
      'Liikaa Arvoja Oy,,,,,,,,,ylimääräinen',
    ].join('\r\n');
    const before = await employerCount();
    const response = await uploaders.coordinator(commit, file, { 'accept-language': 'en' });
    expect(response.statusCode).toBe(200);
    const answer = response.json() as ImportAnswer;
    expect(answer.counts).toEqual({ create: 1, update: 0, reject: 10 });
    expect(rejects(answer)).toEqual({
      3: ['name:required'],
      4: ['industry_section:unknown_industry_section'],
      5: ['size_class:invalid_option', 'economy_sector:invalid_option', 'municipality_code:unknown_municipality'],
      6: ['owner_email:unknown_user'],
      7: ['owner_email:unknown_user'],
      8: ['business_id:duplicate_in_file'],
      9: ['business_id:duplicate_in_file'],
      10: ['name:duplicate_in_file'],
      11: ['name:duplicate_in_file'],
      12: ['row:invalid'],
    });
    expect(answer.rows.find((row) => row.row === 4)!.errors[0]!.message).toBe('Unknown industry (TOL 2008 section A–U).');
    expect(await employerCount()).toBe(before + 1);
  });

  it('refuses a file without the name column, with an unknown column or that is not CSV, before reading any row', async () => {
    const fields = async (file: string) => {
      const response = await uploaders.coordinator(dryRun, file);
      expect(response.statusCode).toBe(400);
      return (response.json().error.fields as { path: string; code: string }[]).map((field) => `${field.path}:${field.code}`);
    };
    expect(await fields('business_id\n0187690-1')).toEqual(['header:missing_column']);
    expect(await fields('name,shoe_size\nOy,42')).toEqual(['header:unknown_column']);
    expect(await fields('name\n"unclosed')).toEqual(['file:invalid']);
  });

  it('makes a user who may import into several organisations name one', async () => {
    const other = await createOrganisation(test.deps.db, 'Kainuun työllisyysalue');
    await createUser(test.deps.db, {
      email: 'two@tyonantajat.fi',
      roles: [
        { organisationId, role: 'team_lead' },
        { organisationId: other.id, role: 'employer_coordinator' },
      ],
    });
    const upload = await loginForCsvUpload(test.app, 'two@tyonantajat.fi', testPassword);
    const unnamed = await upload(dryRun, csv('Kahden Oy,,,,,,,,'));
    expect(unnamed.statusCode).toBe(400);
    expect(unnamed.json().error.fields).toEqual([expect.objectContaining({ path: 'organisationId', code: 'required' })]);
    expect((await upload(`${dryRun}&organisationId=${other.id}`, csv('Kahden Oy,,,,,,,,'))).json().counts.create).toBe(1);
  });

  it('makes two commits of the same file at once take turns: one creates the employer, the other updates it', async () => {
    const before = await employerCount();
    const file = csv(`Samanaikainen Oy,${makeBusinessId(3_000_040)},,,,,,,`);
    const [first, second] = await Promise.all([uploaders.coordinator(commit, file), uploaders.lead(commit, file)]);
    expect([first.json().counts, second.json().counts]).toEqual(
      expect.arrayContaining([
        { create: 1, update: 0, reject: 0 },
        { create: 0, update: 1, reject: 0 },
      ]),
    );
    expect(await employerCount()).toBe(before + 1);
  });
});
