import type { ChildProcess } from 'node:child_process';
import { readConfig } from '../../src/server/config.js';
import { generateSecretKey } from '../../src/server/crypto/field-encryption.js';
import { createDependencies } from '../../src/server/start-up.js';
import { refreshStoredFigures } from '../../src/server/features/reports/figure-refresh.js';
import { runLoad, type LoadResult } from '../support/http-load.js';
import { reportFigures, type Figure } from '../support/results.js';
import { asOwner, login, startProcess, waitForMatchingIndex } from '../support/processes.js';
import type { LoadReport, Volume } from './load.js';
import { checkFigures, overviewHeadline, requestKinds, type RequestKind } from './requests.js';

const serverPort = 3109;
const baselinePort = 3110;

export type MeasureOptions = {
  /** The results file's name: bench/results/<resultsName>.json. */
  resultsName: string;
  databaseUrl: string;
  today: string;
  connections: number;
  seconds: number;
  volume: Volume;
  load: { report: LoadReport | null; reused: boolean };
};

/** One request before the load: it must succeed, and its body is kept for the figure check and the sizes. */
async function sample(url: string, headers?: Record<string, string>): Promise<{ body: Buffer; milliseconds: number }> {
  const started = performance.now();
  const response = await fetch(url, { headers });
  const body = Buffer.from(await response.arrayBuffer());
  if (!response.ok) throw new Error(`${url}: ${response.status} ${body.toString().slice(0, 300)}`);
  return { body, milliseconds: Math.round(performance.now() - started) };
}

/**
 * A request that takes minutes alone cannot be measured under load: with `connections` of them in
 * flight on two cores each waits past fetch's 300 s header timeout, and the server goes on
 * computing the abandoned ones into the next measurement. Such a kind keeps its one unloaded
 * request as its only sample (setup.requestsMeasured says 1).
 */
const singleRequestAboveMs = 60_000;

async function loadOrSingle(firstMs: number, load: () => Promise<LoadResult>): Promise<LoadResult> {
  if (firstMs < singleRequestAboveMs) return load();
  console.error(`  too slow to load with concurrent requests: the unloaded request is the only sample`);
  const seconds = Math.round(firstMs / 10) / 100;
  return { requests: 1, errors: 0, seconds, requestsPerSecond: Math.round(100 / seconds) / 100, p50: firstMs, p95: firstMs, p99: firstMs };
}

