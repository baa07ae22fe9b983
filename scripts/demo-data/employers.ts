import type { IndustrySection } from '../../src/contract/employers.js';
import type { employerContacts, employers, employerWorkplaces, userIndustrySections } from '../../src/server/db/schema.js';
import { businessIdOf } from './business-ids.js';
import { areaEmployerCount } from './employer-counts.js';
import { demoId, demoIdSequence } from './ids.js';
import { pickPrivateEmployer, supervisorTitleOf, type EconomySector, type SizeClass } from './industries.js';
import { emailLocalPart, pickStaffName } from './names.js';
import type { AreaSpec } from './organisations.js';
import { pickStreetAddress, type PostalCodePicker } from './places.js';
import { publicEmployersOf, municipalityName } from './public-employers.js';
import { createRandom, deriveSeed, pickDistinct, weightedPicker, type Random } from './random.js';
import { hashText } from './staff.js';

export type EmployerRow = typeof employers.$inferInsert;
export type WorkplaceRow = typeof employerWorkplaces.$inferInsert;
export type ContactRow = typeof employerContacts.$inferInsert;
export type SectionRow = typeof userIndustrySections.$inferInsert;

/** One area's staff and places, as the employer generator needs them. */
export type EmployerArea = {
  spec: AreaSpec;
  organisationId: string;
  coordinatorIds: readonly string[];
  teamLeadId: string;
  coachIds: readonly string[];
  teamIds: readonly string[];
  pickMunicipality: (random: Random) => string;
  pickPostalCode: PostalCodePicker;
};

/** An employer's profile before its relationship history is written. */
export type EmployerProfile = {
  id: string;
  area: EmployerArea;
  random: Random;
  nextId: () => string;
  name: string;
  section: IndustrySection;
  sizeClass: SizeClass;
  economySector: EconomySector;
  municipalityCode: string;
  ownerUserId: string;
  /** Whether the coordinator has described its jobs as tasks (job carving), once met. */
  describesJobs: boolean;
  /** Contacts who have since left are archived part-way through the history. */
  contacts: { id: string; leaves: boolean; row: Omit<ContactRow, 'createdAt' | 'updatedAt'> }[];
  workplaces: Omit<WorkplaceRow, 'createdAt'>[];
  row: Omit<EmployerRow, 'stage' | 'stageChangedOn' | 'lastContactOn' | 'createdAt' | 'updatedAt'>;
};

const pickChannel = weightedPicker([
  ['email', 40],
  ['phone', 35],
  ['text_message', 10],
  ['visit', 15],
] as const);
const mobilePrefixes = ['040', '044', '045', '050'] as const;
const employerNotes = [
  'Kiinnostunut työkokeiluista ja palkkatuesta.',
  'Rekrytointitarpeet keväisin ja ennen joulusesonkia.',
  'Yhteyshenkilö toivoo yhteydenottoja aamupäivisin.',
  'Perehdytys hyvin järjestetty, sopii IPS-asiakkaille.',
];
const tourismAreas = new Set(['rovaniemi', 'koillismaa']);

/** Sections the coordinators share between themselves; the main ones first so each coordinator gets some. */
const sectionsByWeight: readonly IndustrySection[] = [
  'G',
  'Q',
  'I',
  'C',
  'N',
  'F',
  'H',
  'S',
  'O',
  'A',
  'M',
  'P',
  'R',
  'J',
  'E',
  'L',
  'D',
  'B',
];

/** The coordinator who answers for a section: sections are dealt out to the coordinators in turn. */
function ownerOfSection(area: EmployerArea, section: IndustrySection): string {
  const position = Math.max(0, sectionsByWeight.indexOf(section));
  return area.coordinatorIds[position % area.coordinatorIds.length] as string;
}

