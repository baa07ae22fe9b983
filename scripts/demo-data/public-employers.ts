import type { IndustrySection } from '../../src/contract/employers.js';
import type { SizeClass } from './industries.js';

/**
 * Public employers of the demo areas: each municipality, and the wellbeing services county that
 * runs health and social services there. The county appears in the register of every area it
 * serves, with the same business ID, because each organisation keeps its own employer register.
 */
type Municipality = { name: string; employer: string; size: SizeClass };

const municipalities: Record<string, Municipality> = {
  '564': { name: 'Oulu', employer: 'Oulun kaupunki', size: 'large' },
  '244': { name: 'Kempele', employer: 'Kempeleen kunta', size: 'large' },
  '425': { name: 'Liminka', employer: 'Limingan kunta', size: 'medium' },
  '494': { name: 'Muhos', employer: 'Muhoksen kunta', size: 'medium' },
  '139': { name: 'Ii', employer: 'Iin kunta', size: 'medium' },
  '859': { name: 'Tyrnävä', employer: 'Tyrnävän kunta', size: 'medium' },
  '436': { name: 'Lumijoki', employer: 'Lumijoen kunta', size: 'small' },
  '072': { name: 'Hailuoto', employer: 'Hailuodon kunta', size: 'small' },
  '698': { name: 'Rovaniemi', employer: 'Rovaniemen kaupunki', size: 'large' },
  '683': { name: 'Ranua', employer: 'Ranuan kunta', size: 'medium' },
  '305': { name: 'Kuusamo', employer: 'Kuusamon kaupunki', size: 'large' },
  '615': { name: 'Pudasjärvi', employer: 'Pudasjärven kaupunki', size: 'medium' },
  '832': { name: 'Taivalkoski', employer: 'Taivalkosken kunta', size: 'medium' },
  '614': { name: 'Posio', employer: 'Posion kunta', size: 'small' },
};

/** The wellbeing services county of an area, by the area's main municipality. */
const countyOfArea: Record<string, string> = {
  '564': 'Pohjois-Pohjanmaan hyvinvointialue',
  '305': 'Pohjois-Pohjanmaan hyvinvointialue',
  '698': 'Lapin hyvinvointialue',
};

export function municipalityName(code: string): string {
  const municipality = municipalities[code];
  if (!municipality) throw new Error(`demo data has no name for municipality ${code}`);
  return municipality.name;
}

export type PublicEmployerSpec = {
  /** Stable across areas, so that one body gets the same business ID in every register. */
  key: string;
  name: string;
  section: IndustrySection;
  sizeClass: SizeClass;
  municipalityCode: string;
  workplaceNames: readonly string[];
};

export function publicEmployersOf(areaMunicipalityCode: string, areaMunicipalities: readonly string[]): PublicEmployerSpec[] {
  const county = countyOfArea[areaMunicipalityCode];
  if (!county) throw new Error(`demo data has no wellbeing services county for area ${areaMunicipalityCode}`);
  const main = municipalityName(areaMunicipalityCode);
  const mainGenitive = (municipalities[areaMunicipalityCode] as Municipality).employer.split(' ')[0] as string;
  const specs: PublicEmployerSpec[] = [
    {
      key: county,
      name: county,
      section: 'Q',
      sizeClass: 'large',
      municipalityCode: areaMunicipalityCode,
      workplaceNames: [`${mainGenitive} terveysasema`, 'Palvelukeskus Kotirinne', `Kotihoito, ${main}`],
    },
  ];
  for (const code of areaMunicipalities) {
    const municipality = municipalities[code];
    if (!municipality) throw new Error(`demo data has no name for municipality ${code}`);
    specs.push({
      key: `municipality/${code}`,
      name: municipality.employer,
      section: 'O',
      sizeClass: municipality.size,
      municipalityCode: code,
      workplaceNames: [municipality.employer.endsWith('kaupunki') ? 'Kaupungintalo' : 'Kunnantalo', 'Tekninen keskus', 'Pääkirjasto'],
    });
  }
  return specs;
}
