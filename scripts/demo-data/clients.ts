import type { recordedTargetGroups } from '../../src/contract/clients.js';
import { makeIdentityCode } from '../../src/contract/identity-code.js';
import type { FieldCipher } from '../../src/server/crypto/field-encryption.js';
import type { clients } from '../../src/server/db/schema.js';
import { addDays, addMonths } from './dates.js';
import { emailLocalPart, pickMotherTongue, pickName, type MotherTongue } from './names.js';
import type { ProcessModelKey } from './organisations.js';
import { pickStreetAddress, type PostalCodePicker } from './places.js';
import { weightedPicker, type Random } from './random.js';
import { workAbilityNotes } from './texts.js';

export type ClientRow = typeof clients.$inferInsert;
type TargetGroup = (typeof recordedTargetGroups)[number];

/** Facts about the person that the history generator needs. */
export type Person = { row: ClientRow; age: number; immigrant: boolean; hasWorkAbilityNote: boolean };

const pickAdultAge = weightedPicker<[number, number]>([
  [[18, 29], 25],
  [[30, 49], 45],
  [[50, 64], 30],
]);

const pickIscedLevel = weightedPicker<number | null>([
  [2, 30],
  [3, 45],
  [4, 2],
  [5, 5],
  [6, 9],
  [7, 5],
  [null, 4],
]);
const pickImmigrantIscedLevel = weightedPicker<number | null>([
  [1, 10],
  [2, 25],
  [3, 25],
  [5, 5],
  [6, 15],
  [7, 10],
  [null, 10],
]);
const pickYouthIscedLevel = weightedPicker<number | null>([
  [2, 55],
  [3, 40],
  [null, 5],
]);

const mobilePrefixes = ['040', '041', '044', '045', '046', '050'] as const;

export function generatePerson(
  random: Random,
  input: {
    id: string;
    organisationId: string;
    teamId: string;
    responsibleUserId: string;
    municipalityCode: string;
    pickPostalCode: PostalCodePicker;
    youth: boolean;
    programmeKey: ProcessModelKey;
    today: string;
    cipher: FieldCipher;
  },
): Person {
  const motherTongue: MotherTongue = pickMotherTongue(random);
  const immigrant = motherTongue !== 'fi' && motherTongue !== 'sv';
  const sex = random.chance(0.49) ? 'female' : 'male';
  const genderRoll = random.next();
  const gender = genderRoll < 0.01 ? 'other' : genderRoll < 0.015 ? 'unknown' : sex;
  const name = pickName(random, motherTongue, sex);

  const [minimumAge, maximumAge] = input.youth ? [17, 29] : pickAdultAge(random);
  const age = random.integer(minimumAge, maximumAge);
  // Birthday 1–364 days ago in the year `age` years back, so the person is exactly `age` today.
  const dateOfBirth = addDays(addMonths(input.today, -12 * age), -random.integer(1, 364));

  // Identity codes follow the person's legal sex, which the individual number's parity encodes.
  // Individual numbers 900–999 are the range used for test and temporary codes, not given to real people.
  const hasIdentityCode = gender === sex && random.chance(immigrant ? 0.45 : 0.74);
  const identityCode = hasIdentityCode ? makeIdentityCode(dateOfBirth, 900 + 2 * random.integer(0, 49) + (sex === 'male' ? 1 : 0)) : null;
  const knowsDateOfBirth = hasIdentityCode || random.chance(0.9);

  const iscedLevel = input.youth ? pickYouthIscedLevel(random) : immigrant ? pickImmigrantIscedLevel(random) : pickIscedLevel(random);
  const targetGroups = pickTargetGroups(random, { immigrant, iscedLevel, programmeKey: input.programmeKey, age });
  const hasWorkAbilityNote = targetGroups.includes('partial_work_ability') && random.chance(0.6);

  const row: ClientRow = {
    id: input.id,
    organisationId: input.organisationId,
    teamId: input.teamId,
    responsibleUserId: input.responsibleUserId,
    firstName: name.firstName,
    lastName: name.lastName,
    identityCodeEncrypted: identityCode ? input.cipher.encrypt(identityCode) : null,
    identityCodeHash: identityCode ? input.cipher.blindIndex(identityCode) : null,
    dateOfBirth: knowsDateOfBirth ? dateOfBirth : null,
    gender,
    municipalityCode: input.municipalityCode,
    // example.com is reserved for examples (RFC 2606): demo mail can never reach a real inbox.
    email: random.chance(0.85) ? `${emailLocalPart(name)}${random.chance(0.5) ? random.integer(1, 99) : ''}@example.com` : null,
    phone: random.chance(0.95) ? `${random.pick(mobilePrefixes)} ${random.integer(100, 999)} ${random.integer(1000, 9999)}` : null,
    streetAddress: random.chance(0.9) ? pickStreetAddress(random) : null,
    postalCode: input.pickPostalCode(random, input.municipalityCode),
    motherTongue,
    languages: pickLanguages(random, motherTongue),
    iscedLevel,
    targetGroups,
    unemployedSince: null,
    workAbilityNoteEncrypted: hasWorkAbilityNote ? input.cipher.encrypt(random.pick(workAbilityNotes)) : null,
    createdAt: new Date(0),
    updatedAt: new Date(0),
  };
  return { row, age, immigrant, hasWorkAbilityNote };
}

function pickTargetGroups(
  random: Random,
  facts: { immigrant: boolean; iscedLevel: number | null; programmeKey: ProcessModelKey; age: number },
): TargetGroup[] {
  const groups: TargetGroup[] = [];
  // IPS serves people with mental-health and substance-use problems, so most have partial work ability.
  const ips = facts.programmeKey === 'ips';
  if (random.chance(ips ? 0.65 : 0.15)) groups.push('partial_work_ability');
  if (facts.immigrant) groups.push('immigrant');
  if (random.chance(0.05)) groups.push('disability');
  if (facts.iscedLevel !== null && facts.iscedLevel <= 2 && facts.age >= 20 && random.chance(0.75)) groups.push('no_vocational_education');
  if (random.chance(ips ? 0.4 : 0.08)) groups.push('rehabilitation_client');
  if (facts.age >= 22 && random.chance(0.05)) groups.push('single_parent');
  return groups;
}

function pickLanguages(random: Random, motherTongue: MotherTongue): string[] {
  const languages: string[] = [motherTongue];
  const add = (language: string, probability: number) => {
    if (!languages.includes(language) && random.chance(probability)) languages.push(language);
  };
  if (motherTongue === 'fi') {
    add('en', 0.7);
    add('sv', 0.35);
  } else if (motherTongue === 'sv') {
    add('fi', 0.9);
    add('en', 0.8);
  } else {
    add('fi', 0.55);
    add('en', motherTongue === 'en' ? 1 : 0.5);
    if (motherTongue === 'uk') add('ru', 0.6);
  }
  return languages;
}
