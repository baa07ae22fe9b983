/**
 * Caseload overview under load, on PostgreSQL: 100,000 clients and 2,000,000 activities
 * (`--quick`: 2,000 and 40,000). 32 concurrent connections against GET /api/caseload for a coach
 * and GET /api/caseload/team for a team lead, next to a bare Fastify endpoint measured in the same run.
 *
 *   DATABASE_URL=postgres://root@127.0.0.1:5432/postgres npm run bench:caseload [-- --quick] [--keep-data]
 *
 * --keep-data leaves the loaded database in place and reuses it on the next run (for profiling);
 * --load-only loads (or keeps) the database and measures nothing.
 */
import type { ChildProcess } from 'node:child_process';
import { loadDemoData } from '../../scripts/demo-data/generate.js';
import { createFieldCipher, generateSecretKey } from '../../src/server/crypto/field-encryption.js';
import { openDatabase } from '../../src/server/db/engine.js';
import { inTransaction } from '../../src/server/db/transaction.js';
import { recomputeAllMeetingDueDates } from '../../src/server/features/enrolments/meeting-rules.js';
import { loadShippedData } from '../../src/server/start-up.js';
import { runLoad, type LoadResult } from '../support/http-load.js';
import { asOwner, databaseExists, login, startProcess, waitForMatchingIndex } from '../support/processes.js';
import { hasFlag, reportFigures, type Figure } from '../support/results.js';

const quick = hasFlag('--quick');
const keepData = hasFlag('--keep-data');
const loadOnly = hasFlag('--load-only');
const clientCount = quick ? 2_000 : 100_000;
const activitiesPerClient = 20;
const connections = 32;
const seconds = quick ? 5 : 20;
const today = '2026-11-23';
const serverPort = 3901;
const barePort = 3902;

const serverUrl = process.env.DATABASE_URL;
if (!serverUrl) {
  console.error('The caseload benchmark measures PostgreSQL: set DATABASE_URL (e.g. postgres://root@127.0.0.1:5432/postgres).');
  process.exit(1);
}

/** A fresh database with the demo organisations and clientCount clients. */
async function loadDatabase(databaseName: string, databaseUrl: URL): Promise<{ secretKey: string; loadSeconds: number }> {
  const secretKey = generateSecretKey();
  await asOwner(serverUrl!, (client) => client.query(`drop database if exists ${databaseName} with (force)`));
  await asOwner(serverUrl!, (client) => client.query(`create database ${databaseName}`));
  const loadStarted = performance.now();
  const handle = await openDatabase({ databaseUrl: databaseUrl.toString() });
  await loadShippedData(handle.db);
  await loadDemoData(handle.db, { clients: clientCount, activitiesPerClient, today, cipher: createFieldCipher(secretKey) });
  await inTransaction(handle.db, 'system', (tx) => recomputeAllMeetingDueDates(tx));
  await handle.close();
  // As the tables' owner: the application role may not ANALYZE them, and without statistics the planner guesses wrong.
  await asOwner(databaseUrl.toString(), (client) => client.query('analyze'));
  const loadSeconds = Math.round((performance.now() - loadStarted) / 1000);
  console.error(`loaded ${clientCount} clients in ${loadSeconds} s`);
  return { secretKey, loadSeconds };
}

