/**
 * Synthetic job seekers and open opportunities from the reference data, deterministic per seed.
 *
 * Distribution (documented because the reference files have no population figures):
 * - Municipalities are weighted by their number of postal codes (fi_postal_codes.csv) as a proxy
 *   for population (Helsinki 251 codes ≈ 6.6 % of all, the smallest municipalities 1); a home or
 *   workplace is a random postal code of the municipality (its coordinates, else the centroid).
 * - Occupations: an ISCO-08 major group by a job-seeker-like share (service and sales, elementary,
 *   craft and operators over-represented), then an occupation inside it by a Zipf law (s = 1)
 *   over a seeded shuffle, so a few occupations are common and most are rare.
 * - A person has 5–40 skills (peaked near 15): most of the occupation's essential skills, some of
 *   its optional ones, and 10–20 % noise drawn by skill popularity (rank); levels 1–4.
 * - Organisations are regions (Uusimaa split in four), 22 in all.
 */
import { industrySections, type IndustrySection } from '../../src/contract/employers.js';
import { jobDemands, type JobDemand, type Licence } from '../../src/contract/opportunities.js';
import type { MatchReference } from '../../src/server/features/matching/engine/reference.js';
import type {
  GeoPoint,
  LanguageLevel,
  MatchOpportunity,
  MatchProfile,
  MatchSkillLevel,
  WorkingTimeForm,
} from '../../src/server/features/matching/engine/types.js';

export type Random = () => number;
/** mulberry32: small, fast, deterministic. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

/** Draws indexes in proportion to weights (binary search over the cumulative sums). */
export function weightedPicker(weights: number[]): (random: Random) => number {
  const cumulative = new Float64Array(weights.length);
  let total = 0;
  weights.forEach((weight, index) => (cumulative[index] = total += weight));
  return (random) => {
    const target = random() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle]! > target) high = middle;
      else low = middle + 1;
    }
    return low;
  };
}

const majorGroupShare: Record<string, number> = {
  '0': 0.2,
  '1': 2,
  '2': 9,
  '3': 10,
  '4': 10,
  '5': 22,
  '6': 3,
  '7': 14,
  '8': 11,
  '9': 18.8,
};
const licenceShares: [Licence, number, string][] = [
  ['driving_b', 0.65, ''],
  ['driving_c', 0.25, '8'],
  ['driving_ce', 0.12, '8'],
  ['driving_d', 0.05, '8'],
  ['forklift', 0.25, '89'],
  ['hygiene_passport', 0.35, '59'],
  ['occupational_safety_card', 0.35, '789'],
  ['first_aid', 0.2, ''],
  ['hot_work_card', 0.15, '7'],
  ['electrical_safety_card', 0.1, '7'],
  ['road_safety_card', 0.1, '8'],
  ['security_guard_card', 0.1, '5'],
  ['alcohol_passport', 0.1, '5'],
];
const workingTimeFormValues: WorkingTimeForm[] = ['full_time', 'part_time', 'shift_work', 'flexible', 'seasonal'];
const levels: LanguageLevel[] = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'];
const skillLevels: MatchSkillLevel[] = [1, 2, 2, 3, 3, 3, 4];

export type World = ReturnType<typeof createWorld>;

