import type { DeepStringRecord } from '../../i18n/types';

export const fi = {
  list: {
    title: 'IPS-mallinmukaisuusarvioinnit',
    intro:
      'IPS-mallinmukaisuusmittarin (25 kohtaa, 25–125 pistettä) arvioinnit tiimeittäin ja ohjelmittain. Polku esitäyttää kohdat, jotka se voi mitata kirjatusta työstä, ja näyttää näytön kohdan vieressä; arvioijat vahvistavat tai muuttavat jokaisen pisteen.',
    newReview: 'Uusi arviointi',
    empty: 'Arviointeja ei ole vielä tehty.',
    caption: 'Arvioinnit: {{target}}',
    columns: { date: 'Arviointipäivä', period: 'Tarkastelujakso', total: 'Pisteet', band: 'Taso', change: 'Muutos edelliseen' },
    open: 'Avaa arviointi {{date}}',
    incomplete: '{{scored}}/25 pisteytetty',
    noChange: '–',
  },
  target: {
    team: 'Tiimi {{team}}',
    programme: 'Ohjelma {{programme}}',
    teamProgramme: 'Tiimi {{team}}, ohjelma {{programme}}',
  },
  bands: {
    exemplary: 'Erinomainen mallinmukaisuus (115–125)',
    good: 'Hyvä mallinmukaisuus (100–114)',
    fair: 'Kohtalainen mallinmukaisuus (74–99)',
    not_ips: 'Ei IPS-mallin mukainen (enintään 73)',
  },
  groups: { staffing: 'Henkilöstö', organisation: 'Organisaatio', services: 'Palvelut' },
  create: {
    title: 'Uusi IPS-mallinmukaisuusarviointi',
    intro:
      'Valitse arvioitava tiimi, ohjelma tai molemmat sekä tarkastelujakso. Polku laskee jakson kirjauksista näytön ja esitäytetyt pisteet arvioinnin luontihetkellä.',
    organisation: 'Organisaatio',
    team: 'Tiimi',
    programme: 'Ohjelma',
    none: 'Ei rajausta',
    reviewDate: 'Arviointipäivä',
    periodStart: 'Tarkastelujakso alkaa',
    periodEnd: 'Tarkastelujakso päättyy',
    reviewers: 'Arvioijat',
    reviewersHint: 'Yksi nimi riviä kohden, enintään kuusi.',
    submit: 'Luo arviointi',
    cancel: 'Peruuta',
  },
  review: {
    title: 'IPS-mallinmukaisuusarviointi',
    summary: 'Yhteenveto',
    date: 'Arviointipäivä',
    period: 'Tarkastelujakso',
    reviewers: 'Arvioijat',
    total: 'Pisteet yhteensä',
    totalValue: '{{total}} / 125',
    band: 'Taso',
    bandPending: 'Taso lasketaan, kun kaikki 25 kohtaa on pisteytetty ({{scored}}/25).',
    scaleNote: 'Ankkurikuvaukset ovat englanniksi: ne ovat Polun lyhyitä tiivistelmiä, eivät mittarin virallista tekstiä.',
    item: '{{number}}. {{title}}',
    criterion: 'Kriteeri',
    score: 'Pisteet kohdasta {{number}}',
    prefilled: 'Esitäytetty: {{score}}',
    prefilledNone: 'Polku ei voi mitata tätä kohtaa kirjauksista: arvioijat pisteyttävät sen haastattelujen ja asiakirjojen perusteella.',
    prefilledNoData: 'Jaksolta ei ole tarpeeksi kirjauksia esitäytettyyn pisteeseen.',
    evidence: 'Näyttö kirjauksista',
    rule: 'Näin pisteet johdettiin',
    overridden: 'Muutettu esitäytetystä ({{prefilled}} → {{final}})',
    note: 'Perustelu',
    noteHint: 'Pakollinen, jos muutat esitäytettyä pistettä.',
    notes: 'Huomiot',
    actionPlan: 'Kehittämissuunnitelma',
    save: 'Tallenna arviointi',
    saved: 'Arviointi tallennettu.',
    notScored: 'Ei pisteytetty',
    back: 'Kaikki arvioinnit',
  },
  evidence: {
    caseload_size: {
      figures:
        '{{clients}} asiakasta ja {{coaches}} työhönvalmentajaa jakson lopussa: {{ratio}} asiakasta valmentajaa kohden (suurin asiakasmäärä {{largest}}).',
      rule: 'Suhdeluku pyöristetään kokonaisiksi asiakkaiksi: enintään 20 → 5, 21–25 → 4, 26–30 → 3, 31–40 → 2, 41 tai yli → 1.',
    },
    zero_exclusion: {
      figures:
        'Jaksolla alkoi {{started}} ja päättyi {{ended}} asiakkuutta. Valmiuden puutteeseen viittaavia päättymisiä: {{exits}}. Ohjautumislähteitä: {{sources}}.',
      rule: 'Polku ei kirjaa hylättyjä ohjauksia, joten poissulkua arvioidaan päättymisistä: kuntoutukseen, sairauslomalle, eläkkeelle tai työelämän ulkopuolelle 90 päivän sisällä ennen yhtään työnantajatapaamista. Puolet tai enemmän päättyneistä → 2, joitakin → 3, ei yhtään → 4, ja 5, kun uudet asiakkaat tulivat vähintään kolmesta lähteestä.',
    },
    rapid_search: {
      figures:
        'Jaksolla alkoi {{started}} asiakkuutta, joista {{withContact}} on tavannut työnantajan kasvokkain: keskimäärin {{mean}} päivää (mediaani {{median}}). Yli 30 päivää odottaneita ilman tapaamista: {{waiting}}.',
      rule: 'Keskiarvo pyöristetään kokonaisiksi päiviksi: enintään 30 → 5, 31–60 → 4, 61–150 → 3, 151–270 → 2, 271 tai yli → 1. Tapaaminen = kirjattu tapaaminen, jossa työnantaja oli mukana kasvokkain tai työpaikalla.',
    },
    employer_contact_frequency: {
      figures:
        '{{contacts}} henkilökohtaista työnantajatapaamista {{coaches}} valmentajalla {{weeks}} viikossa: {{perWeek}} viikossa valmentajaa kohden.',
      rule: 'Kunkin valmentajan viikkotahti lasketaan ja keskiarvo viedään lähimpään ankkuriin (2, 4, 5, 6 viikossa): alle 2 → 1, 2–2,9 → 2, 3–4,4 → 3, 4,5–5,4 → 4, 5,5 tai yli → 5.',
    },
    employer_contact_quality: {
      figures:
        '{{contacts}} työnantajakontaktia, joista {{inPerson}} henkilökohtaisia ({{inPersonShare}}). {{employersMet}} työnantajaa tavattiin, heistä {{repeated}} useammin kuin kerran ({{repeatedShare}}).',
      rule: 'Ei kontakteja → 1; alle neljännes henkilökohtaisia → 2; alle puolet → 3; enimmäkseen henkilökohtaisia → 4; lisäksi vähintään puolet tavatuista työnantajista tavattu toistuvasti → 5. Keskustelujen sisällön arvioijat arvioivat haastatteluista.',
    },
    job_type_diversity: {
      figures: 'Jaksolla alkoi {{jobs}} työtä; ammatti tiedossa {{typed}}:ssä, niissä {{distinct}} eri ammattia ({{share}}).',
      rule: 'Eri ammattien (ISCO-08) osuus töistä, joiden ammatti on tiedossa: 85 % tai yli → 5, 70–84 % → 4, 60–69 % → 3, 50–59 % → 2, alle 50 % → 1.',
    },
    employer_diversity: {
      figures: 'Jaksolla alkoi {{jobs}} työtä {{distinct}} eri työnantajalla ({{share}}).',
      rule: 'Eri työnantajien osuus töistä: 85 % tai yli → 5, 70–84 % → 4, 60–69 % → 3, 50–59 % → 2, alle 50 % → 1.',
    },
    competitive_jobs: {
      figures: 'Jaksolla alkaneista {{jobs}} työstä tai jaksosta {{competitive}} on avoimilla työmarkkinoilla ({{share}}).',
      rule: 'Avoimet työmarkkinat = työsuhde tai oppisopimus ilman palkkatukea; työkokeilut, palkkatuetut työt ja kesätyöt eivät ole. 95 % tai yli → 5, 85–94 % → 4, 75–84 % → 3, 65–74 % → 2, enintään 64 % → 1.',
    },
    time_unlimited_support: {
      figures:
        'Yli kuukauden seurattuja töitä {{followed}}: ensimmäisen kuukauden jälkeen tavattu {{afterFirstMonth}}; neljä kuukautta kestäneitä {{fourMonths}}, joista neljännellä kuukaudella tai myöhemmin tavattu {{supportedFourMonths}}; viikoittain ja sitten kuukausittain tavattu {{rhythm}}, joista myös ennen aloitusta ja kolmen päivän sisällä {{beforeAndEarly}}.',
      rule: 'Työt, jotka alkoivat vuoden aikana ennen jakson loppua. "Keskimäärin" luetaan vähintään puoleksi töistä: viikoittain ensimmäiset neljä viikkoa ja sitten joka 30 päivän jaksossa → 4; lisäksi viikon sisällä ennen aloitusta ja kolmen päivän sisällä sen jälkeen → 5. Muuten neljännellä kuukaudella tai myöhemmin tavattu vähintään puolet → 3, osa → 2, ei ketään ensimmäisen kuukauden jälkeen → 1.',
    },
  },
};

