/**
 * Profiles the indicator queries on a database the benchmark loaded: each indicator's aggregate
 * query (the one compute.ts runs), as the application role under row-level security, for the
 * monthly report's month and year to date and for the overview's period, with EXPLAIN ANALYZE.
 * Prints the execution time per indicator, slowest first, and writes the plans to tmp/reports-bench-plans/.
 *
 *   DATABASE_URL=postgres://root@127.0.0.1:5432/polku_bench_reports_full npx tsx bench/reports/explain.ts [--work-mem=64MB] [--suppress] [indicator ids…]
 *
 * --suppress: as a user whose figures hide small cells (an analyst), which also counts the distinct persons.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { PgDialect } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { applicationConnectionOptions } from '../../src/server/db/engine.js';
import { aggregateQuery } from '../../src/server/features/reports/compute.js';
import { findIndicator } from '../../src/server/features/reports/indicators/registry.js';
import { monthlyReportIndicators } from '../../src/server/features/reports/monthly-report.service.js';
import type { ReportScope } from '../../src/server/features/reports/report-scope.js';
import { overviewHeadline, previousMonth } from './requests.js';

const today = '2026-11-23';
const month = previousMonth(today);
const monthLast = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).toISOString().slice(0, 10);
const periods = {
  month: { from: `${month}-01`, to: monthLast },
  yearToMonth: { from: `${month.slice(0, 4)}-01-01`, to: monthLast },
  overview: { from: `${today.slice(0, 4)}-01-01`, to: today },
};
const suppress = process.argv.includes('--suppress');
const workMemory = process.argv.find((argument) => argument.startsWith('--work-mem='))?.split('=')[1];
const named = process.argv.slice(2).filter((argument) => !argument.startsWith('--'));
const chosen = named.length > 0 ? named : [...new Set([...monthlyReportIndicators, ...overviewHeadline])];

const client = new pg.Client({ connectionString: process.env.DATABASE_URL, options: applicationConnectionOptions });
await client.connect();
const [organisation] = (await client.query<{ id: string }>(`select id from organisations where name like 'Oulu%'`)).rows;
if (!organisation) throw new Error('no Oulu organisation: is this a database the benchmark loaded?');
await client.query(`select set_config('polku.organisation_ids', $1, false), set_config('polku.system', 'off', false)`, [organisation.id]);
if (workMemory) await client.query(`select set_config('work_mem', $1, false)`, [workMemory]);

const dialect = new PgDialect();
const folder = 'tmp/reports-bench-plans';
mkdirSync(folder, { recursive: true });
const timings: { id: string; period: string; ms: number }[] = [];
for (const id of chosen) {
  const indicator = findIndicator(id);
  if (!indicator) throw new Error(`unknown indicator ${id}`);
  for (const [periodName, period] of Object.entries(periods)) {
    if (periodName === 'overview' && !overviewHeadline.includes(id)) continue;
    if (periodName !== 'overview' && !(monthlyReportIndicators as readonly string[]).includes(id)) continue;
    const scope: ReportScope = { ...period, organisationIds: [organisation.id], now: new Date(`${today}T09:00:00+02:00`).toISOString() };
    const query = dialect.sqlToQuery(aggregateQuery(indicator, scope, suppress));
    const plan = await client.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers) ${query.sql}`, query.params);
    const lines = plan.rows.map((row) => row['QUERY PLAN']);
    const ms = Number(/Execution Time: ([\d.]+)/.exec(lines.at(-1) ?? '')?.[1] ?? Number.NaN);
    timings.push({ id, period: periodName, ms });
    writeFileSync(`${folder}/${id}-${periodName}.txt`, `${query.sql}\n\n${JSON.stringify(query.params)}\n\n${lines.join('\n')}\n`);
    console.error(`${id} ${periodName}: ${ms} ms`);
  }
}
await client.end();
timings.sort((first, second) => second.ms - first.ms);
console.log('\nslowest first (EXECUTION TIME of the aggregate query, one at a time):');
for (const timing of timings) console.log(`  ${`${timing.id} (${timing.period})`.padEnd(52)} ${timing.ms.toFixed(1).padStart(10)} ms`);
const total = (period: string) => timings.filter((timing) => timing.period === period).reduce((sum, timing) => sum + timing.ms, 0);
console.log(
  `  sum: month ${total('month').toFixed(0)} ms, year to month ${total('yearToMonth').toFixed(0)} ms, overview ${total('overview').toFixed(0)} ms`,
);
