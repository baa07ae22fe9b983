import type { fi as clientImportTexts } from '../../client-import/texts';
import type { DeepStringRecord } from '../../../i18n/types';

/** The parts of the page the client and the employer import share (CsvImportWorkflow) need the same keys. */
type SharedImportTexts = DeepStringRecord<
  Pick<typeof clientImportTexts, 'title' | 'intro' | 'file' | 'preview' | 'result' | 'counts' | 'rows'>
> & {
  // Rules and columns are each import's own.
  format: DeepStringRecord<Omit<(typeof clientImportTexts)['format'], 'rules' | 'columns'>> & { rules: object; columns: object };
};

export const fi = {
  title: 'Tuo työnantajia',
  intro:
    'Siirrä työnantajarekisteri taulukosta tai toisesta järjestelmästä CSV-tiedostona. Esikatselu näyttää ensin, mitä tuonti tekisi, eikä tallenna mitään. Virheelliset rivit jätetään tuomatta. Korjatun tiedoston voi tuoda uudelleen: jo tuodut työnantajat päivitetään Y-tunnuksen perusteella, eikä niitä luoda toiseen kertaan.',
  file: {
    title: '1. Valitse tiedosto',
    organisation: 'Organisaatio, johon työnantajat tuodaan',
    organisationRequired: 'Valitse organisaatio.',
    label: 'CSV-tiedosto',
    hint: 'UTF-8-merkistöinen CSV, erottimena pilkku tai puolipiste. Enintään 50 Mt.',
    choose: 'Valitse tiedosto',
    dragArea: 'tai vedä tiedosto tähän',
    remove: 'Poista',
    added: 'Valittu tiedosto',
    required: 'Valitse tiedosto.',
    tooLarge: 'Tiedosto on liian suuri. Suurin sallittu koko on 50 Mt.',
    unreadable: 'Tiedostoa ei voitu lukea.',
    preview: 'Esikatsele',
  },
  preview: {
    title: '2. Tarkista esikatselu',
    intro:
      'Mitään ei ole vielä tallennettu. Tarkista hylättävien rivien syyt; voit korjata ne tiedostoon ja esikatsella uudelleen tai tuoda kelvolliset rivit nyt.',
    import_one: 'Tuo {{count, number}} työnantaja',
    import_other: 'Tuo {{count, number}} työnantajaa',
    nothingToImport: 'Tiedostossa ei ole yhtään kelvollista riviä tuotavaksi.',
    confirmTitle: 'Tuodaanko työnantajat?',
    confirmIntro: 'Tuonti tallennetaan kerralla. Hylättyjä rivejä ei tuoda.',
  },
  result: {
    title: 'Tuonti valmis',
    intro: 'Työnantajat on tallennettu. Tuonti on kirjattu lokiin.',
    another: 'Tuo toinen tiedosto',
  },
  counts: {
    create: 'Uusia työnantajia',
    update: 'Päivitettäviä työnantajia',
    reject: 'Hylättäviä rivejä',
    created: 'Luotiin',
    updated: 'Päivitettiin',
    rejected: 'Jätettiin tuomatta',
  },
  rows: {
    caption: 'Tiedoston rivit',
    show: 'Näytä',
    all: 'Kaikki rivit',
    line: 'Rivi',
    action: 'Toiminto',
    reason: 'Syy',
    actions: { create: 'Uusi työnantaja', update: 'Päivitys', reject: 'Hylätään' },
    doneActions: { create: 'Luotu', update: 'Päivitetty', reject: 'Hylätty' },
    wholeRow: 'Koko rivi',
    empty: 'Ei näytettäviä rivejä.',
    unlisted_one: '{{count, number}} rivi ei näy listassa, mutta se sisältyy lukumääriin.',
    unlisted_other: '{{count, number}} riviä ei näy listassa, mutta ne sisältyvät lukumääriin.',
    record: 'Työnantaja',
    openRecord: 'Avaa työnantaja',
    openRecordLabel: 'Avaa työnantaja, rivi {{row}}',
  },
  format: {
    title: 'Tiedoston muoto',
    rules: {
      header:
        'Ensimmäinen rivi on otsikkorivi, jossa ovat alla olevat sarakkeiden nimet missä tahansa järjestyksessä. Pakollinen on vain name; muut sarakkeet voi jättää pois.',
      encoding: 'Merkistö UTF-8. Myös Excelin ”CSV (puolipisteellä erotettu)” -muodossa tallentama tiedosto kelpaa.',
      matching:
        'Jos rekisterissä on jo työnantaja samalla Y-tunnuksella (tai ilman Y-tunnusta samalla nimellä), sen tiedot päivitetään. Päivitys muuttaa vain tiedostossa olevat sarakkeet; vaihe ja yhteydenotot säilyvät.',
      duplicates: 'Jos sama työnantaja on tiedostossa kahdesti, kumpaakaan riviä ei tuoda.',
      stage: 'Uudet työnantajat tulevat rekisteriin vaiheeseen ”Tunnistettu”.',
    },
    columnsCaption: 'Tiedoston sarakkeet',
    column: 'Sarake',
    meaning: 'Tieto',
    content: 'Muoto',
    example: 'Esimerkki',
    required: 'pakollinen',
    template: 'Lataa mallitiedosto (CSV)',
    columns: {
      name: { meaning: 'Työnantajan nimi', content: 'Teksti, enintään 200 merkkiä' },
      business_id: { meaning: 'Y-tunnus', content: 'Muodossa 1234567-8, tarkistusnumero tarkistetaan' },
      industry_section: { meaning: 'Toimiala', content: 'TOL 2008 -pääluokan kirjain A–U' },
      size_class: {
        meaning: 'Kokoluokka',
        content: 'mikro, pieni, keskisuuri, suuri, tuntematon (tai micro, small, medium, large, unknown)',
      },
      economy_sector: { meaning: 'Sektori', content: 'yksityinen, julkinen, kolmas sektori (tai private, public, third_sector)' },
      municipality_code: { meaning: 'Kunta', content: 'Kolminumeroinen kuntanumero tai kunnan nimi suomeksi tai ruotsiksi' },
      website: { meaning: 'Verkkosivut', content: 'Teksti, enintään 300 merkkiä' },
      notes: { meaning: 'Muistiinpanot', content: 'Teksti, enintään 4 000 merkkiä' },
      owner_email: {
        meaning: 'Vastuuhenkilön sähköposti',
        content: 'Organisaation valmentajan, työnantajakoordinaattorin tai esihenkilön sähköposti',
      },
    },
  },
} as const satisfies SharedImportTexts;

