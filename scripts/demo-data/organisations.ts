import { inArray } from 'drizzle-orm';
import type { Transaction } from '../../src/server/db/transaction.js';
import { organisations, processModels, programmes, teams } from '../../src/server/db/schema.js';
import { businessIdOf } from './business-ids.js';
import { demoId } from './ids.js';
import type { WeightedList } from './random.js';

/**
 * The demo world: three employment areas of Northern Finland that serve clients, and three
 * partner organisations (an NGO, a Kela office, an educational institution) that do not.
 */
export type ProcessModelKey = 'ips' | 'working_life_interpreter';
export const processModelKeys: readonly ProcessModelKey[] = ['ips', 'working_life_interpreter'];

export type TeamSpec = {
  name: string;
  /** Which programmes this team's coaches run, with weights. */
  programmes: WeightedList<ProcessModelKey>;
  /** Share of the area's coaches in this team. */
  coachShare: number;
  /** Youth teams (Ohjaamo-like work) serve under-30s. */
  youth: boolean;
};

export type AreaSpec = {
  slug: string;
  name: string;
  municipalityCode: string;
  /** Share of all demo clients. */
  clientShare: number;
  /** The municipalities the area serves, weighted by how many clients come from each. */
  municipalities: WeightedList<string>;
  teams: readonly TeamSpec[];
  minimumCoaches: number;
  ipsFundingCode: string;
};

export const areaSpecs: readonly AreaSpec[] = [
  {
    slug: 'oulu',
    name: 'Oulun seudun työllisyysalue',
    municipalityCode: '564',
    clientShare: 0.65,
    municipalities: [
      ['564', 70],
      ['244', 8],
      ['425', 5],
      ['494', 4],
      ['139', 5],
      ['859', 3],
      ['436', 1],
      ['072', 1],
    ],
    teams: [
      { name: 'IPS-tiimi', programmes: [['ips', 1]], coachShare: 0.4, youth: false },
      { name: 'Työelämätulkit', programmes: [['working_life_interpreter', 1]], coachShare: 0.35, youth: false },
      {
        name: 'Nuoret',
        programmes: [
          ['ips', 4],
          ['working_life_interpreter', 6],
        ],
        coachShare: 0.25,
        youth: true,
      },
    ],
    minimumCoaches: 8,
    ipsFundingCode: 'S30123',
  },
  {
    slug: 'rovaniemi',
    name: 'Lapin työllisyysalue',
    municipalityCode: '698',
    clientShare: 0.225,
    municipalities: [
      ['698', 85],
      ['683', 15],
    ],
    teams: [
      { name: 'Työhönvalmennus', programmes: [['ips', 1]], coachShare: 0.5, youth: false },
      { name: 'Työelämätulkit', programmes: [['working_life_interpreter', 1]], coachShare: 0.5, youth: false },
    ],
    minimumCoaches: 4,
    ipsFundingCode: 'S30241',
  },
  {
    slug: 'koillismaa',
    name: 'Koillismaan työllisyysalue',
    municipalityCode: '305',
    clientShare: 0.125,
    municipalities: [
      ['305', 45],
      ['615', 25],
      ['832', 15],
      ['614', 15],
    ],
    teams: [
      {
        name: 'Koillismaan valmennustiimi',
        programmes: [
          ['ips', 5],
          ['working_life_interpreter', 5],
        ],
        coachShare: 1,
        youth: false,
      },
    ],
    minimumCoaches: 3,
    ipsFundingCode: 'S30318',
  },
];

export type PartnerSpec = { slug: string; name: string; type: string; municipalityCode: string; hasPartnerLogin: boolean };

export const partnerSpecs: readonly PartnerSpec[] = [
  { slug: 'ngo', name: 'Pohjoisen Tukiverkko ry', type: 'ngo', municipalityCode: '564', hasPartnerLogin: true },
  { slug: 'kela', name: 'Kela, Oulun palvelupiste', type: 'kela_office', municipalityCode: '564', hasPartnerLogin: true },
  {
    slug: 'oppilaitos',
    name: 'Pohjois-Suomen ammattiopisto',
    type: 'educational_institution',
    municipalityCode: '564',
    hasPartnerLogin: false,
  },
];

export type ProgrammeContext = {
  id: string;
  key: ProcessModelKey;
  name: string;
  followUpMonths: readonly number[];
  /** Phase keys in process order, read from the process model. */
  phases: readonly string[];
  /** Activity modes that count as meetings, read from the process model. */
  meetingModes: readonly string[];
};

