import { sql, type SQL } from 'drizzle-orm';
import { clientOfEnrolment, enrolmentCuts, enrolmentsInScope, period, type ReportScope } from '../report-scope.js';
import { activeAtEnd, clientsOfEnrolments, servedDuring } from './clients.indicators.js';
import { basisRow, personCuts, text, type Indicator } from './indicator.js';

const { from, to } = period;
const averageMonthDays = 30.4375;

/**
 * Each programme's meeting modes from its process model, as one small relation joined to the
 * enrolments (grouped, so the planner computes it once rather than folding it into every row): reading the model's JSON once per activity instead made these figures the slowest
 * of all (seconds per figure with millions of activities).
 */
const programmeMeetingModes = sql`(select p.id as programme_id, array_agg(meeting_mode.value) as modes
  from programmes p join process_models m on m.id = p.process_model_id
    cross join jsonb_array_elements_text(m.definition -> 'meetingModes') meeting_mode(value)
  group by p.id)`;

/** Enrolments in scope with their programme's meeting modes as `meeting_modes.modes`. */
const enrolmentsWithMeetingModes = (scope: ReportScope): SQL =>
  sql`enrolments e ${clientOfEnrolment(scope)}
    join ${programmeMeetingModes} meeting_modes on meeting_modes.programme_id = e.programme_id
    where ${enrolmentCuts(scope, 'e')}`;

/**
 * A meeting is an activity in one of the enrolment's process-model meeting modes, counted for the
 * enrolment it names or, when it names none, for the enrolments running that day (as the meeting rules do).
 */
const meetingOf = (activity: string, enrolment: string): SQL => {
  const a = sql.raw(activity);
  const e = sql.raw(enrolment);
  return sql`${a}.client_id = ${e}.client_id
    and (${a}.enrolment_id = ${e}.id or (${a}.enrolment_id is null and ${a}.occurred_on >= ${e}.start_date
      and (${e}.end_date is null or ${a}.occurred_on <= ${e}.end_date)))
    and ${a}.mode = any(meeting_modes.modes)`;
};

function meetingsInPeriod(scope: ReportScope): SQL {
  return sql`select a.id, a.client_id, a.mode from activities a
    where a.occurred_on between ${from(scope)} and ${to(scope)}
      and exists (select 1 from ${enrolmentsWithMeetingModes(scope)} and ${meetingOf('a', 'e')})`;
}

const ipsSource = text(
  'IPS-oppimisyhteisön raportointi ja IPS-menetelmäuskollisuusasteikko.',
  'IPS-lärandegemenskapens rapportering och IPS-metodtrohetsskalan.',
  'IPS learning community reporting and the IPS Fidelity Scale.',
);

