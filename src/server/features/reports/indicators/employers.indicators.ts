import { sql, type SQL } from 'drizzle-orm';
import { organisationsArray, period, type ReportScope } from '../report-scope.js';
import { basisRow, text, type Indicator } from './indicator.js';

const { from, to } = period;
const helsinkiDay = (instant: string) => sql`(${sql.raw(instant)} at time zone 'Europe/Helsinki')::date`;

/** With a programme cut: a client of the programme on that day. */
const programmeClientOn = (scope: ReportScope, clientId: SQL, day: SQL): SQL =>
  scope.programmeId
    ? sql`exists (select 1 from enrolments e where e.client_id = ${clientId} and e.programme_id = ${scope.programmeId}
        and e.start_date <= ${day} and (e.end_date is null or e.end_date >= ${day}))`
    : sql`true`;

/**
 * Employers the organisation's staff were in touch with in the period: a recorded interaction, a
 * candidate proposed or a placement started. With a programme cut, the interaction was by a coach
 * of the programme's running enrolments and the proposal or placement was for a client of the programme.
 */
function employersReached(scope: ReportScope): SQL {
  const orgs = organisationsArray(scope);
  const coach = scope.coachId;
  const interactionProgramme = scope.programmeId
    ? sql`exists (select 1 from enrolments e where e.programme_id = ${scope.programmeId}
        and (e.coach_id = any(i.staff_user_ids) or e.co_coach_id = any(i.staff_user_ids))
        and e.start_date <= i.occurred_on and (e.end_date is null or e.end_date >= i.occurred_on))`
    : sql`true`;
  return sql`select i.employer_id from employer_interactions i
      where i.organisation_id = any(${orgs}) and i.occurred_on between ${from(scope)} and ${to(scope)}
        and ${coach ? sql`${coach}::uuid = any(i.staff_user_ids)` : sql`true`} and ${interactionProgramme}
    union
    select pr.employer_id from proposals pr
      where pr.organisation_id = any(${orgs}) and ${helsinkiDay('pr.proposed_at')} between ${from(scope)} and ${to(scope)}
        and ${coach ? sql`pr.proposed_by = ${coach}` : sql`true`}
        and ${programmeClientOn(scope, sql`pr.client_id`, helsinkiDay('pr.proposed_at'))}
    union
    select pl.employer_id from placements pl
      where pl.organisation_id = any(${orgs}) and pl.start_date between ${from(scope)} and ${to(scope)}
        and ${coach ? sql`pl.created_by = ${coach}` : sql`true`}
        and ${programmeClientOn(scope, sql`pl.client_id`, sql`pl.start_date`)}`;
}

const employerMunicipality = (scope: ReportScope, employer: string) =>
  scope.municipalityCode ? sql`${sql.raw(employer)}.municipality_code = ${scope.municipalityCode}` : sql`true`;

export const employerIndicators: Indicator[] = [
  {
    id: 'employers_reached',
    group: 'employers',
    unit: 'count',
    name: text('Tavoitetut työnantajat', 'Nådda arbetsgivare', 'Employers reached'),
    definition: text(
      'Eri työnantajat, joiden kanssa kauden aikana kirjattiin yhteydenpito (käynti, tapaaminen, tapahtuma, puhelu, sähköposti), joille ehdotettiin ehdokasta tai joille alkoi sijoitus.',
      'Olika arbetsgivare med en registrerad kontakt under perioden (besök, möte, evenemang, samtal, e-post), som fick ett kandidatförslag eller där en placering började.',
      'Distinct employers with a contact recorded in the period (visit, meeting, event, call, e-mail), a candidate proposed to them, or a placement started with them.',
    ),
    source: null,
    better: 'higher',
    aboutPeople: false,
    cuts: ['coachId', 'programmeId', 'municipalityCode'],
    aggregate: 'count',
    basis: (scope) =>
      sql`select ${basisRow({})} from employers emp
        where emp.id in (${employersReached(scope)}) and ${employerMunicipality(scope, 'emp')}`,
  },
  {
    id: 'employers_cooperating',
    group: 'employers',
    unit: 'count',
    name: text(
      'Yhteistyötyönantajat kauden lopussa',
      'Samarbetande arbetsgivare vid periodens slut',
      'Employers cooperating at period end',
    ),
    definition: text(
      'Työnantajat, joiden suhteen vaihe kauden viimeisenä päivänä oli "yhteistyössä" tai "rekrytoinut kauttamme" (vaihehistorian mukaan).',
      'Arbetsgivare vars relationsfas på periodens sista dag var "samarbetar" eller "har rekryterat via oss" (enligt fashistoriken).',
      'Employers whose relationship stage on the last day of the period was "cooperating" or "recruited through us" (from the stage history).',
    ),
    source: null,
    better: 'higher',
    aboutPeople: false,
    cuts: ['coachId', 'municipalityCode'],
    aggregate: 'count',
    basis: (scope) =>
      sql`select ${basisRow({})} from (
          select distinct on (s.employer_id) s.employer_id, s.stage from employer_stage_changes s
          where s.organisation_id = any(${organisationsArray(scope)}) and s.changed_on <= ${to(scope)}
          order by s.employer_id, s.changed_on desc, s.sequence desc
        ) latest join employers emp on emp.id = latest.employer_id
        where latest.stage in ('cooperating', 'recruited') and ${employerMunicipality(scope, 'emp')}
          and ${scope.coachId ? sql`emp.owner_user_id = ${scope.coachId}` : sql`true`}`,
  },
  {
    id: 'assignments_answered_in_time',
    group: 'employers',
    unit: 'share',
    name: text(
      'Toimeksiannot vastattu sovitussa ajassa',
      'Uppdrag besvarade inom avtalad tid',
      'Assignments answered within the agreed time',
    ),
    definition: text(
      'Kauden aikana vastaanotetuista mitattavista toimeksiannoista ne, joihin vastattiin viimeistään eräaikaan. Mitattavia ovat vastatut sekä vastaamattomat, joiden eräaika on mennyt, paitsi ne jotka työnantaja perui ennen eräaikaa (sama määritelmä kuin toimeksiantojen kuukausiluvussa).',
      'Av de mätbara uppdrag som togs emot under perioden de som besvarades senast vid förfallotiden. Mätbara är besvarade samt obesvarade vars förfallotid gått ut, utom de som arbetsgivaren återtog före förfallotiden (samma definition som uppdragens månadstal).',
      'Of the measurable assignments received in the period, those answered by their due time. Measurable are the answered ones and unanswered ones past their due time, except those the employer cancelled before it (the same definition as the assignments’ monthly figure).',
    ),
    source: null,
    better: 'higher',
    aboutPeople: false,
    cuts: ['coachId', 'teamId'],
    aggregate: 'share',
    basis: (scope) => {
      // Measured against now, as the assignments' own monthly figure is: an unanswered one counts once its due time passes.
      const end = sql`${scope.now}::timestamptz`;
      return sql`select ${basisRow({ counted: sql`a.first_response_at <= a.response_due_at` })} from assignments a
        where a.organisation_id = any(${organisationsArray(scope)})
          and ${helsinkiDay('a.received_at')} between ${from(scope)} and ${to(scope)} and a.received_at <= ${end}
          and (a.first_response_at is not null
            or (a.response_due_at < ${end} and not (a.status = 'closed' and a.closed_at <= a.response_due_at)))
          and ${scope.coachId ? sql`a.responder_user_id = ${scope.coachId}` : sql`true`}
          and ${scope.teamId ? sql`a.responder_team_id = ${scope.teamId}` : sql`true`}`;
    },
  },
];
