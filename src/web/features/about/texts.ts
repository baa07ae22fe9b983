import type { DeepStringRecord } from '../../i18n/types';

// Attribution wording follows reference-data/SOURCES.md; keep the two in step.
export const fi = {
  title: 'Tietoa palvelusta',
  what: {
    title: 'Mikä Polku on?',
    purpose:
      'Polku on avoimen lähdekoodin palvelu kuntien työllisyyspalveluille ja niiden kumppaniverkostolle. Siinä työhönvalmentajat, omavalmentajat, työnantajakoordinaattorit, esihenkilöt, verkoston kumppanit ja työnhakijat itse tekevät valmennustyötä yhdessä ja seuraavat sen tuloksia.',
    scope:
      'Polku ei korvaa valtakunnallista asiakastietojärjestelmää (Työmarkkinatori ja sen asiantuntijaliittymä) lakisääteisissä tehtävissä. Se täydentää sitä: valmennustyö, työnantajayhteistyö, kumppaniverkosto, hankkeet ja niiden raportointi kootaan yhteen paikkaan.',
    models:
      'Palvelu tukee muun muassa IPS-toimintamallia (Individual Placement and Support), työelämätulkkausta, omavalmentajamallia, työnantajayhteistyötä ja yhteisasiakkuutta.',
  },
  sources: {
    title: 'Tietolähteet ja lisenssit',
    intro: 'Polku käyttää seuraavia avoimia luokituksia ja aineistoja. Lähteet mainitaan niiden käyttöehtojen mukaisesti.',
    esco: {
      title: 'Ammatit ja osaamiset (ESCO)',
      attribution: 'Tämä palvelu käyttää Euroopan komission ESCO-luokitusta (ESCO v1.1.1).',
      modified:
        'Aineistoa on muokattu: mukana ovat kaikki ESCOn ammatit ja ISCO-08-ammattiryhmät sekä ammatteihin useimmin liitetyt 3 000 osaamista ja niiden yhteydet ammatteihin. Kuvaukset ja osa luokituksen tiedoista on jätetty pois, ja aineisto on muunnettu toiseen tiedostomuotoon.',
      licence:
        'ESCOn julkaisee Euroopan komissio avoimena datana. Uudelleenkäyttö on sallittua myös kaupallisesti, kun lähde mainitaan (komission päätös 2011/833/EU).',
      statistics:
        'Ammattiryhmien suomenkieliset nimet ovat Tilastokeskuksen Ammattiluokitus 2010 -luokituksesta (lähde: Tilastokeskus, CC BY 4.0).',
    },
    places: {
      title: 'Kunnat, maakunnat ja postinumerot',
      posti:
        'Kunnat, kuntien nimet ja postinumerot: Posti Oy, postinumerotiedosto (PCF), 26.5.2026. Aineistoa käytetään Postin maksuttomien postinumeropalvelujen käyttöehtojen mukaisesti.',
      postiLink: 'Postin postinumerotiedostot',
      boundaries:
        'Maakuntien nimet ja kuntien keskipisteet: Yle / Tilastokeskus, kuntarajat. Keskipisteet on laskettu yleistetyistä kuntarajoista, jotka perustuvat Tilastokeskuksen ja Maanmittauslaitoksen kuntarajoihin (CC BY 4.0).',
      geonames: 'Postinumeroalueiden koordinaatit © GeoNames, CC BY 4.0.',
    },
    industries: {
      title: 'Toimialat (TOL 2008)',
      attribution:
        'Työnantajien toimialat ovat Tilastokeskuksen Toimialaluokitus TOL 2008 -luokituksen pääluokat A–U suomeksi, ruotsiksi ja englanniksi (lähde: Tilastokeskus, CC BY 4.0).',
      link: 'Tilastokeskuksen luokituspalvelu',
    },
    education: {
      title: 'Koulutusasteet (ISCED)',
      isced:
        'Koulutusasteet noudattavat UNESCOn kansainvälistä koulutusluokitusta ISCED 2011. Suomenkieliset nimet ovat Tilastokeskuksen Koulutusaste 2016 -luokituksesta (lähde: Tilastokeskus, CC BY 4.0).',
      esf: 'ESR+-raportoinnin ryhmittely (ISCED 0–2, 3–4 ja 5–8) ja yhteiset indikaattorit: asetus (EU) 2021/1057, liite I.',
    },
    methods: {
      title: 'Menetelmät',
      ips: 'IPS-menetelmän mallinmukaisuusmittari (Supported Employment Fidelity Scale, IPS-25): Becker, Swanson, Reese, Bond ja McLeman, IPS Employment Center. Polku näyttää kohtien ankkureista omat lyhyet englanninkieliset tiivistelmänsä; kohtien suomen- ja ruotsinkieliset nimet ovat Polun työkäännöksiä, eivät THL:n julkaisemaa suomennosta.',
    },
  },
} as const;

