import { sql } from 'drizzle-orm';
import { enrolmentsInScope, longTermUnemployedOn, period, type ReportScope } from '../report-scope.js';
import { basisRow, personCuts, text, type Indicator } from './indicator.js';
import { outcomeLabels } from './labels.js';

const { from, to } = period;

/** Distinct clients of the enrolments that meet the condition, one row each. */
export const clientsOfEnrolments = (scope: ReportScope, condition: ReturnType<typeof sql>) =>
  sql`select distinct e.client_id from ${enrolmentsInScope(scope)} and ${condition}`;

export const servedDuring = (scope: ReportScope) =>
  sql`e.start_date <= ${to(scope)} and (e.end_date is null or e.end_date >= ${from(scope)})`;
/** An enrolment that ends on the last day is no longer running at the period's end. */
export const activeAtEnd = (scope: ReportScope) => sql`e.start_date <= ${to(scope)} and (e.end_date is null or e.end_date > ${to(scope)})`;
export const endedDuring = (scope: ReportScope) => sql`e.end_date between ${from(scope)} and ${to(scope)}`;

export const clientIndicators: Indicator[] = [
  {
    id: 'clients_served',
    group: 'clients',
    unit: 'count',
    name: text('Palvellut asiakkaat', 'Betjänade kunder', 'Clients served'),
    definition: text(
      'Eri henkilöt, joilla on ollut asiakkuus jonakin kauden päivänä. Hankkeen tavoite "tavoitetut henkilöt" mitataan tällä.',
      'Olika personer som haft en kundrelation någon dag under perioden. Projektets mål "nådda personer" mäts med detta.',
      'Distinct people with an enrolment running on any day of the period. A project target of "persons reached" is measured by this.',
    ),
    source: null,
    better: 'higher',
    aboutPeople: true,
    cuts: personCuts,
    aggregate: 'count',
    basis: (scope) => sql`select ${basisRow({ clientId: sql`x.client_id` })} from (${clientsOfEnrolments(scope, servedDuring(scope))}) x`,
  },
  {
    id: 'clients_new',
    group: 'clients',
    unit: 'count',
    name: text('Uudet asiakkaat', 'Nya kunder', 'New clients'),
    definition: text(
      'Eri henkilöt, joiden asiakkuus alkoi kauden aikana.',
      'Olika personer vars kundrelation började under perioden.',
      'Distinct people whose enrolment started during the period.',
    ),
    source: null,
    better: 'higher',
    aboutPeople: true,
    cuts: personCuts,
    aggregate: 'count',
    basis: (scope) =>
      sql`select ${basisRow({ clientId: sql`x.client_id` })} from (${clientsOfEnrolments(
        scope,
        sql`e.start_date between ${from(scope)} and ${to(scope)}`,
      )}) x`,
  },
  {
    id: 'clients_active_at_end',
    group: 'clients',
    unit: 'count',
    name: text('Aktiiviset asiakkaat kauden lopussa', 'Aktiva kunder vid periodens slut', 'Active clients at the end of the period'),
    definition: text(
      'Eri henkilöt, joiden asiakkuus on käynnissä kauden viimeisen päivän päättyessä (ei päättynyt sinä päivänä tai aiemmin).',
      'Olika personer vars kundrelation pågår när periodens sista dag slutar (inte avslutad den dagen eller tidigare).',
      'Distinct people with an enrolment still running at the end of the last day of the period (not ended on or before it).',
    ),
    source: null,
    better: 'higher',
    aboutPeople: true,
    cuts: personCuts,
    aggregate: 'count',
    basis: (scope) => sql`select ${basisRow({ clientId: sql`x.client_id` })} from (${clientsOfEnrolments(scope, activeAtEnd(scope))}) x`,
  },
  {
    id: 'clients_ended',
    group: 'outcomes',
    unit: 'count',
    name: text('Päättyneet asiakkuudet tuloksen mukaan', 'Avslutade kundrelationer efter resultat', 'Enrolments ended, by outcome'),
    definition: text(
      'Kauden aikana päättyneet asiakkuudet jaoteltuna tilanteen mukaan, johon asiakas päättymishetkellä siirtyi.',
      'Kundrelationer som avslutades under perioden, fördelade efter kundens situation vid avslutet.',
      'Enrolments that ended during the period, broken down by the situation the person moved to when it ended.',
    ),
    source: null,
    better: 'higher',
    aboutPeople: true,
    cuts: personCuts,
    aggregate: 'count',
    breakdown: { labels: outcomeLabels },
    basis: (scope) =>
      sql`select ${basisRow({ clientId: sql`e.client_id`, key: sql`e.outcome` })} from ${enrolmentsInScope(scope)} and ${endedDuring(scope)}`,
  },
  {
    id: 'long_term_unemployed_share',
    group: 'clients',
    unit: 'share',
    name: text('Pitkäaikaistyöttömien osuus asiakkaista', 'Andel långtidsarbetslösa bland kunderna', 'Long-term unemployed among clients'),
    definition: text(
      'Kauden lopussa aktiivisista asiakkaista ne, jotka ovat olleet työttömänä yhtäjaksoisesti vähintään 12 kuukautta kauden viimeisenä päivänä (työttömyyden alkupäivä asiakastiedoista).',
      'Av de aktiva kunderna vid periodens slut de som varit arbetslösa oavbrutet i minst 12 månader på periodens sista dag (arbetslöshetens startdag ur kunduppgifterna).',
      'Of the clients active at the end of the period, those unemployed continuously for 12 months or more on its last day (the start of unemployment as recorded on the client).',
    ),
    source: text(
      'Pitkäaikaistyötön: yhtäjaksoisesti vähintään 12 kuukautta työttömänä (TEM:n työnvälitystilaston määritelmä).',
      'Långtidsarbetslös: arbetslös oavbrutet i minst 12 månader (ANM:s arbetsförmedlingsstatistik).',
      'Long-term unemployed: unemployed continuously for 12 months or more (the Ministry of Economic Affairs and Employment’s employment service statistics).',
    ),
    better: 'higher',
    aboutPeople: true,
    cuts: personCuts,
    aggregate: 'share',
    basis: (scope) =>
      sql`select ${basisRow({ clientId: sql`c.id`, counted: longTermUnemployedOn('c', to(scope)) })}
        from clients c where c.id in (${clientsOfEnrolments(scope, activeAtEnd(scope))})`,
  },
];
