/**
 * Reports under load, on PostgreSQL: 1,000,000 clients, 20,000,000 activities and 200,000
 * employers (`--quick`: 2,000, 40,000 and 400). The requests the overview dashboard makes and the
 * monthly report (its data and its XLSX), as the Oulu team lead and analyst, with `connections`
 * concurrent connections per request kind; next to a baseline server that computes the same
 * figures with plain GROUP BY queries on the application tables, measured the same way in the same run.
 *
 *   DATABASE_URL=postgres://root@127.0.0.1:5432/postgres npm run bench:reports [-- --quick] [--clients=100000] [--keep-data] [--connections=8]
 *
 * --clients=N loads N clients with N/5 employers instead (a size between the two, for profiling);
 * its figures go to bench/results/reports-N-clients.json, not to the reports.json.
 *
 * --keep-data leaves the loaded database in place and reuses it on the next run (the full load
 * takes about half an hour); --load-only loads (or keeps) the database and measures nothing.
 */
import { hasFlag } from '../support/results.js';
import { asOwner, databaseExists } from '../support/processes.js';
import { loadDatabase, storedLoadReport, type LoadReport } from './load.js';
import { measure } from './measure.js';

const quick = hasFlag('--quick');
const keepData = hasFlag('--keep-data');
const loadOnly = hasFlag('--load-only');
const clientsOption = Number(process.argv.find((argument) => argument.startsWith('--clients='))?.split('=')[1] ?? 0);
const clientCount = clientsOption || (quick ? 2_000 : 1_000_000);
const volume = { clients: clientCount, activitiesPerClient: 20, employers: clientCount / 5 };
const connections = Number(process.argv.find((argument) => argument.startsWith('--connections='))?.split('=')[1] ?? 8);
const seconds = quick ? 3 : 30;
const today = '2026-11-23';

const serverUrl = process.env.DATABASE_URL;
if (!serverUrl) {
  console.error('The reports benchmark measures PostgreSQL: set DATABASE_URL (e.g. postgres://root@127.0.0.1:5432/postgres).');
  process.exit(1);
}

async function main(): Promise<void> {
  const databaseName = `polku_bench_reports_${clientsOption ? clientCount : quick ? 'quick' : 'full'}`;
  const databaseUrl = new URL(serverUrl!);
  databaseUrl.pathname = `/${databaseName}`;
  let load: { report: LoadReport | null; reused: boolean };
  if (keepData && (await databaseExists(serverUrl!, databaseName))) {
    load = { report: await storedLoadReport(databaseUrl.toString()), reused: true };
    console.error(`reusing ${databaseName}`);
  } else {
    const loaded = await loadDatabase(serverUrl!, databaseName, databaseUrl.toString(), volume, today);
    load = { report: loaded.report, reused: false };
  }
  if (loadOnly) return;
  try {
    await measure({
      resultsName: clientsOption ? `reports-${clientCount}-clients` : 'reports',
      databaseUrl: databaseUrl.toString(),
      today,
      connections,
      seconds,
      volume,
      load,
    });
  } finally {
    if (!keepData) {
      await asOwner(serverUrl!, (client) => client.query(`drop database if exists ${databaseName} with (force)`)).catch(() => undefined);
    }
  }
}

await main();
