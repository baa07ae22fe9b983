import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { weightedPicker, type Random, type WeightedList } from './random.js';

const referenceDataFolder = fileURLToPath(new URL('../../reference-data/', import.meta.url));

type PostalCodeRow = {
  postal_code: string;
  name_fi: string;
  posti_type_code: string;
  municipality_code: string;
  municipality_name_fi: string;
};

/** Picks a postal code of a municipality; the main town's codes weigh more than village codes. */
export type PostalCodePicker = (random: Random, municipalityCode: string) => string;

export function loadPostalCodePicker(municipalityCodes: readonly string[]): PostalCodePicker {
  const rows = parse(readFileSync(`${referenceDataFolder}fi_postal_codes.csv`, 'utf8'), {
    columns: true,
    skip_empty_lines: true,
  }) as PostalCodeRow[];
  const pickers = new Map<string, (random: Random) => string>();
  for (const municipalityCode of municipalityCodes) {
    // Type 1 = an ordinary street-address area; the others are PO boxes and company codes.
    const entries: [string, number][] = rows
      .filter((row) => row.municipality_code === municipalityCode && row.posti_type_code === '1')
      .map((row) => [row.postal_code, row.name_fi === row.municipality_name_fi.toUpperCase() ? 6 : 1]);
    if (entries.length === 0) throw new Error(`reference data has no postal codes for municipality ${municipalityCode}`);
    pickers.set(municipalityCode, weightedPicker(entries));
  }
  return (random, municipalityCode) => {
    const picker = pickers.get(municipalityCode);
    if (!picker) throw new Error(`postal codes of municipality ${municipalityCode} were not loaded`);
    return picker(random);
  };
}

/** Common street names found in most Finnish towns. */
const streetNames = [
  'Koulukatu',
  'Kirkkokatu',
  'Isokatu',
  'Rantatie',
  'Myllytie',
  'Koivukuja',
  'Kuusitie',
  'Mäntytie',
  'Pajatie',
  'Urheilutie',
  'Asemakatu',
  'Puistotie',
  'Sepänkatu',
  'Ratakatu',
  'Kauppakatu',
  'Peltotie',
  'Lähteentie',
  'Haapatie',
  'Harjutie',
  'Sahatie',
  'Tervatie',
  'Revontulentie',
  'Ahontie',
  'Pihlajakuja',
  'Kalliotie',
  'Niittytie',
  'Jokikatu',
  'Välitie',
  'Rajakatu',
  'Leppätie',
  'Tunturintie',
  'Saarikatu',
  'Kotikuja',
] as const;

export function pickStreetAddress(random: Random): string {
  const street = random.pick(streetNames);
  const number = random.integer(1, 60);
  if (random.chance(0.55)) return `${street} ${number} ${random.pick(['A', 'B', 'C', 'D'])} ${random.integer(1, 40)}`;
  return `${street} ${number}`;
}

export type MunicipalityWeights = WeightedList<string>;