export const sv: DeepStringRecord<typeof fi> = {
  list: {
    title: 'IPS-troskapsbedömningar',
    intro:
      'Bedömningar med IPS-troskapsskalan (25 punkter, 25–125 poäng) per team och program. Polku förifyller de punkter som kan mätas i det registrerade arbetet och visar underlaget bredvid; bedömarna bekräftar eller ändrar varje poäng.',
    newReview: 'Ny bedömning',
    empty: 'Inga bedömningar har gjorts ännu.',
    caption: 'Bedömningar: {{target}}',
    columns: { date: 'Bedömningsdag', period: 'Granskningsperiod', total: 'Poäng', band: 'Nivå', change: 'Förändring' },
    open: 'Öppna bedömningen {{date}}',
    incomplete: '{{scored}}/25 poängsatta',
    noChange: '–',
  },
  target: {
    team: 'Team {{team}}',
    programme: 'Program {{programme}}',
    teamProgramme: 'Team {{team}}, program {{programme}}',
  },
  bands: {
    exemplary: 'Utmärkt modelltrohet (115–125)',
    good: 'God modelltrohet (100–114)',
    fair: 'Måttlig modelltrohet (74–99)',
    not_ips: 'Inte enligt IPS-modellen (högst 73)',
  },
  groups: { staffing: 'Personal', organisation: 'Organisation', services: 'Tjänster' },
  create: {
    title: 'Ny IPS-troskapsbedömning',
    intro:
      'Välj team, program eller båda samt granskningsperiod. Polku beräknar underlaget och de förifyllda poängen ur periodens registreringar när bedömningen skapas.',
    organisation: 'Organisation',
    team: 'Team',
    programme: 'Program',
    none: 'Ingen avgränsning',
    reviewDate: 'Bedömningsdag',
    periodStart: 'Granskningsperioden börjar',
    periodEnd: 'Granskningsperioden slutar',
    reviewers: 'Bedömare',
    reviewersHint: 'Ett namn per rad, högst sex.',
    submit: 'Skapa bedömning',
    cancel: 'Avbryt',
  },
  review: {
    title: 'IPS-troskapsbedömning',
    summary: 'Sammanfattning',
    date: 'Bedömningsdag',
    period: 'Granskningsperiod',
    reviewers: 'Bedömare',
    total: 'Poäng totalt',
    totalValue: '{{total}} / 125',
    band: 'Nivå',
    bandPending: 'Nivån beräknas när alla 25 punkter har poängsatts ({{scored}}/25).',
    scaleNote: 'Ankarbeskrivningarna är på engelska: de är Polkus korta sammanfattningar, inte skalans officiella text.',
    item: '{{number}}. {{title}}',
    criterion: 'Kriterium',
    score: 'Poäng för punkt {{number}}',
    prefilled: 'Förifyllt: {{score}}',
    prefilledNone: 'Polku kan inte mäta den här punkten i registreringarna: bedömarna poängsätter den utifrån intervjuer och dokument.',
    prefilledNoData: 'Perioden har för få registreringar för ett förifyllt poäng.',
    evidence: 'Underlag från registreringarna',
    rule: 'Så här härleddes poängen',
    overridden: 'Ändrat från det förifyllda ({{prefilled}} → {{final}})',
    note: 'Motivering',
    noteHint: 'Obligatorisk om du ändrar det förifyllda poänget.',
    notes: 'Iakttagelser',
    actionPlan: 'Utvecklingsplan',
    save: 'Spara bedömningen',
    saved: 'Bedömningen har sparats.',
    notScored: 'Inte poängsatt',
    back: 'Alla bedömningar',
  },
  evidence: {
    caseload_size: {
      figures:
        '{{clients}} klienter och {{coaches}} arbetsspecialister vid periodens slut: {{ratio}} klienter per specialist (störst {{largest}}).',
      rule: 'Kvoten avrundas till hela klienter: högst 20 → 5, 21–25 → 4, 26–30 → 3, 31–40 → 2, 41 eller fler → 1.',
    },
    zero_exclusion: {
      figures:
        'Under perioden började {{started}} och avslutades {{ended}} klientrelationer. Avslut som tyder på bristande beredskap: {{exits}}. Hänvisningskällor: {{sources}}.',
      rule: 'Polku registrerar inga avvisade hänvisningar, så uteslutning bedöms utifrån avslut: till rehabilitering, sjukledighet, pension eller utanför arbetslivet inom 90 dagar före något arbetsgivarmöte. Hälften eller fler av avsluten → 2, några → 3, inga → 4, och 5 när nya klienter kom från minst tre källor.',
    },
    rapid_search: {
      figures:
        'Under perioden började {{started}} klientrelationer; {{withContact}} har träffat en arbetsgivare personligen: i genomsnitt {{mean}} dagar (median {{median}}). Har väntat över 30 dagar utan möte: {{waiting}}.',
      rule: 'Medelvärdet avrundas till hela dagar: högst 30 → 5, 31–60 → 4, 61–150 → 3, 151–270 → 2, 271 eller fler → 1. Möte = registrerat möte där arbetsgivaren deltog på plats eller på arbetsplatsen.',
    },
    employer_contact_frequency: {
      figures:
        '{{contacts}} personliga arbetsgivarmöten för {{coaches}} specialister under {{weeks}} veckor: {{perWeek}} per vecka och specialist.',
      rule: 'Varje specialists veckotakt räknas och medelvärdet förs till närmaste ankare (2, 4, 5, 6 per vecka): under 2 → 1, 2–2,9 → 2, 3–4,4 → 3, 4,5–5,4 → 4, 5,5 eller fler → 5.',
    },
    employer_contact_quality: {
      figures:
        '{{contacts}} arbetsgivarkontakter, varav {{inPerson}} personliga ({{inPersonShare}}). {{employersMet}} arbetsgivare träffades, {{repeated}} av dem mer än en gång ({{repeatedShare}}).',
      rule: 'Inga kontakter → 1; under en fjärdedel personliga → 2; under hälften → 3; mest personliga → 4; dessutom minst hälften av arbetsgivarna träffade upprepade gånger → 5. Innehållet bedöms av bedömarna utifrån intervjuer.',
    },
    job_type_diversity: {
      figures: 'Under perioden började {{jobs}} arbeten; yrket är känt för {{typed}}, med {{distinct}} olika yrken ({{share}}).',
      rule: 'Andelen olika yrken (ISCO-08) bland arbeten med känt yrke: 85 % eller mer → 5, 70–84 % → 4, 60–69 % → 3, 50–59 % → 2, under 50 % → 1.',
    },
    employer_diversity: {
      figures: 'Under perioden började {{jobs}} arbeten hos {{distinct}} olika arbetsgivare ({{share}}).',
      rule: 'Andelen olika arbetsgivare: 85 % eller mer → 5, 70–84 % → 4, 60–69 % → 3, 50–59 % → 2, under 50 % → 1.',
    },
    competitive_jobs: {
      figures:
        'Av {{jobs}} arbeten eller perioder som började under perioden finns {{competitive}} på den öppna arbetsmarknaden ({{share}}).',
      rule: 'Öppna arbetsmarknaden = anställning eller läroavtal utan lönesubvention; arbetsprövning, lönesubventionerade arbeten och sommarjobb räknas inte. 95 % eller mer → 5, 85–94 % → 4, 75–84 % → 3, 65–74 % → 2, högst 64 % → 1.',
    },
    time_unlimited_support: {
      figures:
        'Arbeten följda över en månad: {{followed}}; träffade efter första månaden {{afterFirstMonth}}; arbeten som varat fyra månader {{fourMonths}}, varav träffade under fjärde månaden eller senare {{supportedFourMonths}}; träffade varje vecka och sedan varje månad {{rhythm}}, varav också före starten och inom tre dagar {{beforeAndEarly}}.',
      rule: 'Arbeten som började under året före periodens slut. "I genomsnitt" tolkas som minst hälften av arbetena: varje vecka de fyra första veckorna och sedan i varje 30-dagarsperiod → 4; dessutom inom en vecka före starten och tre dagar efter → 5. Annars träffade under fjärde månaden eller senare för minst hälften → 3, för några → 2, ingen efter första månaden → 1.',
    },
  },
};

