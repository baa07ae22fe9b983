/**
 * Short Finnish texts of employer cooperation. Employer records are seen by the whole organisation,
 * so they never name a job seeker or tell anything about anyone's health.
 */
export type InteractionPurpose = 'first_contact' | 'first_meeting' | 'cooperation' | 'hidden_job' | 'recruitment' | 'follow_up' | 'routine';

type InteractionText = { summaries: readonly string[]; agreed: readonly string[] };

/** Phrased so that they fit any kind of interaction the purpose is recorded with (visit, call, e-mail …). */
export const interactionTexts: Record<InteractionPurpose, InteractionText> = {
  first_contact: {
    summaries: [
      'Ensimmäinen yhteydenotto: esiteltiin työllisyyspalvelujen tuki työnantajalle.',
      'Kerrottiin palkkatuesta ja työkokeilusta, ehdotettiin tapaamista.',
      'Esiteltiin rekrytointipalvelut ja kysyttiin tulevia tarpeita.',
    ],
    agreed: ['Sovittiin tapaamisesta työpaikalla.', 'Työnantaja palaa asiaan, kun tarpeet selviävät.'],
  },
  first_meeting: {
    summaries: [
      'Ensimmäinen tapaaminen: tutustuttiin toimintaan ja työtehtäviin.',
      'Tapaaminen esihenkilön kanssa: käytiin läpi rekrytointitarpeet.',
      'Ensitapaaminen: kerrottiin työhönvalmennuksesta ja tuesta työpaikalla.',
    ],
    agreed: ['Sovittiin uudesta käynnistä kuukauden päästä.', 'Työnantaja ilmoittaa tulevista tarpeista suoraan koordinaattorille.'],
  },
  cooperation: {
    summaries: ['Yhteistyöpalaveri: käytiin läpi yhteistyön muodot.', 'Palaveri johdon kanssa: sovittiin pysyvästä yhteistyöstä.'],
    agreed: [
      'Työnantaja ilmoittaa avautuvista paikoista ensin meille.',
      'Sovittiin työkokeilupaikoista ja nimettiin yhteyshenkilö.',
      'Sovittiin säännöllisistä käynneistä kahden kuukauden välein.',
    ],
  },
  hidden_job: {
    summaries: [
      'Kartoitettiin tehtäviä, joista voisi muodostaa uuden työn.',
      'Kysyttiin piilotyöpaikkoja työnhakijoiden toiveiden pohjalta.',
      'Käytiin läpi, mitä tehtäviä vakituiselta henkilöstöltä jää tekemättä.',
    ],
    agreed: ['Työnantaja harkitsee osa-aikaista tehtävää.', 'Sovittiin uudesta tehtävästä ja sen aloituksesta.'],
  },
  recruitment: {
    summaries: ['Sovittiin työn aloituksesta ja perehdytyksestä.', 'Rekrytointi sovittu, käytiin läpi työsopimuksen ehdot.'],
    agreed: ['Valmentaja käy työpaikalla viikoittain ensimmäisen kuukauden ajan.', 'Esihenkilö nimeää työpaikkaohjaajan.'],
  },
  follow_up: {
    summaries: [
      'Seurantakäynti työpaikalla: työ on lähtenyt hyvin käyntiin.',
      'Seurantakäynti: käytiin esihenkilön kanssa läpi ensimmäiset viikot.',
    ],
    agreed: ['Sovittiin seuraavasta käynnistä.', 'Työtehtäviä lisätään vähitellen.'],
  },
  routine: {
    summaries: [
      'Kuulumiset ja tulevat rekrytointitarpeet.',
      'Kysyttiin kesän ja syksyn rekrytointitarpeista.',
      'Kerrottiin palkkatuesta ja työkokeilusta.',
      'Käytiin läpi avoimet tehtävät.',
      'Keskusteltiin oppisopimuksen mahdollisuuksista.',
    ],
    agreed: ['Sovittiin seuraavasta yhteydenotosta.', 'Työnantaja lähettää tehtävänkuvauksen.'],
  },
};

export const assignmentDetails = [
  'Tarvitaan työntekijöitä kevään sesonkiin.',
  'Työnantaja toivoo ehdokkaita, joilla on hygieniapassi.',
  'Osa-aikainen, 20–25 tuntia viikossa, aloitus sopimuksen mukaan.',
  'Vuorotyö, myös viikonloppuja. Perehdytys järjestetään.',
  'Työnantaja on valmis työkokeiluun ennen työsuhdetta.',
];

export const proposalNotes = [
  'Kiinnostunut alasta, aiempaa kokemusta vastaavista tehtävistä.',
  'Hyvä asiakaspalveluasenne, toivoo osa-aikaista työtä.',
  'Työkokeilu sopisi ensimmäiseksi askeleeksi.',
  'Toivoo päivätyötä, oma auto käytössä.',
];

export const opportunityDescriptions: Record<string, string> = {
  advertised_vacancy: 'Avoin työpaikka, haku käynnissä.',
  hidden_job: 'Piilotyöpaikka: tehtävä löytyi yritysyhteistyön kautta, ei julkisesti haussa.',
  work_trial: 'Työkokeilupaikka soveltuvuuden ja työkyvyn kokeiluun.',
  pay_subsidy_job: 'Palkkatuettu työ, työnantaja sitoutuu perehdytykseen.',
  apprenticeship: 'Oppisopimuspaikka yhteistyössä ammattiopiston kanssa.',
  summer_job: 'Kesätyö kesä–elokuuksi.',
  seasonal_job: 'Sesonkityö kiireisimmälle kaudelle.',
};

export const carvedDescription = 'Räätälöity tehtävä: koottu olemassa olevien töiden tehtävistä osatyökykyiselle sopivaksi.';

export const consentScope = 'Saa ehdottaa työnantajille: nimi, osaaminen ja työtoiveet.';

export const supportAgreementTexts = {
  coachTasks: [
    'Valmentaja käy työpaikalla viikoittain ensimmäisen kuukauden ajan ja tukee perehdytyksessä.',
    'Valmentaja pitää yhteyttä työntekijään ja esihenkilöön ja auttaa työtehtävien opettelussa.',
  ],
  employerTasks: [
    'Esihenkilö nimeää työpaikkaohjaajan ja pitää palautekeskustelun kahden viikon välein.',
    'Työnantaja laatii viikkosuunnitelman ja ilmoittaa valmentajalle muutoksista.',
  ],
  contactRhythm: ['Viikoittain ensimmäisen kuukauden ajan, sen jälkeen kuukausittain.', 'Kahden viikon välein, tarvittaessa useammin.'],
  adjustmentsNote: ['Työvuorot sovitaan viikko etukäteen.', 'Aloitus neljällä tunnilla päivässä, tunteja lisätään sovitusti.'],
};

export const supportNotes: Record<string, string> = {
  pay_subsidy: 'Palkkatuki myönnetty.',
  apprenticeship_training_compensation: 'Koulutuskorvaus oppisopimuskoulutuksesta.',
};