type Shape = DeepStringRecord<typeof fi>;

export const sv: Shape = {
  title: 'Importera arbetsgivare',
  intro:
    'Flytta arbetsgivarregistret från en tabell eller ett annat system som en CSV-fil. Förhandsgranskningen visar först vad importen skulle göra och sparar ingenting. Felaktiga rader importeras inte. En korrigerad fil kan importeras på nytt: redan importerade arbetsgivare uppdateras utifrån FO-numret och skapas inte en gång till.',
  file: {
    title: '1. Välj fil',
    organisation: 'Organisation som arbetsgivarna importeras till',
    organisationRequired: 'Välj en organisation.',
    label: 'CSV-fil',
    hint: 'CSV i teckenkodningen UTF-8, med komma eller semikolon som avgränsare. Högst 50 MB.',
    choose: 'Välj fil',
    dragArea: 'eller dra filen hit',
    remove: 'Ta bort',
    added: 'Vald fil',
    required: 'Välj en fil.',
    tooLarge: 'Filen är för stor. Den största tillåtna storleken är 50 MB.',
    unreadable: 'Filen kunde inte läsas.',
    preview: 'Förhandsgranska',
  },
  preview: {
    title: '2. Kontrollera förhandsgranskningen',
    intro:
      'Ingenting har sparats ännu. Kontrollera orsakerna till de avvisade raderna; du kan rätta dem i filen och förhandsgranska igen eller importera de giltiga raderna nu.',
    import_one: 'Importera {{count, number}} arbetsgivare',
    import_other: 'Importera {{count, number}} arbetsgivare',
    nothingToImport: 'Filen har inga giltiga rader att importera.',
    confirmTitle: 'Ska arbetsgivarna importeras?',
    confirmIntro: 'Importen sparas på en gång. Avvisade rader importeras inte.',
  },
  result: {
    title: 'Importen är klar',
    intro: 'Arbetsgivarna har sparats. Importen har registrerats i loggen.',
    another: 'Importera en annan fil',
  },
  counts: {
    create: 'Nya arbetsgivare',
    update: 'Arbetsgivare som uppdateras',
    reject: 'Rader som avvisas',
    created: 'Skapades',
    updated: 'Uppdaterades',
    rejected: 'Importerades inte',
  },
  rows: {
    caption: 'Filens rader',
    show: 'Visa',
    all: 'Alla rader',
    line: 'Rad',
    action: 'Åtgärd',
    reason: 'Orsak',
    actions: { create: 'Ny arbetsgivare', update: 'Uppdatering', reject: 'Avvisas' },
    doneActions: { create: 'Skapad', update: 'Uppdaterad', reject: 'Avvisad' },
    wholeRow: 'Hela raden',
    empty: 'Inga rader att visa.',
    unlisted_one: '{{count, number}} rad visas inte i listan men ingår i antalen.',
    unlisted_other: '{{count, number}} rader visas inte i listan men ingår i antalen.',
    record: 'Arbetsgivare',
    openRecord: 'Öppna arbetsgivaren',
    openRecordLabel: 'Öppna arbetsgivaren, rad {{row}}',
  },
  format: {
    title: 'Filens format',
    rules: {
      header:
        'Den första raden är en rubrikrad med kolumnnamnen nedan i valfri ordning. Endast name är obligatorisk; de andra kolumnerna kan lämnas bort.',
      encoding: 'Teckenkodning UTF-8. En fil som Excel har sparat som ”CSV (semikolonavgränsad)” går också bra.',
      matching:
        'Om registret redan har en arbetsgivare med samma FO-nummer (eller utan FO-nummer samma namn) uppdateras dess uppgifter. Uppdateringen ändrar endast kolumnerna i filen; skedet och kontakterna bevaras.',
      duplicates: 'Om samma arbetsgivare finns två gånger i filen importeras ingendera raden.',
      stage: 'Nya arbetsgivare förs in i registret i skedet ”Identifierad”.',
    },
    columnsCaption: 'Filens kolumner',
    column: 'Kolumn',
    meaning: 'Uppgift',
    content: 'Format',
    example: 'Exempel',
    required: 'obligatorisk',
    template: 'Ladda ner en mallfil (CSV)',
    columns: {
      name: { meaning: 'Arbetsgivarens namn', content: 'Text, högst 200 tecken' },
      business_id: { meaning: 'FO-nummer', content: 'I formen 1234567-8, kontrollsiffran kontrolleras' },
      industry_section: { meaning: 'Näringsgren', content: 'Bokstaven A–U för huvudnäringsgrenen i TOL 2008' },
      size_class: {
        meaning: 'Storleksklass',
        content: 'micro, small, medium, large, unknown (eller mikro, pieni, keskisuuri, suuri, tuntematon)',
      },
      economy_sector: { meaning: 'Sektor', content: 'private, public, third_sector (eller yksityinen, julkinen, kolmas sektori)' },
      municipality_code: { meaning: 'Kommun', content: 'Tresiffrigt kommunnummer eller kommunens namn på finska eller svenska' },
      website: { meaning: 'Webbplats', content: 'Text, högst 300 tecken' },
      notes: { meaning: 'Anteckningar', content: 'Text, högst 4 000 tecken' },
      owner_email: {
        meaning: 'Ansvarspersonens e-post',
        content: 'E-post till en coach, arbetsgivarkoordinator eller förman i organisationen',
      },
    },
  },
};

