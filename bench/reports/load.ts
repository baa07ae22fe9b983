import { loadDemoData } from '../../scripts/demo-data/generate.js';
import { createFieldCipher, generateSecretKey } from '../../src/server/crypto/field-encryption.js';
import { openDatabase } from '../../src/server/db/engine.js';
import { inTransaction } from '../../src/server/db/transaction.js';
import { recomputeAllMeetingDueDates } from '../../src/server/features/enrolments/meeting-rules.js';
import { loadShippedData } from '../../src/server/start-up.js';
import { asOwner } from '../support/processes.js';
import { growEmployerRegister } from './employer-volume.js';

export type Volume = { clients: number; activitiesPerClient: number; employers: number };

/** Seconds per load step, and the rows each main table ended up with. */
export type LoadReport = { seconds: Record<string, number>; rows: Record<string, number>; loadedAt: string };

/** Exact row counts of the main tables (about ten seconds at full size; done once, after the load). */
export async function rowCounts(databaseUrl: string): Promise<Record<string, number>> {
  const tables = ['clients', 'enrolments', 'activities', 'employers', 'employer_interactions', 'proposals', 'placements'];
  return asOwner(databaseUrl, async (client) => {
    const counts: Record<string, number> = {};
    for (const table of tables)
      counts[table] = (await client.query<{ count: number }>(`select count(*)::int as count from ${table}`)).rows[0]!.count;
    return counts;
  });
}

const elapsed = (started: number) => Math.round((performance.now() - started) / 1000);

/**
 * A fresh database: the demo world with `volume.clients` clients and exactly
 * `volume.activitiesPerClient` activities each (the demo generator's multi-row unnest inserts),
 * the meeting due dates derived, the employer register grown to `volume.employers`, then
 * VACUUM ANALYZE as the owner: the application role may not, and without statistics and a
 * visibility map the planner and index-only scans behave like on no real, settled database.
 */
export async function loadDatabase(
  serverUrl: string,
  databaseName: string,
  databaseUrl: string,
  volume: Volume,
  today: string,
): Promise<{ secretKey: string; report: LoadReport }> {
  const secretKey = generateSecretKey();
  await asOwner(serverUrl, (client) => client.query(`drop database if exists ${databaseName} with (force)`));
  await asOwner(serverUrl, (client) => client.query(`create database ${databaseName}`));
  const seconds: Record<string, number> = {};
  const started = performance.now();

  const handle = await openDatabase({ databaseUrl }, { poolSize: 4 });
  let step = performance.now();
  await loadShippedData(handle.db);
  let lastPrinted = 0;
  await loadDemoData(handle.db, {
    clients: volume.clients,
    activitiesPerClient: volume.activitiesPerClient,
    today,
    cipher: createFieldCipher(secretKey),
    // Two batches in flight: one is generated in Node while the other is written by PostgreSQL.
    concurrency: 2,
    onProgress: ({ clientsDone, clientsTotal, rowsInserted }) => {
      if (clientsDone - lastPrinted < 50_000 && clientsDone < clientsTotal) return;
      lastPrinted = clientsDone;
      console.error(`  ${clientsDone} / ${clientsTotal} clients, ${rowsInserted} rows, ${elapsed(step)} s`);
    },
  });
  seconds['demo data (clients, activities, employer cooperation)'] = elapsed(step);
  console.error(`demo data loaded in ${seconds['demo data (clients, activities, employer cooperation)']} s`);

  step = performance.now();
  await inTransaction(handle.db, 'system', (tx) => recomputeAllMeetingDueDates(tx));
  await handle.close();
  seconds['meeting due dates'] = elapsed(step);

  step = performance.now();
  const grown = await asOwner(databaseUrl, (client) => growEmployerRegister(client, volume.employers));
  seconds['employer register growth'] = elapsed(step);
  console.error(`employers: ${grown.employers} (${JSON.stringify(grown.added)}) in ${seconds['employer register growth']} s`);

  step = performance.now();
  await asOwner(databaseUrl, (client) => client.query('vacuum (analyze)'));
  seconds['vacuum analyze'] = elapsed(step);
  seconds.total = elapsed(started);
  console.error(`loaded in ${seconds.total} s (${JSON.stringify(seconds)})`);
  const report: LoadReport = { seconds, rows: await rowCounts(databaseUrl), loadedAt: new Date().toISOString() };
  // Kept beside the data, so a run with --keep-data still reports how long the load took.
  await asOwner(databaseUrl, async (client) => {
    await client.query('create table bench_load_report (report jsonb not null)');
    await client.query('insert into bench_load_report (report) values ($1)', [JSON.stringify(report)]);
  });
  return { secretKey, report };
}

/** The load report of a database loaded earlier, or null when it was loaded by an older version of this benchmark. */
export async function storedLoadReport(databaseUrl: string): Promise<LoadReport | null> {
  return asOwner(databaseUrl, async (client) => {
    const exists = await client.query(`select 1 from pg_class where relname = 'bench_load_report'`);
    if (exists.rowCount === 0) return null;
    const result = await client.query<{ report: LoadReport }>('select report from bench_load_report');
    return result.rows[0]?.report ?? null;
  });
}
