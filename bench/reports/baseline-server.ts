/**
 * The baseline next to Polku's reports: the same figures from plain GROUP BY queries
 * (baseline-queries.ts) behind a bare Fastify server with a pg pool of the application's size,
 * so that both are measured the same way, over HTTP. Connects as the database owner: no session,
 * no permission check, no row-level security, no audit — what a typical report endpoint does.
 */
import ExcelJS from 'exceljs';
import Fastify from 'fastify';
import pg from 'pg';
import { describeIndicator, indicators } from '../../src/server/features/reports/indicators/registry.js';
import * as q from './baseline-queries.js';

const port = Number(process.env.PORT ?? 3110);
const now = process.env.BASELINE_NOW ?? new Date().toISOString();
const db = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const app = Fastify({ logger: false });

type PeriodQuery = { organisationId: string; from: string; to: string };
type MonthQuery = { organisationId: string; month: string };

const indicatorList = JSON.stringify({ items: indicators.map(describeIndicator) });

app.get('/baseline/indicators', (_request, reply) => reply.header('content-type', 'application/json').send(indicatorList));

app.get<{ Querystring: { organisationId: string } }>('/baseline/options', async (request) => {
  const values = [request.query.organisationId];
  const organisations = await db.query('select id, name from organisations where id = $1', values);
  const teams = await db.query('select id, name, organisation_id from teams where organisation_id = $1 order by name', values);
  const programmes = await db.query('select id, name, organisation_id from programmes where organisation_id = $1 order by name', values);
  const coaches = await db.query(
    `select u.id, u.name from users u join memberships m on m.user_id = u.id
     where m.organisation_id = $1 and m.role in ('coach', 'team_lead') group by u.id, u.name order by u.name`,
    values,
  );
  const municipalities = await db.query(
    `select code, name_fi, name_sv from ref_municipalities
     where code in (select distinct municipality_code from clients where organisation_id = $1) order by name_fi`,
    values,
  );
  return {
    organisations: organisations.rows,
    teams: teams.rows,
    programmes: programmes.rows,
    coaches: coaches.rows,
    municipalities: municipalities.rows,
  };
});

/** The overview's eight headline figures. */
app.get<{ Querystring: PeriodQuery }>('/baseline/figures', async (request) => {
  const period = request.query;
  const enrolments = await q.enrolmentFigures(db, period);
  return {
    figures: {
      clients_served: enrolments.clients_served,
      clients_active_at_end: enrolments.clients_active_at_end,
      positive_outcome_share: enrolments.positive_outcome_share,
      competitive_employment_rate: await q.competitiveEmployment(db, period),
      caseload_per_coach: enrolments.caseload_per_coach,
      days_to_first_employer_contact: enrolments.days_to_first_employer_contact,
      employers_reached: await q.employersReached(db, period),
      assignments_answered_in_time: await q.assignmentsInTime(db, period, now),
    },
  };
});

app.get<{ Querystring: PeriodQuery }>('/baseline/trend', async (request) => ({ points: await q.servedPerMonth(db, request.query) }));

async function monthFigures(period: q.Period) {
  const { clientMonths, ...enrolments } = await q.enrolmentFigures(db, period);
  return {
    ...enrolments,
    outcomes: await q.outcomesOfEnded(db, period),
    ...(await q.activeClientFigures(db, period)),
    ...(await q.meetingFigures(db, period, clientMonths)),
    competitive_employment_rate: await q.competitiveEmployment(db, period),
    employers_reached: await q.employersReached(db, period),
    employers_cooperating: await q.employersCooperating(db, period),
    assignments_answered_in_time: await q.assignmentsInTime(db, period, now),
    proposal_funnel: await q.proposalFunnel(db, period),
    placements_by_type: await q.placementsByType(db, period),
    ...(await q.followUpSituations(db, period)),
  };
}

/** The monthly report: every figure for the month and for the year to the month's end. */
async function monthlyReport({ organisationId, month }: MonthQuery) {
  const from = `${month}-01`;
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  const to = new Date(Date.UTC(year, monthNumber, 0)).toISOString().slice(0, 10);
  return {
    month,
    organisationId,
    monthFigures: await monthFigures({ organisationId, from, to }),
    yearToDate: await monthFigures({ organisationId, from: `${year}-01-01`, to }),
  };
}

app.get<{ Querystring: MonthQuery }>('/baseline/monthly', (request) => monthlyReport(request.query));

/** The same report as a one-sheet workbook: a row per figure (nested figures flattened), month and year to date. */
app.get<{ Querystring: MonthQuery }>('/baseline/monthly.xlsx', async (request, reply) => {
  const report = await monthlyReport(request.query);
  const flatten = (value: unknown, prefix: string, into: Map<string, unknown>) => {
    if (value !== null && typeof value === 'object')
      for (const [key, inner] of Object.entries(value)) flatten(inner, `${prefix}${prefix ? '.' : ''}${key}`, into);
    else into.set(prefix, value);
    return into;
  };
  const month = flatten(report.monthFigures, '', new Map());
  const year = flatten(report.yearToDate, '', new Map());
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(report.month);
  sheet.addRow(['Figure', 'Month', 'Year to date']);
  for (const key of new Set([...month.keys(), ...year.keys()])) sheet.addRow([key, month.get(key) ?? null, year.get(key) ?? null]);
  const body = Buffer.from(await workbook.xlsx.writeBuffer());
  return reply.header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').send(body);
});

await app.listen({ port, host: '127.0.0.1' });
console.log('listening');
process.on(
  'SIGTERM',
  () =>
    void app
      .close()
      .then(() => db.end())
      .then(() => process.exit(0)),
);
