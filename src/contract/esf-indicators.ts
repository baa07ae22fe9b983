import type { Locale } from './common.js';

/**
 * ESF+ common indicators for participants and entities, Regulation (EU) 2021/1057, Annex I,
 * as listed in reference-data/esf_plus_indicators.csv. The codes are those of the Commission's
 * monitoring system (SFC2021). English names follow the regulation; Finnish and Swedish names are
 * Polku's translations (see reference-data/SOURCES.md). The definitions say how Polku counts.
 */
export const esfIndicatorGroups = ['output', 'entity_output', 'immediate_result', 'longer_term_result'] as const;
export type EsfIndicatorGroup = (typeof esfIndicatorGroups)[number];

/** Entities are not people: their indicators have no gender breakdown and no small-count suppression. */
export const countsPeople = (group: EsfIndicatorGroup) => group !== 'entity_output';

export const esfIndicatorCodes = [
  'EECO01',
  'EECO02',
  'EECO03',
  'EECO04',
  'EECO05',
  'EECO06',
  'EECO07',
  'EECO08',
  'EECO09',
  'EECO10',
  'EECO11',
  'EECO12',
  'EECO13',
  'EECO14',
  'EECO15',
  'EECO16',
  'EECO17',
  'EECO18',
  'EECO19',
  'EECR01',
  'EECR02',
  'EECR03',
  'EECR04',
  'EECR05',
  'EECR06',
] as const;
export type EsfIndicatorCode = (typeof esfIndicatorCodes)[number];

type Texts = Record<Locale, string>;
/** `rule` says who counts among the group's population; `definition` is the population and the rule in one text. */
export type EsfIndicator = { code: EsfIndicatorCode; group: EsfIndicatorGroup; name: Texts; rule: Texts; definition: Texts };

const entered: Texts = {
  fi: 'Osallistujat, joiden asiakkuus alkoi kaudella; tilanne osallistumisen alkaessa.',
  sv: 'Deltagare vars kundrelation började under perioden; situationen vid inträdet.',
  en: 'Participants whose enrolment started in the period; situation at entry.',
};
const left: Texts = {
  fi: 'Osallistujat, joiden asiakkuus päättyi kaudella; tilanne neljän viikon kuluessa päättymisestä.',
  sv: 'Deltagare vars kundrelation avslutades under perioden; situationen inom fyra veckor efter avslutet.',
  en: 'Participants whose enrolment ended in the period; situation within four weeks of leaving.',
};
const sixMonths: Texts = {
  fi: 'Osallistujat, joiden asiakkuus päättyi kaudella; tilanne kuuden kuukauden seurannassa.',
  sv: 'Deltagare vars kundrelation avslutades under perioden; situationen vid sexmånadersuppföljningen.',
  en: 'Participants whose enrolment ended in the period; situation at the six-month follow-up.',
};

function join(base: Texts, rule: Texts): Texts {
  return { fi: `${base.fi} ${rule.fi}`, sv: `${base.sv} ${rule.sv}`, en: `${base.en} ${rule.en}` };
}

const supportedEmployers: Texts = {
  fi: 'Työnantajat, joilla ohjelman osallistuja oli kaudella työssä, työkokeilussa, palkkatuetussa työssä, oppisopimuksella tai muussa ohjelman asiakkuuteen kirjatussa työpaikkajaksossa: ohjelman valmennus tukee työnantajaa jakson ajan. Kukin työnantaja lasketaan kerran.',
  sv: 'Arbetsgivare där en deltagare i programmet under perioden var i arbete, arbetsprövning, arbete med lönesubvention, läroavtal eller en annan arbetsplatsperiod registrerad på kundrelationen i programmet: programmets coachning stöder arbetsgivaren under perioden. Varje arbetsgivare räknas en gång.',
  en: 'Employers at which a participant of the programme was, during the period, in work, a work trial, pay-subsidised work, an apprenticeship or another placement recorded on their enrolment in the programme: the programme’s coaching supports the employer during the placement. Each employer counts once.',
};