async function main(): Promise<void> {
  const databaseName = `polku_bench_caseload_${quick ? 'quick' : 'full'}`;
  const databaseUrl = new URL(serverUrl!);
  databaseUrl.pathname = `/${databaseName}`;
  // The caseload reads no encrypted field, so a reused database works with a new key.
  const { secretKey, loadSeconds } =
    keepData && (await databaseExists(serverUrl!, databaseName))
      ? { secretKey: generateSecretKey(), loadSeconds: null }
      : await loadDatabase(databaseName, databaseUrl);
  if (loadOnly) return;

  const server = await startProcess(
    ['src/server/main.ts'],
    {
      DATABASE_URL: databaseUrl.toString(),
      PORT: String(serverPort),
      HOST: '127.0.0.1',
      POLKU_SECRET_KEY: secretKey,
      POLKU_DEMO_DATA: 'false',
      POLKU_FIXED_NOW: `${today}T09:00:00+02:00`,
      POLKU_LOGIN_ATTEMPTS_PER_MINUTE: '1000',
      // No background jobs (survey sending, reminders) competing with the measured requests.
      POLKU_JOB_WORKER: 'false',
      LOG_LEVEL: 'warn',
    },
    'Polku is running',
  );
  let bare: ChildProcess | undefined;
  try {
    const coach = await login(`http://127.0.0.1:${serverPort}`, 'coach@oulu.polku.test');
    const lead = await login(`http://127.0.0.1:${serverPort}`, 'lead@oulu.polku.test');
    const caseloadUrl = `http://127.0.0.1:${serverPort}/api/caseload?page=1&pageSize=50`;
    const teamUrl = `http://127.0.0.1:${serverPort}/api/caseload/team?page=1&pageSize=50`;
    const sample = await (await fetch(caseloadUrl, { headers: coach })).text();
    const firstClientId = (JSON.parse(sample) as { items: { clientId: string }[] }).items[0]!.clientId;
    await waitForMatchingIndex(`http://127.0.0.1:${serverPort}`, coach, firstClientId);
    const teamSample = (await (await fetch(teamUrl, { headers: lead })).json()) as { total: number };
    await runLoad(caseloadUrl, { connections, seconds: 2, headers: coach });
    const caseload = await runLoad(caseloadUrl, { connections, seconds, headers: coach });
    const team = await runLoad(teamUrl, { connections, seconds, headers: lead });
    // The floor under any caseload design: a session check alone, and the smallest audited read of
    // one client (session, row-level-security transaction, one indexed query, audit entry).
    const sessionOnly = await runLoad(`http://127.0.0.1:${serverPort}/api/auth/session`, { connections, seconds, headers: coach });
    const smallestAuditedRead = await runLoad(`http://127.0.0.1:${serverPort}/api/clients/${firstClientId}/consents`, {
      connections,
      seconds,
      headers: coach,
    });

    bare = await startProcess(['bench/caseload/bare-server.ts'], { PORT: String(barePort), BARE_BODY: sample }, 'listening');
    const bareUrl = `http://127.0.0.1:${barePort}/bare`;
    await runLoad(bareUrl, { connections, seconds: 2 });
    const bareResult = await runLoad(bareUrl, { connections, seconds });

    const figures = (label: string, result: LoadResult, withTargets: boolean): Figure[] => [
      { name: `${label} p50`, value: result.p50, unit: 'ms', better: 'lower', baseline: bareResult.p50 },
      {
        name: `${label} p95`,
        value: result.p95,
        unit: 'ms',
        better: 'lower',
        baseline: bareResult.p95,
        ...(withTargets ? { target: 50 } : {}),
      },
      { name: `${label} p99`, value: result.p99, unit: 'ms', better: 'lower', baseline: bareResult.p99 },
      {
        name: `${label} throughput`,
        value: result.requestsPerSecond,
        unit: 'req/s',
        better: 'higher',
        baseline: bareResult.requestsPerSecond,
        ...(withTargets ? { target: Math.round(bareResult.requestsPerSecond / 4) } : {}),
      },
      { name: `${label} errors`, value: result.errors, unit: 'requests', better: 'lower' },
    ];
    reportFigures(
      'caseload',
      [
        ...figures('coach caseload (GET /api/caseload)', caseload, true),
        ...figures('team caseload (GET /api/caseload/team)', team, false),
        ...figures('session check only (GET /api/auth/session)', sessionOnly, false),
        ...figures('smallest audited client read (GET /api/clients/:id/consents)', smallestAuditedRead, false),
        { name: 'bare Fastify p95', value: bareResult.p95, unit: 'ms', better: 'lower' },
        { name: 'bare Fastify throughput', value: bareResult.requestsPerSecond, unit: 'req/s', better: 'higher' },
        ...(loadSeconds === null
          ? []
          : [{ name: 'data load (clients + activities + due dates)', value: loadSeconds, unit: 's', better: 'lower' } as const]),
      ],
      {
        setup: {
          clients: clientCount,
          activities: clientCount * activitiesPerClient,
          connections,
          secondsPerRun: seconds,
          coachCaseloadRows: JSON.parse(sample).total,
          teamRows: teamSample.total,
          responseBytes: sample.length,
          note: 'Every caseload request also appends one audit entry naming the clients on the page.',
        },
      },
    );
  } finally {
    server.kill('SIGTERM');
    bare?.kill('SIGTERM');
    if (!keepData)
      await asOwner(serverUrl!, (client) => client.query(`drop database if exists ${databaseName} with (force)`)).catch(() => undefined);
  }
}

await main();
