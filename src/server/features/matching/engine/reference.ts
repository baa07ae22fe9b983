import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import type { GeoPoint } from './types.js';

/**
 * The reference data matching needs: each ESCO occupation's ISCO-08 code and essential/optional
 * skills, and coordinates of municipalities and postcodes (for commute distances).
 */
export type MatchReference = {
  occupationIsco: ReadonlyMap<string, string>;
  occupationSkills: ReadonlyMap<string, { essential: readonly string[]; optional: readonly string[] }>;
  municipalities: ReadonlyMap<string, GeoPoint & { regionCode: string; postalCodeCount: number }>;
  postalCodes: ReadonlyMap<string, { point: GeoPoint | null; municipalityCode: string }>;
};

const folder = fileURLToPath(new URL('../../../../../reference-data/', import.meta.url));
const readCsv = (file: string): Record<string, string>[] =>
  parse(readFileSync(folder + file, 'utf8'), { columns: true, skip_empty_lines: true });
const split = (cell: string | undefined) => (cell ? cell.split('|') : []);

let cached: MatchReference | null = null;

/** Reads the shipped reference files once per process. */
export function loadMatchReference(): MatchReference {
  if (cached) return cached;
  const occupationIsco = new Map(readCsv('esco_occupations.csv').map((row) => [row.esco_uri!, row.isco_code!]));
  const skillByRank = new Map(readCsv('esco_skills_top3000.csv').map((row) => [row.rank!, row.esco_uri!]));
  const toUris = (ranks: string[]) => ranks.map((rank) => skillByRank.get(rank)).filter((uri): uri is string => !!uri);
  const occupationSkills = new Map(
    readCsv('esco_occupation_skills.csv').map((row) => [
      row.occupation_uri!,
      { essential: toUris(split(row.essential_skill_ranks)), optional: toUris(split(row.optional_skill_ranks)) },
    ]),
  );
  const postalRows = readCsv('fi_postal_codes.csv');
  const postalCount = new Map<string, number>();
  for (const row of postalRows) postalCount.set(row.municipality_code!, (postalCount.get(row.municipality_code!) ?? 0) + 1);
  const municipalities = new Map(
    readCsv('fi_municipalities.csv').map((row) => [
      row.municipality_code!,
      {
        lat: Number(row.centroid_lat),
        lon: Number(row.centroid_lon),
        regionCode: row.region_code!,
        postalCodeCount: postalCount.get(row.municipality_code!) ?? 0,
      },
    ]),
  );
  const postalCodes = new Map(
    postalRows.map((row) => [
      row.postal_code!,
      { point: row.lat && row.lon ? { lat: Number(row.lat), lon: Number(row.lon) } : null, municipalityCode: row.municipality_code! },
    ]),
  );
  cached = { occupationIsco, occupationSkills, municipalities, postalCodes };
  return cached;
}

/** A home or workplace location: the postcode's coordinates, else the municipality's centroid, else unknown. */
export function locate(reference: MatchReference, postalCode: string | null, municipalityCode: string | null): GeoPoint | null {
  const postal = postalCode ? reference.postalCodes.get(postalCode) : undefined;
  if (postal?.point) return postal.point;
  const municipality = reference.municipalities.get(municipalityCode ?? postal?.municipalityCode ?? '');
  return municipality ? { lat: municipality.lat, lon: municipality.lon } : null;
}
