import { clientImportColumns, type ClientImportColumn } from '../../src/contract/client-import.js';
import { recordedTargetGroups } from '../../src/contract/clients.js';
import { makeIdentityCode } from '../../src/contract/identity-code.js';
import { pickMotherTongue, pickName } from '../../scripts/demo-data/names.js';
import { createRandom, deriveSeed, type Random } from '../../scripts/demo-data/random.js';

/** A client as the generator meant it; the naive baseline inserts exactly the valid ones. */
export type GeneratedClient = {
  firstName: string;
  lastName: string;
  identityCode: string | null;
  dateOfBirth: string;
  gender: 'female' | 'male';
  municipalityCode: string;
  email: string;
  phone: string;
  streetAddress: string;
  postalCode: string;
  motherTongue: string;
  languages: string[];
  iscedLevel: number;
  targetGroups: string[];
  unemployedSince: string;
};

export type GeneratedFile = { csv: string; validClients: GeneratedClient[]; badRows: number };

/** Northern Finland, as the rest of the demo data; a few rows name the municipality instead of its code. */
const municipalities = [
  ['564', 'Oulu'],
  ['698', 'Rovaniemi'],
  ['205', 'Kajaani'],
  ['139', 'Ii'],
  ['244', 'Kempele'],
  ['425', 'Liminka'],
  ['494', 'Muhos'],
  ['615', 'Pudasjärvi'],
  ['305', 'Kuusamo'],
  ['240', 'Kemi'],
  ['851', 'Tornio'],
  ['091', 'Helsinki'],
] as const;
const municipalityNames = new Map<string, string>(municipalities);
const streets = ['Isokatu', 'Kirkkokatu', 'Rantakatu', 'Koulukatu', 'Pohjantie', 'Kauppurienkatu', 'Valtakatu'];

/** One bad row in 50, cycling through the reasons a real export goes wrong. */
const badRowEvery = 50;
const badKinds = [
  'invalid_identity_code',
  'unknown_municipality',
  'future_unemployment',
  'unknown_coach',
  'missing_first_name',
  'duplicate_code',
] as const;

const pad = (value: number) => String(value).padStart(2, '0');
const finnishDate = (iso: string) => `${Number(iso.slice(8, 10))}.${Number(iso.slice(5, 7))}.${iso.slice(0, 4)}`;
const isoDay = (epochDay: number) => new Date(epochDay * 86_400_000).toISOString().slice(0, 10);

function quoted(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Birth dates spread over 1960–2005 and the individual number over the index keep every identity code unique. */
function generateClient(random: Random, index: number): GeneratedClient {
  const motherTongue = pickMotherTongue(random);
  const gender = random.chance(0.5) ? 'female' : 'male';
  const name = pickName(random, motherTongue, gender);
  const birthDays = 16_000;
  const dateOfBirth = isoDay(-3653 + (index % birthDays));
  const individual = 2 + 2 * Math.floor(index / birthDays) + (gender === 'male' ? 1 : 0);
  const [municipalityCode] = random.pick(municipalities);
  return {
    ...name,
    // The row before a bad one always has a code, so that a duplicate of it has one to copy.
    identityCode: index % badRowEvery === badRowEvery - 2 || random.chance(0.9) ? makeIdentityCode(dateOfBirth, individual) : null,
    dateOfBirth,
    gender,
    municipalityCode,
    email: `asiakas${index}@example.fi`,
    phone: `040 ${random.integer(100, 999)} ${random.integer(1000, 9999)}`,
    streetAddress: `${random.pick(streets)} ${random.integer(1, 80)}`,
    postalCode: `90${pad(random.integer(1, 99))}0`,
    motherTongue,
    languages: motherTongue === 'fi' ? ['fi', 'en'] : [motherTongue, 'fi'],
    iscedLevel: random.integer(1, 7),
    targetGroups: random.chance(0.3) ? [random.pick(recordedTargetGroups)] : [],
    unemployedSince: `202${random.integer(3, 5)}-${pad(random.integer(1, 12))}-${pad(random.integer(1, 28))}`,
  };
}

/** The way people write the file varies: Finnish dates and genders, municipality names, no identity code. */
function csvLine(client: GeneratedClient, random: Random, coachEmail: string): string {
  const finnishStyle = random.chance(0.2);
  const values: Record<ClientImportColumn, string> = {
    first_name: client.firstName,
    last_name: client.lastName,
    identity_code: client.identityCode ?? '',
    date_of_birth: client.identityCode && random.chance(0.5) ? '' : finnishStyle ? finnishDate(client.dateOfBirth) : client.dateOfBirth,
    gender: finnishStyle ? (client.gender === 'female' ? 'nainen' : 'mies') : client.gender,
    municipality_code: random.chance(0.1)
      ? (municipalityNames.get(client.municipalityCode) ?? client.municipalityCode)
      : client.municipalityCode,
    email: client.email,
    phone: client.phone,
    street_address: client.streetAddress,
    postal_code: client.postalCode,
    mother_tongue: client.motherTongue,
    languages: client.languages.join('|'),
    isced_level: String(client.iscedLevel),
    target_groups: client.targetGroups.join('|'),
    unemployed_since: finnishStyle ? finnishDate(client.unemployedSince) : client.unemployedSince,
    responsible_coach_email: coachEmail,
  };
  return clientImportColumns.map((column) => quoted(values[column])).join(',');
}

function spoil(
  client: GeneratedClient,
  kind: (typeof badKinds)[number],
  previous: GeneratedClient,
): { client: GeneratedClient; coachEmail?: string } {
  switch (kind) {
    case 'invalid_identity_code':
      return { client: { ...client, identityCode: makeIdentityCode(client.dateOfBirth, 2).slice(0, -1) + '?' } };
    case 'unknown_municipality':
      return { client: { ...client, municipalityCode: '999' } };
    case 'future_unemployment':
      return { client: { ...client, unemployedSince: '2099-01-01' } };
    case 'unknown_coach':
      return { client, coachEmail: 'ei.tunnettu@example.fi' };
    case 'missing_first_name':
      return { client: { ...client, firstName: '' } };
    case 'duplicate_code':
      return { client: { ...client, identityCode: previous.identityCode, dateOfBirth: previous.dateOfBirth } };
  }
}

/** The same seed and size give the same file, byte for byte. */
export function generateImportFile(options: { rows: number; seed: number; coachEmails: string[] }): GeneratedFile {
  const rows: { client: GeneratedClient; coachEmail: string; valid: boolean; random: Random }[] = [];
  for (let index = 0; index < options.rows; index += 1) {
    const random = createRandom(deriveSeed(options.seed, index));
    const row = {
      client: generateClient(random, index),
      coachEmail: options.coachEmails[index % options.coachEmails.length]!,
      valid: true,
      random,
    };
    if (index % badRowEvery === badRowEvery - 1) {
      const kind = badKinds[Math.floor(index / badRowEvery) % badKinds.length]!;
      const previous = rows[index - 1]!;
      const spoiled = spoil(row.client, kind, previous.client);
      row.client = spoiled.client;
      row.coachEmail = spoiled.coachEmail ?? row.coachEmail;
      row.valid = false;
      // Both rows with the same identity code are rejected.
      if (kind === 'duplicate_code') previous.valid = false;
    }
    rows.push(row);
  }
  const lines = [clientImportColumns.join(','), ...rows.map((row) => csvLine(row.client, row.random, row.coachEmail))];
  const validClients = rows.filter((row) => row.valid).map((row) => row.client);
  return { csv: `${lines.join('\n')}\n`, validClients, badRows: rows.length - validClients.length };
}