export type TeamContext = { id: string; spec: TeamSpec };

export type OrganisationsContext = {
  areas: { spec: AreaSpec; organisationId: string; teams: TeamContext[]; programmes: Record<ProcessModelKey, ProgrammeContext> }[];
  partners: { spec: PartnerSpec; organisationId: string }[];
};

type ProcessModelFacts = { id: string; phases: string[]; meetingModes: string[] };

/** Process models are shipped data inserted at start-up; the generator only reads them. */
export async function readProcessModels(tx: Transaction): Promise<Record<ProcessModelKey, ProcessModelFacts>> {
  const rows = await tx
    .select()
    .from(processModels)
    .where(inArray(processModels.key, [...processModelKeys]));
  const byKey = new Map(rows.map((row) => [row.key, row]));
  const facts = {} as Record<ProcessModelKey, ProcessModelFacts>;
  for (const key of processModelKeys) {
    const row = byKey.get(key);
    if (!row) throw new Error(`process model '${key}' is missing: demo data needs the shipped process models in the database first`);
    facts[key] = {
      id: row.id,
      phases: row.definition.phases.map((phase) => phase.key),
      meetingModes: row.definition.meetingModes,
    };
  }
  return facts;
}

export async function insertOrganisations(tx: Transaction, seed: number, today: string): Promise<OrganisationsContext> {
  const models = await readProcessModels(tx);
  const createdAt = new Date(`${today}T06:00:00Z`);
  let businessIdCounter = 0;
  const nextBusinessId = () => syntheticBusinessId(seed, businessIdCounter++);

  const partners = partnerSpecs.map((spec) => ({ spec, organisationId: demoId(seed, `organisation/${spec.slug}`) }));
  const areas = areaSpecs.map((spec) => {
    const organisationId = demoId(seed, `organisation/${spec.slug}`);
    const areaTeams = spec.teams.map((team) => ({ id: demoId(seed, `team/${spec.slug}/${team.name}`), spec: team }));
    const programme = (key: ProcessModelKey, name: string): ProgrammeContext => ({
      id: demoId(seed, `programme/${spec.slug}/${key}`),
      key,
      name,
      followUpMonths: [3, 6],
      phases: models[key].phases,
      meetingModes: models[key].meetingModes,
    });
    return {
      spec,
      organisationId,
      teams: areaTeams,
      programmes: {
        ips: programme('ips', 'IPS-työhönvalmennus 2025–2027'),
        working_life_interpreter: programme('working_life_interpreter', 'Työelämätulkki'),
      },
    };
  });

  await tx.insert(organisations).values([
    ...areas.map((area) => ({
      id: area.organisationId,
      name: area.spec.name,
      type: 'employment_area',
      businessId: nextBusinessId(),
      municipalityCode: area.spec.municipalityCode,
      createdAt,
    })),
    ...partners.map((partner) => ({
      id: partner.organisationId,
      name: partner.spec.name,
      type: partner.spec.type,
      businessId: nextBusinessId(),
      municipalityCode: partner.spec.municipalityCode,
      createdAt,
    })),
  ]);
  await tx
    .insert(teams)
    .values(
      areas.flatMap((area) =>
        area.teams.map((team) => ({ id: team.id, organisationId: area.organisationId, name: team.spec.name, createdAt })),
      ),
    );
  await tx.insert(programmes).values(
    areas.flatMap((area) =>
      Object.values(area.programmes).map((programme) => ({
        id: programme.id,
        organisationId: area.organisationId,
        name: programme.name,
        // ESF+ projects carry the funder's project code; the municipal interpreter service has none.
        fundingCode: programme.key === 'ips' ? area.spec.ipsFundingCode : null,
        processModelId: models[programme.key].id,
        followUpMonths: [...programme.followUpMonths],
        active: true,
        createdAt,
      })),
    ),
  );
  return { areas, partners };
}

/** A business ID (Y-tunnus) with a valid check digit, from a range no real company is likely to hold. */
function syntheticBusinessId(seed: number, index: number): string {
  for (let attempt = 0; ; attempt++) {
    const businessId = businessIdOf(3_900_000 + ((seed + index * 7919 + attempt * 104_729) % 90_000));
    if (businessId) return businessId;
  }
}
