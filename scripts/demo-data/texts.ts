/**
 * Short Finnish texts a coach would write. Summaries are seen by the team, so they never
 * contain health details; those go to the encrypted protected notes (GDPR Art. 9).
 */
export const summariesByPhase: Record<string, readonly string[]> = {
  entry: [
    'Ensitapaaminen: sovittiin IPS-valmennuksesta ja asiakkaan tavoitteista.',
    'Kerrottiin valmennuksen periaatteista, asiakas halukas aloittamaan.',
    'Tutustumistapaaminen, sovittiin tapaamisten rytmistä.',
  ],
  vocational_profile: [
    'Laadittiin ammatillista profiilia: vahvuudet ja aiempi työhistoria.',
    'Käytiin läpi koulutus- ja työhistoria sekä toiveammatit.',
    'Kartoitettiin kiinnostuksen kohteita ja sopivia työaikoja.',
  ],
  job_search: [
    'Käytiin läpi työnhakusuunnitelmaa.',
    'Päivitettiin CV ja haettiin kahta paikkaa varastoalalta.',
    'Harjoiteltiin työhaastattelua.',
    'Kartoitettiin piilotyöpaikkoja asiakkaan toiveiden mukaan.',
    'Haettiin yhdessä avoimia paikkoja Työmarkkinatorilta.',
  ],
  employer_agreement: [
    'Sovittiin työnantajan kanssa perehdytyksestä ja tuen muodoista.',
    'Käytiin läpi palkkatuen ehdot ja työsopimusluonnos.',
    'Sovittiin työkokeilun tavoitteista ja kestosta.',
  ],
  in_work_support: [
    'Työ sujuu hyvin, sovittiin seuraava tapaaminen.',
    'Keskusteltiin työvuoroista ja jaksamisesta.',
    'Käytiin läpi ensimmäisten viikkojen kokemukset työssä.',
  ],
  mapping: [
    'Osaamiskartoitus aloitettu.',
    'Kartoitettiin työnhakutaitoja ja kielitaitoa.',
    'Tutustumistapaaminen, käytiin läpi asiakkaan tilanne.',
  ],
  working_towards_goals: [
    'Työnhakua yhdessä, haettiin kolmea paikkaa.',
    'Käytiin läpi työnhakusuunnitelmaa.',
    'Valmisteltiin työhaastattelua ja tutkintojen tunnustamista.',
    'Suunniteltiin kielikoulutuksen jatkoa.',
  ],
  ending: ['Asiakkuuden päättämiskeskustelu, tehtiin yhteenveto.', 'Sovittiin seurannasta 3 ja 6 kuukauden kohdalla.'],
  follow_up: ['Seurantayhteydenotto, tilanne kirjattu.'],
};

export const genericSummaries = ['Käytiin läpi tilannetta ja sovittiin seuraavista askelista.', 'Tapaaminen, tavoitteet tarkistettu.'];

/** Employer contacts, by who was there: the coach alone, with the client, or by phone or message. */
export const employerSummaries = {
  visit: [
    'Työnantajakäynti: esiteltiin asiakkaan osaamista.',
    'Työnantaja kiinnostunut työkokeilusta, sovittiin tutustumiskäynti.',
    'Selvitettiin työnantajan kanssa tehtävien muokkaamista.',
  ],
  visitWithClient: [
    'Työpaikkakäynti yhdessä asiakkaan ja esihenkilön kanssa.',
    'Tutustuttiin työpaikkaan yhdessä asiakkaan kanssa.',
    'Työhaastattelu työnantajan luona, valmentaja mukana.',
  ],
  remote: [
    'Yhteydenotto työnantajaan avoimesta paikasta.',
    'Kysyttiin työnantajalta piilotyöpaikkoja asiakkaan toiveiden mukaan.',
    'Sovittiin työnantajan kanssa seuraavasta käynnistä.',
  ],
} as const;

export const messageSummaries = [
  'Tekstiviesti: muistutus tapaamisesta.',
  'Lähetetty työpaikkavinkki.',
  'Viesti: asiakas pyysi siirtämään tapaamista.',
];

export const networkSummaries = ['Verkostopalaveri sosiaalityön kanssa.', 'Yhteispalaveri Kelan työkykyneuvojan kanssa.'];

export const familySummaries = ['Tapaaminen yhdessä asiakkaan läheisen kanssa.'];

export const protectedNotes = [
  'Asiakas kertoi masennusoireiden lisääntyneen; ohjattu hoitotahon vastaanotolle.',
  'Lääkitys muuttunut, väsymystä aamuisin. Huomioidaan työvuoroissa.',
  'Selkäkipu rajoittaa nostamista, työterveyslääkärin arvio pyydetty.',
  'Päihteiden käyttö vähentynyt, jatkaa A-klinikan asiakkuutta.',
  'Jännittää haastatteluja, paniikkioireita. Haastatteluun mukaan tukihenkilö.',
  'Unihäiriöt jatkuvat, keskusteltu hoitokontaktin kanssa asiakkaan luvalla.',
];

