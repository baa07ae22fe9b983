/**
 * Loads demo data into an empty PostgreSQL database, also at benchmark volume:
 *
 *   npx tsx scripts/demo-data/cli.ts --database-url postgres://… --clients 100000 --activities-per-client 20
 *
 * Identity codes and protected notes are encrypted with POLKU_SECRET_KEY (or --secret-key); the
 * server must run with the same key to read them. Progress goes to stderr, the summary to stdout.
 */
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { createFieldCipher, generateSecretKey } from '../../src/server/crypto/field-encryption.js';
import { openDatabase } from '../../src/server/db/engine.js';
import { inTransaction } from '../../src/server/db/transaction.js';
import { recomputeAllMeetingDueDates } from '../../src/server/features/enrolments/meeting-rules.js';
import { organisations } from '../../src/server/features/organisations/organisations.tables.js';
import { loadShippedData } from '../../src/server/start-up.js';
import { helsinkiDate } from '../../src/server/time.js';
import { defaultClientCount, defaultSeed, loadDemoData, type DemoDataProgress } from './generate.js';

const usage = `Usage: npx tsx scripts/demo-data/cli.ts [options]
  --database-url URL           PostgreSQL database to fill (default: $DATABASE_URL); must be empty
  --clients N                  number of clients (default ${defaultClientCount})
  --seed N                     random seed (default ${defaultSeed})
  --activities-per-client N    exactly N activities per client instead of the natural rhythm
  --today YYYY-MM-DD           the date the data is relative to (default: today in Helsinki)
  --batch-size N               clients per transaction (default 1000)
  --concurrency N              transactions in flight at once (default 4)
  --secret-key BASE64          field-encryption key (default: $POLKU_SECRET_KEY)`;

function integerOption(value: string | undefined, name: string, minimum: number): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < minimum) throw new Error(`--${name} must be an integer ≥ ${minimum}, got '${value}'`);
  return parsed;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'database-url': { type: 'string' },
      clients: { type: 'string' },
      seed: { type: 'string' },
      'activities-per-client': { type: 'string' },
      today: { type: 'string' },
      'batch-size': { type: 'string' },
      concurrency: { type: 'string' },
      'secret-key': { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    console.log(usage);
    return;
  }
  const databaseUrl = values['database-url'] ?? process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error(`no database: pass --database-url or set DATABASE_URL\n${usage}`);
  const concurrency = integerOption(values.concurrency, 'concurrency', 1) ?? 4;
  let secretKey = values['secret-key'] ?? process.env.POLKU_SECRET_KEY;
  if (!secretKey) {
    secretKey = generateSecretKey();
    console.error(`No POLKU_SECRET_KEY: encrypting with a new key. Start the server with POLKU_SECRET_KEY=${secretKey}`);
  }

  const handle = await openDatabase({ databaseUrl }, { poolSize: concurrency + 1 });
  try {
    await loadShippedData(handle.db);
    const [existing] = await inTransaction(handle.db, 'system', (tx) =>
      tx.select({ count: sql<number>`count(*)::int` }).from(organisations),
    );
    if ((existing?.count ?? 0) > 0)
      throw new Error('the database already has organisations; demo data is only loaded into an empty database');

    const started = performance.now();
    const report = (progress: DemoDataProgress) => {
      const seconds = (performance.now() - started) / 1000;
      const percent = progress.clientsTotal === 0 ? 100 : Math.round((100 * progress.clientsDone) / progress.clientsTotal);
      process.stderr.write(
        `\r${progress.clientsDone.toLocaleString('en')} / ${progress.clientsTotal.toLocaleString('en')} clients (${percent} %), ` +
          `${progress.rowsInserted.toLocaleString('en')} rows, ${Math.round(progress.rowsInserted / Math.max(seconds, 0.001)).toLocaleString('en')} rows/s   `,
      );
    };
    const summary = await loadDemoData(handle.db, {
      today: values.today ?? helsinkiDate(new Date()),
      seed: integerOption(values.seed, 'seed', 0),
      clients: integerOption(values.clients, 'clients', 0),
      activitiesPerClient: integerOption(values['activities-per-client'], 'activities-per-client', 0),
      batchSize: integerOption(values['batch-size'], 'batch-size', 1),
      concurrency,
      cipher: createFieldCipher(secretKey),
      onProgress: report,
    });
    const loadedSeconds = (performance.now() - started) / 1000;
    process.stderr.write(`\nLoaded in ${loadedSeconds.toFixed(1)} s; deriving meeting due dates…\n`);
    const refreshed = await inTransaction(handle.db, 'system', (tx) => recomputeAllMeetingDueDates(tx, 5_000));
    const totalSeconds = (performance.now() - started) / 1000;
    process.stderr.write(
      `Derived due dates of ${refreshed.toLocaleString('en')} enrolments in ${(totalSeconds - loadedSeconds).toFixed(1)} s\n`,
    );
    console.log(
      JSON.stringify({ ...summary, seconds: { load: Number(loadedSeconds.toFixed(1)), total: Number(totalSeconds.toFixed(1)) } }, null, 2),
    );
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
