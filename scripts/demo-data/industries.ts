import type { IndustrySection } from '../../src/contract/employers.js';
import { pickName } from './names.js';
import { weightedPicker, type Random, type WeightedList } from './random.js';

/**
 * Private and third-sector employers by TOL 2008 section: how common each is among the employers an
 * employment service works with, their usual size, and how their (synthetic) names are formed.
 * Public employers — municipalities and the wellbeing services county — are added per area in
 * public-employers.ts.
 */
export type SizeClass = 'micro' | 'small' | 'medium' | 'large' | 'unknown';
export type EconomySector = 'private' | 'public' | 'third_sector';

type SectionProfile = {
  section: IndustrySection;
  weight: number;
  /** Tourism areas (Lapland, Koillismaa) have relatively more of these. */
  tourism?: boolean;
  sizes: WeightedList<SizeClass>;
  /** Placeholders: {surname} genitive family name, {Surname} nominative, {nature} genitive place word, {brand}, {place}. */
  names: readonly string[];
  /** The person who usually decides on hiring in a small unit. */
  supervisorTitle: string;
};

const smallBusiness: WeightedList<SizeClass> = [
  ['micro', 50],
  ['small', 35],
  ['medium', 9],
  ['large', 2],
  ['unknown', 4],
];
const industrial: WeightedList<SizeClass> = [
  ['micro', 20],
  ['small', 40],
  ['medium', 27],
  ['large', 10],
  ['unknown', 3],
];
const chains: WeightedList<SizeClass> = [
  ['micro', 30],
  ['small', 40],
  ['medium', 18],
  ['large', 8],
  ['unknown', 4],
];