export const en: Shape = {
  title: 'Import employers',
  intro:
    'Move the employer register from a spreadsheet or another system as a CSV file. The preview first shows what the import would do and saves nothing. Rows with errors are not imported. A corrected file can be imported again: employers already imported are updated by their business ID, not created a second time.',
  file: {
    title: '1. Choose the file',
    organisation: 'Organisation to import the employers into',
    organisationRequired: 'Choose an organisation.',
    label: 'CSV file',
    hint: 'CSV in UTF-8, separated by commas or semicolons. At most 50 MB.',
    choose: 'Choose file',
    dragArea: 'or drag the file here',
    remove: 'Remove',
    added: 'Chosen file',
    required: 'Choose a file.',
    tooLarge: 'The file is too large. The largest allowed size is 50 MB.',
    unreadable: 'The file could not be read.',
    preview: 'Preview',
  },
  preview: {
    title: '2. Check the preview',
    intro:
      'Nothing has been saved yet. Check the reasons for the rejected rows; you can fix them in the file and preview again, or import the valid rows now.',
    import_one: 'Import {{count, number}} employer',
    import_other: 'Import {{count, number}} employers',
    nothingToImport: 'The file has no valid rows to import.',
    confirmTitle: 'Import the employers?',
    confirmIntro: 'The import is saved all at once. Rejected rows are not imported.',
  },
  result: {
    title: 'Import complete',
    intro: 'The employers have been saved. The import has been recorded in the audit log.',
    another: 'Import another file',
  },
  counts: {
    create: 'New employers',
    update: 'Employers to update',
    reject: 'Rows to reject',
    created: 'Created',
    updated: 'Updated',
    rejected: 'Not imported',
  },
  rows: {
    caption: 'Rows of the file',
    show: 'Show',
    all: 'All rows',
    line: 'Row',
    action: 'Action',
    reason: 'Reason',
    actions: { create: 'New employer', update: 'Update', reject: 'Rejected' },
    doneActions: { create: 'Created', update: 'Updated', reject: 'Rejected' },
    wholeRow: 'Whole row',
    empty: 'No rows to show.',
    unlisted_one: '{{count, number}} row is not listed but is included in the counts.',
    unlisted_other: '{{count, number}} rows are not listed but are included in the counts.',
    record: 'Employer',
    openRecord: 'Open employer',
    openRecordLabel: 'Open employer, row {{row}}',
  },
  format: {
    title: 'File format',
    rules: {
      header:
        'The first line is a header with the column names below, in any order. Only name is required; any other column may be left out.',
      encoding: 'Character encoding UTF-8. A file saved by Excel as "CSV (semicolon delimited)" is also accepted.',
      matching:
        'If the register already has an employer with the same business ID (or, without one, the same name), that employer is updated. An update changes only the columns present in the file; the stage and the contacts are kept.',
      duplicates: 'If the same employer appears twice in the file, neither row is imported.',
      stage: 'New employers enter the register at the stage "Identified".',
    },
    columnsCaption: 'Columns of the file',
    column: 'Column',
    meaning: 'Information',
    content: 'Format',
    example: 'Example',
    required: 'required',
    template: 'Download a template file (CSV)',
    columns: {
      name: { meaning: "Employer's name", content: 'Text, at most 200 characters' },
      business_id: { meaning: 'Business ID', content: 'As 1234567-8; the check digit is verified' },
      industry_section: { meaning: 'Industry', content: 'The letter A–U of the TOL 2008 section' },
      size_class: {
        meaning: 'Size class',
        content: 'micro, small, medium, large, unknown (or mikro, pieni, keskisuuri, suuri, tuntematon)',
      },
      economy_sector: { meaning: 'Sector', content: 'private, public, third_sector (or yksityinen, julkinen, kolmas sektori)' },
      municipality_code: { meaning: 'Municipality', content: 'Three-digit municipality code, or the name in Finnish or Swedish' },
      website: { meaning: 'Website', content: 'Text, at most 300 characters' },
      notes: { meaning: 'Notes', content: 'Text, at most 4,000 characters' },
      owner_email: {
        meaning: "Responsible person's e-mail",
        content: 'E-mail of a coach, employer coordinator or team lead of the organisation',
      },
    },
  },
};