/** Requests a load run left in flight finish before the next kind starts, so one kind's work never lands in another's figures. */
async function waitUntilIdle(databaseUrl: string): Promise<void> {
  await asOwner(databaseUrl, async (client) => {
    for (;;) {
      const result = await client.query<{ busy: number }>(
        `select count(*)::int as busy from pg_stat_activity
         where datname = current_database() and pid <> pg_backend_pid() and state in ('active', 'idle in transaction')`,
      );
      if (result.rows[0]!.busy === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  });
}

/**
 * What keeping the figures current costs: the background refresh recomputes every figure the run
 * stored, as the job worker would once they are a third of the maximum age old (the clock is
 * moved past that), with no time budget so that one call does them all.
 */
async function measureRefresh(databaseUrl: string, fixedNow: string): Promise<{ refreshed: number; seconds: number }> {
  const deps = await createDependencies(readConfig({ DATABASE_URL: databaseUrl, POLKU_DEMO_DATA: 'false', LOG_LEVEL: 'silent' }), {
    secretKey: generateSecretKey(),
  });
  try {
    const later = new Date(new Date(fixedNow).getTime() + 6 * 60_000);
    const started = performance.now();
    const summary = await refreshStoredFigures(deps, later, Number.POSITIVE_INFINITY);
    return { refreshed: summary.refreshed, seconds: Math.round((performance.now() - started) / 100) / 10 };
  } finally {
    await deps.close();
  }
}

const roles = [
  { name: 'team lead', email: 'lead@oulu.polku.test' },
  { name: 'analyst', email: 'analyst@oulu.polku.test' },
] as const;

export async function measure(options: MeasureOptions): Promise<void> {
  const { connections, seconds } = options;
  const fixedNow = `${options.today}T09:00:00+02:00`;
  const server = await startProcess(
    ['src/server/main.ts'],
    {
      DATABASE_URL: options.databaseUrl,
      PORT: String(serverPort),
      HOST: '127.0.0.1',
      // The reports read no encrypted field, so a reused database works with a new key.
      POLKU_SECRET_KEY: generateSecretKey(),
      POLKU_DEMO_DATA: 'false',
      POLKU_FIXED_NOW: fixedNow,
      POLKU_LOGIN_ATTEMPTS_PER_MINUTE: '1000',
      // No background jobs (survey sending, reminders) competing with the measured requests.
      POLKU_JOB_WORKER: 'false',
      LOG_LEVEL: 'warn',
    },
    'Polku is running',
  );
  let baseline: ChildProcess | undefined;
  try {
    // A reused database keeps the figures an earlier run stored (with the same fixed clock): the first requests must compute theirs.
    await asOwner(options.databaseUrl, (client) => client.query('delete from report_figures'));
    const sessions = await Promise.all(
      roles.map(async (role) => ({ ...role, headers: await login(`http://127.0.0.1:${serverPort}`, role.email) })),
    );
    const app = `http://127.0.0.1:${serverPort}`;
    const anyClient = (await (await fetch(`${app}/api/caseload/team?pageSize=1`, { headers: sessions[0]!.headers })).json()) as {
      items: { clientId: string }[];
    };
    await waitForMatchingIndex(app, sessions[0]!.headers, anyClient.items[0]!.clientId);
    const options0 = JSON.parse((await sample(`${app}/api/reports/options`, sessions[0]!.headers)).body.toString()) as {
      organisations: { id: string; name: string }[];
    };
    const organisation = options0.organisations[0]!;
    const kinds = requestKinds(options.today, organisation.id);

    const measured: { kind: RequestKind; role: string; result: LoadResult; bytes: number; firstMs: number }[] = [];
    const samples = new Map<string, Buffer>();
    for (const kind of kinds) {
      for (const session of sessions) {
        const first = await sample(`${app}${kind.path}`, session.headers);
        samples.set(`${session.name}/${kind.id}`, first.body);
        console.error(`${session.name} ${kind.label}: first request ${first.milliseconds} ms, ${first.body.length} bytes`);
        // A kind whose figures the first request stored is measured under load however long that first request took.
        const load = () => runLoad(`${app}${kind.path}`, { connections, seconds, headers: session.headers });
        const result = kind.computesFigures ? await load() : await loadOrSingle(first.milliseconds, load);
        await waitUntilIdle(options.databaseUrl);
        console.error(`  p50 ${result.p50} p95 ${result.p95} p99 ${result.p99} ms, ${result.requests} requests, ${result.errors} errors`);
        measured.push({ kind, role: session.name, result, bytes: first.body.length, firstMs: first.milliseconds });
      }
    }

    baseline = await startProcess(
      ['bench/reports/baseline-server.ts'],
      { DATABASE_URL: options.databaseUrl, PORT: String(baselinePort), BASELINE_NOW: new Date(fixedNow).toISOString() },
      'listening',
    );
    const base = `http://127.0.0.1:${baselinePort}`;
    const baselines = new Map<string, LoadResult>();
    const baselineFirstMs = new Map<string, number>();
    for (const kind of kinds) {
      const first = await sample(`${base}${kind.baselinePath}`);
      samples.set(`baseline/${kind.id}`, first.body);
      console.error(`baseline ${kind.label}: first request ${first.milliseconds} ms`);
      const result = await loadOrSingle(first.milliseconds, () => runLoad(`${base}${kind.baselinePath}`, { connections, seconds }));
      await waitUntilIdle(options.databaseUrl);
      console.error(`  p50 ${result.p50} p95 ${result.p95} p99 ${result.p99} ms, ${result.requests} requests, ${result.errors} errors`);
      baselines.set(kind.id, result);
      baselineFirstMs.set(kind.id, first.milliseconds);
    }

    const refresh = await measureRefresh(options.databaseUrl, fixedNow);
    console.error(`background refresh: ${refresh.refreshed} stored figures in ${refresh.seconds} s`);

    const figures: Figure[] = [];
    for (const { kind, role, result, firstMs } of measured) {
      const other = baselines.get(kind.id)!;
      const label = `${role}: ${kind.label}`;
      // The first request finds nothing stored: it computes every figure now, as `fresh=true` or a new scope does.
      if (kind.computesFigures) {
        figures.push({
          name: `${label}, computed now (first request)`,
          value: firstMs,
          unit: 'ms',
          better: 'lower',
          baseline: baselineFirstMs.get(kind.id)!,
        });
      }
      figures.push(
        { name: `${label} p50`, value: result.p50, unit: 'ms', better: 'lower', baseline: other.p50 },
        {
          name: `${label} p95`,
          value: result.p95,
          unit: 'ms',
          better: 'lower',
          baseline: other.p95,
          ...(kind.target ? { target: kind.target } : {}),
        },
        { name: `${label} p99`, value: result.p99, unit: 'ms', better: 'lower', baseline: other.p99 },
        {
          name: `${label} throughput`,
          value: result.requestsPerSecond,
          unit: 'req/s',
          better: 'higher',
          baseline: other.requestsPerSecond,
        },
        { name: `${label} errors`, value: result.errors, unit: 'requests', better: 'lower' },
      );
    }
    figures.push(
      { name: 'background refresh: stored figures recomputed', value: refresh.refreshed, unit: 'figures', better: 'higher' },
      { name: 'background refresh: time for all of them', value: refresh.seconds, unit: 's', better: 'lower' },
    );
    const loadSeconds = options.load.report?.seconds ?? {};
    for (const [step, value] of Object.entries(loadSeconds))
      figures.push({ name: `data load: ${step}`, value, unit: 's', better: 'lower' });

    const dashboard = measured.filter((entry) => entry.kind.target !== undefined);
    const slow = dashboard.filter((entry) => entry.result.p95 >= entry.kind.target!);
    reportFigures(options.resultsName, figures, {
      setup: {
        volume: options.volume,
        rows: options.load.report?.rows ?? null,
        loadedAt: options.load.report?.loadedAt ?? null,
        reusedDatabase: options.load.reused,
        connections,
        secondsPerRun: seconds,
        organisation: organisation.name,
        overviewHeadline,
        requests: kinds.map((kind) => ({ id: kind.id, app: kind.path, baseline: kind.baselinePath, target: kind.target ?? null })),
        responseBytes: Object.fromEntries(measured.map((entry) => [`${entry.role}: ${entry.kind.id}`, entry.bytes])),
        // One request with nothing else running: the fair comparison where Polku had a single sample.
        firstRequestMs: Object.fromEntries([
          ...measured.map((entry) => [`${entry.role}: ${entry.kind.id}`, entry.firstMs]),
          ...[...baselineFirstMs].map(([id, ms]) => [`baseline: ${id}`, ms]),
        ]),
        // A closed loop finishes the requests in flight at the deadline: a slow kind gets one round of `connections` requests.
        requestsMeasured: Object.fromEntries([
          ...measured.map((entry) => [`${entry.role}: ${entry.kind.id}`, entry.result.requests]),
          ...[...baselines].map(([id, result]) => [`baseline: ${id}`, result.requests]),
        ]),
        figureCheck: checkFigures(samples.get('team lead/figures')!, samples.get('baseline/figures')!),
        targetMet: slow.length === 0,
        over500msP95: slow.map((entry) => `${entry.role}: ${entry.kind.label} (${entry.result.p95} ms)`),
        note:
          'Polku: every request with its session, permission check, row-level security and the indicator framework; ' +
          'the analyst also gets small-cell suppression. The first request of each kind computes its figures and stores them; ' +
          'the measured load then reads figures computed within the maximum age (15 minutes), as the dashboards do between the ' +
          'background refreshes, whose cost for every figure stored in the run is measured separately. ' +
          'Baseline: the same figures from plain GROUP BY queries as the database owner, ' +
          'over a bare Fastify server with a pool of the same size.',
      },
    });
  } finally {
    server.kill('SIGTERM');
    baseline?.kill('SIGTERM');
  }
}
