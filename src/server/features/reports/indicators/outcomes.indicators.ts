import { sql, type SQL } from 'drizzle-orm';
import {
  clientOfEnrolment,
  clientEventCuts,
  enrolmentCuts,
  enrolmentsInScope,
  organisationsArray,
  period,
  type ReportScope,
} from '../report-scope.js';
import { clientsOfEnrolments, endedDuring, servedDuring } from './clients.indicators.js';
import { basisRow, personCuts, text, type Indicator } from './indicator.js';
import { funnelLabels, outcomeLabels, placementTypeLabels } from './labels.js';

const { from, to } = period;
const positive = sql.raw(`('work', 'education', 'entrepreneurship')`);
const proposedOn = sql`(pr.proposed_at at time zone 'Europe/Helsinki')::date`;

/** Proposal statuses a proposal has had: its current one and every one in its history. */
const reached = (statuses: string[]): SQL =>
  sql`(pr.status in (${sql.join(
    statuses.map((status) => sql`${status}`),
    sql`, `,
  )}) or exists (select 1 from proposal_status_changes h where h.proposal_id = pr.id and h.status in (${sql.join(
    statuses.map((status) => sql`${status}`),
    sql`, `,
  )})))`;

function followUpIndicator(months: 3 | 6): Indicator {
  return {
    id: `follow_up_${months}_months`,
    group: 'outcomes',
    unit: 'share',
    name: text(
      `Tilanne ${months} kuukautta päättymisen jälkeen`,
      `Situation ${months} månader efter avslutet`,
      `Situation ${months} months after the end`,
    ),
    definition: text(
      `Kirjatuista ${months} kuukauden seurannoista, joiden eräpäivä osui kaudelle, niiden osuus joissa henkilö oli työssä, koulutuksessa tai yrittäjänä; lisäksi jakauma tilanteittain.`,
      `Av de registrerade uppföljningarna efter ${months} månader med förfallodag under perioden, andelen där personen var i arbete, utbildning eller företagare; därtill fördelningen efter situation.`,
      `Of the ${months}-month follow-ups recorded whose due date fell in the period, the share where the person was in work, education or entrepreneurship; with the distribution by situation.`,
    ),
    source: text(
      `Vastaa TEM:n tulosmittaria "avoimille työmarkkinoille ${months} kk palvelun päättymisen jälkeen" sillä erolla, että Polun seuranta ei erottele tukityötä.`,
      `Motsvarar ANM:s resultatmått "på den öppna arbetsmarknaden ${months} månader efter tjänsten" med skillnaden att Polkus uppföljning inte skiljer ut subventionerat arbete.`,
      `Corresponds to the ministry’s result measure "on the open labour market ${months} months after the service ended", except that Polku’s follow-up does not separate subsidised work.`,
    ),
    better: 'higher',
    aboutPeople: true,
    cuts: personCuts,
    aggregate: 'share',
    breakdown: { labels: outcomeLabels },
    basis: (scope) =>
      sql`select ${basisRow({ clientId: sql`f.client_id`, key: sql`f.situation`, counted: sql`f.situation in ${positive}` })}
        from follow_ups f join enrolments e on e.id = f.enrolment_id ${clientOfEnrolment(scope)}
        where ${enrolmentCuts(scope, 'e')} and f.months_after_end = ${months} and f.situation is not null
          and f.due_on between ${from(scope)} and ${to(scope)}`,
  };
}

const endedEnrolmentDays = (scope: ReportScope) =>
  sql`select ${basisRow({ clientId: sql`e.client_id`, measure: sql`e.end_date - e.start_date` })}
    from ${enrolmentsInScope(scope)} and ${endedDuring(scope)}`;

