import type { Locale } from '../../../contract/common.js';
import type { EsfIndicatorGroup } from '../../../contract/esf-indicators.js';
import type { EsfReport } from '../../../contract/esf.js';

type ExportTexts = {
  sheet: string;
  definitionsSheet: string;
  title: string;
  programme: string;
  period: string;
  generatedOn: string;
  regulation: string;
  suppressionNote: string;
  columns: string[];
  definitionColumns: string[];
  groups: Record<EsfIndicatorGroup, string>;
  completeness: Record<keyof EsfReport['completeness'] | 'title', string>;
};

/** Texts of the downloaded ESF+ report, in the language of the request. */
export const exportTexts: Record<Locale, ExportTexts> = {
  fi: {
    sheet: 'ESR+ indikaattorit',
    definitionsSheet: 'Määritelmät',
    title: 'ESR+ -yhteiset indikaattorit (asetus (EU) 2021/1057, liite I)',
    programme: 'Ohjelma',
    period: 'Kausi',
    generatedOn: 'Muodostettu',
    regulation: 'Henkilötiedot sukupuolen mukaan: naiset, miehet, muunsukupuoliset. Organisaatioista vain kokonaismäärä (–).',
    suppressionNote: '.. = alle viiden henkilön luku, jota ei näytetä (tai luku, josta sen voisi päätellä).',
    columns: ['Koodi', 'Ryhmä', 'Indikaattori', 'Naiset', 'Miehet', 'Muunsukupuoliset', 'Yhteensä'],
    definitionColumns: ['Koodi', 'Indikaattori', 'Määritelmä'],
    groups: {
      output: 'Tuotos',
      entity_output: 'Tuotos, organisaatiot',
      immediate_result: 'Välitön tulos',
      longer_term_result: 'Pidemmän aikavälin tulos',
    },
    completeness: {
      title: 'Tietojen kattavuus',
      enrolmentsStarted: 'Kaudella alkaneet asiakkuudet',
      startedWithoutEntryData: '… joilta puuttuvat tiedot osallistumisen alkaessa',
      enrolmentsEnded: 'Kaudella päättyneet asiakkuudet',
      endedWithoutExitData: '… joilta puuttuu päättymistilanne',
      endedWithoutSixMonthFollowUp: '… joilta puuttuu kuuden kuukauden seuranta',
      supportedEmployersWithoutSizeClass: 'Tuetut yksityiset ja kolmannen sektorin työnantajat, joilta puuttuu kokoluokka',
    },
  },
  sv: {
    sheet: 'ESF+ indikatorer',
    definitionsSheet: 'Definitioner',
    title: 'Gemensamma ESF+-indikatorer (förordning (EU) 2021/1057, bilaga I)',
    programme: 'Program',
    period: 'Period',
    generatedOn: 'Skapad',
    regulation: 'Personuppgifter efter kön: kvinnor, män, icke-binära. För organisationer endast totalt antal (–).',
    suppressionNote: '.. = ett tal under fem personer som inte visas (eller ett tal som skulle avslöja det).',
    columns: ['Kod', 'Grupp', 'Indikator', 'Kvinnor', 'Män', 'Icke-binära', 'Totalt'],
    definitionColumns: ['Kod', 'Indikator', 'Definition'],
    groups: {
      output: 'Output',
      entity_output: 'Output, organisationer',
      immediate_result: 'Direkt resultat',
      longer_term_result: 'Långsiktigt resultat',
    },
    completeness: {
      title: 'Uppgifternas täckning',
      enrolmentsStarted: 'Kundrelationer som började under perioden',
      startedWithoutEntryData: '… utan uppgifter vid inträdet',
      enrolmentsEnded: 'Kundrelationer som avslutades under perioden',
      endedWithoutExitData: '… utan situationen vid avslutet',
      endedWithoutSixMonthFollowUp: '… utan sexmånadersuppföljning',
      supportedEmployersWithoutSizeClass: 'Stödda privata arbetsgivare och arbetsgivare inom tredje sektorn utan storleksklass',
    },
  },
  en: {
    sheet: 'ESF+ indicators',
    definitionsSheet: 'Definitions',
    title: 'ESF+ common indicators (Regulation (EU) 2021/1057, Annex I)',
    programme: 'Programme',
    period: 'Period',
    generatedOn: 'Generated',
    regulation: 'Personal data broken down by gender: women, men, non-binary persons. Entities in total only (–).',
    suppressionNote: '.. = a count of fewer than five people that is not shown (or a count that would reveal it).',
    columns: ['Code', 'Group', 'Indicator', 'Women', 'Men', 'Non-binary', 'Total'],
    definitionColumns: ['Code', 'Indicator', 'Definition'],
    groups: {
      output: 'Output',
      entity_output: 'Output, entities',
      immediate_result: 'Immediate result',
      longer_term_result: 'Longer-term result',
    },
    completeness: {
      title: 'Completeness of the data',
      enrolmentsStarted: 'Enrolments started in the period',
      startedWithoutEntryData: '… without participant data at entry',
      enrolmentsEnded: 'Enrolments ended in the period',
      endedWithoutExitData: '… without the situation upon leaving',
      endedWithoutSixMonthFollowUp: '… without the six-month follow-up',
      supportedEmployersWithoutSizeClass: 'Supported private and third-sector employers without a size class',
    },
  },
};