export const workAbilityNotes = [
  'Osatyökykyinen: selkävaiva, ei raskaita nostoja.',
  'Mielenterveyskuntoutuja, työaika aluksi neljä tuntia päivässä.',
  'Kuulon heikkous, rauhallinen työympäristö auttaa.',
  'Diabetes: säännölliset ruokatauot tärkeitä.',
  'ADHD: selkeät kirjalliset ohjeet ja ennakoitava työpäivä auttavat.',
  'Nivelrikko polvissa, ei pitkiä seisomistöitä.',
];

export type GoalTemplate = { title: string; actions: readonly { description: string; owner: string }[] };

export const goalTemplates: readonly GoalTemplate[] = [
  {
    title: 'Työpaikka logistiikka-alalta',
    actions: [
      { description: 'Päivitä CV ja työhakemuspohja', owner: 'client' },
      { description: 'Hae kolmeen paikkaan viikossa', owner: 'client' },
      { description: 'Kartoita alueen varastotyönantajat', owner: 'coach' },
    ],
  },
  {
    title: 'Hygieniapassi suoritettuna',
    actions: [
      { description: 'Ilmoittaudu hygieniapassikoulutukseen', owner: 'client' },
      { description: 'Selvitä koulutuksen kustannusten korvaus', owner: 'coach' },
    ],
  },
  {
    title: 'Ammatillinen koulutus alkaa syksyllä',
    actions: [
      { description: 'Hae koulutukseen yhteishaussa', owner: 'client' },
      { description: 'Varaa aika opinto-ohjaajalle', owner: 'coach' },
      { description: 'Oppilaitos vahvistaa opiskelupaikan', owner: 'network' },
    ],
  },
  {
    title: 'Suomen kielen taito B1-tasolle',
    actions: [
      { description: 'Ilmoittaudu kielikurssille', owner: 'client' },
      { description: 'Sovi kielikahvilan käynneistä', owner: 'coach' },
    ],
  },
  {
    title: 'Työkokeilu sopivalla työpaikalla',
    actions: [
      { description: 'Ota yhteys kolmeen työnantajaan', owner: 'coach' },
      { description: 'Työnantaja nimeää perehdyttäjän', owner: 'employer' },
      { description: 'Sovi työkokeilun aloituspäivä', owner: 'employer' },
    ],
  },
  {
    title: 'Osa-aikatyö kaupan alalta',
    actions: [
      { description: 'Hae kaupan alan paikkoja', owner: 'client' },
      { description: 'Selvitä palkkatuen mahdollisuus', owner: 'coach' },
    ],
  },
  {
    title: 'Työkyvyn arviointi tehty',
    actions: [
      { description: 'Varaa aika työkyvyn arviointiin', owner: 'coach' },
      { description: 'Kelan työkykyneuvoja selvittää ammatillisen kuntoutuksen', owner: 'network' },
    ],
  },
  {
    title: 'Säännöllinen päivärytmi',
    actions: [
      { description: 'Osallistu viikoittaiseen ryhmätoimintaan', owner: 'client' },
      { description: 'Sovi tapaamiset aamupäiviin', owner: 'coach' },
    ],
  },
  {
    title: 'Oma yritystoiminta käyntiin',
    actions: [
      { description: 'Laadi liiketoimintasuunnitelma', owner: 'client' },
      { description: 'Varaa aika yritysneuvontaan', owner: 'other' },
    ],
  },
  {
    title: 'Oppisopimuspaikka rakennusalalta',
    actions: [
      { description: 'Suorita työturvallisuuskortti', owner: 'client' },
      { description: 'Etsi oppisopimukseen sopiva työnantaja', owner: 'coach' },
    ],
  },
];

export const referralNotes: Record<string, string> = {
  health_check: 'Terveystarkastus työkyvyn selvittämiseksi.',
  kela_vocational_rehabilitation: 'Hakemus Kelan ammatilliseen kuntoutukseen tehty yhdessä.',
  work_ability_assessment: 'Työkyvyn arviointi pyydetty.',
  training: 'Ohjattu työvoimakoulutuksen infoon.',
  social_work: 'Yhteys aikuissosiaalityöhön sovittu.',
  mental_health_services: 'Ohjattu palveluun asiakkaan toiveesta.',
  substance_abuse_services: 'Ohjattu palveluun asiakkaan toiveesta.',
  study_counselling: 'Opinto-ohjausaika varattu.',
  career_psychologist: 'Uraohjaus psykologin kanssa sovittu.',
  other: 'Ohjattu järjestön vertaistukiryhmään.',
};

export const followUpNotes = [
  'Seurantasoitto asiakkaalle.',
  'Seurantakysely tekstiviestillä, asiakas vastasi.',
  'Tieto saatu asiakkaalta tapaamisessa.',
];