type Shape = DeepStringRecord<typeof fi>;

export const sv: Shape = {
  title: 'Om tjänsten',
  what: {
    title: 'Vad är Polku?',
    purpose:
      'Polku är en tjänst med öppen källkod för kommunernas sysselsättningstjänster och deras nätverk av partner. I den arbetar jobbcoacher, personliga coacher, arbetsgivarkoordinatorer, chefer, partner i nätverket och arbetssökande själva tillsammans med coachningen och följer upp resultaten.',
    scope:
      'Polku ersätter inte det riksomfattande kunddatasystemet (Jobbmarknad och dess expertgränssnitt) i lagstadgade uppgifter. Den kompletterar det: coachningsarbetet, arbetsgivarsamarbetet, partnernätverket, projekten och rapporteringen samlas på ett ställe.',
    models:
      'Tjänsten stöder bland annat IPS-modellen (Individual Placement and Support), arbetslivstolkning, modellen med personlig coach, arbetsgivarsamarbete och gemensamt kundskap.',
  },
  sources: {
    title: 'Datakällor och licenser',
    intro: 'Polku använder följande öppna klassificeringar och material. Källorna anges enligt deras användarvillkor.',
    esco: {
      title: 'Yrken och kompetenser (ESCO)',
      attribution: 'Den här tjänsten använder Europeiska kommissionens ESCO-klassificering (ESCO v1.1.1).',
      modified:
        'Materialet har bearbetats: det omfattar alla yrken och ISCO-08-yrkesgrupper i ESCO samt de 3 000 kompetenser som oftast är kopplade till yrken och deras kopplingar till yrkena. Beskrivningarna och en del av klassificeringens uppgifter har utelämnats, och materialet har konverterats till ett annat filformat.',
      licence:
        'ESCO publiceras av Europeiska kommissionen som öppna data. Återanvändning är tillåten även kommersiellt när källan anges (kommissionens beslut 2011/833/EU).',
      statistics:
        'De finska namnen på yrkesgrupperna kommer från Statistikcentralens Yrkesklassificering 2010 (källa: Statistikcentralen, CC BY 4.0).',
    },
    places: {
      title: 'Kommuner, landskap och postnummer',
      posti:
        'Kommuner, kommunnamn och postnummer: Posti Oy, postnummerfilen (PCF), 26.5.2026. Materialet används enligt användarvillkoren för Postis avgiftsfria postnummertjänster.',
      postiLink: 'Postis postnummerfiler',
      boundaries:
        'Landskapens namn och kommunernas mittpunkter: Yle / Statistikcentralen, kommungränser. Mittpunkterna har beräknats från generaliserade kommungränser som bygger på Statistikcentralens och Lantmäteriverkets kommungränser (CC BY 4.0).',
      geonames: 'Postnummerområdenas koordinater © GeoNames, CC BY 4.0.',
    },
    industries: {
      title: 'Näringsgrenar (TOL 2008)',
      attribution:
        'Arbetsgivarnas näringsgrenar är huvudnäringsgrenarna A–U i Statistikcentralens Näringsgrensindelning TOL 2008 på finska, svenska och engelska (källa: Statistikcentralen, CC BY 4.0).',
      link: 'Statistikcentralens klassifikationstjänst',
    },
    education: {
      title: 'Utbildningsnivåer (ISCED)',
      isced:
        'Utbildningsnivåerna följer Unescos internationella utbildningsklassificering ISCED 2011. De finska namnen kommer från Statistikcentralens klassificering Utbildningsnivå 2016 (källa: Statistikcentralen, CC BY 4.0).',
      esf: 'Grupperingen för ESF+-rapporteringen (ISCED 0–2, 3–4 och 5–8) och de gemensamma indikatorerna: förordning (EU) 2021/1057, bilaga I.',
    },
    methods: {
      title: 'Metoder',
      ips: 'Troskapsskalan för IPS-metoden (Supported Employment Fidelity Scale, IPS-25): Becker, Swanson, Reese, Bond och McLeman, IPS Employment Center. Polku visar egna korta engelska sammanfattningar av ankarna; punkternas finska och svenska namn är Polkus arbetsöversättningar, inte THL:s publicerade finska översättning.',
    },
  },
};