/** The reference data turned into samplers. */
export function createWorld(reference: MatchReference, seed = 1) {
  const random = seededRandom(seed);
  const municipalities = [...reference.municipalities.entries()];
  const pickMunicipality = weightedPicker(municipalities.map(([, value]) => Math.max(1, value.postalCodeCount)));
  const postalByMunicipality = new Map<string, GeoPoint[]>();
  for (const { point, municipalityCode } of reference.postalCodes.values()) {
    if (!point) continue;
    const list = postalByMunicipality.get(municipalityCode) ?? [];
    list.push(point);
    postalByMunicipality.set(municipalityCode, list);
  }
  const occupations = [...reference.occupationSkills.keys()].filter((uri) => reference.occupationIsco.has(uri));
  const byMajor = new Map<string, string[]>();
  for (const uri of occupations) {
    const major = reference.occupationIsco.get(uri)![0]!;
    byMajor.set(major, [...(byMajor.get(major) ?? []), uri]);
  }
  const majors = [...byMajor.keys()];
  const pickMajor = weightedPicker(majors.map((major) => majorGroupShare[major] ?? 1));
  const zipfPickers = new Map(
    majors.map((major) => {
      const list = byMajor.get(major)!.sort(() => random() - 0.5);
      byMajor.set(major, list);
      return [major, weightedPicker(list.map((_, rank) => 1 / (rank + 1)))];
    }),
  );
  const byMinorGroup = new Map<string, string[]>();
  for (const uri of occupations) {
    const minor = reference.occupationIsco.get(uri)!.slice(0, 3);
    byMinorGroup.set(minor, [...(byMinorGroup.get(minor) ?? []), uri]);
  }
  const skillPopularity = new Map<string, number>();
  for (const { essential, optional } of reference.occupationSkills.values())
    for (const uri of [...essential, ...optional]) skillPopularity.set(uri, (skillPopularity.get(uri) ?? 0) + 1);
  const allSkills = [...skillPopularity.keys()];
  const pickNoiseSkill = weightedPicker(allSkills.map((uri) => skillPopularity.get(uri)!));
  const popularSkills = [...allSkills].sort((a, b) => skillPopularity.get(b)! - skillPopularity.get(a)!).slice(0, 30);

  const pick = <T>(list: readonly T[], source: Random) => list[Math.floor(source() * list.length)]!;
  const occupation = (source: Random) => {
    const major = majors[pickMajor(source)]!;
    return byMajor.get(major)![zipfPickers.get(major)!(source)]!;
  };
  const related = (uri: string, source: Random) => pick(byMinorGroup.get(reference.occupationIsco.get(uri)!.slice(0, 3))!, source);
  const place = (source: Random) => {
    const [code, value] = municipalities[pickMunicipality(source)]!;
    const points = postalByMunicipality.get(code);
    const point = points?.length ? pick(points, source) : { lat: value.lat, lon: value.lon };
    return { municipalityCode: code, point, regionCode: value.regionCode, language: value };
  };
  const organisationOf = (regionCode: string, municipalityCode: string) =>
    regionCode === '01' ? `org-01-${Number(municipalityCode) % 4}` : `org-${regionCode}`;
  return {
    reference,
    occupations,
    occupation,
    related,
    place,
    organisationOf,
    pick,
    pickNoiseSkill,
    allSkills,
    popularSkills,
    skillPopularity,
  };
}

const sample = <T>(list: readonly T[], share: number, source: Random) => list.filter(() => source() < share);
const isoDay = (offset: number) => new Date(Date.UTC(2026, 10, 24) + offset * 86_400_000).toISOString().slice(0, 10);

/** One person whose main occupation is `main` (random when null). `skillNoise` is the share of random skills. */
export function generateProfile(world: World, id: string, source: Random, main: string | null = null, skillNoise = 0.15): MatchProfile {
  const primary = main ?? world.occupation(source);
  const isco = world.reference.occupationIsco.get(primary)!;
  const interests = [primary];
  if (source() < 0.5) interests.push(world.related(primary, source));
  if (source() < 0.15) interests.push(world.occupation(source));
  const past = source() < 0.6 ? [source() < 0.6 ? primary : world.related(primary, source)] : [];
  if (source() < 0.3) past.push(world.occupation(source));

  const relations = world.reference.occupationSkills.get(primary)!;
  const count = Math.min(40, Math.max(5, Math.round(5 + (source() + source() + source()) * 10)));
  const skills = new Set<string>();
  const essential = [...relations.essential].sort(() => source() - 0.5);
  const optional = [...relations.optional].sort(() => source() - 0.5);
  const noise = Math.round(count * skillNoise * (0.7 + source() * 0.6));
  for (const uri of essential) if (skills.size < count - noise && source() < 0.85) skills.add(uri);
  for (const uri of optional) if (skills.size < count - noise && source() < 0.5) skills.add(uri);
  while (skills.size < count) skills.add(world.allSkills[world.pickNoiseSkill(source)]!);

  const home = world.place(source);
  const swedish = home.language.regionCode === '21' || source() < 0.05;
  const languages: MatchProfile['languages'] = [{ code: swedish ? 'sv' : 'fi', level: 'C2' }];
  if (source() < 0.6) languages.push({ code: 'en', level: world.pick(['A2', 'B1', 'B2', 'C1'] as const, source) });
  if (!swedish && source() < 0.35) languages.push({ code: 'sv', level: world.pick(['A1', 'A2', 'B1', 'B2'] as const, source) });
  if (swedish) languages.push({ code: 'fi', level: world.pick(['B1', 'B2', 'C1'] as const, source) });
  if (source() < 0.1) {
    // Another mother tongue: Finnish (or Swedish) learnt as a second language.
    languages[0] = { code: world.pick(['ru', 'et', 'ar', 'so', 'uk'], source), level: 'C2' };
    if (!languages.some((language) => language.code === 'fi'))
      languages.push({ code: 'fi', level: world.pick(['A2', 'B1', 'B2'] as const, source) });
  }
  const major = isco[0]!;
  const licences = [...new Set(licenceSharesFor(major, source))];
  const partTime = source() < 0.2;
  return {
    id,
    organisationId: world.organisationOf(home.regionCode, home.municipalityCode),
    occupationsOfInterest: interests.map((escoUri) => ({ escoUri, iscoCode: null })),
    pastOccupations: past.map((escoUri) => ({ escoUri, iscoCode: null })),
    skills: [...skills].map((uri) => ({ uri, level: world.pick(skillLevels, source) })),
    languages,
    licences,
    hoursMin: partTime ? 15 : source() < 0.1 ? 30 : null,
    hoursMax: partTime ? 30 : source() < 0.1 ? 40 : null,
    workingTimeForms: source() < 0.6 ? [] : sample(workingTimeFormValues, 0.5, source),
    wantsRemote: source() < 0.1,
    maxCommuteKm: source() < 0.3 ? null : world.pick([10, 20, 30, 30, 50, 50, 80, 100], source),
    earliestStart: source() < 0.7 ? null : isoDay(Math.floor(source() * 90)),
    avoidDemands:
      source() < 0.75
        ? []
        : sample(
            ['heavy_lifting', 'night_work', 'customer_contact', 'standing_long', 'cold_or_heat', 'shift_work', 'noise'] as JobDemand[],
            0.3,
            source,
          ),
    home: home.point,
    municipalityCode: home.municipalityCode,
    preferredSections: source() < 0.7 ? [] : sample(industrySections, 0.12, source),
    proposable: source() < 0.8,
    inJobSearch: source() < 0.6,
  };
}