export const en: DeepStringRecord<typeof fi> = {
  list: {
    title: 'IPS fidelity reviews',
    intro:
      'Reviews with the IPS Fidelity Scale (25 items, 25–125 points) per team and programme. Polku pre-fills the items it can measure from the recorded work and shows the evidence next to them; the reviewers confirm or change every score.',
    newReview: 'New review',
    empty: 'No reviews yet.',
    caption: 'Reviews: {{target}}',
    columns: { date: 'Review date', period: 'Look-back period', total: 'Score', band: 'Band', change: 'Change' },
    open: 'Open the review of {{date}}',
    incomplete: '{{scored}}/25 scored',
    noChange: '–',
  },
  target: {
    team: 'Team {{team}}',
    programme: 'Programme {{programme}}',
    teamProgramme: 'Team {{team}}, programme {{programme}}',
  },
  bands: {
    exemplary: 'Exemplary fidelity (115–125)',
    good: 'Good fidelity (100–114)',
    fair: 'Fair fidelity (74–99)',
    not_ips: 'Not supported employment (73 or below)',
  },
  groups: { staffing: 'Staffing', organisation: 'Organisation', services: 'Services' },
  create: {
    title: 'New IPS fidelity review',
    intro:
      'Choose the team, the programme or both, and the look-back period. Polku measures the evidence and pre-fills the scores from that period’s records when the review is created.',
    organisation: 'Organisation',
    team: 'Team',
    programme: 'Programme',
    none: 'Any',
    reviewDate: 'Review date',
    periodStart: 'Look-back period starts',
    periodEnd: 'Look-back period ends',
    reviewers: 'Reviewers',
    reviewersHint: 'One name per line, at most six.',
    submit: 'Create review',
    cancel: 'Cancel',
  },
  review: {
    title: 'IPS fidelity review',
    summary: 'Summary',
    date: 'Review date',
    period: 'Look-back period',
    reviewers: 'Reviewers',
    total: 'Total score',
    totalValue: '{{total}} / 125',
    band: 'Band',
    bandPending: 'The band is computed once all 25 items are scored ({{scored}}/25).',
    scaleNote: 'The anchor texts are Polku’s short summaries, not the official wording of the scale.',
    item: '{{number}}. {{title}}',
    criterion: 'Criterion',
    score: 'Score for item {{number}}',
    prefilled: 'Pre-filled: {{score}}',
    prefilledNone: 'Polku cannot measure this item from the records: the reviewers score it from interviews and documents.',
    prefilledNoData: 'Too few records in the period for a pre-filled score.',
    evidence: 'Evidence from the records',
    rule: 'How the score was derived',
    overridden: 'Changed from the pre-filled score ({{prefilled}} → {{final}})',
    note: 'Reason',
    noteHint: 'Required when you change the pre-filled score.',
    notes: 'Observations',
    actionPlan: 'Action plan',
    save: 'Save review',
    saved: 'Review saved.',
    notScored: 'Not scored',
    back: 'All reviews',
  },
  evidence: {
    caseload_size: {
      figures:
        '{{clients}} clients and {{coaches}} employment specialists at the end of the period: {{ratio}} clients per specialist (largest caseload {{largest}}).',
      rule: 'The ratio is rounded to whole clients: 20 or fewer → 5, 21–25 → 4, 26–30 → 3, 31–40 → 2, 41 or more → 1.',
    },
    zero_exclusion: {
      figures:
        '{{started}} enrolments started and {{ended}} ended in the period. Endings that suggest a lack of “readiness”: {{exits}}. Referral sources: {{sources}}.',
      rule: 'Polku records no refused referrals, so exclusion is read from endings: to rehabilitation, sick leave, pension or outside working life within 90 days, before any employer was met. Half or more of the endings → 2, some → 3, none → 4, and 5 when new clients came from at least three sources.',
    },
    rapid_search: {
      figures:
        '{{started}} enrolments started in the period; {{withContact}} have met an employer face to face: {{mean}} days on average (median {{median}}). Waiting over 30 days without a meeting: {{waiting}}.',
      rule: 'The mean is rounded to whole days: 30 or fewer → 5, 31–60 → 4, 61–150 → 3, 151–270 → 2, 271 or more → 1. A meeting = a recorded meeting with the employer taking part, face to face or at the workplace.',
    },
    employer_contact_frequency: {
      figures: '{{contacts}} in-person employer contacts by {{coaches}} specialists in {{weeks}} weeks: {{perWeek}} a week per specialist.',
      rule: 'Each specialist’s weekly rate is averaged and taken to the closest anchor (2, 4, 5, 6 a week): under 2 → 1, 2–2.9 → 2, 3–4.4 → 3, 4.5–5.4 → 4, 5.5 or more → 5.',
    },
    employer_contact_quality: {
      figures:
        '{{contacts}} employer contacts, {{inPerson}} of them in person ({{inPersonShare}}). {{employersMet}} employers were met, {{repeated}} of them more than once ({{repeatedShare}}).',
      rule: 'No contacts → 1; under a quarter in person → 2; under half → 3; mostly in person → 4; and at least half of the employers met more than once → 5. What was discussed is for the reviewers to judge from the interviews.',
    },
    job_type_diversity: {
      figures:
        '{{jobs}} jobs started in the period; the occupation is known for {{typed}}, with {{distinct}} different occupations ({{share}}).',
      rule: 'Share of different occupations (ISCO-08) among jobs with a known occupation: 85 % or more → 5, 70–84 % → 4, 60–69 % → 3, 50–59 % → 2, under 50 % → 1.',
    },
    employer_diversity: {
      figures: '{{jobs}} jobs started in the period with {{distinct}} different employers ({{share}}).',
      rule: 'Share of different employers: 85 % or more → 5, 70–84 % → 4, 60–69 % → 3, 50–59 % → 2, under 50 % → 1.',
    },
    competitive_jobs: {
      figures: 'Of {{jobs}} jobs and placements started in the period, {{competitive}} are on the open labour market ({{share}}).',
      rule: 'Open labour market = an employment contract or apprenticeship without pay subsidy; work trials, pay-subsidised jobs and summer jobs are not. 95 % or more → 5, 85–94 % → 4, 75–84 % → 3, 65–74 % → 2, 64 % or less → 1.',
    },
    time_unlimited_support: {
      figures:
        'Jobs followed for over a month: {{followed}}; met after the first month: {{afterFirstMonth}}; jobs lasting four months: {{fourMonths}}, met in the fourth month or later: {{supportedFourMonths}}; met weekly and then monthly: {{rhythm}}, also before the start and within three days: {{beforeAndEarly}}.',
      rule: 'Jobs that started in the year up to the period’s end. “On average” is read as at least half of the jobs: weekly in the first four weeks and then in every 30-day block → 4; also within the week before the start and three days after it → 5. Otherwise met in the fourth month or later for at least half → 3, for some → 2, none after the first month → 1.',
    },
  },
};