export const en: Shape = {
  title: 'About the service',
  what: {
    title: 'What is Polku?',
    purpose:
      'Polku is an open-source service for municipal employment services and their network of partners. In it, job coaches, personal coaches, employer coordinators, team leads, network partners and job seekers themselves do the coaching work together and follow its results.',
    scope:
      'Polku does not replace the national client information system (Työmarkkinatori and its expert interface) for statutory tasks. It complements it: coaching work, employer cooperation, the partner network, projects and their reporting come together in one place.',
    models:
      'The service supports, among others, the IPS model (Individual Placement and Support), working-life interpreting, the personal coach model, employer cooperation and joint customership.',
  },
  sources: {
    title: 'Data sources and licences',
    intro: 'Polku uses the following open classifications and data. The sources are acknowledged as their terms of use require.',
    esco: {
      title: 'Occupations and skills (ESCO)',
      attribution: 'This service uses the ESCO classification of the European Commission (ESCO v1.1.1).',
      modified:
        'The data has been modified: it contains every ESCO occupation and ISCO-08 occupation group and the 3,000 skills most often linked to occupations with their links to the occupations. The descriptions and some other details of the classification were left out, and the data has been converted to another file format.',
      licence:
        'ESCO is published by the European Commission as open data. Reuse, commercial use included, is allowed when the source is acknowledged (Commission Decision 2011/833/EU).',
      statistics:
        "The Finnish names of the occupation groups come from Statistics Finland's Classification of Occupations 2010 (source: Statistics Finland, CC BY 4.0).",
    },
    places: {
      title: 'Municipalities, regions and postal codes',
      posti:
        "Municipalities, municipality names and postal codes: Posti Oy, postal code file (PCF), 26 May 2026. The data is used under the terms of use of Posti's free postal code services.",
      postiLink: 'Posti postal code files',
      boundaries:
        'Region names and municipality centroids: Yle / Statistics Finland municipal boundaries. The centroids were computed from generalised municipal boundaries based on the boundaries of Statistics Finland and the National Land Survey of Finland (CC BY 4.0).',
      geonames: 'Postal code coordinates © GeoNames, CC BY 4.0.',
    },
    industries: {
      title: 'Industries (TOL 2008)',
      attribution:
        "Employers' industries are the sections A–U of Statistics Finland's Standard Industrial Classification TOL 2008 in Finnish, Swedish and English (source: Statistics Finland, CC BY 4.0).",
      link: "Statistics Finland's classification service",
    },
    education: {
      title: 'Education levels (ISCED)',
      isced:
        "Education levels follow UNESCO's International Standard Classification of Education ISCED 2011. The Finnish names come from Statistics Finland's Classification of Education Level 2016 (source: Statistics Finland, CC BY 4.0).",
      esf: 'The grouping for ESF+ reporting (ISCED 0–2, 3–4 and 5–8) and the common indicators: Regulation (EU) 2021/1057, Annex I.',
    },
    methods: {
      title: 'Methods',
      ips: 'IPS fidelity scale (Supported Employment Fidelity Scale, IPS-25): Becker, Swanson, Reese, Bond and McLeman, IPS Employment Center. Polku shows its own short English summaries of the anchors; the Finnish and Swedish item names are Polku’s working translations, not THL’s published Finnish edition.',
    },
  },
};
