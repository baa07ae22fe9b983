import type { DeepStringRecord } from '../../i18n/types';

export const fi = {
  title: 'Tiimin asiakkaat',
  intro:
    'Valmentajien asiakasmäärät ja koko tiimin asiakkaat. Voit rajata listan yhden valmentajan asiakkaisiin ja vaihtaa asiakkaan omavalmentajan.',
  coaches: {
    title: 'Valmentajien asiakasmäärät',
    caption: 'Valmentajien asiakasmäärät',
    coach: 'Valmentaja',
    activeClients: 'Käynnissä olevia asiakkuuksia',
    overdue: 'Tapaaminen myöhässä',
    show: 'Näytä asiakkaat',
    showLabel: 'Näytä valmentajan {{name}} asiakkaat',
    empty: 'Organisaatiossa ei ole valmentajia.',
    noneFound: 'Hakua vastaavia valmentajia ei löytynyt.',
    search: 'Hae valmentajaa nimellä',
  },
  clients: {
    title: 'Asiakkaat',
    caption: 'Tiimin asiakkaat',
    empty: 'Tiimillä ei ole asiakkaita.',
  },
  coachFilter: {
    label: 'Valmentaja',
    placeholder: 'Kaikki – kirjoita nimi',
    clear: 'Poista valinta',
    clearLabel: 'Poista valmentajarajaus: {{name}}',
    unknown: 'Tuntematon valmentaja',
  },
  reassign: {
    button: 'Siirrä asiakas',
    buttonLabel: 'Siirrä asiakas: {{name}}',
    title: 'Vaihda omavalmentaja',
    intro: 'Asiakas {{name}} siirtyy uuden omavalmentajan asiakaslistalle heti. Ohjelmien asiakkuuksien valmentajat eivät vaihdu.',
    coach: 'Uusi omavalmentaja',
    confirm: 'Vaihda omavalmentaja',
    done: 'Asiakkaan {{client}} omavalmentaja on nyt {{coach}}.',
  },
} as const;

type Shape = DeepStringRecord<typeof fi>;

export const sv: Shape = {
  title: 'Teamets kunder',
  intro: 'Coachernas kundantal och hela teamets kunder. Du kan avgränsa listan till en coachs kunder och byta kundens egencoach.',
  coaches: {
    title: 'Coachernas kundantal',
    caption: 'Coachernas kundantal',
    coach: 'Coach',
    activeClients: 'Pågående kundrelationer',
    overdue: 'Mötet är försenat',
    show: 'Visa kunderna',
    showLabel: 'Visa kunderna för {{name}}',
    empty: 'Organisationen har inga coacher.',
    noneFound: 'Inga coacher motsvarar sökningen.',
    search: 'Sök coach med namn',
  },
  clients: {
    title: 'Kunder',
    caption: 'Teamets kunder',
    empty: 'Teamet har inga kunder.',
  },
  coachFilter: {
    label: 'Coach',
    placeholder: 'Alla – skriv ett namn',
    clear: 'Ta bort valet',
    clearLabel: 'Ta bort coachavgränsningen: {{name}}',
    unknown: 'Okänd coach',
  },
  reassign: {
    button: 'Flytta kunden',
    buttonLabel: 'Flytta kunden: {{name}}',
    title: 'Byt egencoach',
    intro: 'Kunden {{name}} flyttas genast till den nya egencoachens kundlista. Coacherna för kundrelationerna i programmen byts inte.',
    coach: 'Ny egencoach',
    confirm: 'Byt egencoach',
    done: 'Kunden {{client}} har nu {{coach}} som egencoach.',
  },
};

export const en: Shape = {
  title: 'Team caseloads',
  intro:
    "Each coach's caseload and all of the team's clients. You can narrow the list to one coach's clients and change a client's personal coach.",
  coaches: {
    title: 'Caseload per coach',
    caption: 'Caseload per coach',
    coach: 'Coach',
    activeClients: 'Ongoing enrolments',
    overdue: 'Meeting overdue',
    show: 'Show clients',
    showLabel: "Show {{name}}'s clients",
    empty: 'The organisation has no coaches.',
    noneFound: 'No coach matches the search.',
    search: 'Search for a coach by name',
  },
  clients: {
    title: 'Clients',
    caption: "The team's clients",
    empty: 'The team has no clients.',
  },
  coachFilter: {
    label: 'Coach',
    placeholder: 'All – type a name',
    clear: 'Clear the choice',
    clearLabel: 'Clear the coach filter: {{name}}',
    unknown: 'Unknown coach',
  },
  reassign: {
    button: 'Reassign',
    buttonLabel: 'Reassign: {{name}}',
    title: 'Change personal coach',
    intro:
      "{{name}} moves to the new personal coach's caseload at once. The coaches of the client's programme enrolments stay as they are.",
    coach: 'New personal coach',
    confirm: 'Change personal coach',
    done: "{{client}}'s personal coach is now {{coach}}.",
  },
};