/** Sector ownership: the coordinators hold every section between them; some coaches know one or two sections. */
export function sectionOwnership(seed: number, area: EmployerArea): SectionRow[] {
  const rows: SectionRow[] = sectionsByWeight.map((industrySection) => ({
    organisationId: area.organisationId,
    userId: ownerOfSection(area, industrySection),
    industrySection,
  }));
  const random = createRandom(deriveSeed(seed, hashText(`sections/${area.spec.slug}`)));
  for (const coachId of area.coachIds) {
    if (!random.chance(0.35)) continue;
    for (const industrySection of pickDistinct(random, sectionsByWeight.slice(0, 8), random.integer(1, 2))) {
      rows.push({ organisationId: area.organisationId, userId: coachId, industrySection });
    }
  }
  return rows;
}

/** The area's register: its public employers first, then private and third-sector ones. */
export function generateEmployerProfiles(seed: number, area: EmployerArea, clientCount: number): EmployerProfile[] {
  const total = areaEmployerCount(clientCount, area.spec);
  const usedBusinessIds = new Set<string>();
  const usedNames = new Set<string>();
  const businessIdFor = (key: string) => {
    for (let attempt = 0; ; attempt++) {
      // 3,000,000–3,899,999: apart from the demo organisations' own range.
      const businessId = businessIdOf(3_000_000 + (deriveSeed(seed, hashText(key), attempt) % 900_000));
      if (businessId && !usedBusinessIds.has(businessId)) {
        usedBusinessIds.add(businessId);
        return businessId;
      }
    }
  };
  const publicSpecs = publicEmployersOf(
    area.spec.municipalityCode,
    area.spec.municipalities.map(([code]) => code),
  ).slice(0, total);
  const profiles: EmployerProfile[] = [];
  for (let index = 0; index < total; index++) {
    const random = createRandom(deriveSeed(seed, hashText(`employer/${area.spec.slug}`), index));
    const publicSpec = publicSpecs[index];
    let identity: { name: string; section: IndustrySection; sizeClass: SizeClass; economySector: EconomySector; municipalityCode: string };
    let businessId: string;
    if (publicSpec) {
      identity = { ...publicSpec, economySector: 'public' };
      businessId = businessIdFor(publicSpec.key);
    } else {
      let candidate = pickPrivateEmployer(random, tourismAreas.has(area.spec.slug));
      for (let attempt = 0; usedNames.has(candidate.name) && attempt < 20; attempt++)
        candidate = pickPrivateEmployer(random, tourismAreas.has(area.spec.slug));
      const municipalityCode = area.pickMunicipality(random);
      const name = usedNames.has(candidate.name) ? `${candidate.name} (${municipalityName(municipalityCode)})` : candidate.name;
      identity = { ...candidate, name, municipalityCode };
      businessId = businessIdFor(`${area.spec.slug}/${index}`);
    }
    usedNames.add(identity.name);
    const id = demoId(seed, `employer/${area.spec.slug}/${index}`);
    const nextId = demoIdSequence(seed, `rows-of-employer/${area.spec.slug}/${index}`);
    const ownerUserId = ownerOfSection(area, identity.section);
    const domain = `${identity.name
      .toLowerCase()
      .replace(/[äå]/g, 'a')
      .replace(/ö/g, 'o')
      .replace(/ (oy|ky|ry|sr)$/, '')
      .replace(/[^a-z]/g, '')}.example`;
    const base = { organisationId: area.organisationId, employerId: id };
    profiles.push({
      id,
      area,
      random,
      nextId,
      ...identity,
      ownerUserId,
      describesJobs: identity.sizeClass !== 'micro' && random.chance(identity.economySector === 'public' ? 0.6 : 0.45),
      contacts: generateContacts(random, { ...base, nextId, domain, ...identity }),
      workplaces: generateWorkplaces(random, { ...base, nextId, area, municipalityCode: identity.municipalityCode, publicSpec }),
      row: {
        id,
        organisationId: area.organisationId,
        name: identity.name,
        businessId,
        industrySection: identity.section,
        sizeClass: identity.sizeClass,
        economySector: identity.economySector,
        municipalityCode: identity.municipalityCode,
        // .example is reserved (RFC 2606): no demo link leads to a real site.
        website: identity.economySector === 'public' || random.chance(0.6) ? `https://www.${domain}` : null,
        notes: random.chance(0.25) ? random.pick(employerNotes) : null,
        ownerUserId,
        createdBy: ownerUserId,
      },
    });
  }
  return profiles;
}

