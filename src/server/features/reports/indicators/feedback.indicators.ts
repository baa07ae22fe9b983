import { sql, type SQL } from 'drizzle-orm';
import { organisationsArray, period, type ReportScope } from '../report-scope.js';
import { basisRow, text, type Indicator } from './indicator.js';

const { from, to } = period;

/**
 * Feedback answers are promised not to be linked to a name in reports: the rows carry no client
 * (no drill-down), and a figure of fewer than 5 answers is not shown to anyone — managers read
 * the answers themselves on the feedback results page. Written by the feedback feature.
 */
const fewestAnswers = 5;

function answersInScope(scope: ReportScope, kind: 'job_seeker' | 'employer', condition: SQL = sql`true`): SQL {
  const enrolmentCut =
    scope.programmeId || scope.coachId
      ? sql`and exists (select 1 from feedback_invitations fi join enrolments fe on fe.id = fi.enrolment_id
          where fi.id = a.invitation_id
          ${scope.programmeId ? sql`and fe.programme_id = ${scope.programmeId}` : sql``}
          ${scope.coachId ? sql`and (fe.coach_id = ${scope.coachId} or fe.co_coach_id = ${scope.coachId})` : sql``})`
      : sql``;
  return sql`select a.*, count(*) over () as answers_in_figure from feedback_answers a
    where a.organisation_id = any(${organisationsArray(scope)}) and a.kind = ${kind}
      and (a.answered_at at time zone 'Europe/Helsinki')::date between ${from(scope)} and ${to(scope)}
      ${scope.municipalityCode ? sql`and a.municipality_code = ${scope.municipalityCode}` : sql``}
      ${enrolmentCut} and ${condition}`;
}

/** NPS as a ratio: +100 per promoter (9–10), −100 per detractor (0–6), 0 per passive, over the answers. */
const npsMeasure = sql`case when x.recommend >= 9 then 100 when x.recommend <= 6 then -100 else 0 end`;

const feedbackCuts = ['municipalityCode', 'programmeId', 'coachId'] as const;

export const feedbackIndicators: Indicator[] = [
  {
    id: 'feedback_nps_job_seekers',
    group: 'feedback',
    unit: 'score',
    name: text('Asiakkaiden suositteluindeksi (NPS)', 'Kundernas rekommendationsindex (NPS)', 'Job seekers’ Net Promoter Score'),
    definition: text(
      'Palvelun päättyessä lähetetyn kyselyn vastaukset kysymykseen "Kuinka todennäköisesti suosittelisit palvelua?" (0–10): suosittelijoiden (9–10) osuus miinus arvostelijoiden (0–6) osuus prosentteina, −100…100. Vastauspäivän mukaan; alle 5 vastauksen lukua ei näytetä.',
      'Svaren på frågan "Hur sannolikt är det att du skulle rekommendera tjänsten?" (0–10) i enkäten som skickas när tjänsten avslutas: andelen förespråkare (9–10) minus andelen kritiker (0–6) i procent, −100…100. Enligt svarsdagen; tal med färre än 5 svar visas inte.',
      'Answers to "How likely are you to recommend the service?" (0–10) in the survey sent when the service ends: the share of promoters (9–10) minus the share of detractors (0–6), in percent, −100…100. By the day answered; a figure of fewer than 5 answers is not shown.',
    ),
    source: text('Net Promoter Score (Reichheld 2003)', 'Net Promoter Score (Reichheld 2003)', 'Net Promoter Score (Reichheld 2003)'),
    better: 'higher',
    aboutPeople: false,
    cuts: feedbackCuts,
    aggregate: 'ratio',
    basis: (scope) =>
      sql`select ${basisRow({ measure: npsMeasure, weight: sql`1` })}
        from (${answersInScope(scope, 'job_seeker')}) x where x.answers_in_figure >= ${fewestAnswers}`,
  },
  {
    id: 'feedback_mean_grade',
    group: 'feedback',
    unit: 'score',
    name: text('Palvelun hyödyn keskiarvosana', 'Medelvitsord för tjänstens nytta', 'Mean grade for the benefit of the service'),
    definition: text(
      'Palvelun päättyessä lähetetyn kyselyn kouluarvosanojen (4–10) keskiarvo vastauspäivän mukaan; alle 5 vastauksen lukua ei näytetä.',
      'Medelvärdet av skolvitsorden (4–10) i enkäten som skickas när tjänsten avslutas, enligt svarsdagen; tal med färre än 5 svar visas inte.',
      'The mean of the school grades (4–10) in the survey sent when the service ends, by the day answered; a figure of fewer than 5 answers is not shown.',
    ),
    source: null,
    better: 'higher',
    aboutPeople: false,
    cuts: feedbackCuts,
    aggregate: 'mean',
    basis: (scope) =>
      sql`select ${basisRow({ measure: sql`x.grade` })}
        from (${answersInScope(scope, 'job_seeker', sql`a.grade is not null`)}) x where x.answers_in_figure >= ${fewestAnswers}`,
  },
  {
    id: 'feedback_nps_employers',
    group: 'feedback',
    unit: 'score',
    name: text('Työnantajien suositteluindeksi (NPS)', 'Arbetsgivarnas rekommendationsindex (NPS)', 'Employers’ Net Promoter Score'),
    definition: text(
      'Työnantajakyselyn (lähetetään työsuhteen päättyessä tai pyynnöstä) suositteluindeksi samoin laskettuna: suosittelijat (9–10) miinus arvostelijat (0–6) prosentteina; alle 5 vastauksen lukua ei näytetä.',
      'Rekommendationsindexet i arbetsgivarenkäten (skickas när en anställning avslutas eller på begäran), räknat på samma sätt: förespråkare (9–10) minus kritiker (0–6) i procent; tal med färre än 5 svar visas inte.',
      'The Net Promoter Score of the employer survey (sent when a placement ends or on request), computed the same way: promoters (9–10) minus detractors (0–6) in percent; a figure of fewer than 5 answers is not shown.',
    ),
    source: text('Net Promoter Score (Reichheld 2003)', 'Net Promoter Score (Reichheld 2003)', 'Net Promoter Score (Reichheld 2003)'),
    better: 'higher',
    aboutPeople: false,
    cuts: ['municipalityCode'],
    aggregate: 'ratio',
    basis: (scope) =>
      sql`select ${basisRow({ measure: npsMeasure, weight: sql`1` })}
        from (${answersInScope(scope, 'employer')}) x where x.answers_in_figure >= ${fewestAnswers}`,
  },
];
