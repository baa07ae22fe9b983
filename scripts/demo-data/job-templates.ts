import type { IndustrySection } from '../../src/contract/employers.js';
import type { cognitiveDemands, licences, physicalDemands } from '../../src/contract/opportunities.js';

/**
 * Existing jobs at employers, described as tasks (job carving works on tasks). Skill labels that
 * are ESCO's Finnish labels get the ESCO URI when the reference data is in the database; the
 * others are the employer's own words. ISCO-08 codes are unit groups (4 digits).
 */
type PhysicalDemand = (typeof physicalDemands)[number];
type CognitiveDemand = (typeof cognitiveDemands)[number];
type Licence = (typeof licences)[number];

export type TaskTemplate = {
  description: string;
  skills: readonly string[];
  physical: readonly PhysicalDemand[];
  cognitive: readonly CognitiveDemand[];
  hours: number;
};

export type JobTemplate = {
  title: string;
  isco: string;
  tasks: readonly TaskTemplate[];
  licences: readonly Licence[];
  /** Finnish level asked for the job (CEFR). */
  finnish: 'A2' | 'B1' | 'B2';
  /** ESCO's Finnish label of the occupation, where ESCO has one that fits. */
  occupation?: string;
  /** The role carved from its simpler tasks. */
  carved: { title: string; isco: string; occupation?: string };
};

const task = (
  description: string,
  hours: number,
  skills: readonly string[],
  physical: readonly PhysicalDemand[] = [],
  cognitive: readonly CognitiveDemand[] = [],
): TaskTemplate => ({ description, hours, skills, physical, cognitive });

const officeAssistant: JobTemplate = {
  title: 'Toimistosihteeri',
  isco: '4110',
  finnish: 'B2',
  licences: [],
  carved: { title: 'Toimistoavustaja', isco: '4110' },
  tasks: [
    task('Asiakkaiden palvelu puhelimessa ja vastaanotossa', 12, ['asiakaspalvelu'], [], ['customer_contact', 'multitasking']),
    task('Laskujen ja tilausten kirjaaminen', 10, ['tietojen syöttö'], [], ['reading_and_writing', 'complex_instructions']),
    task('Postin käsittely ja lähettäminen', 5, ['käsitellä postia'], ['repetitive_movements']),
    task('Asiakirjojen skannaus ja arkistointi', 6, ['arkistoida asiakirjoja'], ['repetitive_movements'], ['working_alone']),
    task('Neuvotteluhuoneiden ja tarvikkeiden järjestely', 4.5, ['tilojen järjestely'], ['standing_long']),
  ],
};