/** Whom each group of indicators looks at. */
export const esfPopulations: Record<EsfIndicatorGroup, Texts> = {
  output: entered,
  entity_output: supportedEmployers,
  immediate_result: left,
  longer_term_result: sixMonths,
};

function indicator(code: EsfIndicatorCode, group: EsfIndicatorGroup, name: Texts, rule: Texts): EsfIndicator {
  return { code, group, name, rule, definition: join(esfPopulations[group], rule) };
}

function output(code: EsfIndicatorCode, name: Texts, rule: Texts): EsfIndicator {
  return indicator(code, 'output', name, rule);
}

export const esfIndicators: readonly EsfIndicator[] = [
  output(
    'EECO01',
    { fi: 'Osallistujien kokonaismäärä', sv: 'Totalt antal deltagare', en: 'Total number of participants' },
    {
      fi: 'Lasketaan työmarkkina-aseman indikaattoreista: työttömät + työvoiman ulkopuolella olevat + työlliset.',
      sv: 'Beräknas ur indikatorerna för arbetsmarknadsställning: arbetslösa + personer utanför arbetskraften + sysselsatta.',
      en: 'Calculated from the labour-market status indicators: unemployed + inactive + employed.',
    },
  ),
  output(
    'EECO02',
    {
      fi: 'Työttömät, myös pitkäaikaistyöttömät',
      sv: 'Arbetslösa, inklusive långtidsarbetslösa',
      en: 'Unemployed, including long-term unemployed',
    },
    { fi: 'Työtön osallistumisen alkaessa.', sv: 'Arbetslös vid inträdet.', en: 'Unemployed at entry.' },
  ),
  output(
    'EECO03',
    { fi: 'Pitkäaikaistyöttömät', sv: 'Långtidsarbetslösa', en: 'Long-term unemployed' },
    {
      fi: 'Työtön yhtäjaksoisesti vähintään 6 kuukautta (alle 25-vuotiaat) tai vähintään 12 kuukautta (25 vuotta täyttäneet) osallistumisen alkaessa, komission ohjeen mukaan.',
      sv: 'Oavbrutet arbetslös i minst 6 månader (under 25 år) eller minst 12 månader (25 år och äldre) vid inträdet, enligt kommissionens vägledning.',
      en: 'Continuously unemployed for at least 6 months (under 25) or at least 12 months (25 and over) at entry, following the Commission guidance.',
    },
  ),
  output(
    'EECO04',
    { fi: 'Työvoiman ulkopuolella olevat', sv: 'Personer utanför arbetskraften', en: 'Inactive' },
    {
      fi: 'Ei työllinen eikä työtön osallistumisen alkaessa (esim. opiskelija, kuntoutuja, kotona lasta hoitava).',
      sv: 'Varken sysselsatt eller arbetslös vid inträdet (t.ex. studerande, i rehabilitering, hemma med barn).',
      en: 'Neither employed nor unemployed at entry (e.g. student, in rehabilitation, caring for a child at home).',
    },
  ),
  output(
    'EECO05',
    { fi: 'Työlliset, myös itsensätyöllistäjät', sv: 'Sysselsatta, inklusive egenföretagare', en: 'Employed, including self-employed' },
    {
      fi: 'Työssä tai yrittäjänä osallistumisen alkaessa.',
      sv: 'Anställd eller egenföretagare vid inträdet.',
      en: 'Employed or self-employed at entry.',
    },
  ),
  output(
    'EECO06',
    { fi: 'Alle 18-vuotiaiden lasten määrä', sv: 'Antal barn under 18 år', en: 'Number of children below 18 years of age' },
    {
      fi: 'Ikä syntymäajasta laskettuna alkamispäivänä alle 18.',
      sv: 'Ålder beräknad ur födelsedatumet under 18 vid inträdet.',
      en: 'Age from the date of birth below 18 on the start day.',
    },
  ),
  output(
    'EECO07',
    { fi: '18–29-vuotiaat nuoret', sv: 'Unga personer mellan 18 och 29 år', en: 'Young people between 18 and 29 years of age' },
    { fi: 'Ikä alkamispäivänä 18–29.', sv: 'Ålder vid inträdet 18–29.', en: 'Age on the start day 18 to 29.' },
  ),
  output(
    'EECO08',
    {
      fi: '55 vuotta täyttäneiden osallistujien määrä',
      sv: 'Antal deltagare som är 55 år eller äldre',
      en: 'Number of participants of 55 years of age and above',
    },
    { fi: 'Ikä alkamispäivänä vähintään 55.', sv: 'Ålder vid inträdet minst 55.', en: 'Age on the start day 55 or more.' },
  ),
  output(
    'EECO09',
    {
      fi: 'Enintään perusasteen koulutus (ISCED 0–2)',
      sv: 'Högst grundskoleutbildning (Isced 0–2)',
      en: 'With lower secondary education or less (ISCED 0-2)',
    },
    { fi: 'Korkein koulutusaste ISCED 0–2.', sv: 'Högsta utbildningsnivå Isced 0–2.', en: 'Highest education level ISCED 0 to 2.' },
  ),
  output(
    'EECO10',
    {
      fi: 'Toisen asteen (ISCED 3) tai toisen asteen jälkeinen (ISCED 4) koulutus',
      sv: 'Gymnasieutbildning (Isced 3) eller eftergymnasial utbildning (Isced 4)',
      en: 'With upper secondary (ISCED 3) or post-secondary education (ISCED 4)',
    },
    { fi: 'Korkein koulutusaste ISCED 3–4.', sv: 'Högsta utbildningsnivå Isced 3–4.', en: 'Highest education level ISCED 3 or 4.' },
  ),
  output(
    'EECO11',
    { fi: 'Korkea-asteen koulutus (ISCED 5–8)', sv: 'Högskoleutbildning (Isced 5–8)', en: 'With tertiary education (ISCED 5 to 8)' },
    { fi: 'Korkein koulutusaste ISCED 5–8.', sv: 'Högsta utbildningsnivå Isced 5–8.', en: 'Highest education level ISCED 5 to 8.' },
  ),
  output(
    'EECO12',
    { fi: 'Osallistujat, joilla on vamma', sv: 'Deltagare med funktionsnedsättning', en: 'Participants with disabilities' },
    {
      fi: 'Vastaus "kyllä". Erityinen henkilötietoryhmä: henkilö voi jättää vastaamatta, jolloin häntä ei lasketa.',
      sv: 'Svaret "ja". Särskild kategori av personuppgifter: personen kan avstå från att svara och räknas då inte.',
      en: 'Answer "yes". Special-category data: the person may decline to answer and is then not counted.',
    },
  ),
  output(
    'EECO13',
    { fi: 'Kolmansien maiden kansalaiset', sv: 'Tredjelandsmedborgare', en: 'Third-country nationals' },
    {
      fi: 'Ei EU-maan kansalainen (myös kansalaisuudettomat).',
      sv: 'Inte medborgare i ett EU-land (även statslösa).',
      en: 'Not a citizen of an EU country (stateless persons included).',
    },
  ),
  output(
    'EECO14',
    { fi: 'Ulkomaalaistaustaiset osallistujat', sv: 'Deltagare med utländsk bakgrund', en: 'Participants with a foreign background' },
    {
      fi: 'Vastaus "kyllä"; henkilö voi jättää vastaamatta.',
      sv: 'Svaret "ja"; personen kan avstå från att svara.',
      en: 'Answer "yes"; the person may decline to answer.',
    },
  ),
  output(
    'EECO15',
    {
      fi: 'Vähemmistöt (myös marginalisoidut yhteisöt, kuten romanit)',
      sv: 'Minoriteter (inklusive marginaliserade grupper som romer)',
      en: 'Minorities (including marginalised communities such as Roma people)',
    },
    {
      fi: 'Vastaus "kyllä". Erityinen henkilötietoryhmä: henkilö voi jättää vastaamatta.',
      sv: 'Svaret "ja". Särskild kategori av personuppgifter: personen kan avstå från att svara.',
      en: 'Answer "yes". Special-category data: the person may decline to answer.',
    },
  ),
  output(
    'EECO16',
    {
      fi: 'Asunnottomat tai asunnottomuusuhan alaiset',
      sv: 'Hemlösa eller personer som drabbats av utestängning från bostadsmarknaden',
      en: 'Homeless or affected by housing exclusion',
    },
    {
      fi: 'Vastaus "kyllä"; henkilö voi jättää vastaamatta.',
      sv: 'Svaret "ja"; personen kan avstå från att svara.',
      en: 'Answer "yes"; the person may decline to answer.',
    },
  ),
  output(
    'EECO17',
    { fi: 'Maaseutualueilta tulevat osallistujat', sv: 'Deltagare från landsbygdsområden', en: 'Participants from rural areas' },
    {
      fi: 'Kirjattu tieto: asuu maaseutualueella (Polkun viitetiedoissa ei ole kuntien kaupunki–maaseutu-luokitusta).',
      sv: 'Registrerad uppgift: bor på landsbygden (Polkus referensdata saknar kommunernas stad–land-klassificering).',
      en: 'Recorded: lives in a rural area (Polku’s reference data has no urban–rural classification of municipalities).',
    },
  ),
  indicator(
    'EECO18',
    'entity_output',
    {
      fi: 'Tuettujen kansallisen, alueellisen tai paikallisen tason julkishallinnon yksiköiden tai julkisten palvelujen määrä',
      sv: 'Antal offentliga förvaltningar eller offentliga tjänster på nationell, regional eller lokal nivå som fått stöd',
      en: 'Number of public administrations or public services at national, regional or local level supported',
    },
    {
      fi: 'Julkisen sektorin työnantajat (työnantajan sektori: julkinen).',
      sv: 'Arbetsgivare inom den offentliga sektorn (arbetsgivarens sektor: offentlig).',
      en: 'Public-sector employers (the employer’s sector: public).',
    },
  ),
  indicator(
    'EECO19',
    'entity_output',
    {
      fi: 'Tuettujen mikro-, pien- ja keskisuurten yritysten (myös osuuskuntien ja yhteiskunnallisten yritysten) määrä',
      sv: 'Antal mikroföretag samt små och medelstora företag (inklusive kooperativ och sociala företag) som fått stöd',
      en: 'Number of micro, small and medium-sized enterprises (including cooperative and social enterprises) supported',
    },
    {
      fi: 'Yksityisen tai kolmannen sektorin työnantajat, joiden kokoluokka on mikro, pieni tai keskisuuri (alle 250 henkeä). Työnantajaa, jonka kokoluokka puuttuu, ei lasketa; niiden määrä näkyy tietojen kattavuudessa.',
      sv: 'Arbetsgivare inom den privata eller tredje sektorn i storleksklassen mikro, liten eller medelstor (under 250 personer). En arbetsgivare utan storleksklass räknas inte; antalet sådana visas under uppgifternas täckning.',
      en: 'Private or third-sector employers in the micro, small or medium size class (under 250 people). An employer without a size class is not counted; how many there are shows under completeness.',
    },
  ),
  indicator(
    'EECR01',
    'immediate_result',
    {
      fi: 'Osallistujat, jotka hakevat työtä osallistumisen päättyessä',
      sv: 'Deltagare som söker arbete när de lämnar insatsen',
      en: 'Participants engaged in job searching upon leaving',
    },
    {
      fi: 'Työvoiman ulkopuolella alkaessaan ja työnhakijana päättyessään.',
      sv: 'Utanför arbetskraften vid inträdet och arbetssökande när de lämnar.',
      en: 'Inactive at entry and job searching upon leaving.',
    },
  ),
  indicator(
    'EECR02',
    'immediate_result',
    {
      fi: 'Osallistujat, jotka ovat koulutuksessa osallistumisen päättyessä',
      sv: 'Deltagare i utbildning när de lämnar insatsen',
      en: 'Participants in education or training upon leaving',
    },
    { fi: 'Koulutuksessa tai opiskelemassa.', sv: 'I utbildning.', en: 'In education or training.' },
  ),
  indicator(
    'EECR03',
    'immediate_result',
    {
      fi: 'Osallistujat, jotka saavat tutkinnon osallistumisen päättyessä',
      sv: 'Deltagare som erhåller kvalifikationer när de lämnar insatsen',
      en: 'Participants gaining a qualification upon leaving',
    },
    {
      fi: 'Sai tutkinnon, todistuksen tai pätevyyden (esim. hygieniapassi, työturvallisuuskortti).',
      sv: 'Erhöll en examen, ett intyg eller en behörighet (t.ex. hygienpass, arbetarskyddskort).',
      en: 'Gained a qualification, certificate or licence (e.g. hygiene passport, occupational safety card).',
    },
  ),
  indicator(
    'EECR04',
    'immediate_result',
    {
      fi: 'Osallistujat, jotka ovat työssä, myös itsensätyöllistäjinä, osallistumisen päättyessä',
      sv: 'Deltagare som har ett arbete, inklusive egenföretagare, när de lämnar insatsen',
      en: 'Participants in employment, including self-employment, upon leaving',
    },
    { fi: 'Työssä tai yrittäjänä.', sv: 'Anställd eller egenföretagare.', en: 'Employed or self-employed.' },
  ),
  indicator(
    'EECR05',
    'longer_term_result',
    {
      fi: 'Osallistujat, jotka ovat työssä, myös itsensätyöllistäjinä, kuusi kuukautta osallistumisen päättymisen jälkeen',
      sv: 'Deltagare som har ett arbete, inklusive egenföretagare, sex månader efter att de lämnat insatsen',
      en: 'Participants in employment, including self-employment, six months after leaving',
    },
    {
      fi: 'Kuuden kuukauden seurannan tilanne: työ tai yrittäjyys.',
      sv: 'Situationen vid sexmånadersuppföljningen: arbete eller företagande.',
      en: 'Situation at the six-month follow-up: work or entrepreneurship.',
    },
  ),
  indicator(
    'EECR06',
    'longer_term_result',
    {
      fi: 'Osallistujat, joiden työmarkkinatilanne on parantunut kuusi kuukautta osallistumisen päättymisen jälkeen',
      sv: 'Deltagare med förbättrad arbetsmarknadssituation sex månader efter att de lämnat insatsen',
      en: 'Participants with an improved labour market situation six months after leaving',
    },
    {
      fi: 'Työtön tai työvoiman ulkopuolella alkaessaan ja työssä tai yrittäjänä kuuden kuukauden kuluttua; tai työssä alkaessaan ja siirtynyt epävarmasta pysyvään työhön, osa-aikaisesta kokoaikaiseen, vaativampaan työhön tai ylennetty.',
      sv: 'Arbetslös eller utanför arbetskraften vid inträdet och i arbete eller företagande efter sex månader; eller sysselsatt vid inträdet och har gått från osäker till stabil anställning, från undersysselsättning till heltid, till ett mer krävande arbete eller befordrats.',
      en: 'Unemployed or inactive at entry and in work or self-employment after six months; or employed at entry and moved from precarious to stable work, from underemployment to full employment, to a job needing higher skills, or promoted.',
    },
  ),
];

export function esfIndicator(code: EsfIndicatorCode): EsfIndicator {
  return esfIndicators.find((indicator) => indicator.code === code)!;
}