export const activityIndicators: Indicator[] = [
  {
    id: 'caseload_per_coach',
    group: 'activity',
    unit: 'ratio',
    name: text('Asiakkaita valmentajaa kohden', 'Kunder per coach', 'Caseload per coach'),
    definition: text(
      'Kauden lopussa käynnissä olevat asiakkuudet jaettuna niiden valmentajien määrällä, joilla on vähintään yksi käynnissä oleva asiakkuus (vastuuvalmentaja; parivalmentajaa ei lasketa).',
      'Kundrelationer som pågår vid periodens slut delat med antalet coacher som har minst en pågående kundrelation (ansvarig coach; parcoachen räknas inte).',
      'Enrolments running at the end of the period divided by the number of coaches with at least one running enrolment (the responsible coach; the co-coach is not counted).',
    ),
    source: ipsSource,
    better: 'lower',
    benchmarks: [{ value: 20, label: text('IPS-suositus, enintään', 'IPS-rekommendation, högst', 'IPS recommendation, at most') }],
    aboutPeople: true,
    cuts: personCuts,
    aggregate: 'per_group',
    basis: (scope) =>
      sql`select ${basisRow({ clientId: sql`e.client_id`, groupId: sql`e.coach_id` })} from ${enrolmentsInScope(scope)} and ${activeAtEnd(scope)}`,
  },
  {
    id: 'meetings_per_client_month',
    group: 'activity',
    unit: 'ratio',
    name: text('Tapaamiset asiakasta kohden kuukaudessa', 'Möten per kund och månad', 'Meetings per client per month'),
    definition: text(
      'Kauden tapaamiset jaettuna asiakaskuukausilla: kunkin asiakkuuden kaudelle osuvat päivät ÷ 30,44. Tapaamiseksi lasketaan toimintamallin tapaamistavoilla kirjattu yhteydenpito.',
      'Periodens möten delat med kundmånaderna: varje kundrelations dagar inom perioden ÷ 30,44. Som möte räknas kontakter i verksamhetsmodellens mötesformer.',
      'Meetings in the period divided by client-months: each enrolment’s days within the period ÷ 30.44. A meeting is a contact in one of the process model’s meeting modes.',
    ),
    source: null,
    better: 'higher',
    aboutPeople: true,
    cuts: personCuts,
    aggregate: 'ratio',
    basis: (scope) => {
      const overlapDays = sql`(least(coalesce(e.end_date, ${to(scope)}), ${to(scope)}) - greatest(e.start_date, ${from(scope)}) + 1)`;
      const meetings = sql`(select count(*) from activities a where a.occurred_on between ${from(scope)} and ${to(scope)} and ${meetingOf('a', 'e')})`;
      return sql`select ${basisRow({ clientId: sql`e.client_id`, measure: meetings, weight: sql`${overlapDays} / ${averageMonthDays}::float8` })}
        from ${enrolmentsWithMeetingModes(scope)} and ${servedDuring(scope)}`;
    },
  },
  {
    id: 'face_to_face_share',
    group: 'activity',
    unit: 'share',
    name: text('Kasvokkaisten tapaamisten osuus', 'Andel möten ansikte mot ansikte', 'Share of meetings face to face'),
    definition: text(
      'Kauden tapaamisista ne, jotka pidettiin kasvokkain tai työpaikalla.',
      'Av periodens möten de som hölls ansikte mot ansikte eller på arbetsplatsen.',
      'Of the meetings in the period, those held face to face or at the workplace.',
    ),
    source: ipsSource,
    better: 'higher',
    aboutPeople: true,
    cuts: personCuts,
    aggregate: 'share',
    basis: (scope) =>
      sql`select ${basisRow({ clientId: sql`meeting.client_id`, counted: sql`meeting.mode in ('face_to_face', 'workplace_visit')` })}
        from (${meetingsInPeriod(scope)}) meeting`,
  },
  {
    id: 'overdue_meetings_share',
    group: 'activity',
    unit: 'share',
    name: text('Myöhässä olevien tapaamisten osuus', 'Andel försenade möten', 'Share with an overdue meeting'),
    definition: text(
      'Kauden lopussa käynnissä olevista asiakkuuksista, joille toimintamalli asettaa tapaamisvälin, ne joiden seuraavan tapaamisen eräpäivä on ennen kauden viimeistä päivää. Eräpäivä on toimintamallin sääntöjen mukainen nykyinen eräpäivä, joten luku on tarkka kuluvalle kaudelle.',
      'Av kundrelationerna som pågår vid periodens slut och som verksamhetsmodellen ger ett mötesintervall, de vars nästa möte förföll före periodens sista dag. Förfallodagen är den nuvarande enligt modellens regler, så talet är exakt för den pågående perioden.',
      'Of the enrolments running at the end of the period that their process model sets a meeting interval for, those whose next meeting fell due before the last day. The due date is the current one under the model’s rules, so the figure is exact for the current period.',
    ),
    source: null,
    better: 'lower',
    aboutPeople: true,
    cuts: personCuts,
    aggregate: 'share',
    basis: (scope) =>
      sql`select ${basisRow({ clientId: sql`e.client_id`, counted: sql`e.next_meeting_due_on < ${to(scope)}` })}
        from ${enrolmentsInScope(scope)} and ${activeAtEnd(scope)} and e.next_meeting_due_on is not null`,
  },
  {
    id: 'days_to_first_employer_contact',
    group: 'activity',
    unit: 'days',
    name: text('Päiviä ensimmäiseen työnantajakontaktiin', 'Dagar till första arbetsgivarkontakten', 'Days to first employer contact'),
    definition: text(
      'Keskimääräinen päivien määrä asiakkuuden alusta ensimmäiseen kirjattuun yhteydenpitoon, jossa työnantaja oli mukana, niissä asiakkuuksissa joiden ensimmäinen työnantajakontakti osui kaudelle.',
      'Genomsnittligt antal dagar från kundrelationens början till den första registrerade kontakten där en arbetsgivare deltog, för kundrelationer vars första arbetsgivarkontakt inföll under perioden.',
      'Average number of days from the start of the enrolment to the first recorded contact with an employer taking part, for enrolments whose first employer contact fell in the period.',
    ),
    source: ipsSource,
    better: 'lower',
    benchmarks: [{ value: 30, label: text('IPS-suositus, enintään', 'IPS-rekommendation, högst', 'IPS recommendation, at most') }],
    aboutPeople: true,
    cuts: personCuts,
    aggregate: 'mean',
    basis: (scope) =>
      sql`select ${basisRow({ clientId: sql`e.client_id`, measure: sql`e.first_employer_contact_on - e.start_date` })}
        from ${enrolmentsInScope(scope)} and e.first_employer_contact_on between ${from(scope)} and ${to(scope)}`,
  },
  {
    id: 'first_employer_contact_within_30_days',
    group: 'activity',
    unit: 'share',
    name: text('Työnantajakontakti 30 päivän sisällä', 'Arbetsgivarkontakt inom 30 dagar', 'First employer contact within 30 days'),
    definition: text(
      'Asiakkuuksista, joiden 30. päivä osui kaudelle, ne joissa ensimmäinen työnantajakontakti oli viimeistään 30. päivänä.',
      'Av kundrelationerna vars 30:e dag inföll under perioden, de där den första arbetsgivarkontakten skedde senast den 30:e dagen.',
      'Of the enrolments whose 30th day fell in the period, those with the first employer contact on or before that day.',
    ),
    source: ipsSource,
    better: 'higher',
    aboutPeople: true,
    cuts: personCuts,
    aggregate: 'share',
    basis: (scope) =>
      sql`select ${basisRow({ clientId: sql`e.client_id`, counted: sql`e.first_employer_contact_on <= e.start_date + 30` })}
        from ${enrolmentsInScope(scope)} and e.start_date + 30 between ${from(scope)} and ${to(scope)}`,
  },
  {
    id: 'group_participation_rate',
    group: 'activity',
    unit: 'share',
    name: text('Ryhmätoimintaan osallistuneet', 'Deltagit i gruppverksamhet', 'Group participation rate'),
    definition: text(
      'Kaudella palvelluista asiakkaista ne, jotka olivat läsnä vähintään yhdessä ryhmän tapaamisessa kauden aikana (vertaisryhmät, työpajat, korttikoulutukset, yritysvierailut, webinaarit).',
      'Av kunderna som betjänats under perioden de som var närvarande vid minst en gruppträff under perioden (kamratgrupper, workshoppar, kortutbildningar, företagsbesök, webbinarier).',
      'Of the clients served in the period, those present at one or more group sessions in the period (peer-support groups, workshops, card trainings, company visits, webinars).',
    ),
    source: null,
    better: 'higher',
    aboutPeople: true,
    cuts: personCuts,
    aggregate: 'share',
    basis: (scope) => {
      const attended = sql`exists (select 1 from group_attendance a join group_sessions s on s.id = a.session_id
        where a.client_id = c.id and s.held_on between ${from(scope)} and ${to(scope)})`;
      return sql`select ${basisRow({ clientId: sql`c.id`, counted: attended })}
        from clients c where c.id in (${clientsOfEnrolments(scope, servedDuring(scope))})`;
    },
  },
];