function contactTitles(random: Random, facts: { section: IndustrySection; sizeClass: SizeClass; economySector: EconomySector }): string[] {
  const supervisor = supervisorTitleOf(facts.section);
  if (facts.economySector === 'public') return ['henkilöstöasiantuntija', 'palveluesihenkilö', 'työllisyyskoordinaattori'];
  if (facts.economySector === 'third_sector') return ['toiminnanjohtaja', 'puheenjohtaja', 'työnohjaaja'];
  if (facts.sizeClass === 'micro') return [random.pick(['yrittäjä', 'toimitusjohtaja']), supervisor];
  if (facts.sizeClass === 'small') return ['toimitusjohtaja', supervisor, 'henkilöstövastaava'];
  return [random.pick(['HR-päällikkö', 'henkilöstöasiantuntija']), supervisor, 'rekrytointiasiantuntija'];
}

function generateContacts(
  random: Random,
  facts: {
    organisationId: string;
    employerId: string;
    nextId: () => string;
    domain: string;
    section: IndustrySection;
    sizeClass: SizeClass;
    economySector: EconomySector;
  },
): EmployerProfile['contacts'] {
  const titles = contactTitles(random, facts);
  const count = facts.sizeClass === 'micro' ? (random.chance(0.7) ? 1 : 2) : Math.min(titles.length, random.integer(1, 3));
  return titles.slice(0, count).map((title, index) => {
    const name = pickStaffName(random);
    const id = facts.nextId();
    return {
      id,
      // Someone other than the first contact has sometimes left; kept for the history, not offered in forms.
      leaves: index > 0 && random.chance(0.08),
      row: {
        id,
        organisationId: facts.organisationId,
        employerId: facts.employerId,
        name: `${name.firstName} ${name.lastName}`,
        title,
        email: random.chance(0.9) ? `${emailLocalPart(name)}@${facts.domain}` : null,
        phone: random.chance(0.85) ? `${random.pick(mobilePrefixes)} ${random.integer(100, 999)} ${random.integer(1000, 9999)}` : null,
        preferredChannel: pickChannel(random),
      },
    };
  });
}

function generateWorkplaces(
  random: Random,
  facts: {
    organisationId: string;
    employerId: string;
    nextId: () => string;
    area: EmployerArea;
    municipalityCode: string;
    publicSpec: { workplaceNames: readonly string[] } | undefined;
  },
): Omit<WorkplaceRow, 'createdAt'>[] {
  const names = facts.publicSpec
    ? facts.publicSpec.workplaceNames.slice(0, random.integer(2, facts.publicSpec.workplaceNames.length))
    : random.chance(0.3)
      ? ['Päätoimipaikka', 'Toimipiste']
      : ['Päätoimipaikka'];
  return names.map((name, index) => {
    // A branch is elsewhere in the area now and then; public units are in the employer's own municipality.
    const municipalityCode =
      index > 0 && !facts.publicSpec && random.chance(0.5) ? facts.area.pickMunicipality(random) : facts.municipalityCode;
    return {
      id: facts.nextId(),
      organisationId: facts.organisationId,
      employerId: facts.employerId,
      name: name === 'Toimipiste' ? `Toimipiste ${municipalityName(municipalityCode)}` : name,
      streetAddress: pickStreetAddress(random).replace(/ [A-D] \d+$/, ''),
      postalCode: facts.area.pickPostalCode(random, municipalityCode),
      municipalityCode,
      isHeadOffice: index === 0,
    };
  });
}
