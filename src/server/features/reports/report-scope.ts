import { sql, type SQL } from 'drizzle-orm';
import type { AgeBand, CutName, ReportCuts } from '../../../contract/reports.js';
import { longTermUnemploymentMonths } from '../clients/client-derivations.js';

/** The cuts of one request, with the organisations resolved: those named, or every one the user may report on. */
export type ReportScope = Omit<ReportCuts, 'organisationId'> & { organisationIds: string[]; now: string };

export const activeCuts = (scope: ReportScope): CutName[] =>
  (['teamId', 'coachId', 'programmeId', 'municipalityCode', 'targetGroup', 'gender', 'ageBand'] as const).filter(
    (name) => scope[name] !== undefined,
  );

const from = (scope: ReportScope) => sql`${scope.from}::date`;
const to = (scope: ReportScope) => sql`${scope.to}::date`;
export const period = { from, to };

const organisations = (scope: Pick<ReportScope, 'organisationIds'>) =>
  sql`array[${sql.join(
    scope.organisationIds.map((id) => sql`${id}`),
    sql`, `,
  )}]::uuid[]`;

/** Whole years of age on the period's last day. */
const ageAtEnd = (scope: ReportScope, client: string) => sql`extract(year from age(${to(scope)}, ${sql.raw(client)}.date_of_birth))`;

const ageBandCondition: Record<AgeBand, (age: SQL) => SQL> = {
  under_25: (age) => sql`${age} < 25`,
  '25_29': (age) => sql`${age} between 25 and 29`,
  '30_49': (age) => sql`${age} between 30 and 49`,
  '50_54': (age) => sql`${age} between 50 and 54`,
  '55_64': (age) => sql`${age} between 55 and 64`,
  '65_plus': (age) => sql`${age} >= 65`,
  unknown: () => sql`true`,
};

/** Unemployed 12 months or more continuously on the given day (the official definition of long-term unemployment). */
export function longTermUnemployedOn(client: string, day: SQL): SQL {
  return sql`${sql.raw(client)}.unemployed_since <= (${day} - make_interval(months => ${longTermUnemploymentMonths}))::date`;
}

/**
 * The cuts that describe the person, on the clients row aliased `client`. Derived target groups
 * and age bands are taken on the last day of the period, like the client page derives them today.
 */
export function clientCuts(scope: ReportScope, client: string): SQL {
  const c = sql.raw(client);
  const conditions: SQL[] = [sql`${c}.organisation_id = any(${organisations(scope)})`];
  if (scope.teamId) conditions.push(sql`${c}.team_id = ${scope.teamId}`);
  if (scope.municipalityCode) conditions.push(sql`${c}.municipality_code = ${scope.municipalityCode}`);
  if (scope.gender) conditions.push(sql`${c}.gender = ${scope.gender}`);
  if (scope.ageBand === 'unknown') conditions.push(sql`${c}.date_of_birth is null`);
  else if (scope.ageBand) conditions.push(ageBandCondition[scope.ageBand](ageAtEnd(scope, client)));
  if (scope.targetGroup === 'long_term_unemployed') conditions.push(longTermUnemployedOn(client, to(scope)));
  else if (scope.targetGroup === 'under_30') conditions.push(sql`${ageAtEnd(scope, client)} < 30`);
  else if (scope.targetGroup === 'over_50') conditions.push(sql`${ageAtEnd(scope, client)} >= 50`);
  else if (scope.targetGroup) conditions.push(sql`${scope.targetGroup} = any(${c}.target_groups)`);
  return sql.join(conditions, sql` and `);
}

/** The cuts that describe the enrolment (asiakkuus) on the enrolments row aliased `enrolment`. */
export function enrolmentCuts(scope: ReportScope, enrolment: string): SQL {
  const e = sql.raw(enrolment);
  const conditions: SQL[] = [sql`${e}.organisation_id = any(${organisations(scope)})`];
  if (scope.programmeId) conditions.push(sql`${e}.programme_id = ${scope.programmeId}`);
  if (scope.coachId) conditions.push(sql`(${e}.coach_id = ${scope.coachId} or ${e}.co_coach_id = ${scope.coachId})`);
  return sql.join(conditions, sql` and `);
}

/**
 * An event about a client (a proposal, a placement) on a day: the person matches the cuts, and
 * with a programme or coach cut, the person was in such an enrolment on that day.
 */
export function clientEventCuts(scope: ReportScope, clientId: SQL, day: SQL): SQL {
  const person = sql`exists (select 1 from clients cut_c where cut_c.id = ${clientId} and ${clientCuts(scope, 'cut_c')})`;
  if (!scope.programmeId && !scope.coachId) return person;
  return sql`${person} and exists (select 1 from enrolments cut_e where cut_e.client_id = ${clientId}
    and ${enrolmentCuts(scope, 'cut_e')} and cut_e.start_date <= ${day} and (cut_e.end_date is null or cut_e.end_date >= ${day}))`;
}

/** The cuts enrolmentCuts applies; every other cut describes the person (clientCuts). */
const enrolmentCutNames: readonly CutName[] = ['coachId', 'programmeId'];
const cutsThePerson = (scope: ReportScope) => activeCuts(scope).some((cut) => !enrolmentCutNames.includes(cut));

/**
 * Joins the client `c` of the enrolment `e` when a cut describes the person. Without one, the
 * enrolment's own organisation is its client's (a foreign key keeps them equal), so the join would
 * only repeat the organisation filter: it doubled the time of the simplest figures.
 */
export function clientOfEnrolment(scope: ReportScope): SQL {
  return cutsThePerson(scope) ? sql`join clients c on c.id = e.client_id and ${clientCuts(scope, 'c')}` : sql``;
}

/** Enrolments `e` in scope, cut by their client where needed: the base of most client figures. */
export function enrolmentsInScope(scope: ReportScope): SQL {
  return sql`enrolments e ${clientOfEnrolment(scope)} where ${enrolmentCuts(scope, 'e')}`;
}

export const organisationsArray = organisations;