const sectionProfiles: readonly SectionProfile[] = [
  {
    section: 'A',
    weight: 3,
    sizes: smallBusiness,
    names: ['{surname} Marjatila', '{nature} Metsäpalvelu Oy', '{surname} Puutarha Ky'],
    supervisorTitle: 'tilanhoitaja',
  },
  { section: 'B', weight: 0.5, sizes: industrial, names: ['{nature} Kiviaines Oy'], supervisorTitle: 'työnjohtaja' },
  {
    section: 'C',
    weight: 10,
    sizes: industrial,
    names: [
      '{surname} Konepaja Oy',
      '{brand} Oy',
      '{nature} Puutuote Oy',
      'Leipomo {place} Oy',
      '{nature} Teräsrakenne Oy',
      '{brand} Elementti Oy',
    ],
    supervisorTitle: 'tuotantopäällikkö',
  },
  { section: 'D', weight: 0.5, sizes: industrial, names: ['{nature} Energia Oy'], supervisorTitle: 'käyttöpäällikkö' },
  {
    section: 'E',
    weight: 1.5,
    sizes: industrial,
    names: ['{nature} Kierrätys Oy', '{brand} Ympäristöhuolto Oy'],
    supervisorTitle: 'työnjohtaja',
  },
  {
    section: 'F',
    weight: 9,
    sizes: smallBusiness,
    names: [
      '{surname} Rakennus Oy',
      '{brand} Rakenne Oy',
      '{surname} Maalaus Ky',
      '{nature} Saneeraus Oy',
      '{surname} Sähkö Oy',
      'LVI-{brand} Oy',
    ],
    supervisorTitle: 'vastaava työnjohtaja',
  },
  {
    section: 'G',
    weight: 16,
    sizes: chains,
    names: [
      '{nature} Rautakauppa Oy',
      '{surname} Kauppa Ky',
      'Kukkakauppa {place}',
      'Sisustusliike {brand} Oy',
      '{brand} Market Oy',
      'Autotarvike {brand} Oy',
      '{nature} Lähikauppa Oy',
      'Kirpputori {place} Oy',
    ],
    supervisorTitle: 'myymäläpäällikkö',
  },
  {
    section: 'H',
    weight: 7,
    sizes: industrial,
    names: [
      '{surname} Kuljetus Oy',
      '{brand} Logistiikka Oy',
      '{nature} Taksi Oy',
      'Muuttopalvelu {brand} Oy',
      '{nature} Varastopalvelut Oy',
    ],
    supervisorTitle: 'kuljetuspäällikkö',
  },
  {
    section: 'I',
    weight: 12,
    tourism: true,
    sizes: chains,
    names: [
      'Ravintola {place} Oy',
      'Kahvila {place}',
      'Hotelli {brand} Oy',
      'Lounasravintola {place} Ky',
      '{nature} Matkailu Oy',
      'Grilli {place}',
    ],
    supervisorTitle: 'ravintolapäällikkö',
  },
  {
    section: 'J',
    weight: 2,
    sizes: smallBusiness,
    names: ['{brand} Soft Oy', '{brand} Digital Oy', 'Mediatalo {brand} Oy'],
    supervisorTitle: 'tiiminvetäjä',
  },
  { section: 'L', weight: 1, sizes: smallBusiness, names: ['{nature} Kiinteistöt Oy'], supervisorTitle: 'isännöitsijä' },
  {
    section: 'M',
    weight: 3,
    sizes: smallBusiness,
    names: ['Tilitoimisto {Surname} Oy', 'Insinööritoimisto {brand} Oy', 'Mainostoimisto {brand} Oy', 'Eläinklinikka {place} Oy'],
    supervisorTitle: 'toimistopäällikkö',
  },
  {
    section: 'N',
    weight: 10,
    tourism: true,
    sizes: chains,
    names: [
      '{nature} Siivouspalvelu Oy',
      '{brand} Kiinteistöhuolto Oy',
      'Henkilöstöpalvelu {brand} Oy',
      'Turvapalvelu {brand} Oy',
      '{nature} Ohjelmapalvelut Oy',
      'Piha- ja puutarhapalvelu {Surname}',
    ],
    supervisorTitle: 'palveluesihenkilö',
  },
  {
    section: 'P',
    weight: 2,
    sizes: smallBusiness,
    names: ['Autokoulu {brand} Oy', 'Kielikoulu {brand} Oy', 'Kansanopisto {place} ry', 'Musiikkiopisto {place} ry'],
    supervisorTitle: 'rehtori',
  },
  {
    section: 'Q',
    weight: 10,
    sizes: chains,
    names: [
      'Palvelukoti {place} Oy',
      'Hoivakoti {place} Oy',
      'Päiväkoti {place} Oy',
      'Fysioterapia {Surname} Oy',
      'Kotipalvelu {brand} Oy',
      'Mielenterveysyhdistys {place} ry',
      '{nature} Vanhustentalosäätiö sr',
      'Kuntoutuskoti {place} ry',
    ],
    supervisorTitle: 'palveluesihenkilö',
  },
  {
    section: 'R',
    weight: 3,
    tourism: true,
    sizes: smallBusiness,
    names: [
      'Liikuntakeskus {brand} Oy',
      'Urheiluseura {place} ry',
      'Kulttuuriyhdistys {place} ry',
      '{nature} Safarit Oy',
      'Keilahalli {brand} Oy',
    ],
    supervisorTitle: 'toiminnanjohtaja',
  },
  {
    section: 'S',
    weight: 6,
    sizes: smallBusiness,
    names: [
      'Kierrätyskeskus {place} ry',
      '{nature} työttömät ry',
      'Nuorisoseura {place} ry',
      'Asukasyhdistys {place} ry',
      '{nature} Martat ry',
      'Parturi-kampaamo {place}',
      'Pesula {brand} Oy',
      'Suutari- ja avainpalvelu {Surname}',
    ],
    supervisorTitle: 'toiminnanjohtaja',
  },
];

