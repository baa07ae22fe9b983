import { sql } from 'drizzle-orm';
import type { CompetenceProfileFields, EducationField, SkillLevel } from '../../src/contract/competence-profiles.js';
import type { IndustrySection } from '../../src/contract/employers.js';
import { jobDemands, type JobDemand, type Licence } from '../../src/contract/opportunities.js';
import { competenceProfiles, competenceProfileVersions } from '../../src/server/db/schema.js';
import { queryRows, type Transaction } from '../../src/server/db/transaction.js';
import { profileColumns } from '../../src/server/features/competence-profiles/competence-profiles.queries.js';
import { changedParts } from '../../src/server/features/competence-profiles/profile-checks.js';
import { addDays } from './dates.js';
import { demoId } from './ids.js';
import { insertInChunks } from './insert.js';
import { createRandom, deriveSeed, type Random } from './random.js';

/**
 * Competence profiles for most demo clients, so matching has something to rank: the occupations
 * are those of the demo opportunities (and ESCO occupations of the same ISCO group), the skills come
 * from those occupations' essential and optional skills in the reference data. Deterministic:
 * each client's profile depends only on the seed and the client's id.
 */
type Occupation = { uri: string; iscoCode: string; labelFi: string; essential: string[]; optional: string[] };
type ClientRow = {
  id: string;
  organisationId: string;
  coachId: string | null;
  motherTongue: string | null;
  languages: string[];
  iscedLevel: number | null;
};

const shareWithProfile = 0.85;
const clientsPerPage = 2_000;
const employerNames = [
  'Pohjolan Palvelu Oy',
  'Kaupan Keskus Oy',
  'Oulun Seudun Logistiikka Oy',
  'Hoivakoti Kotiranta',
  'Rakennus Rinne Oy',
  'Kahvila Kulma',
];
const otherLicences: Licence[] = ['hygiene_passport', 'occupational_safety_card', 'first_aid', 'forklift', 'driving_c', 'alcohol_passport'];
const sections: IndustrySection[] = ['C', 'F', 'G', 'H', 'I', 'N', 'Q', 'S'];
/** ISCED-F broad field that fits an ISCO major group best (a rough, plausible default). */
const fieldByIscoMajor: Record<string, EducationField> = {
  '1': '04',
  '2': '09',
  '3': '07',
  '4': '04',
  '5': '10',
  '6': '08',
  '7': '07',
  '8': '07',
  '9': '10',
};

async function loadOccupations(tx: Transaction): Promise<Occupation[]> {
  // The demo opportunities' occupations, and up to two others of each one's ISCO unit group.
  return queryRows<Occupation>(
    tx,
    sql`with used as (select distinct esco_occupation_uri as uri, isco_code from opportunities where esco_occupation_uri is not null),
        relatives as (
          select o.uri from used u
          cross join lateral (select uri from ref_esco_occupations r where r.isco_code = u.isco_code and r.uri <> u.uri order by r.uri limit 2) o
        )
        select r.uri, r.isco_code as "iscoCode", r.label_fi as "labelFi", r.essential_skill_uris as essential, r.optional_skill_uris as optional
        from ref_esco_occupations r where r.uri in (select uri from used union select uri from relatives) order by r.uri`,
  );
}

function pickSome<T>(random: Random, items: readonly T[], count: number): T[] {
  const pool = [...items];
  const chosen: T[] = [];
  while (chosen.length < count && pool.length > 0) chosen.push(pool.splice(random.integer(0, pool.length - 1), 1)[0] as T);
  return chosen;
}

const skillLevel = (random: Random): SkillLevel => (random.chance(0.25) ? 'basic' : random.chance(0.75) ? 'good' : 'expert');

