import type { ProcessModelDefinition } from '../../../contract/programmes.js';

const meetingModes = ['face_to_face', 'workplace_visit', 'remote_video', 'phone'];

/**
 * IPS — Individual Placement and Support (IPS Fidelity Scale; Becker & Drake).
 * Meetings weekly during the first month of a new job, at least monthly otherwise;
 * first employer contact within 30 days of entry.
 */
const ips: ProcessModelDefinition = {
  name: { fi: 'IPS-työhönvalmennus', sv: 'IPS-arbetsträning', en: 'IPS supported employment' },
  phases: [
    {
      key: 'entry',
      name: { fi: 'Aloitus ja sopimus valmennuksesta', sv: 'Start och avtal om coachning', en: 'Entry and coaching agreement' },
      description: {
        fi: 'Ei karsintaa työkyvyn perusteella; sovitaan valmennuksesta.',
        sv: 'Ingen gallring på arbetsförmåga; coachningen avtalas.',
        en: 'Zero exclusion; coaching is agreed with the job seeker.',
      },
    },
    {
      key: 'vocational_profile',
      name: { fi: 'Ammatillinen profiili', sv: 'Yrkesprofil', en: 'Vocational profile' },
      description: {
        fi: 'Vahvuusperustainen kartoitus toiveista, osaamisesta ja työhistoriasta.',
        sv: 'Styrkebaserad kartläggning av önskemål, kompetens och arbetshistoria.',
        en: 'Strengths-based profiling of preferences, skills and work history.',
      },
    },
    {
      key: 'job_search',
      name: { fi: 'Nopea työnhaku', sv: 'Snabb jobbsökning', en: 'Rapid job search' },
      description: {
        fi: 'Työnhaku asiakkaan toiveiden mukaan, asiakas aktiivisena; työnantajakontakti 30 päivän sisällä.',
        sv: 'Jobbsökning enligt kundens önskemål med kunden aktiv; arbetsgivarkontakt inom 30 dagar.',
        en: "Job search by the client's preferences with the client active; employer contact within 30 days.",
      },
    },
    {
      key: 'employer_agreement',
      name: { fi: 'Tuesta sopiminen työnantajan kanssa', sv: 'Avtal om stöd med arbetsgivaren', en: 'Agreeing support with the employer' },
      description: {
        fi: 'Sovitaan työpaikan tuki, järjestelyt ja yhteydenpito.',
        sv: 'Stöd, anpassningar och kontakt på arbetsplatsen avtalas.',
        en: 'Workplace support, adjustments and contact rhythm are agreed.',
      },
    },
    {
      key: 'in_work_support',
      name: { fi: 'Tuki työssä', sv: 'Stöd i arbetet', en: 'In-work support' },
      description: {
        fi: 'Ajallisesti rajaamaton tuki työssä pysymiseen.',
        sv: 'Tidsobegränsat stöd för att behålla arbetet.',
        en: 'Time-unlimited support for job retention.',
      },
    },
  ],
  meetingIntervals: [
    {
      phase: 'in_work_support',
      withinDaysOfPhaseStart: 30,
      maxDaysBetweenMeetings: 7,
      reason: {
        fi: 'Uuden työn ensimmäinen kuukausi: tapaaminen viikoittain',
        sv: 'Första månaden i nytt arbete: möte varje vecka',
        en: 'First month in a new job: weekly meeting',
      },
    },
    {
      maxDaysBetweenMeetings: 30,
      reason: { fi: 'Tapaaminen vähintään kuukausittain', sv: 'Möte minst en gång i månaden', en: 'Meeting at least monthly' },
    },
  ],
  meetingModes,
  firstEmployerContactWithinDays: 30,
  inWorkPhase: 'in_work_support',
};

/** Työelämätulkki: mapping → working towards goals → ending → follow-up at 3 and 6 months. */
const workingLifeInterpreter: ProcessModelDefinition = {
  name: { fi: 'Työelämätulkki', sv: 'Arbetslivstolk', en: 'Working-life interpreter' },
  phases: [
    {
      key: 'mapping',
      name: { fi: 'Tutustuminen ja kartoitus', sv: 'Bekantskap och kartläggning', en: 'Getting to know and mapping' },
      description: {
        fi: 'Osaamisen, työkyvyn ja työnhakutaitojen kartoitus.',
        sv: 'Kartläggning av kompetens, arbetsförmåga och jobbsökningsfärdigheter.',
        en: 'Mapping of competence, work ability and job-search skills.',
      },
    },
    {
      key: 'working_towards_goals',
      name: { fi: 'Työskentely kohti tavoitteita', sv: 'Arbete mot målen', en: 'Working towards agreed goals' },
      description: {
        fi: 'Jalkautuva tuki työnhakijan ja työnantajan rinnalla.',
        sv: 'Uppsökande stöd vid sidan av arbetssökanden och arbetsgivaren.',
        en: 'Outreach support beside the job seeker and the employer.',
      },
    },
    {
      key: 'ending',
      name: { fi: 'Asiakkuuden päättäminen', sv: 'Avslutande av kundrelationen', en: 'Ending the client relationship' },
      description: {
        fi: 'Tilanteen arviointi ja jatkosuunnitelma.',
        sv: 'Bedömning av situationen och fortsatt plan.',
        en: 'Review of the situation and a plan for what follows.',
      },
    },
    {
      key: 'follow_up',
      name: { fi: 'Seuranta', sv: 'Uppföljning', en: 'Follow-up' },
      description: {
        fi: 'Seuranta 3 ja 6 kuukauden kuluttua.',
        sv: 'Uppföljning efter 3 och 6 månader.',
        en: 'Follow-up at 3 and 6 months.',
      },
    },
  ],
  meetingIntervals: [
    {
      maxDaysBetweenMeetings: 30,
      reason: { fi: 'Yhteydenpito vähintään kuukausittain', sv: 'Kontakt minst en gång i månaden', en: 'Contact at least monthly' },
    },
  ],
  meetingModes,
  firstEmployerContactWithinDays: null,
};

export const shippedProcessModels: { key: string; definition: ProcessModelDefinition }[] = [
  { key: 'ips', definition: ips },
  { key: 'working_life_interpreter', definition: workingLifeInterpreter },
];