export const outcomeIndicators: Indicator[] = [
  {
    id: 'positive_outcome_share',
    group: 'outcomes',
    unit: 'share',
    name: text(
      'Työhön, koulutukseen tai yrittäjäksi',
      'Till arbete, utbildning eller företagande',
      'Into work, education or entrepreneurship',
    ),
    definition: text(
      'Kauden aikana päättyneistä asiakkuuksista ne, jotka päättyivät työhön, koulutukseen tai yrittäjyyteen.',
      'Av kundrelationerna som avslutades under perioden de som avslutades i arbete, utbildning eller företagande.',
      'Of the enrolments that ended in the period, those that ended in work, education or entrepreneurship.',
    ),
    source: null,
    better: 'higher',
    benchmarks: [{ value: 0.5, label: text('Hankkeiden tavoite, yli', 'Projektens mål, över', 'Project target, over') }],
    aboutPeople: true,
    cuts: personCuts,
    aggregate: 'share',
    basis: (scope) =>
      sql`select ${basisRow({ clientId: sql`e.client_id`, counted: sql`e.outcome in ${positive}` })}
        from ${enrolmentsInScope(scope)} and ${endedDuring(scope)}`,
  },
  {
    id: 'enrolment_duration_mean',
    group: 'outcomes',
    unit: 'days',
    name: text('Asiakkuuden kesto, keskiarvo', 'Kundrelationens längd, medelvärde', 'Enrolment duration, mean'),
    definition: text(
      'Kauden aikana päättyneiden asiakkuuksien kesto päivinä (päättymispäivä − alkamispäivä), keskiarvo.',
      'Längden i dagar (slutdag − startdag) för kundrelationer som avslutades under perioden, medelvärde.',
      'Length in days (end date − start date) of the enrolments that ended in the period, mean.',
    ),
    source: null,
    better: 'lower',
    aboutPeople: true,
    cuts: personCuts,
    aggregate: 'mean',
    basis: endedEnrolmentDays,
  },
  {
    id: 'enrolment_duration_median',
    group: 'outcomes',
    unit: 'days',
    name: text('Asiakkuuden kesto, mediaani', 'Kundrelationens längd, median', 'Enrolment duration, median'),
    definition: text(
      'Kauden aikana päättyneiden asiakkuuksien kesto päivinä (päättymispäivä − alkamispäivä), mediaani.',
      'Längden i dagar (slutdag − startdag) för kundrelationer som avslutades under perioden, median.',
      'Length in days (end date − start date) of the enrolments that ended in the period, median.',
    ),
    source: null,
    better: 'lower',
    aboutPeople: true,
    cuts: personCuts,
    aggregate: 'median',
    basis: endedEnrolmentDays,
  },
  {
    id: 'competitive_employment_rate',
    group: 'outcomes',
    unit: 'share',
    name: text(
      'Avoimille työmarkkinoille työllistyneet (IPS)',
      'Sysselsatta på den öppna marknaden (IPS)',
      'Competitive employment rate (IPS)',
    ),
    definition: text(
      'Kauden aikana palvelluista asiakkaista ne, joilla oli kauden aikana voimassa työsuhde tai kesätyö ilman palkkatukea. IPS-yhteisö raportoi luvun vuosineljänneksittäin: valitse kaudeksi neljännes.',
      'Av kunderna som betjänats under perioden de som hade en anställning eller ett sommarjobb utan lönesubvention under perioden. IPS-gemenskapen rapporterar talet per kvartal: välj ett kvartal som period.',
      'Of the clients served in the period, those with an employment or summer job without pay subsidy running during it. The IPS community reports it per quarter: choose a quarter as the period.',
    ),
    source: text(
      'IPS-oppimisyhteisö: kilpailluilla työmarkkinoilla työssä olevat ÷ palvellut asiakkaat; kansainvälinen keskiarvo 41 %, erinomainen 50 %.',
      'IPS-lärandegemenskapen: i arbete på den öppna marknaden ÷ betjänade kunder; internationellt medelvärde 41 %, utmärkt 50 %.',
      'IPS learning community: clients in competitive work ÷ clients served; international average 41 %, excellent 50 %.',
    ),
    better: 'higher',
    benchmarks: [
      { value: 0.41, label: text('Kansainvälinen keskiarvo', 'Internationellt medelvärde', 'International average') },
      { value: 0.5, label: text('Erinomainen', 'Utmärkt', 'Excellent') },
    ],
    aboutPeople: true,
    cuts: personCuts,
    aggregate: 'share',
    basis: (scope) =>
      sql`select ${basisRow({
        clientId: sql`x.client_id`,
        counted: sql`exists (select 1 from placements p where p.client_id = x.client_id
          and p.type in ('employment', 'summer_job') and not ('pay_subsidy' = any(p.support_granted))
          and p.start_date <= ${to(scope)} and (p.ended_on is null or p.ended_on >= ${from(scope)}))`,
      })} from (${clientsOfEnrolments(scope, servedDuring(scope))}) x`,
  },
  {
    id: 'proposal_funnel',
    group: 'outcomes',
    unit: 'count',
    name: text('Ehdotukset → haastattelut → palkkaukset', 'Förslag → intervjuer → anställningar', 'Proposals → interviews → hires'),
    definition: text(
      'Kauden aikana tehdyt ehdokasehdotukset työnantajille, niistä haastatteluun edenneet ja palkkaukseen päättyneet (tähänastisen tilahistorian mukaan). Pääluku on palkkaukset.',
      'Kandidatförslag till arbetsgivare under perioden, de som gick vidare till intervju och de som ledde till anställning (enligt statushistoriken hittills). Huvudtalet är anställningar.',
      'Candidate proposals made to employers in the period, those that reached an interview and those that ended in a hire (from the status history so far). The headline figure is hires.',
    ),
    source: null,
    better: 'higher',
    aboutPeople: true,
    cuts: personCuts,
    aggregate: 'count',
    breakdown: { labels: funnelLabels, headlineKey: 'hired' },
    basis: (scope) =>
      sql`select ${basisRow({ clientId: sql`pr.client_id`, key: sql`stage.key` })}
        from proposals pr cross join lateral (
          select 'proposed' as key
          union all select 'interview' where ${reached(['interview', 'hired'])}
          union all select 'hired' where ${reached(['hired'])}
        ) stage
        where pr.organisation_id = any(${organisationsArray(scope)}) and ${proposedOn} between ${from(scope)} and ${to(scope)}
          and ${clientEventCuts(scope, sql`pr.client_id`, proposedOn)}`,
  },
  {
    id: 'placements_by_type',
    group: 'outcomes',
    unit: 'count',
    name: text('Alkaneet sijoitukset tyypeittäin', 'Påbörjade placeringar efter typ', 'Placements started, by type'),
    definition: text(
      'Kauden aikana alkaneet työsuhteet, työkokeilut, palkkatuetut työt, oppisopimukset ja kesätyöt.',
      'Anställningar, arbetsprövningar, lönesubventionerade arbeten, läroavtal och sommarjobb som började under perioden.',
      'Employments, work trials, pay-subsidy jobs, apprenticeships and summer jobs that started in the period.',
    ),
    source: null,
    better: 'higher',
    aboutPeople: true,
    cuts: personCuts,
    aggregate: 'count',
    breakdown: { labels: placementTypeLabels },
    basis: (scope) =>
      sql`select ${basisRow({ clientId: sql`p.client_id`, key: sql`p.type` })} from placements p
        where p.organisation_id = any(${organisationsArray(scope)}) and p.start_date between ${from(scope)} and ${to(scope)}
          and ${clientEventCuts(scope, sql`p.client_id`, sql`p.start_date`)}`,
  },
  followUpIndicator(3),
  followUpIndicator(6),
];