const surnameGenitives = `Kemppaisen Juntusen Heikkisen Määtän Kinnusen Moilasen Hiltusen Keräsen Pikkaraisen Väyrysen Oikarisen Raution
  Tervon Ylitalon Paanasen Kurtin Korhosen Karjalaisen Huttusen Väisäsen Pelkosen Tolosen Seppäsen Niskasen Rytkösen Jokelan
  Kankaan Ollilan Kumpulan Hietalan Honkasen Kivelän`.split(/\s+/);
const natureGenitives = `Pohjolan Revontulen Lakeuden Kairan Jokivarren Tunturin Rannikon Kuusikon Koivikon Ruskan Hallan Kaamoksen
  Pohjantuulen Tervaksen Koskikaran Hangen Ahman Kuukkelin Kontion Jängän Vaaran Aapan Virran Kelon`.split(/\s+/);
const brandStarts = `Revon Kaira Routa Lumi Kuura Tunturi Kaamos Virta Hilla Pihla Ruska Aapa Kelo Vaara Jänkä Tuisku Kide Hanki
  Paju Kontio Ahma Kuukkeli Joutsen Tähkä Sarvi Kaarna Louhi`.split(/\s+/);
const brandEnds = ['tek', 'linja', 'tuote', 'talo', 'paja', 'pro', 'tiimi', 'mestarit', 'works', 'palvelu'];
/** Names of cafés, shops and homes: everyday words, not brands. */
const placeNames = `Kuurankukka Pihlajanmarja Tervahovi Mustikkamäki Kelohonka Riekonpesä Hillamaa Kaamostupa Revontulitupa
  Savupirtti Koskenniska Rantapirtti Nuottakota Ahmankolo Myllypuoti Kotikolo Ruskamaja Kielo Vanamo Lumikello Kanerva
  Tähtitaivas Kuutamo Aamurusko Satakieli Koivula Männistö Päivärinne Honkaniemi Tuomikoski`.split(/\s+/);

function fillName(pattern: string, random: Random): string {
  return pattern
    .replace('{surname}', () => random.pick(surnameGenitives))
    .replace('{Surname}', () => pickName(random, 'fi', 'female').lastName)
    .replace('{nature}', () => random.pick(natureGenitives))
    .replace('{brand}', () => random.pick(brandStarts) + random.pick(brandEnds))
    .replace('{place}', () => random.pick(placeNames));
}

/** Registered associations (ry) and foundations (sr) are the third sector. */
function economySectorOf(name: string): EconomySector {
  return / (ry|sr)$/.test(name) ? 'third_sector' : 'private';
}

export type PrivateEmployerProfile = { name: string; section: IndustrySection; sizeClass: SizeClass; economySector: EconomySector };

const pickers = new Map<boolean, (random: Random) => SectionProfile>();

function sectionPicker(tourismArea: boolean): (random: Random) => SectionProfile {
  let picker = pickers.get(tourismArea);
  if (!picker) {
    picker = weightedPicker(
      sectionProfiles.map((profile) => [profile, profile.weight * (tourismArea && profile.tourism ? 2 : 1)] as const),
    );
    pickers.set(tourismArea, picker);
  }
  return picker;
}

const sizePickers = new Map(sectionProfiles.map((profile) => [profile.section, weightedPicker(profile.sizes)]));

export function pickPrivateEmployer(random: Random, tourismArea: boolean): PrivateEmployerProfile {
  const profile = sectionPicker(tourismArea)(random);
  const name = fillName(random.pick(profile.names), random);
  const economySector = economySectorOf(name);
  const sizeClass = (sizePickers.get(profile.section) as (random: Random) => SizeClass)(random);
  // Associations seldom employ more than a few dozen people.
  return {
    name,
    section: profile.section,
    sizeClass: economySector === 'third_sector' && sizeClass === 'large' ? 'small' : sizeClass,
    economySector,
  };
}

export function supervisorTitleOf(section: IndustrySection): string {
  return sectionProfiles.find((profile) => profile.section === section)?.supervisorTitle ?? 'esihenkilö';
}