function licenceSharesFor(major: string, source: Random): Licence[] {
  return licenceShares
    .filter(([, share, groups]) => source() < (groups === '' || groups.includes(major) ? share : share / 5))
    .map(([licence]) => licence);
}

const demandsByMajor: Record<string, JobDemand[]> = {
  '5': ['customer_contact', 'standing_long', 'shift_work', 'time_pressure'],
  '7': ['heavy_lifting', 'noise', 'heights', 'outdoor_work'],
  '8': ['driving', 'shift_work', 'noise', 'repetitive_movements'],
  '9': ['heavy_lifting', 'standing_long', 'repetitive_movements', 'cold_or_heat', 'night_work'],
  '2': ['complex_instructions', 'reading_and_writing', 'time_pressure'],
  '3': ['multitasking', 'reading_and_writing'],
  '4': ['customer_contact', 'reading_and_writing'],
};

/** One open opportunity. `kind` 'popular' has no ESCO occupation and asks for a few of the most common skills (many near-equal scores). */
export function generateOpportunity(world: World, id: string, source: Random, kind: 'normal' | 'popular' = 'normal'): MatchOpportunity {
  const place = world.place(source);
  const occupation = world.occupation(source);
  const relations = world.reference.occupationSkills.get(occupation)!;
  const major = world.reference.occupationIsco.get(occupation)![0]!;
  const popular = kind === 'popular';
  const requiredSkills = popular
    ? sample(world.popularSkills.slice(0, 12), 0.3, source).slice(0, 5)
    : sample(relations.optional, 0.15, source).slice(0, 4);
  const niceToHaveSkills = popular ? sample(world.popularSkills.slice(12), 0.2, source) : [];
  if (popular && requiredSkills.length === 0) requiredSkills.push(world.popularSkills[0]!);
  const partTime = source() < 0.25;
  const languages: MatchOpportunity['languages'] = source() < 0.8 ? [{ code: 'fi', level: world.pick(levels.slice(2), source) }] : [];
  if (source() < 0.3) languages.push({ code: 'en', level: world.pick(levels.slice(1, 5), source) });
  if (source() < 0.08) languages.push({ code: 'sv', level: world.pick(levels.slice(1, 4), source) });
  const licences = licenceShares
    .filter(([, share, groups]) => source() < (groups.includes(major) ? share / 2 : share / 12))
    .map(([licence]) => licence);
  return {
    id,
    organisationId: world.organisationOf(place.regionCode, place.municipalityCode),
    escoUri: popular ? null : occupation,
    iscoCode: popular ? null : world.reference.occupationIsco.get(occupation)!,
    requiredSkills,
    niceToHaveSkills,
    languages,
    licences,
    demands: sample(demandsByMajor[major] ?? [], 0.35, source).concat(source() < 0.05 ? [world.pick(jobDemands, source)] : []),
    hoursPerWeek: partTime ? world.pick([15, 20, 25, 30], source) : 37.5,
    workingTimeForm: partTime ? 'part_time' : source() < 0.2 ? 'shift_work' : 'full_time',
    startDate: source() < 0.3 ? null : isoDay(Math.floor(source() * 60)),
    location: place.point,
    municipalityCode: place.municipalityCode,
    industrySection: source() < 0.1 ? null : (world.pick(industrySections, source) as IndustrySection),
    remotePossible: source() < 0.05,
  };
}