function profileOf(random: Random, client: ClientRow, occupations: readonly Occupation[], today: string): CompetenceProfileFields {
  const interests = pickSome(random, occupations, random.chance(0.7) ? 1 : 2);
  const main = interests[0]!;
  const past = random.chance(0.5)
    ? pickSome(
        random,
        occupations.filter((occupation) => !interests.includes(occupation)),
        1,
      )
    : [];
  const skillCount = random.integer(5, 20);
  const essential = pickSome(random, main.essential, Math.min(main.essential.length, Math.ceil(skillCount * 0.7)));
  const optional = pickSome(random, main.optional, skillCount - essential.length);
  // Few optional skills: the rest from the essential ones not yet taken.
  const moreEssential = pickSome(
    random,
    main.essential.filter((uri) => !essential.includes(uri)),
    skillCount - essential.length - optional.length,
  );
  const spoken = [...new Set([client.motherTongue ?? 'fi', ...client.languages])];
  const languages: CompetenceProfileFields['languages'] = spoken.map((code, index) => ({
    code,
    level: index === 0 ? 'C2' : random.pick(['A2', 'B1', 'B2', 'C1'] as const),
  }));
  if (!spoken.includes('fi')) languages.push({ code: 'fi', level: random.pick(['A2', 'B1', 'B2'] as const) });
  const hoursMin = random.pick([20, 25, 30, 37.5]);
  const workedUntil = addDays(today, -random.integer(60, 900));
  return {
    occupationsOfInterest: interests.map(({ uri }) => ({ uri })),
    pastOccupations: past.map(({ uri }) => ({ uri })),
    skills: [...essential, ...moreEssential, ...optional].map((uri) => ({ uri, level: skillLevel(random) })),
    education:
      client.iscedLevel === null
        ? []
        : [{ iscedLevel: client.iscedLevel, field: fieldByIscoMajor[main.iscoCode[0]!] ?? null, qualification: null, completedYear: null }],
    licences: [...(random.chance(0.6) ? (['driving_b'] as Licence[]) : []), ...pickSome(random, otherLicences, random.integer(0, 2))],
    languages,
    workHistory: past.map((occupation) => ({
      employerName: random.pick(employerNames),
      title: occupation.labelFi,
      occupationUri: occupation.uri,
      from: addDays(workedUntil, -random.integer(180, 2000)),
      to: workedUntil,
    })),
    preferences: {
      industrySections: pickSome(random, sections, random.integer(0, 2)),
      hoursPerWeekMin: hoursMin,
      hoursPerWeekMax: Math.max(hoursMin, random.pick([30, 37.5, 40])),
      partTimeOk: random.chance(0.5),
      shiftWorkOk: random.chance(0.4),
      remoteWanted: random.chance(0.1),
      maxCommuteKm: random.pick([10, 20, 30, 50, 80]),
      maxCommuteMinutes: random.chance(0.3) ? random.pick([30, 45, 60]) : null,
      earliestStartDate: random.chance(0.6) ? today : addDays(today, random.integer(7, 60)),
    },
    demandsToAvoid: random.chance(0.3) ? pickSome<JobDemand>(random, jobDemands, random.integer(1, 2)) : [],
  };
}

/** Loads the profiles page by page of clients; answers the rows written per table. */
export async function loadCompetenceProfiles(tx: Transaction, input: { seed: number; today: string }): Promise<Record<string, number>> {
  const occupations = await loadOccupations(tx);
  const counts = { competenceProfiles: 0, competenceProfileVersions: 0 };
  if (occupations.length === 0) return counts;
  const iscoCodes = new Map(occupations.map((occupation) => [occupation.uri, occupation.iscoCode]));
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const clients = await queryRows<ClientRow>(
      tx,
      sql`select id, organisation_id as "organisationId", responsible_user_id as "coachId", mother_tongue as "motherTongue",
            languages, isced_level as "iscedLevel" from clients where id > ${after} order by id limit ${clientsPerPage}`,
    );
    if (clients.length === 0) return counts;
    after = clients.at(-1)!.id;
    const profiles: (typeof competenceProfiles.$inferInsert)[] = [];
    const versions: (typeof competenceProfileVersions.$inferInsert)[] = [];
    for (const client of clients) {
      const random = createRandom(deriveSeed(input.seed, 0xc0de, Number.parseInt(client.id.slice(0, 8), 16)));
      if (!random.chance(shareWithProfile)) continue;
      const fields = profileOf(random, client, occupations, input.today);
      const changedAt = new Date(`${addDays(input.today, -random.integer(1, 60))}T10:00:00Z`);
      const base = { clientId: client.id, organisationId: client.organisationId };
      profiles.push({
        ...base,
        ...profileColumns(fields, (uri) => iscoCodes.get(uri)!),
        version: 1,
        updatedBy: client.coachId,
        updatedAt: changedAt,
      });
      versions.push({
        ...base,
        id: demoId(input.seed, `competence-profile-version/${client.id}/1`),
        version: 1,
        changedParts: changedParts(null, fields),
        snapshot: fields,
        changedBy: client.coachId,
        changedAt,
      });
    }
    await insertInChunks(tx, competenceProfiles, profiles);
    await insertInChunks(tx, competenceProfileVersions, versions);
    counts.competenceProfiles += profiles.length;
    counts.competenceProfileVersions += versions.length;
  }
}