const jobsBySection: Partial<Record<IndustrySection, readonly JobTemplate[]>> = {
  G: [
    {
      title: 'Myyjä',
      isco: '5223',
      occupation: 'myyjä',
      finnish: 'B1',
      licences: ['alcohol_passport'],
      carved: { title: 'Myymäläapulainen', isco: '9334' },
      tasks: [
        task('Kassapalvelu', 14, ['käyttää kassakonetta', 'asiakaspalvelu'], ['standing_long'], ['customer_contact', 'time_pressure']),
        task('Hyllytys ja tuotteiden esillepano', 10, ['täyttää hyllyjä'], ['standing_long', 'repetitive_movements']),
        task('Tavaran vastaanotto ja purku', 7.5, ['tavaran vastaanotto', 'nostaa painavia kuormia'], ['heavy_lifting'], ['time_pressure']),
        task('Päiväysten tarkistus ja hävikin kirjaus', 3, ['päiväysvalvonta'], [], ['reading_and_writing']),
        task('Pahvien ja pullonpalautusten lajittelu', 3, ['lajittelu'], ['repetitive_movements', 'cold_or_heat']),
      ],
    },
  ],
  I: [
    {
      title: 'Kokki',
      isco: '5120',
      occupation: 'kokki',
      finnish: 'A2',
      licences: ['hygiene_passport'],
      carved: { title: 'Keittiöapulainen', isco: '9412', occupation: 'keittiöapulainen' },
      tasks: [
        task(
          'Lounaan ruoanvalmistus',
          15,
          ['käyttää ruoanvalmistustekniikoita'],
          ['standing_long', 'cold_or_heat'],
          ['time_pressure', 'multitasking'],
        ),
        task(
          'Salaattipöydän täyttö ja esillepano',
          7.5,
          ['salaattipöydän täyttö', 'elintarvikehygieniaa koskevat määräykset'],
          ['standing_long'],
        ),
        task('Astianpesu', 7.5, ['astianpesu'], ['standing_long', 'repetitive_movements', 'noise']),
        task('Raaka-aineiden vastaanotto ja varastointi', 4, ['varastoida keittiötarvikkeita'], ['heavy_lifting', 'cold_or_heat']),
        task('Keittiön loppusiivous ja biojätteet', 3.5, ['hävittää ruokajätteet', 'siivota'], ['repetitive_movements']),
      ],
    },
    {
      title: 'Hotellityöntekijä',
      isco: '5131',
      finnish: 'B1',
      licences: ['hygiene_passport'],
      carved: { title: 'Huonesiivooja', isco: '9112' },
      tasks: [
        task('Aamiaisen tarjoilu', 10, ['asiakaspalvelu'], ['standing_long'], ['customer_contact', 'shift_work']),
        task('Huoneiden siivous', 15, ['siivota huoneita'], ['repetitive_movements', 'standing_long']),
        task('Liinavaatteiden vaihto ja pyykkihuolto', 7.5, ['pyykkihuolto'], ['heavy_lifting', 'repetitive_movements']),
        task('Vastaanoton iltapäivystys', 5, ['asiakaspalvelu'], [], ['customer_contact', 'working_alone', 'shift_work']),
      ],
    },
  ],
  Q: [
    {
      title: 'Lähihoitaja',
      isco: '5321',
      occupation: 'lähihoitaja',
      finnish: 'B2',
      licences: ['first_aid'],
      carved: { title: 'Hoiva-avustaja', isco: '5329' },
      tasks: [
        task(
          'Asukkaiden avustaminen päivittäisissä toimissa',
          15,
          ['vanhusten tarpeet'],
          ['heavy_lifting', 'standing_long'],
          ['shift_work'],
        ),
        task('Lääkehoidon toteutus ja kirjaaminen', 6, ['lääkehoito'], [], ['complex_instructions', 'reading_and_writing']),
        task(
          'Ruokailun järjestäminen ja avustaminen',
          7.5,
          ['ylläpitää henkilökohtaisen hygienian standardeja'],
          ['standing_long'],
          ['customer_contact'],
        ),
        task('Ulkoilu ja virikehetket asukkaiden kanssa', 5, ['ulkoilutus ja viriketoiminta'], ['outdoor_work'], ['customer_contact']),
        task('Pyykkihuolto ja varastojen täyttö', 4, ['pyykkihuolto', 'valvoa varastomääriä'], ['repetitive_movements']),
      ],
    },
  ],
  N: [
    {
      title: 'Siivooja',
      isco: '9112',
      finnish: 'A2',
      licences: [],
      carved: { title: 'Siivousavustaja', isco: '9112' },
      tasks: [
        task('Toimistojen ylläpitosiivous', 15, ['siivota'], ['repetitive_movements', 'standing_long'], ['working_alone']),
        task('Lattioiden koneellinen pesu', 7.5, ['ylläpitää siivousvälineitä'], ['noise', 'repetitive_movements']),
        task('Jätehuolto ja lajittelu', 5, ['hävittää vaaratonta jätettä', 'lajittelu'], ['heavy_lifting']),
        task('Tarvikkeiden tilaus ja varaston täyttö', 3, ['valvoa varastomääriä'], [], ['reading_and_writing']),
        task('Iltasiivous asiakaskohteissa', 7, ['siivota'], ['driving'], ['working_alone', 'shift_work']),
      ],
    },
    {
      title: 'Kiinteistönhoitaja',
      isco: '5153',
      finnish: 'B1',
      licences: ['driving_b', 'occupational_safety_card'],
      carved: { title: 'Kiinteistöavustaja', isco: '9622' },
      tasks: [
        task(
          'Vikailmoitusten korjaustyöt',
          12,
          ['huoltokorjaukset'],
          ['heights', 'fine_motor_work'],
          ['complex_instructions', 'customer_contact'],
        ),
        task('Lumityöt ja hiekoitus', 8, ['lumityöt'], ['outdoor_work', 'cold_or_heat', 'heavy_lifting']),
        task('Piha-alueiden hoito', 8, ['käyttää puutarhanhoitovälineitä'], ['outdoor_work', 'repetitive_movements']),
        task('Jätekatosten siisteys', 4, ['hävittää vaaratonta jätettä'], ['outdoor_work']),
        task('Porraskäytävien tarkastuskierrokset', 5.5, ['kiinteistön tarkastus'], ['standing_long'], ['working_alone']),
      ],
    },
  ],
  C: [
    {
      title: 'Tuotantotyöntekijä',
      isco: '8219',
      finnish: 'A2',
      licences: ['forklift', 'occupational_safety_card'],
      carved: { title: 'Tuotantoapulainen', isco: '9329' },
      tasks: [
        task(
          'Tuotantolinjan koneen käyttö',
          15,
          ['valvoa automatisoituja koneita', 'syöttää konetta'],
          ['noise', 'standing_long'],
          ['time_pressure', 'shift_work'],
        ),
        task('Valmiiden tuotteiden pakkaaminen', 8, ['hoitaa pakkauskoneita'], ['repetitive_movements', 'standing_long']),
        task('Laadun silmämääräinen tarkastus', 5, ['tarkastaa tuotteiden laatu'], ['fine_motor_work'], ['complex_instructions']),
        task('Materiaalien siirrot trukilla', 5, ['käyttää haarukkatrukkia'], ['driving', 'noise']),
        task('Työpisteen siivous ja järjestys', 4.5, ['siivota'], ['repetitive_movements']),
      ],
    },
  ],
  H: [
    {
      title: 'Varastotyöntekijä',
      isco: '9333',
      occupation: 'varastotyöntekijä',
      finnish: 'A2',
      licences: ['forklift'],
      carved: { title: 'Varastoapulainen', isco: '9333' },
      tasks: [
        task('Tilausten keräily', 15, ['keräily'], ['heavy_lifting', 'repetitive_movements'], ['time_pressure']),
        task('Tavaran vastaanotto ja hyllytys', 10, ['tavaran vastaanotto', 'järjestää varastotilat'], ['heavy_lifting']),
        task('Trukin ajo', 6, ['käyttää haarukkatrukkia'], ['driving', 'noise']),
        task('Inventointi ja saldojen tarkistus', 3.5, ['valvoa varastomääriä'], [], ['reading_and_writing', 'working_alone']),
        task('Pakkausjätteen lajittelu', 3, ['lajittelu'], ['repetitive_movements']),
      ],
    },
  ],
  F: [
    {
      title: 'Rakennustyöntekijä',
      isco: '9313',
      finnish: 'A2',
      licences: ['occupational_safety_card'],
      carved: { title: 'Työmaa-apulainen', isco: '9313' },
      tasks: [
        task('Rakennustyöt ryhmässä', 15, ['työskennellä rakennustiimissä'], ['heavy_lifting', 'outdoor_work', 'heights']),
        task('Materiaalien siirrot ja varastointi', 8, ['nostaa painavia kuormia'], ['heavy_lifting', 'outdoor_work']),
        task('Työmaan siivous', 7.5, ['siivota', 'hävittää vaaratonta jätettä'], ['outdoor_work', 'repetitive_movements']),
        task('Pintojen maalaus', 7, ['maalata pintoja'], ['repetitive_movements'], ['complex_instructions']),
      ],
    },
  ],
  S: [
    {
      title: 'Kierrätyskeskuksen työntekijä',
      isco: '9612',
      finnish: 'A2',
      licences: [],
      carved: { title: 'Lajitteluavustaja', isco: '9612', occupation: 'jätteiden lajittelija' },
      tasks: [
        task('Lahjoitusten vastaanotto ja lajittelu', 12, ['lajittelu'], ['heavy_lifting', 'repetitive_movements']),
        task('Myymälän asiakaspalvelu ja kassa', 10, ['asiakaspalvelu', 'käyttää kassakonetta'], ['standing_long'], ['customer_contact']),
        task('Tuotteiden hinnoittelu', 6, ['antaa asiakkaalle hintatietoja'], [], ['reading_and_writing']),
        task('Huonekalujen noutokuljetukset', 7, ['ajaa ajoneuvoja'], ['driving', 'heavy_lifting']),
        task('Pienkorjaukset ja puutyöt', 2.5, ['hioa puuta hiekkapaperilla'], ['fine_motor_work']),
      ],
    },
  ],
  O: [
    {
      title: 'Kunnossapitotyöntekijä',
      isco: '9214',
      finnish: 'B1',
      licences: ['driving_b'],
      carved: { title: 'Puistoavustaja', isco: '9214', occupation: 'puutarhatyöntekijä' },
      tasks: [
        task('Puistojen ja viheralueiden hoito', 15, ['käyttää puutarhanhoitovälineitä'], ['outdoor_work', 'repetitive_movements']),
        task('Katujen lumityöt', 8, ['lumityöt'], ['outdoor_work', 'cold_or_heat', 'driving'], ['shift_work']),
        task('Roska-astioiden tyhjennys', 7.5, ['hävittää vaaratonta jätettä'], ['outdoor_work', 'heavy_lifting']),
        task('Leikkipaikkojen tarkastukset', 7, ['turvatarkastukset'], ['outdoor_work'], ['reading_and_writing', 'working_alone']),
      ],
    },
    officeAssistant,
  ],
  A: [
    {
      title: 'Maatilan työntekijä',
      isco: '9211',
      finnish: 'A2',
      licences: ['driving_b'],
      carved: { title: 'Tila-apulainen', isco: '9211' },
      tasks: [
        task('Eläinten ruokinta', 10, ['eläinten ruokinta'], ['outdoor_work', 'cold_or_heat', 'heavy_lifting']),
        task('Marjojen ja vihannesten poiminta', 15, ['poiminta'], ['outdoor_work', 'repetitive_movements']),
        task('Tuotteiden pakkaus ja myynti', 7.5, ['asiakaspalvelu'], ['standing_long'], ['customer_contact']),
        task('Konevarikon siivous', 5, ['siivota'], ['repetitive_movements']),
      ],
    },
  ],
  R: [
    {
      title: 'Liikuntakeskuksen asiakaspalvelija',
      isco: '4229',
      finnish: 'B1',
      licences: ['first_aid'],
      carved: { title: 'Välinehuoltaja', isco: '9629' },
      tasks: [
        task('Asiakaspalvelu vastaanotossa', 15, ['asiakaspalvelu', 'käyttää kassakonetta'], [], ['customer_contact', 'shift_work']),
        task('Välinehuolto ja varastot', 8, ['valvoa varastomääriä'], ['heavy_lifting', 'repetitive_movements']),
        task('Tilojen siisteys', 7.5, ['siivota'], ['repetitive_movements'], ['working_alone']),
        task('Ryhmäliikunnan avustaminen', 7, ['ryhmätyöskentelyn periaatteet'], ['standing_long'], ['customer_contact']),
      ],
    },
  ],
};

export function jobTemplatesOf(section: IndustrySection): readonly JobTemplate[] {
  return jobsBySection[section] ?? [officeAssistant];
}

/** Every skill and occupation label the templates use, to look up ESCO URIs in one query each. */
export function templateLabels(): { skills: string[]; occupations: string[] } {
  const skills = new Set<string>();
  const occupations = new Set<string>();
  for (const jobs of [...Object.values(jobsBySection), [officeAssistant]]) {
    for (const job of jobs ?? []) {
      for (const jobTask of job.tasks) for (const skill of jobTask.skills) skills.add(skill);
      for (const occupation of [job.occupation, job.carved.occupation]) if (occupation) occupations.add(occupation);
    }
  }
  return { skills: [...skills].sort(), occupations: [...occupations].sort() };
}
